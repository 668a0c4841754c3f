/*
 * region.h - Dutch regions, every system in one place: the country (NL),
 * provinces (CBS PV20..PV31, also by ISO 3166-2:NL "NL-UT"), COROP regions
 * (CR01..CR40) and labour-market regions (AM01..AM38), with CBS's official
 * codes and names (region_data.h, derived from CBS's boundaries by
 * scripts/regions_derive.py) and the crosswalk between them: two regions
 * overlap when they share a municipality.
 *
 * Wherever a region is taken it may be given by CBS code, ISO code or name
 * ("Brabant", "Noord-Brabant", "North Brabant", "Groot-Amsterdam"), case-
 * and diacritics-insensitive; a name that several systems use resolves to
 * the widest (province, then COROP, then labour-market region) among the
 * kinds the caller accepts.  See docs/courses.md, "Regions".
 */
#ifndef BRUG__REGION_H
#define BRUG__REGION_H

/* Kinds of region (bits, for brug__region_lookup's kinds). */
enum {
    BRUG__REGION_COUNTRY = 1 << 0,
    BRUG__REGION_PROVINCE = 1 << 1,
    BRUG__REGION_COROP = 1 << 2,
    BRUG__REGION_LMR = 1 << 3, /* labour-market region (arbeidsmarktregio) */
    BRUG__REGION_ANY = 0xf,
};

/* The canonical CBS code ("PV30", "CR23", "AM18", "NL") of the region text
 * names (code, ISO code or name) among kinds, or NULL.  Static string. */
const char *brug__region_lookup(const char *text, unsigned kinds);

/* brug__region_lookup(text, BRUG__REGION_ANY) != NULL. */
int brug__region_valid(const char *text);

/* brug__region_lookup(text, BRUG__REGION_ANY). */
const char *brug__region_canonical(const char *text);

/* The kind (one BRUG__REGION_* bit) of a region, or 0 when unknown. */
unsigned brug__region_kind(const char *text);

/* The official (Dutch) name of a region ("Noord-Brabant"), or NULL. */
const char *brug__region_name(const char *text);

/*
 * 1 when a course held in region `course` can be attended by a person in
 * region `wanted`: one of them is NL, or they overlap (share a
 * municipality: the same region, a COROP region and its province, a
 * labour-market region and the COROP regions it touches).
 */
int brug__region_matches(const char *course, const char *wanted);

#endif
