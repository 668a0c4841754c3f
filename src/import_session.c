/*
 * import_session.c - the import session (see import_session.h): one
 * transaction, one report, one URI table, one progress callback for every
 * importer.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "brug/onto.h"
#include "bridges_model.h"
#include "import_session.h"
#include "people.h"
#include "backend.h"
#include "store_mapping.h"
#include "store_search.h"

#define PROGRESS_EVERY 8192

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

brug_err brug__isession_oom(brug__isession *s)
{
    return brug__db_error(s->db, BRUG_ENOMEM, "out of memory");
}

char *brug__isession_strdup(brug__isession *s, const char *str)
{
    return brug__strdup(&s->rep->alloc_, str);
}

brug__ient *brug__isession_find(const brug__isession *s, const char *uri, size_t len)
{
    uint32_t i;
    return brug__strmap_getn(&s->uris, uri, len, &i) ? s->ents[i] : NULL;
}

brug__ient *brug__isession_add(brug__isession *s, const char *uri, size_t len, int64_t id, int kind)
{
    brug__ient *e;
    if (s->nents == s->ents_cap) {
        uint32_t cap = s->ents_cap ? 2 * s->ents_cap : 1024;
        brug__ient **v = brug__reallocarray(&s->db->alloc, s->ents, cap, sizeof(*v));
        if (!v || cap < s->ents_cap) {
            brug__isession_oom(s);
            return NULL;
        }
        s->ents = v;
        s->ents_cap = cap;
    }
    e = brug__arena_calloc(&s->arena, 1, sizeof(*e));
    if (!e) {
        brug__isession_oom(s);
        return NULL;
    }
    s->ents[s->nents] = e;
    e->uri = brug__arena_strndup(&s->arena, uri, len);
    if (!e->uri || brug__strmap_put(&s->uris, e->uri, s->nents)) {
        brug__isession_oom(s);
        return NULL;
    }
    e->id = id;
    e->kind = (uint8_t)kind;
    s->nents++;
    return e;
}

static void count_kind(brug_import_report *rep, int kind)
{
    rep->concepts++;
    switch (kind) {
    case BRUG_KIND_OCCUPATION:
        rep->occupations++;
        break;
    case BRUG_KIND_SKILL:
        rep->skills++;
        break;
    case BRUG_KIND_SKILL_GROUP:
        rep->skill_groups++;
        break;
    default:
        rep->isco_groups++;
    }
}

brug_err brug__isession_define(brug__isession *s, const char *uri, size_t len,
                               brug__concept_rec *rec, int primary, brug__ient **out, int *conflict)
{
    brug__ient *e = brug__isession_find(s, uri, len);
    brug_err err;
    *out = NULL;
    if (e && e->kind != rec->kind) {
        if (conflict)
            *conflict = e->kind;
        return BRUG_EPARSE;
    }
    if (!e) {
        e = brug__isession_add(s, uri, len, 0, rec->kind);
        if (!e)
            return BRUG_ENOMEM;
    }
    if (!primary && e->defined) {
        *out = e;
        return BRUG_OK;
    }
    rec->uri = e->uri;
    err = brug__istore_concept(s->st, rec, &e->id);
    if (err)
        return err;
    if (!e->defined) {
        e->defined = 1;
        count_kind(s->rep, rec->kind);
    }
    *out = e;
    return BRUG_OK;
}

brug_err brug__isession_dangling(brug__isession *s, const char *where, const char *what,
                                 const char *uri, size_t len)
{
    brug_import_report *rep = s->rep;
    if (s->opts->strict)
        return brug__db_error(s->db, BRUG_EDANGLING,
                              "%s: %s %.*s is not defined by any imported file (--strict)", where,
                              what, (int)len, uri);
    rep->dangling++;
    if (s->file)
        s->file->dangling++;
    if (rep->nexamples < BRUG_IMPORT_MAX_EXAMPLES) {
        brug_import_dangling *d = &rep->examples[rep->nexamples];
        d->where = brug__strdup(&rep->alloc_, where);
        d->uri = brug__strndup(&rep->alloc_, uri, len);
        if (!d->where || !d->uri) {
            brug__free(&rep->alloc_, d->where);
            brug__free(&rep->alloc_, d->uri);
            d->where = d->uri = NULL;
            return brug__isession_oom(s);
        }
        rep->nexamples++;
    }
    return BRUG_OK;
}

int brug__isession_lang(brug__isession *s, const char *code, size_t n)
{
    int i;
    if (n >= sizeof(s->langs[0])) {
        brug__db_error(s->db, BRUG_EPARSE, "language tag '%.*s' is too long", (int)n, code);
        return -1;
    }
    for (i = 0; i < s->nlangs; i++)
        if (strlen(s->langs[i]) == n && strncmp(s->langs[i], code, n) == 0)
            return i;
    if (s->nlangs == BRUG__IS_MAX_LANGS) {
        brug__db_error(s->db, BRUG_ETOOBIG, "more than %d languages", BRUG__IS_MAX_LANGS);
        return -1;
    }
    memcpy(s->langs[s->nlangs], code, n);
    s->langs[s->nlangs][n] = '\0';
    return s->nlangs++;
}

brug_err brug__isession_file(brug__isession *s, const char *path, const char *kind,
                             const char *lang, const char *format)
{
    brug_import_report *rep = s->rep;
    brug_import_file *v, *r;
    v = brug__reallocarray(&rep->alloc_, rep->files, rep->nfiles + 1, sizeof(*v));
    if (!v)
        return brug__isession_oom(s);
    rep->files = v;
    r = &v[rep->nfiles];
    memset(r, 0, sizeof(*r));
    r->path = brug__strdup(&rep->alloc_, path);
    if (!r->path)
        return brug__isession_oom(s);
    r->kind = kind;
    if (lang)
        snprintf(r->lang, sizeof(r->lang), "%s", lang);
    if (format)
        snprintf(r->format, sizeof(r->format), "%s", format);
    rep->nfiles++;
    s->file = r;
    s->next_progress = PROGRESS_EVERY;
    brug__isession_rows(s, 0, 0, 0, 0);
    return BRUG_OK;
}

void brug__isession_rows(brug__isession *s, uint64_t rows, uint64_t bytes, uint64_t total, int done)
{
    brug_import_progress p;
    if (s->file)
        s->file->rows = rows;
    if (!s->opts->progress || !s->file)
        return;
    if (!done && rows && rows < s->next_progress)
        return;
    s->next_progress = rows + PROGRESS_EVERY;
    p.file = s->file->path;
    p.rows = rows;
    p.bytes = bytes;
    p.total = total;
    p.done = done;
    s->opts->progress(s->opts->progress_ctx, &p);
}

static brug_err load_existing(void *ctx, int64_t id, const char *uri, int kind)
{
    brug__isession *s = ctx;
    brug__ient *e;
    if (!uri)
        return BRUG_OK;
    e = brug__isession_add(s, uri, strlen(uri), id, kind);
    if (!e)
        return BRUG_ENOMEM;
    e->existed = 1;
    return BRUG_OK;
}

brug_err brug__isession_begin(brug__isession *s, brug_db *db, const brug_import_opts *opts,
                              brug_import_report *report, const char *kind, unsigned flags)
{
    brug_err err;
    memset(s, 0, sizeof(*s));
    s->t0 = now_seconds();
    s->db = db;
    s->opts = opts ? opts : &s->defaults_;
    s->flags = flags;
    if (!report) {
        brug_import_report_init(&s->local_);
        report = &s->local_;
    }
    brug_import_report_release(report);
    report->alloc_ = db->alloc;
    report->kind = kind;
    s->rep = report;
    brug__arena_init(&s->arena, &db->alloc, 1 << 16);
    db->errmsg[0] = '\0';
    if (brug__strmap_init(&s->uris, &s->arena, 1024))
        return brug__isession_oom(s);
    if (flags & BRUG__IS_BULK) {
        err = brug__people_bulk_begin(db, &s->bulk_cache);
        if (err)
            return err;
        s->bulk_on = 1;
    }
    err = brug__db_begin(db);
    if (err)
        return err;
    if (flags & BRUG__IS_ONTOLOGY) {
        err = brug__istore_open(db, &s->st);
        if (!err)
            err = brug__istore_each_concept(s->st, load_existing, s);
        if (err == BRUG_ENOMEM)
            brug__isession_oom(s);
    }
    return err;
}

/* Label coverage of the main release per language into rep->coverage (the
 * first BRUG_IMPORT_MAX_COVERAGE). */
static brug_err on_coverage(void *ctx, const brug__coverage_rec *c)
{
    brug_import_report *rep = ctx;
    brug_import_coverage *o;
    if (rep->ncoverage >= BRUG_IMPORT_MAX_COVERAGE)
        return BRUG_OK;
    o = &rep->coverage[rep->ncoverage++];
    snprintf(o->lang, sizeof(o->lang), "%s", c->lang);
    o->kind = c->kind == BRUG_KIND_SKILL ? "skills" : "occupations";
    o->preferred = c->preferred;
    o->total = c->total;
    return BRUG_OK;
}

static brug_err coverage_into(brug_db *db, brug_import_report *rep)
{
    rep->ncoverage = 0;
    return brug__mapping_coverage_each(db, on_coverage, rep);
}

static brug_err finish_ontology(brug__isession *s, const char *version)
{
    const char *langs[BRUG__IS_MAX_LANGS];
    size_t n = 0;
    int l;
    brug_err err;
    for (l = 0; l < s->nlangs; l++)
        if (s->label_langs & (1u << l))
            langs[n++] = s->langs[l];
    err = brug__istore_finish(s->st, version && version[0] ? version : NULL, langs, n,
                              s->rep->languages, sizeof(s->rep->languages));
    if (!err && version && version[0])
        snprintf(s->rep->taxonomy_version, sizeof(s->rep->taxonomy_version), "%s", version);
    brug__istore_close(s->st);
    s->st = NULL;
    if (!err)
        err = brug__mapping_tidy(s->db);
    /* Derived indexes are rebuilt from the ontology tables inside the same
     * transaction, so they commit or roll back with the import. */
    if (!err)
        err = brug__search_rebuild(s->db);
    if (!err)
        err = brug__bridges_model_store(s->db);
    if (!err)
        err = coverage_into(s->db, s->rep);
    return err;
}

brug_err brug__isession_finish(brug__isession *s, brug_err err, const char *version)
{
    if (!err && (s->flags & BRUG__IS_ONTOLOGY) && s->db->in_txn)
        err = finish_ontology(s, version);
    brug__istore_close(s->st);
    s->st = NULL;
    if (s->db->in_txn) {
        if (!err)
            err = brug__db_commit(s->db);
        else
            brug__db_rollback(s->db);
    }
    if (s->bulk_on) {
        /* foreign keys back on, keeping the first error's message */
        char msg[sizeof(s->db->errmsg)];
        brug_err e2;
        snprintf(msg, sizeof(msg), "%s", s->db->errmsg);
        e2 = brug__people_bulk_end(s->db, s->bulk_cache);
        if (err)
            brug__db_error(s->db, err, "%s", msg);
        else
            err = e2;
        s->bulk_on = 0;
    }
    brug__free(&s->db->alloc, s->ents);
    s->ents = NULL;
    brug__arena_release(&s->arena);
    s->rep->seconds = now_seconds() - s->t0;
    if (s->rep == &s->local_)
        brug_import_report_release(&s->local_);
    return err;
}
