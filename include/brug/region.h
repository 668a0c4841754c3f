/*
 * region.h - Dutch regions by CBS's official codes and names: the country
 * "NL", provinces "PV20".."PV31" (also by ISO 3166-2:NL, "NL-NB"), COROP
 * regions "CR01".."CR40" and labour-market regions "AM01".."AM38".  Any
 * call that takes a region accepts a code or a name ("Brabant",
 * "Groot-Amsterdam"; case- and diacritics-insensitive).  Courses match a
 * person's region when the two overlap (docs/courses.md, "Regions").
 * Region data: Bron: CBS, PDOK (CC BY 4.0).
 */
#ifndef BRUG_REGION_H
#define BRUG_REGION_H

#include "brug/export.h"

/*
 * The canonical CBS code of the region text names ("PV30" for "NL-NB",
 * "brabant" or "Noord-Brabant"; "CR23" for "Groot-Amsterdam"), or NULL
 * when it names none.  A name several systems use gives the widest region
 * (province, then COROP, then labour-market region).  Static; never free.
 */
BRUG_API const char *brug_region_code(const char *text);

/* The official (Dutch, CBS) name of a region ("Noord-Brabant"), or NULL
 * when text names none.  Static; never free it. */
BRUG_API const char *brug_region_name(const char *text);

/*
 * The name of a region in language lang ("en": "North Brabant"; "nl":
 * "Noord-Brabant"), for display ("classroom in Zuidoost-Noord-Brabant").
 * CBS names COROP and labour-market regions only in Dutch: for another
 * language the Dutch name is returned.  *label_lang (may be NULL) gets the
 * language of the text returned ("nl" or "en").  NULL when text names no
 * region.  Static; never free it.
 */
BRUG_API const char *brug_region_label(const char *text, const char *lang,
                                       const char **label_lang /* OUT, may be NULL */);

#endif
