/*
 * bridges_block.c - the multi-source scoring kernel of the all-pairs matrix
 * (see bridges_block.h for what it does and why it is exact).
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "bridges_block.h"

/* BRUG__BLOCK values, one per source: doubles for the sums, floats for the
 * credits (GCC/Clang vector extension: SSE2 on baseline x86-64). */
typedef double lanes __attribute__((vector_size(BRUG__BLOCK * sizeof(double))));
typedef float flanes __attribute__((vector_size(BRUG__BLOCK * sizeof(float))));
typedef long long lmask __attribute__((vector_size(BRUG__BLOCK * sizeof(double))));

struct brug__bridges_block {
    void *cred_mem, *acc_mem;
    flanes *cred;   /* nskill: each lane's credit per skill */
    lanes *acc;     /* nocc: sums of credit * weight per target */
    uint8_t *mark;  /* nskill (+ padding to 8): 1 when some lane credits the skill */
    uint32_t *list; /* nskill: the touched skills, ascending */
};

/* n zeroed elements of size `size` (a power of two), aligned to it. */
static void *aligned_calloc(const brug_alloc *a, size_t n, size_t size, void **mem)
{
    *mem = brug__calloc(a, n + 1, size);
    if (!*mem)
        return NULL;
    return (void *)(((uintptr_t)*mem + size - 1) & ~(uintptr_t)(size - 1));
}

brug__bridges_block *brug__bridges_block_new(const brug_bridges *b)
{
    brug__bridges_block *s = brug__calloc(&b->alloc, 1, sizeof(*s));
    size_t words = ((size_t)b->nskill + 7) / 8 + 1;
    if (!s)
        return NULL;
    s->cred = aligned_calloc(&b->alloc, (size_t)b->nskill + 1, sizeof(flanes), &s->cred_mem);
    s->acc = aligned_calloc(&b->alloc, (size_t)b->nocc + 1, sizeof(lanes), &s->acc_mem);
    s->mark = brug__calloc(&b->alloc, words, sizeof(uint64_t));
    s->list = brug__malloc(&b->alloc, ((size_t)b->nskill + 1) * sizeof(uint32_t));
    if (!s->cred || !s->acc || !s->mark || !s->list) {
        brug__bridges_block_free(b, s);
        return NULL;
    }
    return s;
}

void brug__bridges_block_free(const brug_bridges *b, brug__bridges_block *s)
{
    if (!s)
        return;
    brug__free(&b->alloc, s->cred_mem);
    brug__free(&b->alloc, s->acc_mem);
    brug__free(&b->alloc, s->mark);
    brug__free(&b->alloc, s->list);
    brug__free(&b->alloc, s);
}

typedef struct code_of {
    const char *code;
    uint32_t i;
} code_of;

static int cmp_code(const void *x, const void *y)
{
    const code_of *a = x, *c = y;
    int r = strcmp(a->code, c->code);
    return r ? r : (a->i > c->i) - (a->i < c->i);
}

brug_err brug__bridges_block_order(const brug_bridges *b, uint32_t *order)
{
    code_of *v = brug__malloc(&b->alloc, ((size_t)b->nocc + 1) * sizeof(*v));
    uint32_t i;
    if (!v)
        return BRUG_ENOMEM;
    for (i = 0; i < b->nocc; i++) {
        v[i].code = b->onto->occ_code[i] ? b->onto->occ_code[i] : "";
        v[i].i = i;
    }
    qsort(v, b->nocc, sizeof(*v), cmp_code);
    for (i = 0; i < b->nocc; i++)
        order[i] = v[i].i;
    brug__free(&b->alloc, v);
    return BRUG_OK;
}

/* Spread each lane's credit (held = 1, partial credits by maximum) and
 * list the skills some lane credits, ascending; returns their number. */
static size_t spread(const brug_bridges *b, brug__bridges_block *s, const uint32_t *src,
                     unsigned nb)
{
    const uint32_t *cptr = b->credit.ptr, *ccol = b->credit.col;
    const float *cval = b->credit.val;
    flanes *cred = s->cred;
    uint8_t *mark = s->mark;
    uint32_t *list = s->list;
    size_t words = ((size_t)b->nskill + 7) / 8, wi, n = 0;
    unsigned l;

    /* Marks are plain byte stores (no read-modify-write chain through a
     * shared bitmap word); the list comes from scanning them in order. */
    for (l = 0; l < nb; l++) {
        size_t nh, i;
        const uint32_t *held = brug__bridges_held(b, src[l], &nh);
        for (i = 0; i < nh; i++) {
            cred[held[i]][l] = 1.0f;
            mark[held[i]] = 1;
        }
        for (i = 0; i < nh; i++) {
            uint32_t h = held[i], k, e = cptr[h + 1];
            for (k = cptr[h]; k < e; k++) {
                /* branch-free maximum; every credit is > 0, so t is credited */
                uint32_t t = ccol[k];
                float c = cval[k], old = cred[t][l];
                cred[t][l] = c > old ? c : old;
                mark[t] = 1;
            }
        }
    }
    for (wi = 0; wi < words; wi++) {
        uint64_t m;
        memcpy(&m, mark + wi * 8, sizeof(m));
        if (!m)
            continue;
        memset(mark + wi * 8, 0, 8);
        /* each marked byte has its lowest bit set: bit 8q for byte q */
        while (m) {
            list[n++] = (uint32_t)(wi * 8 + ((unsigned)__builtin_ctzll(m) >> 3));
            m &= m - 1;
        }
    }
    return n;
}

/* Wider SIMD where the CPU has it, chosen at run time (x86-64 with GCC's
 * function multiversioning); every clone computes the same IEEE doubles. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) &&                             \
    !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define BRUG__CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define BRUG__CLONES
#endif

BRUG__CLONES
void brug__bridges_block_rows(const brug_bridges *b, brug__bridges_block *s, const uint32_t *src,
                              unsigned nb, float *const *out)
{
    const brug__bridges_colent *col = b->col;
    const uint32_t *ptr = b->onto->skill_occs.ptr;
    const double *inv = b->occ_inv;
    const uint32_t *list = s->list;
    flanes *cred = s->cred, fzero = {0};
    lanes *acc = s->acc, zero = {0}, one = zero + 1.0;
    size_t n = spread(b, s, src, nb), j;
    uint32_t o;
    unsigned l;

    /* Skills in ascending order: each target's sum in the order of the
     * single-source kernel. */
    for (j = 0; j < n; j++) {
        uint32_t sk = list[j], k, e = ptr[sk + 1];
        lanes cv = __builtin_convertvector(cred[sk], lanes);
        cred[sk] = fzero;
        for (k = ptr[sk]; k < e; k++)
            acc[col[k].occ] += cv * (double)col[k].w;
    }
    for (o = 0; o < b->nocc; o++) {
        /* v > 1 ? 1 : v, lane by lane, then to float */
        lanes v = acc[o] * inv[o];
        lmask gt = v > one;
        flanes f = __builtin_convertvector((lanes)(((lmask)v & ~gt) | ((lmask)one & gt)), flanes);
        acc[o] = zero;
        for (l = 0; l < nb; l++)
            out[l][o] = f[l];
    }
    for (l = 0; l < nb; l++)
        out[l][src[l]] = 1.0f; /* as brug__bridges_finish */
}
