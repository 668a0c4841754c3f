/*
 * onto.c - read accessors of a brug_onto snapshot (see brug/onto.h).
 * Loading lives in store_onto.c, next to the tables it reads.
 */
#include <string.h>

#include "onto.h"

uint32_t brug_onto_occupation_count(const brug_onto *onto)
{
    return onto->nocc;
}

uint32_t brug_onto_skill_count(const brug_onto *onto)
{
    return onto->nskill_proper;
}

uint32_t brug_onto_occupation_find(const brug_onto *onto, const char *uri)
{
    uint32_t i;
    return brug__strmap_get(&onto->occ_by_uri, uri, &i) ? i : BRUG_NO_INDEX;
}

uint32_t brug_onto_skill_find(const brug_onto *onto, const char *uri)
{
    uint32_t i;
    return brug__strmap_get(&onto->skill_by_uri, uri, &i) ? i : BRUG_NO_INDEX;
}

const char *brug_onto_occupation_uri(const brug_onto *onto, uint32_t i)
{
    return i < onto->nocc ? onto->occ_uri[i] : "";
}

const char *brug_onto_skill_uri(const brug_onto *onto, uint32_t i)
{
    return i < onto->nskill ? onto->skill_uri[i] : "";
}

static const char *pick_label(const brug_onto *onto, const char **labels, uint32_t i,
                              const char *lang, const char *fallback)
{
    const char **row = labels + (size_t)i * onto->nlang;
    uint32_t l;
    if (lang)
        for (l = 0; l < onto->nlang; l++)
            if (row[l] && strcmp(onto->lang[l], lang) == 0)
                return row[l];
    for (l = 0; l < onto->nlang; l++)
        if (row[l] && strcmp(onto->lang[l], "en") == 0)
            return row[l];
    for (l = 0; l < onto->nlang; l++)
        if (row[l])
            return row[l];
    return fallback;
}

const char *brug_onto_occupation_label(const brug_onto *onto, uint32_t i, const char *lang)
{
    if (i >= onto->nocc)
        return "";
    return pick_label(onto, onto->occ_label, i, lang, onto->occ_uri[i]);
}

const char *brug_onto_skill_label(const brug_onto *onto, uint32_t i, const char *lang)
{
    if (i >= onto->nskill)
        return "";
    return pick_label(onto, onto->skill_label, i, lang, onto->skill_uri[i]);
}

const char *brug_onto_occupation_isco(const brug_onto *onto, uint32_t i)
{
    return i < onto->nocc ? onto->occ_isco[i] : "";
}

brug_skill_type brug_onto_skill_type(const brug_onto *onto, uint32_t i)
{
    return i < onto->nskill ? (brug_skill_type)onto->skill_type[i] : BRUG_SKILL_TYPE_NONE;
}

brug_reuse_level brug_onto_skill_reuse(const brug_onto *onto, uint32_t i)
{
    return i < onto->nskill ? (brug_reuse_level)onto->skill_reuse[i] : BRUG_REUSE_NONE;
}

int brug_onto_skill_is_group(const brug_onto *onto, uint32_t i)
{
    return i < onto->nskill && onto->skill_is_group[i];
}

int brug_onto_collection_bit(const brug_onto *onto, const char *name)
{
    uint32_t b;
    for (b = 0; b < onto->ncollections; b++)
        if (strcmp(onto->collection_name[b], name) == 0)
            return (int)b;
    return -1;
}

uint32_t brug_onto_skill_collections(const brug_onto *onto, uint32_t i)
{
    return i < onto->nskill ? onto->skill_collections[i] : 0;
}

uint32_t brug_onto_occupation_collections(const brug_onto *onto, uint32_t i)
{
    return i < onto->nocc ? onto->occ_collections[i] : 0;
}
