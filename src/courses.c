/*
 * courses.c - the in-memory course catalogue: building it from records,
 * freeing it, and describing one course as JSON.
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "courses.h"
#include "region.h"
#include "errbuf.h"

static const char *const mode_names[] = {NULL, "online", "classroom", "blended", "in-company"};

const char *brug__course_mode_name(brug_course_mode mode)
{
    if ((int)mode >= 1 && (int)mode <= 4)
        return mode_names[mode];
    return "unknown";
}

brug_course_mode brug__course_mode_parse(const char *s)
{
    int i;
    for (i = 1; i <= 4; i++)
        if (s && strcmp(s, mode_names[i]) == 0)
            return (brug_course_mode)i;
    return (brug_course_mode)0;
}

brug_err brug_plan_modes_parse(const char *list, unsigned *modes, char *msg, size_t msgsize)
{
    const char *p = list;
    *modes = 0;
    while (p && *p) {
        size_t n = strcspn(p, ","), i;
        int found = 0;
        for (i = 1; i <= 4; i++)
            if (n == strlen(mode_names[i]) && strncmp(p, mode_names[i], n) == 0) {
                *modes |= 1u << i;
                found = 1;
            }
        if (!found) {
            brug__errbuf(msg, msgsize,
                         "mode '%.*s' is not one of online, classroom, blended, in-company",
                         (int)(n > 40 ? 40 : n), p);
            *modes = 0;
            return BRUG_EINVAL;
        }
        p += n;
        if (*p == ',')
            p++;
    }
    if (!*modes) {
        brug__errbuf(msg, msgsize, "no mode given (online, classroom, blended, in-company)");
        return BRUG_EINVAL;
    }
    return BRUG_OK;
}

typedef struct rec_order {
    const brug__course_rec *rec;
} rec_order;

static int cmp_rec(const void *a, const void *b)
{
    const rec_order *x = a, *y = b;
    return strcmp(x->rec->id, y->rec->id);
}

static const char *dup_or_empty(brug__arena *arena, const char *s)
{
    return brug__arena_strdup(arena, s ? s : "");
}

/* Intern uri, returning its skill index (or BRUG_NO_INDEX on failure). */
static uint32_t intern(brug_courses *c, const char *uri, uint32_t cap)
{
    uint32_t v;
    char *copy;
    if (brug__strmap_get(&c->skill_by_uri, uri, &v))
        return v;
    if (c->nskill >= cap)
        return BRUG_NO_INDEX;
    copy = brug__arena_strdup(&c->arena, uri);
    if (!copy)
        return BRUG_NO_INDEX;
    v = c->nskill++;
    c->skill_uri[v] = copy;
    if (brug__strmap_put(&c->skill_by_uri, copy, v) != BRUG_OK)
        return BRUG_NO_INDEX;
    return v;
}

brug_err brug__courses_build(const brug_alloc *alloc, const brug__course_rec *recs, size_t n,
                             brug_courses **out)
{
    brug_courses *c;
    rec_order *order = NULL;
    brug__csr_entry *te = NULL, *re = NULL;
    size_t i, j, nte = 0, nre = 0, nrefs = 0;
    brug_err err = BRUG_ENOMEM;
    const brug_alloc *a = alloc ? alloc : &brug__alloc_libc;

    *out = NULL;
    if (n >= UINT32_MAX)
        return BRUG_ETOOBIG;
    c = brug__calloc(a, 1, sizeof(*c));
    if (!c)
        return BRUG_ENOMEM;
    c->alloc = *a;
    brug__arena_init(&c->arena, &c->alloc, 0);
    for (i = 0; i < n; i++)
        nrefs += recs[i].nteaches + recs[i].nrequires;
    if (nrefs >= UINT32_MAX) {
        err = BRUG_ETOOBIG;
        goto fail;
    }
    order = brug__malloc(a, (n ? n : 1) * sizeof(*order));
    te = brug__malloc(a, (nrefs ? nrefs : 1) * sizeof(*te));
    re = brug__malloc(a, (nrefs ? nrefs : 1) * sizeof(*re));
    if (!order || !te || !re)
        goto fail;
    for (i = 0; i < n; i++)
        order[i].rec = &recs[i];
    qsort(order, n, sizeof(*order), cmp_rec);
    for (i = 1; i < n; i++)
        if (strcmp(order[i - 1].rec->id, order[i].rec->id) == 0) {
            err = BRUG_EINVAL;
            goto fail;
        }

    c->ncourse = (uint32_t)n;
    c->id = brug__arena_calloc(&c->arena, n + 1, sizeof(char *));
    c->title = brug__arena_calloc(&c->arena, n + 1, sizeof(char *));
    c->title_lang = brug__arena_calloc(&c->arena, n + 1, sizeof(char *));
    c->provider = brug__arena_calloc(&c->arena, n + 1, sizeof(char *));
    c->kind = brug__arena_calloc(&c->arena, n + 1, sizeof(char *));
    c->region = brug__arena_calloc(&c->arena, n + 1, sizeof(char *));
    c->starts = brug__arena_calloc(&c->arena, n + 1, sizeof(char *));
    c->mode = brug__arena_calloc(&c->arena, n + 1, 1);
    c->hours = brug__arena_calloc(&c->arena, n + 1, sizeof(double));
    c->cost_cents = brug__arena_calloc(&c->arena, n + 1, sizeof(int64_t));
    c->skill_uri = brug__arena_calloc(&c->arena, nrefs + 1, sizeof(char *));
    if (!c->id || !c->title || !c->title_lang || !c->provider || !c->kind || !c->region ||
        !c->starts || !c->mode || !c->hours || !c->cost_cents || !c->skill_uri)
        goto fail;
    err = brug__strmap_init(&c->skill_by_uri, &c->arena, (uint32_t)nrefs + 1);
    if (err)
        goto fail;
    err = BRUG_ENOMEM;
    for (i = 0; i < n; i++) {
        const brug__course_rec *r = order[i].rec;
        const char *reg = r->region ? brug__region_canonical(r->region) : NULL;
        c->id[i] = dup_or_empty(&c->arena, r->id);
        c->title[i] = dup_or_empty(&c->arena, r->title);
        c->title_lang[i] = dup_or_empty(&c->arena, r->title_lang);
        c->provider[i] = dup_or_empty(&c->arena, r->provider);
        c->kind[i] = dup_or_empty(&c->arena, r->kind);
        c->region[i] = dup_or_empty(&c->arena, reg ? reg : r->region);
        c->starts[i] = dup_or_empty(&c->arena, r->starts);
        if (!c->id[i] || !c->title[i] || !c->title_lang[i] || !c->provider[i] || !c->kind[i] ||
            !c->region[i] || !c->starts[i])
            goto fail;
        c->mode[i] = (uint8_t)r->mode;
        c->hours[i] = r->hours;
        c->cost_cents[i] = r->cost_cents;
        for (j = 0; j < r->nteaches; j++) {
            uint32_t s = intern(c, r->teaches[j], (uint32_t)nrefs);
            if (s == BRUG_NO_INDEX)
                goto fail;
            te[nte].row = (uint32_t)i;
            te[nte].col = s;
            te[nte].val = 0;
            te[nte++].tag = 0;
        }
        for (j = 0; j < r->nrequires; j++) {
            uint32_t s = intern(c, r->requires[j], (uint32_t)nrefs);
            if (s == BRUG_NO_INDEX)
                goto fail;
            re[nre].row = (uint32_t)i;
            re[nre].col = s;
            re[nre].val = 0;
            re[nre++].tag = 0;
        }
    }
    err = brug__csr_build(&c->teaches, &c->arena, c->ncourse, c->nskill, te, nte, 0, 0);
    if (!err)
        err = brug__csr_build(&c->requires, &c->arena, c->ncourse, c->nskill, re, nre, 0, 0);
    if (!err)
        err = brug__csr_transpose(&c->taught_by, &c->arena, &c->teaches);
    if (err)
        goto fail;
    brug__free(a, order);
    brug__free(a, te);
    brug__free(a, re);
    *out = c;
    return BRUG_OK;
fail:
    brug__free(a, order);
    brug__free(a, te);
    brug__free(a, re);
    brug_courses_free(c);
    return err;
}

void brug_courses_free(brug_courses *courses)
{
    brug_alloc a;
    if (!courses)
        return;
    a = courses->alloc;
    brug__arena_release(&courses->arena);
    brug__free(&a, courses);
}

uint32_t brug_courses_count(const brug_courses *courses)
{
    return courses ? courses->ncourse : 0;
}

uint32_t brug_courses_find(const brug_courses *courses, const char *id)
{
    uint32_t lo = 0, hi;
    if (!courses || !id)
        return BRUG_NO_INDEX;
    /* Courses are sorted by id. */
    hi = courses->ncourse;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strcmp(courses->id[mid], id);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return BRUG_NO_INDEX;
}

uint32_t brug__courses_skill(const brug_courses *c, const char *uri)
{
    uint32_t v;
    if (c && c->nskill && brug__strmap_get(&c->skill_by_uri, uri, &v))
        return v;
    return BRUG_NO_INDEX;
}

static json_t *skill_list(const brug_courses *c, const brug__csr *m, uint32_t row)
{
    json_t *arr = json_array();
    uint32_t k;
    if (!arr)
        return NULL;
    for (k = m->ptr[row]; k < m->ptr[row + 1]; k++)
        if (json_array_append_new(arr, json_string(c->skill_uri[m->col[k]]))) {
            json_decref(arr);
            return NULL;
        }
    return arr;
}

static json_t *start_list(const char *starts)
{
    json_t *arr = json_array();
    const char *p = starts;
    if (!arr)
        return NULL;
    while (*p) {
        size_t len;
        while (*p == ' ')
            p++;
        len = strcspn(p, " ");
        if (len && json_array_append_new(arr, json_stringn(p, len))) {
            json_decref(arr);
            return NULL;
        }
        p += len;
    }
    return arr;
}

json_t *brug_courses_describe(const brug_courses *c, uint32_t i)
{
    if (!c || i >= c->ncourse)
        return NULL;
    return json_pack(
        "{s:s, s:s, s:s?, s:s, s:s, s:s, s:s?, s:f, s:f, s:o?, s:o?, s:o?}", "id", c->id[i],
        "title", c->title[i], "title_lang", c->title_lang[i][0] ? c->title_lang[i] : NULL,
        "provider", c->provider[i], "type", c->kind[i], "mode",
        brug__course_mode_name((brug_course_mode)c->mode[i]), "region",
        c->region[i][0] ? c->region[i] : NULL, "hours", c->hours[i], "cost",
        (double)c->cost_cents[i] / 100.0, "start_dates", start_list(c->starts[i]), "teaches",
        skill_list(c, &c->teaches, i), "requires", skill_list(c, &c->requires, i));
}
