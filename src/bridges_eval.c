/*
 * bridges_eval.c - measuring bridges against a reference of related
 * occupations (O*NET's, through an ESCO -> O*NET crosswalk), and fitting
 * the facet weights on it with cross-validation over the origins.
 *
 * The reference directory holds esco_onet_crosswalk.csv
 * (esco_uri,onet_soc_2019) and onet_related_dev.csv
 * (onet_soc_2019,related_onet_soc_2019,index).  Precision@N, as the
 * reference's README defines it: origins are occupations whose codes are
 * all in the first column of the related list; for each, every other
 * occupation is ranked by its score (ties by URI), destinations without a
 * code or sharing a code with the origin are skipped, the first N are
 * taken, and a destination is a hit when one of its codes is related to
 * one of the origin's.  Hits over destinations taken, over all origins.
 *
 * The fit: the weights of the facets (coverage fixed at 1, the scale is
 * free) by coordinate ascent over a fixed grid, maximising precision@N on
 * the training origins; folds group origins by their first O*NET code
 * (hash), so one O*NET occupation never sits on both sides.  Each fold's
 * weights are scored on its held-out origins; the weights reported for
 * use are fitted on all origins.  The facet curve refits with one more
 * facet at a time.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "bridges_int.h"
#include "facets.h"
#include "strmap.h"

#define MAX_CODES 8
#define ROLE(essential) ((essential) ? 1.0 : 0.35)

typedef struct ref {
    brug__arena arena;
    brug__strmap codes;
    uint32_t ncodes, capcodes;
    uint8_t *dev;                     /* ncodes: code is in the first column of the related list */
    uint32_t *rel_ptr;                /* ncodes + 1 */
    uint32_t *rel_col;                /* sorted related codes per code */
    uint32_t (*occ_codes)[MAX_CODES]; /* nocc */
    uint8_t *nocc_codes;              /* nocc */
} ref;

static int code_id(ref *r, const char *s, uint32_t *id)
{
    char *k;
    if (brug__strmap_get(&r->codes, s, id))
        return 1;
    if (r->ncodes >= r->capcodes)
        return 0;
    k = brug__arena_strdup(&r->arena, s);
    if (!k || brug__strmap_put(&r->codes, k, r->ncodes) != BRUG_OK)
        return 0;
    *id = r->ncodes++;
    return 1;
}

/* Split a CSV line of plain fields (no quotes in these files) in place. */
static int split(char *line, char **f, int max)
{
    int n = 0;
    char *p = line, *e = line + strlen(line);
    while (e > line && (e[-1] == '\n' || e[-1] == '\r'))
        *--e = '\0';
    while (n < max) {
        char *c = strchr(p, ',');
        f[n++] = p;
        if (!c)
            break;
        *c = '\0';
        p = c + 1;
    }
    return n;
}

typedef struct pair {
    uint32_t a, b;
} pair;

static int cmp_pair(const void *x, const void *y)
{
    const pair *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

static brug_err load_ref(const brug_bridges *b, const char *dir, ref *r, char *msg, size_t msgsize)
{
    char path[4096], line[1024], *f[4];
    FILE *fp;
    unsigned lineno;
    pair *pairs = NULL;
    size_t npairs = 0, cappairs = 0, i;
    brug_err err = BRUG_ENOMEM;

    r->capcodes = 65536;
    if (brug__strmap_init(&r->codes, &r->arena, r->capcodes))
        return BRUG_ENOMEM;
    r->occ_codes = brug__arena_calloc(&r->arena, (size_t)b->nocc + 1, sizeof(*r->occ_codes));
    r->nocc_codes = brug__arena_calloc(&r->arena, (size_t)b->nocc + 1, 1);
    r->dev = brug__arena_calloc(&r->arena, r->capcodes, 1);
    if (!r->occ_codes || !r->nocc_codes || !r->dev)
        return BRUG_ENOMEM;

    snprintf(path, sizeof(path), "%s/esco_onet_crosswalk.csv", dir);
    fp = fopen(path, "r");
    if (!fp) {
        brug__bridges_msg(msg, msgsize, "%s: cannot read: %s", path, strerror(errno));
        return BRUG_EIO;
    }
    for (lineno = 1; fgets(line, sizeof(line), fp); lineno++) {
        uint32_t occ, id, j;
        if (split(line, f, 3) != 2) {
            brug__bridges_msg(msg, msgsize, "%s:%u: expected 2 fields (esco_uri,onet_soc_2019)",
                              path, lineno);
            fclose(fp);
            return BRUG_EINVAL;
        }
        if (lineno == 1)
            continue; /* header */
        occ = brug_onto_occupation_find(b->onto, f[0]);
        if (occ == BRUG_NO_INDEX)
            continue; /* not in this taxonomy */
        if (!code_id(r, f[1], &id)) {
            fclose(fp);
            return BRUG_ENOMEM;
        }
        for (j = 0; j < r->nocc_codes[occ] && r->occ_codes[occ][j] != id; j++)
            ;
        if (j == r->nocc_codes[occ] && j < MAX_CODES)
            r->occ_codes[occ][r->nocc_codes[occ]++] = id;
    }
    fclose(fp);

    snprintf(path, sizeof(path), "%s/onet_related_dev.csv", dir);
    fp = fopen(path, "r");
    if (!fp) {
        brug__bridges_msg(msg, msgsize, "%s: cannot read: %s", path, strerror(errno));
        return BRUG_EIO;
    }
    for (lineno = 1; fgets(line, sizeof(line), fp); lineno++) {
        uint32_t a, c;
        if (split(line, f, 4) != 3) {
            brug__bridges_msg(
                msg, msgsize,
                "%s:%u: expected 3 fields (onet_soc_2019,related_onet_soc_2019,index)", path,
                lineno);
            err = BRUG_EINVAL;
            goto fail;
        }
        if (lineno == 1)
            continue;
        if (!code_id(r, f[0], &a) || !code_id(r, f[1], &c))
            goto fail;
        r->dev[a] = 1;
        if (npairs == cappairs) {
            size_t cap = cappairs ? cappairs * 2 : 4096;
            pair *v = brug__reallocarray(&b->alloc, pairs, cap, sizeof(*v));
            if (!v)
                goto fail;
            pairs = v;
            cappairs = cap;
        }
        pairs[npairs].a = a;
        pairs[npairs].b = c;
        npairs++;
    }
    fclose(fp);
    fp = NULL;
    qsort(pairs, npairs, sizeof(*pairs), cmp_pair);
    r->rel_ptr = brug__arena_calloc(&r->arena, (size_t)r->ncodes + 1, sizeof(uint32_t));
    r->rel_col = brug__arena_alloc(&r->arena, (npairs + 1) * sizeof(uint32_t));
    if (!r->rel_ptr || !r->rel_col)
        goto fail;
    for (i = 0; i < npairs; i++) {
        r->rel_col[i] = pairs[i].b;
        r->rel_ptr[pairs[i].a + 1] = (uint32_t)(i + 1);
    }
    for (i = 1; i <= r->ncodes; i++)
        if (r->rel_ptr[i] < r->rel_ptr[i - 1])
            r->rel_ptr[i] = r->rel_ptr[i - 1];
    brug__free(&b->alloc, pairs);
    return BRUG_OK;
fail:
    if (fp)
        fclose(fp);
    brug__free(&b->alloc, pairs);
    return err;
}

static int related(const ref *r, uint32_t a, uint32_t c)
{
    uint32_t lo = r->rel_ptr[a], hi = r->rel_ptr[a + 1];
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (r->rel_col[mid] == c)
            return 1;
        if (r->rel_col[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* The evaluation problem: per origin, its eligible destinations and
 * whether each is a hit; facet values per (origin, eligible destination). */
typedef struct problem {
    uint32_t norig;
    uint32_t *orig; /* norig occupation indexes */
    uint32_t *ptr;  /* norig + 1 into dest/hit/val */
    uint32_t *dest;
    uint8_t *hit;
    uint8_t *fold;                /* norig */
    float *val[BRUG__NFACET + 3]; /* facets, then the score as built, then 2 baselines */
    unsigned at;
} problem;

enum { V_SCORE = BRUG__NFACET, V_BASE_COV, V_BASE_COS, NV };

static uint32_t fnv(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

/* Precision@at of origins in fold set (fold_sel: -1 all, else only fold
 * == sel when want_in, or != sel), weights w over the facets. */
static double precision(const problem *p, const double *w, int fold_sel, int want_in, int value,
                        size_t *taken_out)
{
    size_t hits = 0, taken = 0;
    uint32_t o;
    for (o = 0; o < p->norig; o++) {
        uint32_t k, best_i[64];
        float best_s[64];
        unsigned nb = 0, j, at = p->at < 64 ? p->at : 64;
        if (fold_sel >= 0 && ((p->fold[o] == (unsigned)fold_sel) != want_in))
            continue;
        for (k = p->ptr[o]; k < p->ptr[o + 1]; k++) {
            float s;
            if (value >= 0) {
                s = p->val[value][k];
            } else {
                double d = 0.0;
                unsigned f;
                for (f = 0; f < BRUG__NFACET; f++)
                    if (w[f] != 0.0)
                        d += w[f] * (double)p->val[f][k];
                s = (float)d;
            }
            /* insertion into the sorted best list; ties: lower index (URI) first */
            if (nb == at && !(s > best_s[nb - 1]))
                continue;
            j = nb < at ? nb++ : nb - 1;
            while (j > 0 && s > best_s[j - 1]) {
                best_s[j] = best_s[j - 1];
                best_i[j] = best_i[j - 1];
                j--;
            }
            best_s[j] = s;
            best_i[j] = k;
        }
        for (j = 0; j < nb; j++)
            hits += p->hit[best_i[j]];
        taken += nb;
    }
    if (taken_out)
        *taken_out = taken;
    return taken ? (double)hits / (double)taken : 0.0;
}

static const double grid[] = {0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 7, 10, 15, 20};
#define NGRID (sizeof(grid) / sizeof(grid[0]))

/* Coordinate ascent over the grid for the facets in mask (coverage fixed
 * at 1); w in/out.  Deterministic: facets in order, the first best value
 * kept on ties. */
static double fit(const problem *p, unsigned mask, int fold, double *w)
{
    double best = precision(p, w, fold, 0, -1, NULL);
    unsigned round, f, g;
    for (round = 0; round < 3; round++) {
        int changed = 0;
        for (f = 1; f < BRUG__NFACET; f++) {
            double keep = w[f];
            if (!(mask & (1u << f)))
                continue;
            for (g = 0; g < NGRID; g++) {
                double v;
                if (grid[g] == keep)
                    continue;
                w[f] = grid[g];
                v = precision(p, w, fold, 0, -1, NULL);
                if (v > best + 1e-12) {
                    best = v;
                    keep = grid[g];
                    changed = 1;
                }
            }
            w[f] = keep;
        }
        if (!changed)
            break;
    }
    return best;
}

static json_t *weights_obj(const double *w, unsigned mask)
{
    json_t *o = json_object();
    unsigned f;
    for (f = 0; f < BRUG__NFACET; f++)
        if (f == 0 || (mask & (1u << f)))
            json_object_set_new(o, brug__facet_name(f), json_real(brug__round6(w[f])));
    return o;
}

/* Cross-validated fit of the facets in mask: every fold and the mean. */
static json_t *cross_validate(const problem *p, unsigned mask, unsigned folds, double *mean_out)
{
    json_t *arr = json_array(), *res;
    double sum = 0.0, w[BRUG__NFACET];
    unsigned k;
    size_t tot_taken = 0, tot_hits_x = 0;
    for (k = 0; k < folds; k++) {
        size_t taken;
        double train, test;
        memset(w, 0, sizeof(w));
        w[0] = 1.0;
        train = fit(p, mask, (int)k, w);
        test = precision(p, w, (int)k, 1, -1, &taken);
        sum += test;
        tot_taken += taken;
        tot_hits_x += (size_t)llround(test * (double)taken);
        json_array_append_new(arr, json_pack("{s:i, s:i, s:f, s:f, s:o}", "fold", (json_int_t)k + 1,
                                             "test_destinations", (json_int_t)taken, "train",
                                             brug__round6(train), "test", brug__round6(test),
                                             "weights", weights_obj(w, mask)));
    }
    *mean_out = folds ? sum / folds : 0.0;
    res = json_pack("{s:o, s:f, s:f}", "folds", arr, "mean_test", brug__round6(*mean_out),
                    "pooled_test",
                    brug__round6(tot_taken ? (double)tot_hits_x / (double)tot_taken : 0.0));
    return res;
}

static brug_err build_problem(const brug_bridges *b, const ref *r, problem *p, brug__arena *ar)
{
    const brug_onto *o = b->onto;
    uint32_t n = b->nocc, i, j, c;
    size_t cap = 0, nn = 0;
    brug__bridges_scratch *s = brug__bridges_scratch_get(b);
    double *row = NULL, *cov = NULL, *bcov = NULL, *bcos = NULL, *idf = NULL, *norm = NULL;
    unsigned f;
    brug_err err = BRUG_ENOMEM;

    p->orig = brug__arena_alloc(ar, ((size_t)n + 1) * sizeof(uint32_t));
    p->fold = brug__arena_alloc(ar, (size_t)n + 1);
    p->ptr = brug__arena_alloc(ar, ((size_t)n + 2) * sizeof(uint32_t));
    row = brug__malloc(&b->alloc, ((size_t)n + 1) * sizeof(double));
    cov = brug__malloc(&b->alloc, ((size_t)n + 1) * sizeof(double));
    bcov = brug__calloc(&b->alloc, (size_t)n + 1, sizeof(double));
    bcos = brug__calloc(&b->alloc, (size_t)n + 1, sizeof(double));
    idf = brug__calloc(&b->alloc, (size_t)b->nskill + 1, sizeof(double));
    norm = brug__calloc(&b->alloc, (size_t)n + 1, sizeof(double));
    if (!s || !p->orig || !p->fold || !p->ptr || !row || !cov || !bcov || !bcos || !idf || !norm)
        goto done;
    /* Origins: every code in the related list's first column. */
    p->norig = 0;
    for (i = 0; i < n; i++) {
        int ok = r->nocc_codes[i] > 0;
        for (j = 0; j < r->nocc_codes[i]; j++)
            ok = ok && r->dev[r->occ_codes[i][j]];
        if (ok) {
            p->fold[p->norig] = 0;
            p->orig[p->norig++] = i;
        }
    }
    for (i = 0; i < p->norig; i++)
        cap += n;
    for (f = 0; f < NV; f++) {
        p->val[f] = brug__malloc(&b->alloc, (cap + 1) * sizeof(float));
        if (!p->val[f])
            goto done;
    }
    p->dest = brug__malloc(&b->alloc, (cap + 1) * sizeof(uint32_t));
    p->hit = brug__malloc(&b->alloc, cap + 1);
    if (!p->dest || !p->hit)
        goto done;
    /* Baselines (fixed, whatever the index's weights): skills weighted by
     * role (essential 1, optional 0.35) times the smoothed IDF of
     * section 1, with no partial credit (coverage); binary skill sets
     * times the same IDF (cosine). */
    for (j = 0; j < b->nskill; j++)
        idf[j] = b->df[j] ? log((1.0 + n) / (1.0 + b->df[j])) + 1.0 : 0.0;
    for (i = 0; i < n; i++) {
        double t = 0.0;
        for (c = o->occ_skills.ptr[i]; c < o->occ_skills.ptr[i + 1]; c++) {
            double x = idf[o->occ_skills.col[c]];
            t += x * x;
        }
        norm[i] = sqrt(t);
    }
    for (i = 0; i < p->norig; i++) {
        uint32_t a = p->orig[i], k;
        size_t nh;
        const uint32_t *held = brug__bridges_held(b, a, &nh);
        double *inv_tot = NULL;
        (void)inv_tot;
        p->fold[i] = (uint8_t)(fnv(o->occ_uri[a]) & 0xff); /* replaced by the code's fold below */
        /* facet rows */
        brug__bridges_credit_fast(b, s, held, nh);
        brug__bridges_coverage_row(b, s, a, cov);
        brug__bridges_clear(b, s);
        brug__bridges_credit_fast(b, s, held, nh);
        brug__bridges_accumulate(b, s, a, row);
        brug__bridges_clear(b, s);
        /* baselines: overlap scatter over the origin's skills */
        for (k = 0; k < nh; k++) {
            uint32_t t = held[k], e;
            for (e = o->skill_occs.ptr[t]; e < o->skill_occs.ptr[t + 1]; e++) {
                bcov[o->skill_occs.col[e]] += ROLE(o->skill_occs.tag[e]) * idf[t];
                bcos[o->skill_occs.col[e]] += idf[t] * idf[t];
            }
        }
        p->ptr[i] = (uint32_t)nn;
        for (j = 0; j < n; j++) {
            unsigned x, y, shares = 0, hit = 0;
            double totb = 0.0;
            if (j == a || r->nocc_codes[j] == 0) {
                bcov[j] = bcos[j] = 0.0;
                continue;
            }
            for (x = 0; x < r->nocc_codes[a]; x++)
                for (y = 0; y < r->nocc_codes[j]; y++) {
                    shares |= r->occ_codes[a][x] == r->occ_codes[j][y];
                    hit |= related(r, r->occ_codes[a][x], r->occ_codes[j][y]);
                }
            if (shares) {
                bcov[j] = bcos[j] = 0.0;
                continue;
            }
            for (c = o->occ_skills.ptr[j]; c < o->occ_skills.ptr[j + 1]; c++)
                totb += ROLE(o->occ_skills.tag[c]) * idf[o->occ_skills.col[c]];
            p->dest[nn] = j;
            p->hit[nn] = (uint8_t)hit;
            p->val[BRUG__F_COVERAGE][nn] = (float)cov[j];
            for (f = 1; f < BRUG__NFACET; f++)
                p->val[f][nn] = (float)brug__facets_pair(b, f, a, j);
            p->val[V_SCORE][nn] = (float)row[j];
            p->val[V_BASE_COV][nn] = totb > 0.0 ? (float)(bcov[j] / totb) : 0.0f;
            p->val[V_BASE_COS][nn] =
                norm[a] > 0.0 && norm[j] > 0.0 ? (float)(bcos[j] / (norm[a] * norm[j])) : 0.0f;
            bcov[j] = bcos[j] = 0.0;
            nn++;
        }
    }
    p->ptr[p->norig] = (uint32_t)nn;
    err = BRUG_OK;
done:
    brug__bridges_scratch_put(b, s);
    brug__free(&b->alloc, row);
    brug__free(&b->alloc, cov);
    brug__free(&b->alloc, bcov);
    brug__free(&b->alloc, bcos);
    brug__free(&b->alloc, idf);
    brug__free(&b->alloc, norm);
    return err;
}

static void problem_release(const brug_bridges *b, problem *p)
{
    unsigned f;
    for (f = 0; f < NV; f++)
        brug__free(&b->alloc, p->val[f]);
    brug__free(&b->alloc, p->dest);
    brug__free(&b->alloc, p->hit);
}

brug_err brug_bridges_eval(const brug_bridges *b, const char *refdir,
                           const brug_bridges_eval_opts *opts, json_t **out, char *msg,
                           size_t msgsize)
{
    ref r;
    problem p;
    brug__arena ar;
    unsigned folds = opts && opts->folds ? opts->folds : 5, f, i;
    json_t *doc = NULL, *methods, *facets;
    brug_err err;
    size_t taken;

    *out = NULL;
    memset(&r, 0, sizeof(r));
    memset(&p, 0, sizeof(p));
    if (!refdir) {
        brug__bridges_msg(msg, msgsize, "no reference directory");
        return BRUG_EINVAL;
    }
    if (folds > 20) {
        brug__bridges_msg(msg, msgsize, "folds must be 2..20 (got %u)", folds);
        return BRUG_EINVAL;
    }
    brug__arena_init(&r.arena, &b->alloc, 1 << 18);
    brug__arena_init(&ar, &b->alloc, 1 << 18);
    p.at = opts && opts->at ? opts->at : 10;
    if (p.at > 64) {
        brug__bridges_msg(msg, msgsize, "precision at most @64 (got %u)", p.at);
        err = BRUG_EINVAL;
        goto done;
    }
    err = load_ref(b, refdir, &r, msg, msgsize);
    if (err)
        goto done;
    err = build_problem(b, &r, &p, &ar);
    if (err) {
        brug__bridges_msg(msg, msgsize, "out of memory");
        goto done;
    }
    if (p.norig == 0) {
        brug__bridges_msg(msg, msgsize, "%s: no origin of the reference is in this taxonomy",
                          refdir);
        err = BRUG_EEMPTY;
        goto done;
    }
    /* folds by the origin's first O*NET code */
    for (i = 0; i < p.norig; i++) {
        uint32_t a = p.orig[i], code = r.occ_codes[a][0];
        const char *key = NULL;
        uint32_t c;
        for (c = 0; c < r.codes.cap && !key; c++)
            if (r.codes.keys[c] && r.codes.vals[c] == code)
                key = r.codes.keys[c];
        p.fold[i] = (uint8_t)(fnv(key ? key : "") % folds);
    }
    err = BRUG_ENOMEM;
    doc = json_object();
    methods = json_object();
    facets = json_object();
    if (!doc || !methods || !facets) {
        json_decref(methods);
        json_decref(facets);
        goto done;
    }
    json_object_set_new(doc, "origins", json_integer(p.norig));
    json_object_set_new(doc, "at", json_integer(p.at));
    json_object_set_new(doc, "methods", methods);
    json_object_set_new(doc, "facets_alone", facets);
    json_object_set_new(methods, "score",
                        json_real(brug__round6(precision(&p, NULL, -1, 0, V_SCORE, &taken))));
    json_object_set_new(doc, "destinations", json_integer((json_int_t)taken));
    json_object_set_new(methods, "baseline_idf_coverage",
                        json_real(brug__round6(precision(&p, NULL, -1, 0, V_BASE_COV, NULL))));
    json_object_set_new(methods, "baseline_idf_cosine",
                        json_real(brug__round6(precision(&p, NULL, -1, 0, V_BASE_COS, NULL))));
    for (f = 0; f < BRUG__NFACET; f++)
        json_object_set_new(facets, brug__facet_name(f),
                            json_real(brug__round6(precision(&p, NULL, -1, 0, (int)f, NULL))));
    json_object_set_new(doc, "weights", brug_bridges_weights_json(&b->w));
    if (opts && opts->fit) {
        json_t *curve = json_array(), *best = NULL;
        unsigned mask = 0;
        double w[BRUG__NFACET], mean, all;
        for (f = 0; f < BRUG__NFACET; f++) {
            json_t *cv;
            if (f > 0)
                mask |= 1u << f;
            cv = cross_validate(&p, mask, folds, &mean);
            memset(w, 0, sizeof(w));
            w[0] = 1.0;
            all = fit(&p, mask, -1, w);
            json_object_set_new(cv, "added", json_string(brug__facet_name(f)));
            json_object_set_new(cv, "fit_all", json_real(brug__round6(all)));
            json_object_set_new(cv, "weights_all", weights_obj(w, mask));
            json_array_append(curve, cv);
            json_decref(best);
            best = cv;
            json_incref(best);
            json_decref(cv);
        }
        json_object_set_new(doc, "curve", curve);
        json_object_set_new(doc, "fit", best);
    }
    err = BRUG_OK;
    *out = doc;
    doc = NULL;
done:
    json_decref(doc);
    problem_release(b, &p);
    brug__arena_release(&ar);
    brug__arena_release(&r.arena);
    return err;
}
