/*
 * did_key.h - did:key identifiers of Ed25519 keys ("did:key:z6Mk..." and
 * its verification method "did:key:z6Mk...#z6Mk..."), the identifiers
 * brug's issuers and eddsa-jcs-2022 proofs name keys by.
 */
#ifndef BRUG__DID_KEY_H
#define BRUG__DID_KEY_H

#include <stddef.h>
#include <stdint.h>

/* Bytes of "did:key:" + a 48-character Ed25519 multikey, with the NUL. */
#define BRUG__DID_KEY_SIZE 64
/* Bytes of a verification method did:key:X#X, with the NUL. */
#define BRUG__DID_VM_SIZE 128

/* "did:key:z6Mk..." of public key pk into did (BRUG__DID_KEY_SIZE bytes). */
void brug__did_key_from_public(const uint8_t pk[32], char *did /* OUT */);

/* "did:key:X#X" of pk into vm (BRUG__DID_VM_SIZE bytes). */
void brug__did_key_vm(const uint8_t pk[32], char *vm /* OUT */);

/*
 * The Ed25519 public key a did:key or its verification method names: 1 and
 * pk set when s is "did:key:z6Mk..." optionally followed by "#" and the
 * same multikey; 0 otherwise, with the reason in why.
 */
int brug__did_key_parse(const char *s, uint8_t pk[32] /* OUT */, char *why, size_t whysize);

#endif
