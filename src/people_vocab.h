/*
 * people_vocab.h - the small fixed vocabularies of passports and offers:
 * Dutch regions (labour-market regions and provinces, with centroids and
 * population), sectors, drives (RIASEC), evidence kinds and employer size
 * classes.  All tables are static const data; codes are append-only.
 * docs/passports.md lists them for users.
 */
#ifndef BRUG__PEOPLE_VOCAB_H
#define BRUG__PEOPLE_VOCAB_H

#include <stdint.h>

typedef struct brug__region {
    const char *code; /* CBS code: "AM18" (labour-market region) or "PV27" (province) */
    const char *name;
    const char *kind;    /* "labour_market_region" | "province" */
    double lat, lon;     /* centroid, degrees */
    uint32_t population; /* inhabitants, thousands (approximate) */
} brug__region;

extern const brug__region brug__regions[];
extern const uint32_t brug__nregions;
/* The first brug__nlmr entries are the 35 labour-market regions. */
extern const uint32_t brug__nlmr;

/* Index of the region text names (a CBS code, an ISO province code or a
 * name of a province or labour-market region; region.h), or -1. */
int brug__region_find(const char *text);
/* Straight-line distance between two regions' centroids in km (0 for the same). */
double brug__region_km(uint32_t a, uint32_t b);

typedef struct brug__sector {
    const char *code; /* "ict" */
    const char *name; /* "ICT" */
    int shortage;     /* 1 for the shortage sectors: ict, technology, care, energy */
} brug__sector;

extern const brug__sector brug__sectors[];
extern const uint32_t brug__nsectors;
int brug__sector_find(const char *code);

/* Drives: the six RIASEC types, bit i of a drives mask. */
extern const char *const brug__drives[];
extern const uint32_t brug__ndrives;
int brug__drive_find(const char *code);

/* Evidence kinds, weakest first, with the weight a skill gets in matching. */
enum {
    BRUG__EVIDENCE_SELF = 0,
    BRUG__EVIDENCE_EMPLOYER = 1,
    BRUG__EVIDENCE_DIPLOMA = 2,
    BRUG__EVIDENCE_CREDENTIAL = 3,
    BRUG__NEVIDENCE = 4
};
extern const char *const brug__evidence[];
/* Evidence weights in twentieths (0.6, 0.8, 0.9, 1.0 are 12, 16, 18, 20):
 * whole numbers, so a coverage sum is exact and the same in any order, and
 * half of each (hierarchy partial credit) is whole too. */
#define BRUG__CREDIT_UNITS 20u
extern const uint8_t brug__evidence_units[];
int brug__evidence_find(const char *code);

/* Employer size classes. */
extern const char *const brug__sizes[];
extern const uint32_t brug__nsizes;
int brug__size_find(const char *code);

/*
 * The sector and drives an occupation belongs to by its ISCO-08 code
 * ("2221"): used by `brug gen` and as an offer's default drives.  Sector
 * -1 when the code is unknown.
 */
int brug__isco_sector(const char *isco);
uint32_t brug__isco_drives(const char *isco);

#endif
