/*
 * multibase.c - base58btc, multibase ('z') and the multicodec-prefixed
 * Ed25519 keys (see multibase.h).  Inputs are small (keys and signatures),
 * so the base conversion is the schoolbook quadratic one.
 */
#include <string.h>

#include "multibase.h"

static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

size_t brug__base58_encode(const uint8_t *in, size_t n, char *out, size_t outsize)
{
    uint8_t digits[BRUG__MULTIBASE_MAX_BYTES * 2]; /* base-58 digits, least significant first */
    size_t nd = 0, zeros = 0, i, j, len;

    if (n > BRUG__MULTIBASE_MAX_BYTES)
        return 0;
    while (zeros < n && in[zeros] == 0)
        zeros++;
    for (i = zeros; i < n; i++) {
        unsigned carry = in[i];
        for (j = 0; j < nd; j++) {
            carry += (unsigned)digits[j] << 8;
            digits[j] = (uint8_t)(carry % 58);
            carry /= 58;
        }
        while (carry) {
            digits[nd++] = (uint8_t)(carry % 58);
            carry /= 58;
        }
    }
    len = zeros + nd;
    if (len + 1 > outsize)
        return 0;
    memset(out, '1', zeros);
    for (i = 0; i < nd; i++)
        out[zeros + i] = alphabet[digits[nd - 1 - i]];
    out[len] = '\0';
    return len;
}

int brug__base58_decode(const char *s, size_t slen, uint8_t *out, size_t outsize, size_t *outlen)
{
    uint8_t bytes[BRUG__MULTIBASE_MAX_BYTES + 1]; /* least significant first */
    size_t nb = 0, zeros = 0, i, j;

    if (slen == 0 || slen > BRUG__MULTIBASE_MAX_BYTES * 2)
        return 0;
    while (zeros < slen && s[zeros] == '1')
        zeros++;
    for (i = zeros; i < slen; i++) {
        const char *p = s[i] ? strchr(alphabet, s[i]) : NULL;
        unsigned carry;
        if (!p)
            return 0;
        carry = (unsigned)(p - alphabet);
        for (j = 0; j < nb; j++) {
            carry += (unsigned)bytes[j] * 58;
            bytes[j] = (uint8_t)(carry & 0xff);
            carry >>= 8;
        }
        while (carry) {
            if (nb == sizeof(bytes))
                return 0;
            bytes[nb++] = (uint8_t)(carry & 0xff);
            carry >>= 8;
        }
    }
    if (zeros + nb > outsize)
        return 0;
    memset(out, 0, zeros);
    for (i = 0; i < nb; i++)
        out[zeros + i] = bytes[nb - 1 - i];
    *outlen = zeros + nb;
    return 1;
}

size_t brug__multibase_encode(const uint8_t *in, size_t n, char *out, size_t outsize)
{
    size_t len;
    if (outsize < 2)
        return 0;
    out[0] = 'z';
    len = brug__base58_encode(in, n, out + 1, outsize - 1);
    return len ? len + 1 : 0;
}

int brug__multibase_decode(const char *s, uint8_t *out, size_t outsize, size_t *outlen)
{
    if (!s || s[0] != 'z')
        return 0;
    return brug__base58_decode(s + 1, strlen(s + 1), out, outsize, outlen);
}

/* The unsigned LEB128 varint of codec (at most 3 bytes for the codecs used here). */
static size_t varint(unsigned codec, uint8_t *out)
{
    size_t n = 0;
    do {
        uint8_t b = (uint8_t)(codec & 0x7f);
        codec >>= 7;
        out[n++] = codec ? (uint8_t)(b | 0x80) : b;
    } while (codec && n < 3);
    return n;
}

size_t brug__multikey_encode(unsigned codec, const uint8_t key[32], char *out, size_t outsize)
{
    uint8_t buf[35];
    size_t n = varint(codec, buf);
    memcpy(buf + n, key, 32);
    return brug__multibase_encode(buf, n + 32, out, outsize);
}

int brug__multikey_decode(const char *s, unsigned codec, uint8_t key[32])
{
    uint8_t buf[BRUG__MULTIBASE_MAX_BYTES], pre[3];
    size_t len, n = varint(codec, pre);
    if (!brug__multibase_decode(s, buf, sizeof(buf), &len))
        return 0;
    if (len != n + 32 || memcmp(buf, pre, n) != 0)
        return 0;
    memcpy(key, buf + n, 32);
    return 1;
}
