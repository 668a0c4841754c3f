/*
 * bridges_model.c - packing, fingerprinting, storing and loading the
 * models of a bridges index (see bridges_model.h), and opening an index
 * on a database (brug_bridges_open).
 *
 * A packed model is a header of 32-bit words, then the arrays, native
 * byte order (the header's magic word tells another order apart):
 *   magic, format, nocc, k, ka, text.ncols, text.nnz, act.nnz, groups.nrows, groups.nnz
 *   text.ptr[nocc + 1], text.col[nnz], text.val[nnz] (float),
 *   groups.ptr[nrows + 1], groups.col, groups.val (in text's columns),
 *   lat[nocc * k], act_lat[nocc * ka],
 *   act.ptr[nocc + 1], act.col, act.val   (only when ka == 0)
 */
#include <string.h>

#include "alloc.h"
#include "bridges_model.h"
#include "facets.h"
#include "backend.h"
#include "store_bridges.h"

#define MODEL_NAME "facets"
#define MODEL_MAGIC 0x4d475242u /* "BRGM" little-endian */
/* Bump whenever what the models hold or how they are built changes, so
 * that models stored by an older brug are rebuilt, not misread. */
#define MODEL_FORMAT 2u
#define NHEAD 10

/* ---- fingerprint: FNV-1a over 64-bit words and strings ---- */

typedef struct hasher {
    uint64_t h;
} hasher;

static void hash_bytes(hasher *x, const void *p, size_t n)
{
    const unsigned char *c = p;
    uint64_t h = x->h;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, c + i, 8);
        h = (h ^ w) * 0x100000001b3ull;
        h ^= h >> 29;
    }
    for (; i < n; i++)
        h = (h ^ c[i]) * 0x100000001b3ull;
    x->h = h;
}

static void hash_u64(hasher *x, uint64_t v)
{
    hash_bytes(x, &v, sizeof(v));
}

static void hash_str(hasher *x, const char *s)
{
    if (!s) {
        hash_u64(x, 0xffffffffffffffffull);
        return;
    }
    hash_u64(x, strlen(s));
    hash_bytes(x, s, strlen(s));
}

static void hash_double(hasher *x, double v)
{
    hash_bytes(x, &v, sizeof(v));
}

int brug__bridges_model_default(const brug_bridges_weights *w)
{
    brug_bridges_weights d;
    brug_bridges_weights_init(&d);
    return w->essential == d.essential && w->optional == d.optional &&
           w->idf_power == d.idf_power && w->latent_dims == d.latent_dims;
}

uint64_t brug__bridges_model_fingerprint(const brug_onto *o, const brug_bridges_weights *w)
{
    hasher x = {0xcbf29ce484222325ull};
    const brug__csr *os = &o->occ_skills, *sb = &o->skill_broader;
    size_t i, n = (size_t)o->nocc * o->nlang;
    uint32_t l;

    hash_u64(&x, MODEL_FORMAT);
    hash_double(&x, w->essential);
    hash_double(&x, w->optional);
    hash_double(&x, w->idf_power);
    hash_double(&x, w->latent_dims);
    hash_u64(&x, o->nocc);
    hash_u64(&x, o->nskill);
    hash_u64(&x, o->nlang);
    for (l = 0; l < o->nlang; l++)
        hash_str(&x, o->lang[l]);
    for (i = 0; i < o->nocc; i++) {
        hash_str(&x, o->occ_uri[i]);
        hash_str(&x, o->occ_code[i]);
        hash_str(&x, o->occ_isco[i]);
    }
    hash_u64(&x, o->nisco);
    for (i = 0; i < o->nisco; i++)
        hash_str(&x, o->isco_code[i]);
    for (i = 0; i < (size_t)o->nisco * o->nlang; i++)
        hash_str(&x, o->isco_desc[i]);
    for (i = 0; i < n; i++) {
        hash_str(&x, o->occ_label[i]);
        hash_str(&x, o->occ_alt ? o->occ_alt[i] : NULL);
        hash_str(&x, o->occ_desc ? o->occ_desc[i] : NULL);
    }
    hash_bytes(&x, os->ptr, ((size_t)os->nrows + 1) * sizeof(uint32_t));
    hash_bytes(&x, os->col, (size_t)os->nnz * sizeof(uint32_t));
    if (os->tag)
        hash_bytes(&x, os->tag, os->nnz);
    hash_bytes(&x, sb->ptr, ((size_t)sb->nrows + 1) * sizeof(uint32_t));
    hash_bytes(&x, sb->col, (size_t)sb->nnz * sizeof(uint32_t));
    hash_bytes(&x, o->skill_is_group, o->nskill);
    return x.h;
}

/* ---- packing ---- */

static size_t model_size(const brug__facets *fx, uint32_t nocc)
{
    size_t n = NHEAD * 4;
    n += ((size_t)nocc + 1) * 4 + (size_t)fx->text.nnz * 8;
    n += ((size_t)fx->groups.nrows + 1) * 4 + (size_t)fx->groups.nnz * 8;
    n += (size_t)nocc * fx->k * 4 + (size_t)nocc * fx->ka * 4;
    if (fx->ka == 0)
        n += ((size_t)nocc + 1) * 4 + (size_t)fx->act.nnz * 8;
    return n;
}

static unsigned char *put(unsigned char *p, const void *src, size_t n)
{
    if (n)
        memcpy(p, src, n);
    return p + n;
}

brug_err brug__bridges_model_pack(const brug_bridges *b, void **data, size_t *len)
{
    const brug__facets *fx = b->fx;
    size_t n = model_size(fx, b->nocc);
    uint32_t head[NHEAD];
    unsigned char *buf = brug__malloc(&b->alloc, n), *p;

    *data = NULL;
    *len = 0;
    if (!buf)
        return BRUG_ENOMEM;
    head[0] = MODEL_MAGIC;
    head[1] = MODEL_FORMAT;
    head[2] = b->nocc;
    head[3] = fx->k;
    head[4] = fx->ka;
    head[5] = fx->text.ncols;
    head[6] = fx->text.nnz;
    head[7] = fx->ka ? 0 : fx->act.nnz;
    head[8] = fx->groups.nrows;
    head[9] = fx->groups.nnz;
    p = put(buf, head, sizeof(head));
    p = put(p, fx->text.ptr, ((size_t)b->nocc + 1) * 4);
    p = put(p, fx->text.col, (size_t)fx->text.nnz * 4);
    p = put(p, fx->text.val, (size_t)fx->text.nnz * 4);
    p = put(p, fx->groups.ptr, ((size_t)fx->groups.nrows + 1) * 4);
    p = put(p, fx->groups.col, (size_t)fx->groups.nnz * 4);
    p = put(p, fx->groups.val, (size_t)fx->groups.nnz * 4);
    p = put(p, fx->lat, (size_t)b->nocc * fx->k * 4);
    p = put(p, fx->act_lat, (size_t)b->nocc * fx->ka * 4);
    if (fx->ka == 0) {
        p = put(p, fx->act.ptr, ((size_t)b->nocc + 1) * 4);
        p = put(p, fx->act.col, (size_t)fx->act.nnz * 4);
        p = put(p, fx->act.val, (size_t)fx->act.nnz * 4);
    }
    *data = buf;
    *len = (size_t)(p - buf);
    return BRUG_OK;
}

typedef struct reader {
    const unsigned char *p, *end;
    brug__arena *arena;
    int bad;
} reader;

/* A copy of the next n bytes in the arena (NULL and r->bad when short or OOM). */
static void *take(reader *r, size_t n)
{
    void *v;
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = 1;
        return NULL;
    }
    v = brug__arena_alloc(r->arena, n ? n : 4);
    if (!v) {
        r->bad = 2;
        return NULL;
    }
    if (n)
        memcpy(v, r->p, n);
    r->p += n;
    return v;
}

/* Offsets ascending from 0 to nnz, columns below ncols and ascending in a row. */
static int csr_valid(const brug__csr *m)
{
    uint32_t i, k;
    if (m->ptr[0] != 0 || m->ptr[m->nrows] != m->nnz)
        return 0;
    for (i = 0; i < m->nrows; i++) {
        if (m->ptr[i + 1] < m->ptr[i])
            return 0;
        for (k = m->ptr[i]; k < m->ptr[i + 1]; k++)
            if (m->col[k] >= m->ncols || (k > m->ptr[i] && m->col[k] <= m->col[k - 1]))
                return 0;
    }
    return 1;
}

static int take_csr(reader *r, brug__csr *m, uint32_t nrows, uint32_t ncols, uint32_t nnz)
{
    m->nrows = nrows;
    m->ncols = ncols;
    m->nnz = nnz;
    m->tag = NULL;
    m->ptr = take(r, ((size_t)nrows + 1) * 4);
    m->col = take(r, (size_t)nnz * 4);
    m->val = take(r, (size_t)nnz * 4);
    return !r->bad && csr_valid(m);
}

brug_err brug__bridges_model_unpack(brug_bridges *b, const void *data, size_t len)
{
    brug__facets *fx = b->fx;
    uint32_t head[NHEAD];
    reader r;
    unsigned k = (unsigned)b->w.latent_dims;

    if (len < sizeof(head))
        return BRUG_EVERIFY;
    memcpy(head, data, sizeof(head));
    if ((size_t)k + 10 > b->nocc || (size_t)k + 10 > b->nskill)
        k = 0; /* as build_latent decides */
    if (head[0] != MODEL_MAGIC || head[1] != MODEL_FORMAT || head[2] != b->nocc || head[3] != k ||
        head[5] == 0 || head[8] != b->onto->nisco)
        return BRUG_EVERIFY;
    r.p = (const unsigned char *)data + sizeof(head);
    r.end = (const unsigned char *)data + len;
    r.arena = &b->arena;
    r.bad = 0;
    fx->k = head[3];
    fx->ka = head[4];
    if (!take_csr(&r, &fx->text, b->nocc, head[5], head[6]) ||
        !take_csr(&r, &fx->groups, head[8], head[5], head[9]))
        return r.bad == 2 ? BRUG_ENOMEM : BRUG_EVERIFY;
    fx->lat = take(&r, (size_t)b->nocc * fx->k * 4);
    fx->act_lat = take(&r, (size_t)b->nocc * fx->ka * 4);
    if (fx->ka == 0 && !take_csr(&r, &fx->act, b->nocc, b->nskill, head[7]))
        return r.bad == 2 ? BRUG_ENOMEM : BRUG_EVERIFY;
    if (r.bad)
        return r.bad == 2 ? BRUG_ENOMEM : BRUG_EVERIFY;
    return r.p == r.end ? BRUG_OK : BRUG_EVERIFY;
}

/* ---- storing and opening ---- */

brug_err brug__bridges_model_store(brug_db *db)
{
    brug_onto *onto = NULL;
    brug_bridges *b = NULL;
    void *data = NULL;
    size_t len = 0;
    brug_err err = brug_onto_load(db, &onto);
    if (err == BRUG_EEMPTY) /* no occupations (a skills-only taxonomy): no models */
        return brug__bridges_model_delete(db, MODEL_NAME);
    if (err)
        return err;
    err = brug_bridges_new(onto, NULL, NULL, &b);
    if (!err)
        err = brug__bridges_model_pack(b, &data, &len);
    if (!err)
        err = brug__bridges_model_put(db, MODEL_NAME, brug__bridges_model_fingerprint(onto, &b->w),
                                      data, len);
    else
        brug__db_error(db, err, "bridges models: %s", brug_strerror(err));
    if (b)
        brug__free(&b->alloc, data);
    brug_bridges_free(b);
    brug_onto_free(onto);
    return err;
}

brug_err brug_bridges_open(brug_db *db, const brug_onto *onto, const brug_bridges_weights *w,
                           const brug_alloc *alloc, brug_bridges **out)
{
    brug_bridges_weights dw;
    const brug_alloc *a = alloc ? alloc : &brug__alloc_libc;
    uint64_t fp = 0;
    void *data = NULL;
    size_t len = 0;
    brug_err err;
    int state = BRUG_BRIDGES_MODEL_BUILT;

    *out = NULL;
    if (!db || !onto)
        return BRUG_EINVAL;
    if (!w) {
        brug_bridges_weights_init(&dw);
        w = &dw;
    }
    if (brug__bridges_model_default(w)) {
        err = brug__bridges_model_get(db, MODEL_NAME, a, &fp, &data, &len);
        if (err && err != BRUG_ENOTFOUND)
            return err;
        if (!err && fp != brug__bridges_model_fingerprint(onto, w)) {
            state = BRUG_BRIDGES_MODEL_STALE;
            brug__free(a, data);
            data = NULL;
        } else if (!err) {
            state = BRUG_BRIDGES_MODEL_LOADED;
        }
    }
    err = brug__bridges_create(onto, w, alloc, data, len, out);
    if (err == BRUG_EVERIFY) { /* a blob that does not fit: as stale */
        state = BRUG_BRIDGES_MODEL_STALE;
        err = brug__bridges_create(onto, w, alloc, NULL, 0, out);
    }
    brug__free(a, data);
    if (err)
        return brug__db_error(db, err, "bridges index: %s", brug_strerror(err));
    (*out)->model_state = state;
    return BRUG_OK;
}

brug_bridges_model_state brug_bridges_model_state_of(const brug_bridges *b)
{
    return b ? (brug_bridges_model_state)b->model_state : BRUG_BRIDGES_MODEL_BUILT;
}
