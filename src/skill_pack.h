/*
 * skill_pack.h - the packed skill record codec: a passport's or an
 * offer's skills as one byte string (person.skills, offer.skills), read
 * in bulk when matching loads every passport.  Each skill is one LEB128
 * varint of (concept id - previous id) << bits | flag, ids ascending;
 * passports keep the evidence (0..3) in 2 bits, offers "essential" in 1.
 * Inline: the bulk loaders decode millions of skills in a loop.
 */
#ifndef BRUG__SKILL_PACK_H
#define BRUG__SKILL_PACK_H

#include <stddef.h>
#include <stdint.h>

#define BRUG__PACK_MAX 10        /* bytes of one varint at most */
#define BRUG__PACK_PERSON_BITS 2 /* person.skills: evidence 0..3 in the low 2 bits */
#define BRUG__PACK_OFFER_BITS 1  /* offer.skills: essential 0/1 in the low bit */

static inline size_t brug__put_varint(uint8_t *out, uint64_t v)
{
    size_t n = 0;
    while (v >= 0x80) {
        out[n++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    out[n++] = (uint8_t)v;
    return n;
}

/* Pack n (id, flag) pairs, ids strictly ascending, flags of `bits` bits,
 * into out (room for n * BRUG__PACK_MAX bytes); returns the length. */
static inline size_t brug__pack_skills(uint8_t *out, const int64_t *id, const uint8_t *flag,
                                       uint32_t n, unsigned bits)
{
    size_t len = 0;
    int64_t prev = 0;
    uint32_t i;
    for (i = 0; i < n; i++) {
        len += brug__put_varint(out + len,
                                (uint64_t)(id[i] - prev) << bits | (flag[i] & ((1u << bits) - 1)));
        prev = id[i];
    }
    return len;
}

/* The next (id, flag) of a packed record at *p; 0 at its end or when it
 * is cut short. */
static inline int brug__unpack_skill(const uint8_t **p, const uint8_t *end, unsigned bits,
                                     int64_t *id, uint8_t *flag)
{
    const uint8_t *q = *p;
    uint64_t v = 0;
    unsigned shift = 0;
    while (q < end && (*q & 0x80) && shift < 63) {
        v |= (uint64_t)(*q++ & 0x7f) << shift;
        shift += 7;
    }
    if (q >= end)
        return 0;
    v |= (uint64_t)*q++ << shift;
    *p = q;
    *id += (int64_t)(v >> bits);
    *flag = (uint8_t)(v & ((1u << bits) - 1));
    return 1;
}

#endif
