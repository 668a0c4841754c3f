/*
 * did_key.c - did:key for Ed25519 (multicodec 0xed01, base58btc): making
 * one from a public key and reading the key back out of a DID or of its
 * verification method (see did_key.h).
 */
#include <stdio.h>
#include <string.h>

#include "did_key.h"
#include "multibase.h"

#define PREFIX "did:key:"

void brug__did_key_from_public(const uint8_t pk[32], char *did)
{
    memcpy(did, PREFIX, sizeof(PREFIX) - 1);
    brug__multikey_encode(BRUG__MULTICODEC_ED25519_PUB, pk, did + sizeof(PREFIX) - 1,
                          BRUG__DID_KEY_SIZE - (sizeof(PREFIX) - 1));
}

void brug__did_key_vm(const uint8_t pk[32], char *vm)
{
    char did[BRUG__DID_KEY_SIZE];
    brug__did_key_from_public(pk, did);
    snprintf(vm, BRUG__DID_VM_SIZE, "%s#%s", did, did + sizeof(PREFIX) - 1);
}

int brug__did_key_parse(const char *s, uint8_t pk[32], char *why, size_t whysize)
{
    char key[BRUG__DID_VM_SIZE];
    const char *hash;
    size_t n;

    if (!s || strncmp(s, PREFIX, sizeof(PREFIX) - 1) != 0) {
        snprintf(why, whysize, "not a did:key identifier");
        return 0;
    }
    s += sizeof(PREFIX) - 1;
    hash = strchr(s, '#');
    n = hash ? (size_t)(hash - s) : strlen(s);
    if (n == 0 || n >= sizeof(key)) {
        snprintf(why, whysize, "did:key without a key of the expected length");
        return 0;
    }
    memcpy(key, s, n);
    key[n] = '\0';
    if (hash && strcmp(hash + 1, key) != 0) {
        snprintf(why, whysize, "the fragment of the did:key verification method is not its key");
        return 0;
    }
    if (!brug__multikey_decode(key, BRUG__MULTICODEC_ED25519_PUB, pk)) {
        snprintf(why, whysize, "did:key is not a multibase Ed25519 public key (z6Mk..., 0xed01)");
        return 0;
    }
    return 1;
}
