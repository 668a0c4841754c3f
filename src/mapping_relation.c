/*
 * mapping_relation.c - the names of the relations between concepts of
 * two taxonomies (store_mapping.h: exact, close, broad, narrow, related
 * match), their parsing ("exactMatch", "close") and inverses.
 */
#include <string.h>
#include <strings.h>

#include "store_mapping.h"

static const char *const match_names[] = {NULL, "exact", "close", "broad", "narrow", "related"};

const char *brug__match_name(int relation)
{
    return relation >= 1 && relation <= 5 ? match_names[relation] : NULL;
}

int brug__match_inverse(int relation)
{
    return relation == BRUG__MATCH_BROAD    ? BRUG__MATCH_NARROW
           : relation == BRUG__MATCH_NARROW ? BRUG__MATCH_BROAD
                                            : relation;
}

int brug__match_parse(const char *name)
{
    int i;
    for (i = 1; i <= 5; i++) {
        size_t n = strlen(match_names[i]);
        if (strncasecmp(name, match_names[i], n) == 0 &&
            (name[n] == '\0' || strcasecmp(name + n, "match") == 0))
            return i;
    }
    return 0;
}
