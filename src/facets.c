/*
 * facets.c - building the non-coverage facets of a bridges index and
 * combining them with the coverage into the transition score (see
 * facets.h; formulas in docs/bridges.md).
 */
#include <math.h>
#include <string.h>

#include "alloc.h"
#include "facets.h"
#include "svd.h"
#include "textvec.h"

static const char *const facet_names[BRUG__NFACET] = {"coverage", "latent",     "text",
                                                      "isco",     "activities", "level"};

const char *brug__facet_name(unsigned f)
{
    return f < BRUG__NFACET ? facet_names[f] : "";
}

/* ISCO-08 skill levels of the major groups (ILO, ISCO-08 vol. 1, table 1):
 * managers 3 and 4, professionals 4, technicians 3, groups 4-8 level 2,
 * elementary occupations 1; armed forces by sub-major group (01 officers
 * 4, 02 non-commissioned 2, 03 other ranks 1). */
static float isco_level(const char *isco)
{
    if (!isco || isco[0] < '0' || isco[0] > '9')
        return 0.0f;
    switch (isco[0]) {
    case '1':
        return 3.5f;
    case '2':
        return 4.0f;
    case '3':
        return 3.0f;
    case '9':
        return 1.0f;
    case '0':
        return isco[1] == '1' ? 4.0f : isco[1] == '2' ? 2.0f : isco[1] == '3' ? 1.0f : 0.0f;
    default:
        return 2.0f;
    }
}

double brug__facets_level(const brug_bridges *b, uint32_t i)
{
    return i < b->nocc ? (double)b->fx->level[i] : 0.0;
}

static void normalise_rows(float *v, size_t n, unsigned k)
{
    size_t i;
    unsigned j;
    for (i = 0; i < n; i++) {
        double s = 0.0;
        for (j = 0; j < k; j++)
            s += (double)v[i * k + j] * (double)v[i * k + j];
        s = sqrt(s);
        for (j = 0; j < k; j++)
            v[i * k + j] = s > 0.0 ? (float)((double)v[i * k + j] / s) : 0.0f;
    }
}

/* The latent space: truncated SVD of the weighted occupation x skill
 * matrix (the same weights as the profiles), rows L2-normalised first so
 * that richly described occupations do not dominate the factors. */
static brug_err build_latent(brug_bridges *b, brug__facets *fx, const brug__csr *tx)
{
    const brug__csr *os = &b->onto->occ_skills;
    brug__csr a;
    uint32_t i, k, nnz = 0;
    brug_err err;

    fx->k = (unsigned)b->w.latent_dims;
    if (fx->k == 0 || (size_t)fx->k + 10 > b->nocc || (size_t)fx->k + 10 > b->nskill) {
        fx->k = 0;
        return BRUG_OK;
    }
    /* columns: the skills, then the text terms (each part of a row
     * L2-normalised, so skills and words weigh the same) */
    memset(&a, 0, sizeof(a));
    a.nrows = b->nocc;
    a.ncols = b->nskill + tx->ncols;
    a.nnz = os->nnz + tx->nnz;
    a.ptr = brug__malloc(&b->alloc, ((size_t)b->nocc + 1) * sizeof(uint32_t));
    a.col = brug__malloc(&b->alloc, ((size_t)a.nnz + 1) * sizeof(uint32_t));
    a.val = brug__malloc(&b->alloc, ((size_t)a.nnz + 1) * sizeof(float));
    fx->lat = brug__arena_calloc(&b->arena, (size_t)b->nocc * fx->k + 1, sizeof(float));
    if (!a.ptr || !a.col || !a.val || !fx->lat) {
        err = BRUG_ENOMEM;
        goto done;
    }
    for (i = 0; i < b->nocc; i++) {
        double s = 0.0;
        a.ptr[i] = nnz;
        for (k = os->ptr[i]; k < os->ptr[i + 1]; k++)
            s += (double)b->occ_w[k] * (double)b->occ_w[k];
        s = sqrt(s);
        for (k = os->ptr[i]; k < os->ptr[i + 1]; k++) {
            a.col[nnz] = os->col[k];
            a.val[nnz++] = s > 0.0 ? (float)((double)b->occ_w[k] / s) : 0.0f;
        }
        for (k = tx->ptr[i]; k < tx->ptr[i + 1]; k++) {
            a.col[nnz] = b->nskill + tx->col[k];
            a.val[nnz++] = tx->val[k];
        }
    }
    a.ptr[b->nocc] = nnz;
    err = brug__svd(&a, fx->k, 2, 0, &b->alloc, fx->lat, NULL, 0, NULL);
done:
    brug__free(&b->alloc, a.ptr);
    brug__free(&b->alloc, a.col);
    brug__free(&b->alloc, a.val);
    if (err)
        return err;
    normalise_rows(fx->lat, b->nocc, fx->k);
    return BRUG_OK;
}

/* Work activities: each occupation's profile weights spread to every
 * skill group above each of its skills (all levels of the skills
 * hierarchy, each group once per skill), L2-normalised. */
#define ACT_DIMS 64

static brug_err build_activities(brug_bridges *b, brug__facets *fx)
{
    const brug_onto *o = b->onto;
    const brug__csr *os = &o->occ_skills;
    uint32_t *stack = NULL, *seen = NULL, *list = NULL, i, k;
    double *acc = NULL;
    brug__csr_entry *ent = NULL;
    size_t nent = 0, capent = 0, j2;
    brug_err err = BRUG_ENOMEM;

    stack = brug__malloc(&b->alloc, ((size_t)b->nskill + 1) * sizeof(uint32_t));
    seen = brug__calloc(&b->alloc, (size_t)b->nskill + 1, sizeof(uint32_t));
    list = brug__malloc(&b->alloc, ((size_t)b->nskill + 1) * sizeof(uint32_t));
    acc = brug__calloc(&b->alloc, (size_t)b->nskill + 1, sizeof(double));
    if (!stack || !seen || !list || !acc)
        goto done;
    for (i = 0; i < b->nocc; i++) {
        size_t nl = 0, j;
        double nrm = 0.0;
        for (k = os->ptr[i]; k < os->ptr[i + 1]; k++) {
            /* groups above skill os->col[k]: depth-first, each once */
            uint32_t mark = k + 1, nst = 0, s0 = os->col[k], p;
            stack[nst++] = s0;
            while (nst) {
                uint32_t s = stack[--nst];
                for (p = o->skill_broader.ptr[s]; p < o->skill_broader.ptr[s + 1]; p++) {
                    uint32_t g = o->skill_broader.col[p];
                    if (seen[g] == mark)
                        continue;
                    seen[g] = mark;
                    if (nst < b->nskill)
                        stack[nst++] = g;
                    if (!o->skill_is_group[g])
                        continue;
                    if (acc[g] == 0.0)
                        list[nl++] = g;
                    acc[g] += (double)b->occ_w[k];
                }
            }
        }
        for (j = 0; j < nl; j++)
            nrm += acc[list[j]] * acc[list[j]];
        nrm = sqrt(nrm);
        if (nent + nl + 1 > capent) {
            size_t cap = capent ? capent * 2 : 1 << 16;
            brug__csr_entry *v;
            while (cap < nent + nl + 1)
                cap *= 2;
            v = brug__reallocarray(&b->alloc, ent, cap, sizeof(*v));
            if (!v)
                goto done;
            ent = v;
            capent = cap;
        }
        (void)nrm;
        for (j = 0; j < nl; j++) {
            ent[nent].row = i;
            ent[nent].col = list[j];
            ent[nent].val = (float)acc[list[j]];
            ent[nent].tag = 0;
            nent++;
            acc[list[j]] = 0.0;
        }
    }
    /* Specificity of a group, as for skills: a group above nearly every
     * occupation's skills says little.  Then rows L2-normalised. */
    memset(seen, 0, ((size_t)b->nskill + 1) * sizeof(uint32_t));
    for (j2 = 0; j2 < nent; j2++)
        seen[ent[j2].col]++;
    for (j2 = 0; j2 < nent;) {
        size_t first = j2;
        double nrm = 0.0;
        uint32_t row = ent[j2].row;
        for (; j2 < nent && ent[j2].row == row; j2++) {
            double x =
                (double)ent[j2].val * (log((1.0 + b->nocc) / (1.0 + seen[ent[j2].col])) + 1.0);
            ent[j2].val = (float)x;
            nrm += x * x;
        }
        nrm = sqrt(nrm);
        for (; first < j2; first++)
            ent[first].val = nrm > 0.0 ? (float)((double)ent[first].val / nrm) : 0.0f;
    }
    err = brug__csr_build(&fx->act, &b->arena, b->nocc, b->nskill, ent, nent, 1, 0);
    /* Scored through a rank-ACT_DIMS embedding (one dense dot product
     * per pair instead of a scatter over groups that nearly every
     * occupation reaches). */
    fx->ka = ACT_DIMS;
    if (!err && ((size_t)fx->ka + 10 > b->nocc || (size_t)fx->ka + 10 > b->nskill))
        fx->ka = 0;
    if (!err && fx->ka) {
        fx->act_lat = brug__arena_calloc(&b->arena, (size_t)b->nocc * fx->ka + 1, sizeof(float));
        err = fx->act_lat ? brug__svd(&fx->act, fx->ka, 2, 0, &b->alloc, fx->act_lat, NULL, 0, NULL)
                          : BRUG_ENOMEM;
        if (!err)
            normalise_rows(fx->act_lat, b->nocc, fx->ka);
    }
done:
    brug__free(&b->alloc, stack);
    brug__free(&b->alloc, seen);
    brug__free(&b->alloc, list);
    brug__free(&b->alloc, acc);
    brug__free(&b->alloc, ent);
    return err;
}

brug_err brug__facets_init(brug_bridges *b)
{
    brug__facets *fx = brug__arena_calloc(&b->arena, 1, sizeof(*fx));
    const brug_bridges_weights *w = &b->w;
    double sum;
    uint32_t i, d;
    unsigned f;

    if (!fx)
        return BRUG_ENOMEM;
    b->fx = fx;
    fx->wf[BRUG__F_COVERAGE] = w->facet_coverage;
    fx->wf[BRUG__F_LATENT] = w->facet_latent;
    fx->wf[BRUG__F_TEXT] = w->facet_text;
    fx->wf[BRUG__F_ISCO] = w->facet_isco;
    fx->wf[BRUG__F_ACTIVITIES] = w->facet_activities;
    fx->wf[BRUG__F_LEVEL] = w->facet_level;
    sum = 0.0;
    for (f = 0; f < BRUG__NFACET; f++)
        sum += fx->wf[f];
    for (f = 0; f < BRUG__NFACET; f++)
        fx->wf[f] /= sum; /* sum > 0: facet_coverage > 0 is enforced */
    fx->only_coverage = 1;
    for (f = 1; f < BRUG__NFACET; f++)
        if (fx->wf[f] > 0.0)
            fx->only_coverage = 0;

    brug__facets_text_init(fx, b->onto);
    fx->level = brug__arena_calloc(&b->arena, (size_t)b->nocc + 1, sizeof(float));
    fx->isco_digits = brug__arena_calloc(&b->arena, (size_t)b->nocc * 4 + 1, 1);
    if (!fx->level || !fx->isco_digits)
        return BRUG_ENOMEM;
    for (i = 0; i < b->nocc; i++) {
        const char *c = b->onto->occ_isco[i];
        int ok = 1;
        fx->level[i] = isco_level(c);
        for (d = 0; d < 4; d++) {
            ok = ok && c && c[d] >= '0' && c[d] <= '9';
            fx->isco_digits[i * 4 + d] = ok ? (uint8_t)(c[d] - '0') : 10;
        }
    }
    return BRUG_OK;
}

brug_err brug__facets_build_models(brug_bridges *b)
{
    brug__facets *fx = b->fx;
    brug__csr mixed;
    brug_err err = brug__textvec_build(b->onto, &b->arena, &b->alloc, &fx->text, &fx->groups);
    memset(&mixed, 0, sizeof(mixed));
    if (!err)
        err = build_activities(b, fx);
    if (!err)
        err = brug__facets_text_vectors(fx, &b->alloc, &mixed);
    if (!err)
        err = build_latent(b, fx, &mixed);
    brug__facets_text_vectors_free(&b->alloc, &mixed);
    return err;
}

/* Rows' first BRUG__FACETS_HEAD dimensions, dimension-major (*head), and the norms of
 * the rest (*tail), for the bounds of brug__facets_bound_row. */
static brug_err head_tail(brug_bridges *b, const float *v, unsigned k, float **head, float **tail)
{
    uint32_t i;
    unsigned j;
    *head = brug__arena_calloc(&b->arena, (size_t)b->nocc * BRUG__FACETS_HEAD + 1, sizeof(float));
    *tail = brug__arena_calloc(&b->arena, (size_t)b->nocc + 1, sizeof(float));
    if (!*head || !*tail)
        return BRUG_ENOMEM;
    for (i = 0; v && i < b->nocc; i++) {
        double s = 0.0;
        for (j = 0; j < k && j < BRUG__FACETS_HEAD; j++)
            (*head)[(size_t)j * b->nocc + i] = v[(size_t)i * k + j];
        for (j = BRUG__FACETS_HEAD; j < k; j++)
            s += (double)v[(size_t)i * k + j] * (double)v[(size_t)i * k + j];
        (*tail)[i] = (float)sqrt(s) * (1.0f + 1e-6f); /* rounded up */
    }
    return BRUG_OK;
}

brug_err brug__facets_finish(brug_bridges *b)
{
    brug__facets *fx = b->fx;
    if (head_tail(b, fx->lat, fx->k, &fx->lat_head, &fx->lat_tail) ||
        head_tail(b, fx->act_lat, fx->ka, &fx->act_head, &fx->act_tail))
        return BRUG_ENOMEM;
    return brug__facets_text_finish(fx, &b->arena, b->nocc);
}

/* ---- values ---- */

static double clamp01(double v)
{
    return v < 0.0 ? 0.0 : v > 1.0 ? 1.0 : v;
}

/* Levels of the occupation hierarchy two occupations share: the four
 * ISCO digits, then the segments of the ESCO code below the unit group
 * ("2654.1.7": 2654 -> 2654.1 -> 2654.1.7), over 6. */
static double isco_value(const brug_bridges *b, uint32_t a, uint32_t c)
{
    const brug__facets *fx = b->fx;
    const uint8_t *x = fx->isco_digits + (size_t)a * 4, *y = fx->isco_digits + (size_t)c * 4;
    const char *p, *q;
    unsigned d;
    for (d = 0; d < 4 && x[d] < 10 && x[d] == y[d]; d++)
        ;
    if (d < 4)
        return (double)d / 6.0;
    p = strchr(b->onto->occ_code[a], '.');
    q = strchr(b->onto->occ_code[c], '.');
    while (d < 6 && p && q) {
        size_t lp = strcspn(p + 1, "."), lq = strcspn(q + 1, ".");
        if (lp == 0 || lp != lq || memcmp(p + 1, q + 1, lp) != 0)
            break;
        d++;
        p = strchr(p + 1, '.');
        q = strchr(q + 1, '.');
    }
    return (double)d / 6.0;
}

static double level_value(const brug__facets *fx, uint32_t a, uint32_t c)
{
    if (fx->level[a] == 0.0f || fx->level[c] == 0.0f)
        return 0.5; /* unknown: neither evidence for nor against */
    return 1.0 - fabs((double)fx->level[a] - (double)fx->level[c]) / 3.0;
}

/* Dot product of rows a and c of a row-major float matrix with k columns:
 * eight lanes (the GCC/Clang vector extension, SIMD on any x86-64) summed
 * in a fixed order, so every caller gets the same float. */
typedef float brug__f8 __attribute__((vector_size(32)));

static double dense_dot(const float *v, unsigned k, uint32_t a, uint32_t c)
{
    const float *x = v + (size_t)a * k, *y = v + (size_t)c * k;
    brug__f8 acc = {0}, xv, yv;
    float s;
    unsigned j;
    for (j = 0; j + 8 <= k; j += 8) {
        memcpy(&xv, x + j, sizeof(xv));
        memcpy(&yv, y + j, sizeof(yv));
        acc += xv * yv;
    }
    s = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
    for (; j < k; j++)
        s += x[j] * y[j];
    return (double)s;
}

static double lat_dot(const brug__facets *fx, uint32_t a, uint32_t c)
{
    return dense_dot(fx->lat, fx->k, a, c);
}

static double act_value(const brug__facets *fx, uint32_t a, uint32_t c)
{
    return fx->ka ? clamp01(dense_dot(fx->act_lat, fx->ka, a, c))
                  : clamp01(brug__csr_rows_dot(&fx->act, a, &fx->act, c));
}

double brug__facets_pair(const brug_bridges *b, unsigned f, uint32_t from, uint32_t to)
{
    const brug__facets *fx = b->fx;
    if (from == to)
        return 1.0;
    switch (f) {
    case BRUG__F_LATENT:
        return fx->k ? clamp01(lat_dot(fx, from, to)) : 0.0;
    case BRUG__F_TEXT:
        return clamp01(brug__facets_text_pair(fx, b->nocc, from, to));
    case BRUG__F_ISCO:
        return isco_value(b, from, to);
    case BRUG__F_ACTIVITIES:
        return act_value(fx, from, to);
    case BRUG__F_LEVEL:
        return level_value(fx, from, to);
    default:
        return 0.0;
    }
}

void brug__facets_row(const brug_bridges *b, unsigned f, uint32_t from, double *tmp, double *out)
{
    const brug__facets *fx = b->fx;
    uint32_t i, n = b->nocc;
    switch (f) {
    case BRUG__F_TEXT:
        brug__facets_text_row(fx, b->nocc, from, tmp);
        for (i = 0; i < n; i++) {
            out[i] = clamp01(tmp[i]);
            tmp[i] = 0.0;
        }
        break;
    default:
        for (i = 0; i < n; i++)
            out[i] = brug__facets_pair(b, f, from, i);
        break;
    }
    out[from] = 1.0;
}

/* The weighted sum, facets in a fixed order. */
static double combine(const brug__facets *fx, const double *v)
{
    double s = 0.0;
    unsigned f;
    for (f = 0; f < BRUG__NFACET; f++)
        s += fx->wf[f] * v[f];
    return clamp01(s);
}

double brug__facets_combine_pair(const brug_bridges *b, uint32_t from, uint32_t to, double coverage,
                                 double f[BRUG__NFACET])
{
    const brug__facets *fx = b->fx;
    double v[BRUG__NFACET];
    unsigned k;
    v[0] = coverage;
    for (k = 1; k < BRUG__NFACET; k++)
        v[k] = from == BRUG_NO_INDEX ? 0.0 : brug__facets_pair(b, k, from, to);
    if (f)
        memcpy(f, v, sizeof(v));
    if (from == BRUG_NO_INDEX || fx->only_coverage)
        return coverage;
    if (from == to)
        return 1.0;
    v[0] = (double)(float)coverage; /* as the float matrix rows hold it */
    return combine(fx, v);
}

void brug__facets_combine_frow(const brug_bridges *b, uint32_t from, float *row, double *tmp,
                               double *tmp2)
{
    const brug__facets *fx = b->fx;
    uint32_t i, n = b->nocc;
    if (fx->only_coverage)
        return;
    /* through a double row in the caller's tmp2 space would need a third
     * array: combine each value as combine_row does */
    brug__facets_text_row(fx, b->nocc, from, tmp);
    for (i = 0; i < n; i++) {
        double v[BRUG__NFACET];
        v[BRUG__F_COVERAGE] = (double)row[i];
        v[BRUG__F_LATENT] =
            fx->k && fx->wf[BRUG__F_LATENT] > 0.0 ? clamp01(lat_dot(fx, from, i)) : 0.0;
        v[BRUG__F_TEXT] = clamp01(tmp[i]);
        v[BRUG__F_ISCO] = isco_value(b, from, i);
        v[BRUG__F_ACTIVITIES] = fx->wf[BRUG__F_ACTIVITIES] > 0.0 ? act_value(fx, from, i) : 0.0;
        v[BRUG__F_LEVEL] = level_value(fx, from, i);
        row[i] = i == from ? 1.0f : (float)combine(fx, v);
        tmp[i] = 0.0;
        tmp2[i] = 0.0;
    }
}

/* Wider SIMD where the CPU has it, chosen at run time (x86-64 with GCC's
 * function multiversioning), as in bridges_block.c; only the bounds use it. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) &&                             \
    !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define BRUG__CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define BRUG__CLONES
#endif

/* Bounds of one dense facet's cosine for targets c..c+m-1 (m at most
 * BOUND_CHUNK): out[j] = head dot + product of the tail norms
 * (Cauchy-Schwarz on the dimensions after the head).  The heads are
 * stored dimension-major, so each dimension is one pass over contiguous
 * targets (SIMD over the targets).  Float arithmetic: its rounding (16
 * terms of unit vectors) stays far below BRUG__FACETS_SLACK. */
#define BOUND_CHUNK 256

BRUG__CLONES
static void head_dots(const float *head, const float *tail, uint32_t n, uint32_t from, uint32_t c,
                      uint32_t m, float *out)
{
    float x[BRUG__FACETS_HEAD], tx = tail[from];
    brug__f8 acc[BOUND_CHUNK / 8];
    uint32_t i, v = m / 8; /* whole vectors; the rest one by one */
    unsigned j;
    for (j = 0; j < BRUG__FACETS_HEAD; j++)
        x[j] = head[(size_t)j * n + from];
    for (i = 0; i < v; i++) {
        brug__f8 t;
        memcpy(&t, tail + c + 8 * i, sizeof(t));
        acc[i] = tx * t;
    }
    for (j = 0; j < BRUG__FACETS_HEAD; j++) {
        const float *h = head + (size_t)j * n + c;
        float xj = x[j];
        for (i = 0; i < v; i++) {
            brug__f8 t;
            memcpy(&t, h + 8 * i, sizeof(t));
            acc[i] += xj * t;
        }
    }
    memcpy(out, acc, (size_t)v * sizeof(acc[0]));
    for (i = 8 * v; i < m; i++) {
        float a = tx * tail[c + i];
        for (j = 0; j < BRUG__FACETS_HEAD; j++)
            a += x[j] * head[(size_t)j * n + c + i];
        out[i] = a;
    }
}

/* ub[c..c+m) from the exact coverage and text parts and the bounds of the
 * two dense facets' cosines (each clamped at 0). */
BRUG__CLONES
static void bound_chunk(const double *wf, const double *cov, const double *text, const float *al,
                        const float *aa, uint32_t m, double *ub)
{
    uint32_t i;
    for (i = 0; i < m; i++) {
        double t = text[i] < 0.0 ? 0.0 : text[i] > 1.0 ? 1.0 : text[i];
        ub[i] = BRUG__FACETS_SLACK + wf[BRUG__F_COVERAGE] * (double)(float)cov[i] +
                wf[BRUG__F_TEXT] * t + (al[i] > 0.0f ? wf[BRUG__F_LATENT] * (double)al[i] : 0.0) +
                (aa[i] > 0.0f ? wf[BRUG__F_ACTIVITIES] * (double)aa[i] : 0.0);
    }
}

void brug__facets_bound_row(const brug_bridges *b, uint32_t from, const double *cov, double *text,
                            double *ub)
{
    const brug__facets *fx = b->fx;
    const double *wf = fx->wf;
    const uint8_t *dg = fx->isco_digits;
    uint32_t i, c, n = b->nocc;
    uint8_t d0 = dg[(size_t)from * 4];
    float al[BOUND_CHUNK], aa[BOUND_CHUNK];
    int lat = fx->k && wf[BRUG__F_LATENT] > 0.0, act = fx->ka && wf[BRUG__F_ACTIVITIES] > 0.0;
    brug__facets_text_row(fx, b->nocc, from, text);
    /* The exact coverage and text parts and the dense facets' bounds, one
     * chunk of targets at a time (the order of the additions does not
     * matter for a bound, which carries BRUG__FACETS_SLACK).  Without a
     * latent space the latent facet is 0; activities without an
     * embedding are bounded by 1. */
    for (i = 0; i < BOUND_CHUNK; i++) {
        al[i] = 0.0f;
        aa[i] = act || wf[BRUG__F_ACTIVITIES] == 0.0 ? 0.0f : 1.0f;
    }
    for (c = 0; c < n; c += BOUND_CHUNK) {
        uint32_t m = n - c < BOUND_CHUNK ? n - c : BOUND_CHUNK;
        if (lat)
            head_dots(fx->lat_head, fx->lat_tail, n, from, c, m, al);
        if (act)
            head_dots(fx->act_head, fx->act_tail, n, from, c, m, aa);
        bound_chunk(wf, cov + c, text + c, al, aa, m, ub + c);
    }
    /* isco: the digits shared (known digits only: unknown ones are 10 in
     * both and stop the count), through the ESCO code when all four are */
    if (wf[BRUG__F_ISCO] > 0.0 && d0 < 10) {
        const uint8_t *x = dg + (size_t)from * 4;
        for (i = 0; i < n; i++) {
            const uint8_t *y = dg + (size_t)i * 4;
            unsigned d;
            if (y[0] != d0)
                continue;
            for (d = 1; d < 4 && x[d] < 10 && x[d] == y[d]; d++)
                ;
            ub[i] += wf[BRUG__F_ISCO] * (d < 4 ? (double)d / 6.0 : isco_value(b, from, i));
        }
    }
    if (wf[BRUG__F_LEVEL] > 0.0)
        for (i = 0; i < n; i++)
            ub[i] += wf[BRUG__F_LEVEL] * level_value(fx, from, i);
    ub[from] = 1.0 + BRUG__FACETS_SLACK;
}

void brug__facets_prefetch(const brug_bridges *b, uint32_t i)
{
    const brug__facets *fx = b->fx;
    unsigned j;
    for (j = 0; fx->k && j < fx->k; j += 16)
        __builtin_prefetch(fx->lat + (size_t)i * fx->k + j);
    for (j = 0; fx->ka && j < fx->ka; j += 16)
        __builtin_prefetch(fx->act_lat + (size_t)i * fx->ka + j);
}

double brug__facets_score_at(const brug_bridges *b, uint32_t from, uint32_t i, double cov,
                             double text, double f[BRUG__NFACET])
{
    const brug__facets *fx = b->fx;
    double v[BRUG__NFACET], s;
    if (i == from)
        return 1.0;
    v[BRUG__F_COVERAGE] = (double)(float)cov;
    v[BRUG__F_LATENT] = fx->k && fx->wf[BRUG__F_LATENT] > 0.0 ? clamp01(lat_dot(fx, from, i)) : 0.0;
    v[BRUG__F_TEXT] = clamp01(text);
    v[BRUG__F_ISCO] = isco_value(b, from, i);
    v[BRUG__F_ACTIVITIES] = fx->wf[BRUG__F_ACTIVITIES] > 0.0 ? act_value(fx, from, i) : 0.0;
    v[BRUG__F_LEVEL] = level_value(fx, from, i);
    s = combine(fx, v);
    if (f) {
        memcpy(f, v, sizeof(v));
        f[BRUG__F_COVERAGE] = cov;
        /* a facet without weight was not computed */
        if (!(fx->wf[BRUG__F_LATENT] > 0.0))
            f[BRUG__F_LATENT] = brug__facets_pair(b, BRUG__F_LATENT, from, i);
        if (!(fx->wf[BRUG__F_ACTIVITIES] > 0.0))
            f[BRUG__F_ACTIVITIES] = brug__facets_pair(b, BRUG__F_ACTIVITIES, from, i);
    }
    return s;
}

void brug__facets_combine_row(const brug_bridges *b, uint32_t from, double *scores, double *tmp,
                              double *tmp2)
{
    const brug__facets *fx = b->fx;
    uint32_t i, n = b->nocc;
    if (from == BRUG_NO_INDEX || fx->only_coverage)
        return;
    /* text and activities by scatter (the two sparse facets), the rest per pair */
    brug__facets_text_row(fx, b->nocc, from, tmp);
    for (i = 0; i < n; i++) {
        double v[BRUG__NFACET];
        v[BRUG__F_COVERAGE] = (double)(float)scores[i];
        v[BRUG__F_LATENT] =
            fx->k && fx->wf[BRUG__F_LATENT] > 0.0 ? clamp01(lat_dot(fx, from, i)) : 0.0;
        v[BRUG__F_TEXT] = clamp01(tmp[i]);
        v[BRUG__F_ISCO] = isco_value(b, from, i);
        v[BRUG__F_ACTIVITIES] = fx->wf[BRUG__F_ACTIVITIES] > 0.0 ? act_value(fx, from, i) : 0.0;
        v[BRUG__F_LEVEL] = level_value(fx, from, i);
        scores[i] = i == from ? 1.0 : combine(fx, v);
        tmp[i] = 0.0;
        tmp2[i] = 0.0;
    }
}
