/*
 * region.h - Dutch regions in which a learning offer takes place.
 *
 * A course held at a location names its region by code: a province
 * (ISO 3166-2:NL, "NL-UT"), a COROP region ("CR17", the 40 regions of
 * Statistics Netherlands' 2014 division, each inside one province), or "NL"
 * for "anywhere in the country" (in-company training at the employer's
 * site).  Codes are matched case-insensitively.  See docs/courses.md.
 */
#ifndef BRUG__REGION_H
#define BRUG__REGION_H

/* 1 when code is a known region code, 0 otherwise. */
int brug__region_valid(const char *code);

/* The canonical (upper-case) spelling of code, or NULL when unknown.
 * The string is static. */
const char *brug__region_canonical(const char *code);

/* The name of a region ("Utrecht", "Groot-Amsterdam"), or NULL. */
const char *brug__region_name(const char *code);

/*
 * 1 when a course held in region `course` can be attended by a person in
 * region `wanted`: the same region, one lies inside the other (a COROP
 * region inside its province), or the course says "NL".
 */
int brug__region_matches(const char *course, const char *wanted);

#endif
