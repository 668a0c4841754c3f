/*
 * multibase.h - base58btc (the Bitcoin alphabet), multibase strings in it
 * ('z' + base58btc), and the multicodec prefixes of Ed25519 keys: what
 * did:key identifiers, Multikey values and eddsa-jcs-2022 proofValues are
 * made of.
 */
#ifndef BRUG__MULTIBASE_H
#define BRUG__MULTIBASE_H

#include <stddef.h>
#include <stdint.h>

/* Longest byte string these functions encode or decode (keys, signatures, small
 * multicodec values); longer input is refused. */
#define BRUG__MULTIBASE_MAX_BYTES 128

/* multicodec ed25519-pub (0xed, varint 0xed 0x01) and ed25519-priv (0x1300, 0x80 0x26). */
#define BRUG__MULTICODEC_ED25519_PUB 0xed
#define BRUG__MULTICODEC_ED25519_PRIV 0x1300

/*
 * Base58btc of in (n <= BRUG__MULTIBASE_MAX_BYTES bytes) into out (outsize
 * bytes, NUL-terminated); returns the length, 0 when out is too small or n
 * too large.  Leading zero bytes become '1's.
 */
size_t brug__base58_encode(const uint8_t *in, size_t n, char *out, size_t outsize);

/*
 * Decode base58btc text s (slen bytes) into out (outsize bytes); 1 and
 * *outlen set, or 0 for a character outside the alphabet, an empty string
 * or a result that does not fit.
 */
int brug__base58_decode(const char *s, size_t slen, uint8_t *out, size_t outsize,
                        size_t *outlen /* OUT */);

/* 'z' + base58btc of in: as brug__base58_encode. */
size_t brug__multibase_encode(const uint8_t *in, size_t n, char *out, size_t outsize);

/* Decode a multibase string; only base58btc ('z') is accepted.  As brug__base58_decode. */
int brug__multibase_decode(const char *s, uint8_t *out, size_t outsize, size_t *outlen /* OUT */);

/*
 * A multibase Ed25519 key: 'z' + base58btc(varint(codec) + 32 key bytes),
 * codec BRUG__MULTICODEC_ED25519_PUB or _PRIV.  encode returns the length
 * (0 when out is too small); decode returns 1 and the 32 bytes when s is
 * such a key with that codec, else 0.
 */
size_t brug__multikey_encode(unsigned codec, const uint8_t key[32], char *out, size_t outsize);
int brug__multikey_decode(const char *s, unsigned codec, uint8_t key[32] /* OUT */);

#endif
