/*
 * facets_text.c - the text facet of bridges: the cosine of occupations'
 * text vectors, each its own TF-IDF vector a_i plus its ISCO unit
 * group's description vector b_g at weight w (BRUG__TEXT_GROUP_WEIGHT):
 *
 *   v_i = (a_i + w b_g(i)) / n_i,   n_i = |a_i + w b_g(i)|
 *   v_i . v_j = (a_i.a_j + w a_i.b_g(j) + w b_g(i).a_j + w^2 b_g(i).b_g(j)) / (n_i n_j)
 *
 * Only a_i.a_j needs the sparse scatter; the group parts come from
 * tables made once (groups x occupations, both ways, and groups x
 * groups), so a row costs the scatter of the occupation's own words plus
 * one pass over the occupations: the group words, shared by every
 * occupation of a group, would make the scatter several times longer.
 * An occupation without a unit group (or whose group has no description)
 * keeps v_i = a_i.
 */
#include <math.h>
#include <string.h>

#include "alloc.h"
#include "facets.h"

/* Occupation i's unit group, when it has a description vector. */
static uint32_t group_of(const brug__facets *fx, uint32_t i)
{
    uint32_t g = fx->group_of ? fx->group_of[i] : BRUG_NO_INDEX;
    return g < fx->groups.nrows && fx->groups.ptr[g + 1] > fx->groups.ptr[g] ? g : BRUG_NO_INDEX;
}

void brug__facets_text_init(brug__facets *fx, const brug_onto *o)
{
    fx->group_of = o->occ_unit_group;
}

brug_err brug__facets_text_finish(brug__facets *fx, brug__arena *arena, uint32_t nocc)
{
    const double w = BRUG__TEXT_GROUP_WEIGHT;
    uint32_t ng = fx->groups.nrows, g, i, k, t;
    brug__csr gt;
    brug_err err = brug__csr_transpose(&fx->text_t, arena, &fx->text);
    if (err)
        return err;
    fx->text_inv = brug__arena_calloc(arena, (size_t)nocc + 1, sizeof(float));
    fx->grp_occ = brug__arena_calloc(arena, (size_t)ng * nocc + 1, sizeof(float));
    fx->occ_grp = brug__arena_calloc(arena, (size_t)ng * nocc + 1, sizeof(float));
    fx->grp_grp = brug__arena_calloc(arena, (size_t)ng * ng + 1, sizeof(float));
    if (!fx->text_inv || !fx->grp_occ || !fx->occ_grp || !fx->grp_grp)
        return BRUG_ENOMEM;
    err = brug__csr_transpose(&gt, arena, &fx->groups);
    if (err)
        return err;
    /* b_g . a_j by scattering each group over the occupations' postings,
     * b_g . b_h over the groups' */
    for (g = 0; g < ng; g++)
        for (k = fx->groups.ptr[g]; k < fx->groups.ptr[g + 1]; k++) {
            uint32_t term = fx->groups.col[k];
            double v = (double)fx->groups.val[k];
            float *row = fx->grp_occ + (size_t)g * nocc, *grow = fx->grp_grp + (size_t)g * ng;
            for (t = fx->text_t.ptr[term]; t < fx->text_t.ptr[term + 1]; t++)
                row[fx->text_t.col[t]] += (float)(v * (double)fx->text_t.val[t]);
            for (t = gt.ptr[term]; t < gt.ptr[term + 1]; t++)
                grow[gt.col[t]] += (float)(v * (double)gt.val[t]);
        }
    for (g = 0; g < ng; g++)
        for (i = 0; i < nocc; i++)
            fx->occ_grp[(size_t)i * ng + g] = fx->grp_occ[(size_t)g * nocc + i];
    for (i = 0; i < nocc; i++) {
        double aa = brug__csr_rows_dot(&fx->text, i, &fx->text, i), n2 = aa;
        g = group_of(fx, i);
        if (g != BRUG_NO_INDEX)
            n2 = aa + 2.0 * w * (double)fx->grp_occ[(size_t)g * nocc + i] +
                 w * w * (double)fx->grp_grp[(size_t)g * ng + g];
        fx->text_inv[i] = n2 > 0.0 ? (float)(1.0 / sqrt(n2)) : 0.0f;
    }
    return BRUG_OK;
}

/* The mixed cosine from the own-words dot aa of occupations a and c. */
static inline double mix(const brug__facets *fx, uint32_t nocc, uint32_t a, uint32_t ga, uint32_t c,
                         double aa)
{
    const double w = BRUG__TEXT_GROUP_WEIGHT;
    uint32_t gc = group_of(fx, c), ng = fx->groups.nrows;
    double s = aa;
    if (gc != BRUG_NO_INDEX)
        s += w * (double)fx->occ_grp[(size_t)a * ng + gc];
    if (ga != BRUG_NO_INDEX) {
        s += w * (double)fx->grp_occ[(size_t)ga * nocc + c];
        if (gc != BRUG_NO_INDEX)
            s += w * w * (double)fx->grp_grp[(size_t)ga * ng + gc];
    }
    return s * (double)fx->text_inv[a] * (double)fx->text_inv[c];
}

double brug__facets_text_pair(const brug__facets *fx, uint32_t nocc, uint32_t a, uint32_t c)
{
    return mix(fx, nocc, a, group_of(fx, a), c, brug__csr_rows_dot(&fx->text, a, &fx->text, c));
}

void brug__facets_text_row(const brug__facets *fx, uint32_t nocc, uint32_t a, double *acc)
{
    uint32_t i, k, ga = group_of(fx, a);
    for (i = fx->text.ptr[a]; i < fx->text.ptr[a + 1]; i++) {
        uint32_t t = fx->text.col[i];
        double v = (double)fx->text.val[i];
        for (k = fx->text_t.ptr[t]; k < fx->text_t.ptr[t + 1]; k++)
            acc[fx->text_t.col[k]] += v * (double)fx->text_t.val[k];
    }
    for (i = 0; i < nocc; i++)
        acc[i] = mix(fx, nocc, a, ga, i, acc[i]);
}

brug_err brug__facets_text_vectors(const brug__facets *fx, const brug_alloc *alloc, brug__csr *out)
{
    const double w = BRUG__TEXT_GROUP_WEIGHT;
    const brug__csr *a = &fx->text, *gr = &fx->groups;
    uint32_t i, n = a->nrows, cap = a->nnz, nnz = 0;
    memset(out, 0, sizeof(*out));
    for (i = 0; i < n; i++) {
        uint32_t g = group_of(fx, i);
        if (g != BRUG_NO_INDEX)
            cap += gr->ptr[g + 1] - gr->ptr[g];
    }
    out->nrows = n;
    out->ncols = a->ncols;
    out->ptr = brug__malloc(alloc, ((size_t)n + 1) * sizeof(uint32_t));
    out->col = brug__malloc(alloc, ((size_t)cap + 1) * sizeof(uint32_t));
    out->val = brug__malloc(alloc, ((size_t)cap + 1) * sizeof(float));
    if (!out->ptr || !out->col || !out->val)
        return BRUG_ENOMEM;
    for (i = 0; i < n; i++) {
        uint32_t g = group_of(fx, i), p = a->ptr[i], pe = a->ptr[i + 1];
        uint32_t q = g == BRUG_NO_INDEX ? 0 : gr->ptr[g],
                 qe = g == BRUG_NO_INDEX ? 0 : gr->ptr[g + 1];
        uint32_t first = nnz;
        double s = 0.0;
        out->ptr[i] = nnz;
        while (p < pe || q < qe) {
            double v;
            if (q >= qe || (p < pe && a->col[p] < gr->col[q])) {
                out->col[nnz] = a->col[p];
                v = (double)a->val[p++];
            } else if (p >= pe || gr->col[q] < a->col[p]) {
                out->col[nnz] = gr->col[q];
                v = w * (double)gr->val[q++];
            } else {
                out->col[nnz] = a->col[p];
                v = (double)a->val[p++] + w * (double)gr->val[q++];
            }
            out->val[nnz++] = (float)v;
            s += v * v;
        }
        s = sqrt(s);
        for (; first < nnz && s > 0.0; first++)
            out->val[first] = (float)((double)out->val[first] / s);
    }
    out->ptr[n] = nnz;
    out->nnz = nnz;
    return BRUG_OK;
}

void brug__facets_text_vectors_free(const brug_alloc *alloc, brug__csr *m)
{
    brug__free(alloc, m->ptr);
    brug__free(alloc, m->col);
    brug__free(alloc, m->val);
    memset(m, 0, sizeof(*m));
}
