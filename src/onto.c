/*
 * onto.c - read accessors of a brug_onto snapshot (see brug/onto.h) and
 * its release.  A backend loads it (store_onto.c for SQLite, reached
 * through brug_onto_load).
 */
#include <stdio.h>
#include <string.h>

#include "alloc.h"
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

/* The language index of the label brug_onto_*_label returns for lang:
 * lang itself, then English, then the first language the concept has; -1
 * when it has none (the URI stands in). */
static int pick_lang(const brug_onto *onto, const char **labels, uint32_t i, const char *lang)
{
    const char **row = labels + (size_t)i * onto->nlang;
    uint32_t l;
    if (lang)
        for (l = 0; l < onto->nlang; l++)
            if (row[l] && strcmp(onto->lang[l], lang) == 0)
                return (int)l;
    for (l = 0; l < onto->nlang; l++)
        if (row[l] && strcmp(onto->lang[l], "en") == 0)
            return (int)l;
    for (l = 0; l < onto->nlang; l++)
        if (row[l])
            return (int)l;
    return -1;
}

const char *brug_onto_occupation_label(const brug_onto *onto, uint32_t i, const char *lang)
{
    int l;
    if (i >= onto->nocc)
        return "";
    l = pick_lang(onto, onto->occ_label, i, lang);
    return l < 0 ? onto->occ_uri[i] : onto->occ_label[(size_t)i * onto->nlang + (size_t)l];
}

const char *brug_onto_skill_label(const brug_onto *onto, uint32_t i, const char *lang)
{
    int l;
    if (i >= onto->nskill)
        return "";
    l = pick_lang(onto, onto->skill_label, i, lang);
    return l < 0 ? onto->skill_uri[i] : onto->skill_label[(size_t)i * onto->nlang + (size_t)l];
}

const char *brug_onto_occupation_label_lang(const brug_onto *onto, uint32_t i, const char *lang)
{
    int l = i < onto->nocc ? pick_lang(onto, onto->occ_label, i, lang) : -1;
    return l < 0 ? NULL : onto->lang[l];
}

const char *brug_onto_skill_label_lang(const brug_onto *onto, uint32_t i, const char *lang)
{
    int l = i < onto->nskill ? pick_lang(onto, onto->skill_label, i, lang) : -1;
    return l < 0 ? NULL : onto->lang[l];
}

int brug_onto_has_lang(const brug_onto *onto, const char *lang)
{
    uint32_t l;
    for (l = 0; lang && l < onto->nlang; l++)
        if (strcmp(onto->lang[l], lang) == 0)
            return 1;
    return 0;
}

const char *brug_onto_lang(const brug_onto *onto, uint32_t l)
{
    return l < onto->nlang ? onto->lang[l] : NULL;
}

static int set_label(json_t *obj, const char *field, const char *text, const char *lang)
{
    char key[64];
    if (snprintf(key, sizeof(key), "%s_lang", field) >= (int)sizeof(key))
        return -1;
    if (json_object_set_new(obj, field, json_string(text)))
        return -1;
    return json_object_set_new(obj, key, lang ? json_string(lang) : json_null());
}

int brug_onto_json_occupation_label(json_t *obj, const char *field, const brug_onto *onto,
                                    uint32_t i, const char *lang)
{
    return set_label(obj, field, brug_onto_occupation_label(onto, i, lang),
                     brug_onto_occupation_label_lang(onto, i, lang));
}

int brug_onto_json_skill_label(json_t *obj, const char *field, const brug_onto *onto, uint32_t i,
                               const char *lang)
{
    return set_label(obj, field, brug_onto_skill_label(onto, i, lang),
                     brug_onto_skill_label_lang(onto, i, lang));
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

void brug_onto_free(brug_onto *onto)
{
    brug_alloc alloc;
    if (!onto)
        return;
    alloc = onto->alloc;
    brug__arena_release(&onto->arena);
    brug__free(&alloc, onto);
}
