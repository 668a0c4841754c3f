/*
 * gen.c - `brug gen`: realistic synthetic passports and offers drawn from
 * the taxonomy, deterministic per seed, for demos and benchmarks.
 *
 * People: an occupation picked by ISCO major group with Dutch employment
 * shares, about 70% of its essential and 25% of its optional skills, some
 * skills of a previous occupation, a little noise; evidence mostly
 * self-declared; a labour-market region weighted by population.  Offers:
 * grouped four to an employer whose sector leans toward the shortage
 * sectors (ICT, technology, care, energy); occupations from that sector.
 * Every record draws from its own generator seeded by (seed, kind, index),
 * so the first N records of a run do not depend on how many follow.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"
#include "onto.h"
#include "people.h"
#include "people_vocab.h"
#include "backend.h"

typedef struct rng {
    uint64_t s;
} rng;

static uint64_t splitmix(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static void rng_seed(rng *r, uint64_t seed, uint64_t kind, uint64_t index)
{
    uint64_t x = seed ^ (kind << 56) ^ (index * 0x2545f4914f6cdd1dULL);
    r->s = splitmix(&x);
}

static uint64_t rng_next(rng *r)
{
    return splitmix(&r->s);
}

/* Uniform in [0, 1). */
static double rng_unit(rng *r)
{
    return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

static uint32_t rng_below(rng *r, uint32_t n)
{
    return n ? (uint32_t)(rng_unit(r) * n) : 0;
}

static uint32_t pick_weighted(rng *r, const double *w, uint32_t n)
{
    double total = 0, x;
    uint32_t i;
    for (i = 0; i < n; i++)
        total += w[i];
    x = rng_unit(r) * total;
    for (i = 0; i + 1 < n; i++) {
        if (x < w[i])
            return i;
        x -= w[i];
    }
    return n - 1;
}

/* Occupation pools: by ISCO major group and by sector. */
typedef struct pools {
    uint32_t *by_major[10];
    uint32_t nmajor[10];
    uint32_t *by_sector[16];
    uint32_t nsector[16];
    uint32_t *all;
    uint32_t nall;
    int *sector_of; /* per occupation */
} pools;

static void pools_release(const brug_alloc *a, pools *p)
{
    int i;
    for (i = 0; i < 10; i++)
        brug__free(a, p->by_major[i]);
    for (i = 0; i < 16; i++)
        brug__free(a, p->by_sector[i]);
    brug__free(a, p->all);
    brug__free(a, p->sector_of);
}

static int pools_build(const brug_alloc *a, const brug_onto *o, pools *p)
{
    uint32_t i;
    memset(p, 0, sizeof(*p));
    p->sector_of = brug__calloc(a, (size_t)o->nocc + 1, sizeof(int));
    p->all = brug__malloc(a, ((size_t)o->nocc + 1) * sizeof(uint32_t));
    if (!p->sector_of || !p->all)
        return 0;
    for (i = 0; i < 10; i++) {
        p->by_major[i] = brug__malloc(a, ((size_t)o->nocc + 1) * sizeof(uint32_t));
        if (!p->by_major[i])
            return 0;
    }
    for (i = 0; i < 16; i++) {
        p->by_sector[i] = brug__malloc(a, ((size_t)o->nocc + 1) * sizeof(uint32_t));
        if (!p->by_sector[i])
            return 0;
    }
    for (i = 0; i < o->nocc; i++) {
        const char *isco = o->occ_isco[i];
        int sec = brug__isco_sector(isco);
        uint32_t ness = 0, k;
        p->sector_of[i] = sec;
        for (k = o->occ_skills.ptr[i]; k < o->occ_skills.ptr[i + 1]; k++)
            ness += o->occ_skills.tag[k] == BRUG__REL_ESSENTIAL &&
                    o->occ_skills.col[k] < o->nskill_proper;
        if (ness < 3 || !isco[0] || isco[0] < '0' || isco[0] > '9')
            continue;
        p->all[p->nall++] = i;
        p->by_major[isco[0] - '0'][p->nmajor[isco[0] - '0']++] = i;
        if (sec >= 0 && sec < 16)
            p->by_sector[sec][p->nsector[sec]++] = i;
    }
    return 1;
}

/* JSON string with escapes. */
static void put_json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

/* Employment shares of ISCO major groups 0..9 (NL, rounded percent). */
static const double major_w[10] = {0.5, 9, 27, 17, 10, 16, 1.5, 8, 5, 6};
/* Offer sectors in brug__sectors order: shortage sectors first and heavier. */
static const double sector_w[] = {15, 17, 20, 10, 6, 7, 6, 5, 4, 5, 3, 1, 1};
static const uint32_t km_v[] = {10, 20, 30, 50, 100};
static const double km_w[] = {15, 30, 25, 20, 10};
static const uint32_t hours_v[] = {16, 24, 32, 36, 40};
static const double hours_w[] = {10, 15, 35, 20, 20};
static const double evidence_w[] = {45, 30, 20, 5};
static const double size_w[] = {30, 35, 20, 15};

typedef struct gen {
    const brug_onto *o;
    pools pl;
    double region_w[64];
    uint8_t *mark; /* per skill, scratch */
    uint32_t *chosen;
    uint32_t nchosen;
} gen;

static void choose(gen *g, uint32_t skill)
{
    if (skill >= g->o->nskill_proper || g->mark[skill])
        return;
    g->mark[skill] = 1;
    g->chosen[g->nchosen++] = skill;
}

static void clear_chosen(gen *g)
{
    uint32_t i;
    for (i = 0; i < g->nchosen; i++)
        g->mark[g->chosen[i]] = 0;
    g->nchosen = 0;
}

static void occ_skills(gen *g, rng *r, uint32_t occ, double p_ess, double p_opt)
{
    const brug__csr *c = &g->o->occ_skills;
    uint32_t k;
    for (k = c->ptr[occ]; k < c->ptr[occ + 1]; k++) {
        double p = c->tag[k] == BRUG__REL_ESSENTIAL ? p_ess : p_opt;
        if (rng_unit(r) < p)
            choose(g, c->col[k]);
    }
}

static uint32_t pick_occupation_major(gen *g, rng *r)
{
    uint32_t m = pick_weighted(r, major_w, 10);
    if (!g->pl.nmajor[m])
        return g->pl.all[rng_below(r, g->pl.nall)];
    return g->pl.by_major[m][rng_below(r, g->pl.nmajor[m])];
}

static void write_person(gen *g, FILE *f, uint64_t seed, uint64_t i)
{
    const brug_onto *o = g->o;
    rng r;
    uint32_t occ, prev = BRUG_NO_INDEX, k, drives, region, noise;
    int sec;

    rng_seed(&r, seed, 'P', i);
    occ = pick_occupation_major(g, &r);
    if (rng_unit(&r) < 0.35)
        prev = pick_occupation_major(g, &r);
    occ_skills(g, &r, occ, 0.7, 0.25);
    if (prev != BRUG_NO_INDEX)
        occ_skills(g, &r, prev, 0.3, 0.05);
    for (k = o->occ_skills.ptr[occ]; g->nchosen == 0 && k < o->occ_skills.ptr[occ + 1]; k++)
        choose(g, o->occ_skills.col[k]); /* at least one skill */
    noise = rng_below(&r, 3);
    for (k = 0; k < noise; k++)
        choose(g, rng_below(&r, o->nskill_proper));
    region = pick_weighted(&r, g->region_w, brug__nlmr);

    fprintf(f, "{\"id\":\"p%08llu\",\"region\":\"%s\",\"max_km\":%u,\"hours\":%u,\"skills\":[",
            (unsigned long long)i, brug__regions[region].code, km_v[pick_weighted(&r, km_w, 5)],
            hours_v[pick_weighted(&r, hours_w, 5)]);
    for (k = 0; k < g->nchosen; k++) {
        uint32_t ev = pick_weighted(&r, evidence_w, 4);
        fprintf(f, "%s{\"uri\":\"%s\",\"evidence\":\"%s\",\"date\":\"%u-%02u\"}", k ? "," : "",
                o->skill_uri[g->chosen[k]], brug__evidence[ev], 2005 + rng_below(&r, 21),
                1 + rng_below(&r, 12));
    }
    fprintf(f, "],\"work\":[{\"occupation\":\"%s\",\"years\":%u}", o->occ_uri[occ],
            1 + rng_below(&r, 20));
    if (prev != BRUG_NO_INDEX)
        fprintf(f, ",{\"occupation\":\"%s\",\"years\":%u}", o->occ_uri[prev],
                1 + rng_below(&r, 10));
    fputs("],\"drives\":[", f);
    drives = brug__isco_drives(o->occ_isco[occ]);
    {
        uint32_t d = 0, first = 1, b;
        for (b = 0; b < brug__ndrives; b++)
            if ((drives & (1u << b)) && rng_unit(&r) < 0.8)
                d |= 1u << b;
        if (rng_unit(&r) < 0.3)
            d |= 1u << rng_below(&r, brug__ndrives);
        for (b = 0; b < brug__ndrives; b++)
            if (d & (1u << b)) {
                fprintf(f, "%s\"%s\"", first ? "" : ",", brug__drives[b]);
                first = 0;
            }
    }
    fputs("]", f);
    sec = g->pl.sector_of[occ];
    {
        uint32_t prefer = 0, exclude = 0, b, first;
        if (rng_unit(&r) < 0.3 && sec >= 0)
            prefer |= 1u << sec;
        if (rng_unit(&r) < 0.15)
            prefer |= 1u << rng_below(&r, 4); /* a shortage sector */
        if (rng_unit(&r) < 0.15) {
            uint32_t x = rng_below(&r, brug__nsectors);
            if (!(prefer & (1u << x)) && (int)x != sec)
                exclude |= 1u << x;
        }
        if (prefer | exclude) {
            fputs(",\"sectors\":{\"prefer\":[", f);
            for (b = 0, first = 1; b < brug__nsectors; b++)
                if (prefer & (1u << b)) {
                    fprintf(f, "%s\"%s\"", first ? "" : ",", brug__sectors[b].code);
                    first = 0;
                }
            fputs("],\"exclude\":[", f);
            for (b = 0, first = 1; b < brug__nsectors; b++)
                if (exclude & (1u << b)) {
                    fprintf(f, "%s\"%s\"", first ? "" : ",", brug__sectors[b].code);
                    first = 0;
                }
            fputs("]}", f);
        }
    }
    fputs("}\n", f);
    clear_chosen(g);
}

static void write_offer(gen *g, FILE *f, uint64_t seed, uint64_t i)
{
    const brug_onto *o = g->o;
    uint64_t emp = i / 4;
    rng er, r;
    uint32_t sector, size, eregion, occ, region, k, first;
    int placement;
    const brug__csr *c = &o->occ_skills;

    rng_seed(&er, seed, 'E', emp);
    sector = pick_weighted(&er, sector_w, brug__nsectors);
    size = pick_weighted(&er, size_w, 4);
    eregion = pick_weighted(&er, g->region_w, brug__nlmr);
    if (!g->pl.nsector[sector])
        sector = 0;

    rng_seed(&r, seed, 'O', i);
    occ = g->pl.nsector[sector] ? g->pl.by_sector[sector][rng_below(&r, g->pl.nsector[sector])]
                                : g->pl.all[rng_below(&r, g->pl.nall)];
    region = rng_unit(&r) < 0.85 ? eregion : pick_weighted(&r, g->region_w, brug__nlmr);
    placement = rng_unit(&r) < 0.3;

    fprintf(f, "{\"id\":\"o%08llu\",\"type\":\"%s\",\"title\":", (unsigned long long)i,
            placement ? "placement" : "vacancy");
    put_json_string(f, brug_onto_occupation_label(o, occ, "nl"));
    /* Titled as Dutch employers write them: in Dutch, in English where the
     * taxonomy has no Dutch label, and saying which. */
    if (brug_onto_occupation_label_lang(o, occ, "nl"))
        fprintf(f, ",\"title_lang\":\"%s\"", brug_onto_occupation_label_lang(o, occ, "nl"));
    fprintf(f,
            ",\"employer\":{\"id\":\"e%07llu\",\"sector\":\"%s\",\"size\":\"%s\"},"
            "\"occupation\":\"%s\",\"region\":\"%s\",\"hours\":%u,\"capacity\":%u,"
            "\"essential\":[",
            (unsigned long long)emp, brug__sectors[sector].code, brug__sizes[size], o->occ_uri[occ],
            brug__regions[region].code, hours_v[1 + rng_below(&r, 4)],
            placement ? 1 + rng_below(&r, 4) : 1 + rng_below(&r, 2));
    first = 1;
    for (k = c->ptr[occ]; k < c->ptr[occ + 1]; k++)
        if (c->tag[k] == BRUG__REL_ESSENTIAL && c->col[k] < o->nskill_proper &&
            (rng_unit(&r) < 0.75 || first)) {
            fprintf(f, "%s\"%s\"", first ? "" : ",", o->skill_uri[c->col[k]]);
            first = 0;
        }
    fputs("],\"optional\":[", f);
    first = 1;
    for (k = c->ptr[occ]; k < c->ptr[occ + 1]; k++)
        if (c->tag[k] != BRUG__REL_ESSENTIAL && c->col[k] < o->nskill_proper &&
            rng_unit(&r) < 0.35) {
            fprintf(f, "%s\"%s\"", first ? "" : ",", o->skill_uri[c->col[k]]);
            first = 0;
        }
    fputs("],\"drives\":[", f);
    {
        uint32_t d = brug__isco_drives(o->occ_isco[occ]), b;
        for (b = 0, first = 1; b < brug__ndrives; b++)
            if (d & (1u << b)) {
                fprintf(f, "%s\"%s\"", first ? "" : ",", brug__drives[b]);
                first = 0;
            }
    }
    fputs("]}\n", f);
}

static FILE *open_out(brug_db *db, const char *dir, const char *name, char *path, size_t n)
{
    FILE *f;
    snprintf(path, n, "%s/%s", dir, name);
    f = fopen(path, "w");
    if (!f)
        brug__db_error(db, BRUG_EIO, "%s: %s", path, strerror(errno));
    else
        setvbuf(f, NULL, _IOFBF, 1 << 20);
    return f;
}

brug_err brug_gen(brug_db *db, const brug_gen_opts *opts, const char *dir, json_t **summary)
{
    brug_onto *o = NULL;
    gen g;
    FILE *f = NULL;
    char ppath[4096], opath[4096];
    uint64_t i;
    uint32_t r;
    brug_err err;

    if (summary)
        *summary = NULL;
    if (!opts || !dir)
        return brug__db_error(db, BRUG_EINVAL, "gen: no options or folder");
    memset(&g, 0, sizeof(g));
    err = brug_onto_load(db, &o);
    if (err)
        return err;
    g.o = o;
    g.mark = brug__calloc(&db->alloc, (size_t)o->nskill + 1, 1);
    g.chosen = brug__malloc(&db->alloc, ((size_t)o->nskill + 1) * sizeof(uint32_t));
    if (!pools_build(&db->alloc, o, &g.pl) || !g.mark || !g.chosen) {
        err = brug__db_error(db, BRUG_ENOMEM, "out of memory");
        goto out;
    }
    if (g.pl.nall == 0) {
        err = brug__db_error(db, BRUG_EEMPTY,
                             "gen: no occupation with an ISCO code and 3 or more essential skills");
        goto out;
    }
    for (r = 0; r < brug__nlmr; r++)
        g.region_w[r] = brug__regions[r].population;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        err = brug__db_error(db, BRUG_EIO, "%s: %s", dir, strerror(errno));
        goto out;
    }
    f = open_out(db, dir, "passports.jsonl", ppath, sizeof(ppath));
    if (!f) {
        err = BRUG_EIO;
        goto out;
    }
    for (i = 0; i < opts->persons; i++)
        write_person(&g, f, opts->seed, i);
    if (fclose(f) != 0) {
        f = NULL;
        err = brug__db_error(db, BRUG_EIO, "%s: write error", ppath);
        goto out;
    }
    f = open_out(db, dir, "offers.jsonl", opath, sizeof(opath));
    if (!f) {
        err = BRUG_EIO;
        goto out;
    }
    for (i = 0; i < opts->offers; i++)
        write_offer(&g, f, opts->seed, i);
    if (fclose(f) != 0) {
        f = NULL;
        err = brug__db_error(db, BRUG_EIO, "%s: write error", opath);
        goto out;
    }
    f = NULL;
    if (summary)
        *summary =
            json_pack("{s:I, s:I, s:I, s:s, s:s}", "persons", (json_int_t)opts->persons, "offers",
                      (json_int_t)opts->offers, "employers", (json_int_t)((opts->offers + 3) / 4),
                      "passports_file", ppath, "offers_file", opath);
out:
    brug__free(&db->alloc, g.mark);
    brug__free(&db->alloc, g.chosen);
    pools_release(&db->alloc, &g.pl);
    brug_onto_free(o);
    return err;
}
