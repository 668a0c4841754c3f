/*
 * region.c - the one module of Dutch regions (see region.h): the table of
 * every system with CBS's codes and names and their overlaps
 * (region_data.h, generated), lookup by code, ISO code or name, the
 * overlap test the planner's region filter uses, and names by language.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "brug/region.h"
#include "fold.h"
#include "region.h"

enum {
    REGION_COUNTRY = BRUG__REGION_COUNTRY,
    REGION_PROVINCE = BRUG__REGION_PROVINCE,
    REGION_COROP = BRUG__REGION_COROP,
    REGION_LMR = BRUG__REGION_LMR,
};

typedef struct region {
    const char *code;    /* CBS: "PV30", "CR36", "AM28"; "NL" */
    unsigned kind;       /* REGION_* */
    const char *name;    /* CBS's (Dutch) name */
    const char *name_en; /* English name when it differs, else NULL */
    const char *iso;     /* ISO 3166-2:NL of a province, else NULL */
    unsigned nmun;       /* municipalities (2024) */
    uint16_t pv;         /* overlapping provinces, bit i = i-th province */
    uint64_t cr;         /* overlapping COROP regions */
    uint64_t am;         /* overlapping labour-market regions */
} region;

#include "region_data.h"

#define NREGIONS (sizeof(regions) / sizeof(regions[0]))

/* Other names people use ("Brabant"); folded as brug__fold folds. */
static const struct {
    const char *name, *code;
} aliases[] = {
    {"brabant", "PV30"},      {"friesland", "PV21"}, {"holland noord", "PV27"},
    {"holland zuid", "PV28"}, {"netherlands", "NL"}, {"the netherlands", "NL"},
    {"nederland", "NL"},
};

static const region *by_code(const char *text)
{
    size_t i;
    for (i = 0; i < NREGIONS; i++)
        if (strcasecmp(regions[i].code, text) == 0 ||
            (regions[i].iso && strcasecmp(regions[i].iso, text) == 0))
            return &regions[i];
    return NULL;
}

static int same_folded(brug__fold_buf *b, const char *name, const char *folded)
{
    return name && brug__fold(b, name, strlen(name)) == BRUG_OK && strcmp(b->text, folded) == 0;
}

/* The widest region of the allowed kinds whose name folds to folded. */
static const region *by_name(const char *folded, unsigned kinds)
{
    static const unsigned order[] = {REGION_COUNTRY, REGION_PROVINCE, REGION_COROP, REGION_LMR};
    brug__fold_buf b;
    const region *hit = NULL;
    size_t k, i;

    for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
        if (strcmp(aliases[i].name, folded) == 0) {
            const region *r = by_code(aliases[i].code);
            if (r && (r->kind & kinds))
                return r;
        }
    brug__fold_init(&b, NULL);
    for (k = 0; k < 4 && !hit; k++) {
        if (!(order[k] & kinds))
            continue;
        for (i = 0; i < NREGIONS && !hit; i++)
            if (regions[i].kind == order[k] && (same_folded(&b, regions[i].name, folded) ||
                                                same_folded(&b, regions[i].name_en, folded)))
                hit = &regions[i];
    }
    brug__fold_release(&b);
    return hit;
}

static const region *find(const char *text, unsigned kinds)
{
    const region *r;
    brug__fold_buf b;
    if (!text || !text[0])
        return NULL;
    r = by_code(text);
    if (r)
        return (r->kind & kinds) ? r : NULL;
    brug__fold_init(&b, NULL);
    if (brug__fold(&b, text, strlen(text)) == BRUG_OK && b.text[0])
        r = by_name(b.text, kinds);
    brug__fold_release(&b);
    return r;
}

const char *brug__region_lookup(const char *text, unsigned kinds)
{
    const region *r = find(text, kinds);
    return r ? r->code : NULL;
}

int brug__region_valid(const char *text)
{
    return find(text, BRUG__REGION_ANY) != NULL;
}

const char *brug__region_canonical(const char *text)
{
    return brug__region_lookup(text, BRUG__REGION_ANY);
}

unsigned brug__region_kind(const char *text)
{
    const region *r = find(text, BRUG__REGION_ANY);
    return r ? r->kind : 0;
}

const char *brug__region_name(const char *text)
{
    const region *r = find(text, BRUG__REGION_ANY);
    return r ? r->name : NULL;
}

static uint64_t system_mask(const region *r, unsigned kind)
{
    return kind == REGION_PROVINCE ? r->pv : kind == REGION_COROP ? r->cr : r->am;
}

int brug__region_matches(const char *course, const char *wanted)
{
    const region *c = find(course, BRUG__REGION_ANY), *w = find(wanted, BRUG__REGION_ANY);
    if (!c || !w)
        return 0;
    if (c->kind == REGION_COUNTRY || w->kind == REGION_COUNTRY)
        return 1;
    /* Regions of one system partition the municipalities, and each
     * region's masks name the regions of every system its municipalities
     * lie in: c and w share a municipality exactly when w's mask of c's
     * system holds c (whose own mask of its system is c alone). */
    return (system_mask(w, c->kind) & system_mask(c, c->kind)) != 0;
}

const char *brug_region_code(const char *text)
{
    return brug__region_canonical(text);
}

const char *brug_region_name(const char *text)
{
    return brug__region_name(text);
}

const char *brug_region_label(const char *text, const char *lang, const char **label_lang)
{
    const region *r = find(text, BRUG__REGION_ANY);
    int en = lang && strcasecmp(lang, "en") == 0;
    if (label_lang)
        *label_lang = NULL;
    if (!r)
        return NULL;
    if (en && (r->name_en || r->kind == REGION_PROVINCE)) {
        if (label_lang)
            *label_lang = "en";
        return r->name_en ? r->name_en : r->name;
    }
    if (label_lang)
        *label_lang = "nl";
    return r->name;
}
