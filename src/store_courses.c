/*
 * store_courses.c - the tables of the course catalogue, the import writer
 * and the loader of the in-memory catalogue.
 *
 * Schema (module "courses"):
 *   course(id, code, title, provider, kind, mode, region, hours, cost_cents,
 *          starts, title_lang)
 *     code: the course's own id from its file (unique); mode:
 *     brug_course_mode; region: canonical region code, NULL when online;
 *     cost_cents: whole euro cents; starts: ISO dates separated by spaces;
 *     title_lang: the title's language code, NULL when the file gave none.
 *   course_skill(course, role, uri)   role 0 teaches, 1 requires
 * Skills are kept as URIs, not concept ids, so a catalogue survives a
 * re-import of the taxonomy.
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "alloc.h"
#include "store.h"
#include "store_courses.h"

static const brug__migration courses_steps[] = {
    {1, "CREATE TABLE course("
        " id INTEGER PRIMARY KEY,"
        " code TEXT NOT NULL UNIQUE,"
        " title TEXT NOT NULL,"
        " provider TEXT NOT NULL,"
        " kind TEXT,"
        " mode INTEGER NOT NULL,"
        " region TEXT,"
        " hours REAL NOT NULL,"
        " cost_cents INTEGER NOT NULL,"
        " starts TEXT);"
        "CREATE TABLE course_skill("
        " course INTEGER NOT NULL REFERENCES course(id) ON DELETE CASCADE,"
        " role INTEGER NOT NULL,"
        " uri TEXT NOT NULL,"
        " PRIMARY KEY(course, role, uri)) WITHOUT ROWID;"
        "CREATE INDEX course_skill_by_uri ON course_skill(uri);"},
    {2, "ALTER TABLE course ADD COLUMN title_lang TEXT;"},
};

const brug__schema_module brug__schema_courses = {"courses", courses_steps,
                                                  sizeof(courses_steps) / sizeof(courses_steps[0])};

struct brug__courses_writer {
    brug_db *db;
    sqlite3_stmt *known, *del, *ins, *ins_skill;
};

static void writer_free(brug__courses_writer *w)
{
    brug_alloc a;
    if (!w)
        return;
    sqlite3_finalize(w->known);
    sqlite3_finalize(w->del);
    sqlite3_finalize(w->ins);
    sqlite3_finalize(w->ins_skill);
    a = w->db->alloc;
    brug__free(&a, w);
}

brug_err brug__sqlite_courses_writer_open(brug_db *db, brug__courses_writer **out)
{
    brug__courses_writer *w;
    brug_err err;
    *out = NULL;
    w = brug__calloc(&db->alloc, 1, sizeof(*w));
    if (!w)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    w->db = db;
    err =
        brug__db_prepare(db, "SELECT 1 FROM concept WHERE uri = ?1 AND kind IN (2, 3)", &w->known);
    if (!err)
        err = brug__db_prepare(db, "DELETE FROM course WHERE code = ?1", &w->del);
    if (!err)
        err = brug__db_prepare(db,
                               "INSERT INTO course(code, title, provider, kind, mode, region,"
                               " hours, cost_cents, starts, title_lang)"
                               " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
                               &w->ins);
    if (!err)
        err = brug__db_prepare(db,
                               "INSERT OR IGNORE INTO course_skill(course, role, uri) "
                               "VALUES(?1, ?2, ?3)",
                               &w->ins_skill);
    if (err) {
        writer_free(w);
        return err;
    }
    *out = w;
    return BRUG_OK;
}

int brug__sqlite_courses_writer_skill_known(brug__courses_writer *w, const char *uri)
{
    int rc;
    sqlite3_reset(w->known);
    sqlite3_bind_text(w->known, 1, uri, -1, SQLITE_STATIC);
    rc = sqlite3_step(w->known);
    sqlite3_reset(w->known);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE)
        return 0;
    brug__db_sqlerr(w->db, rc, "skill lookup");
    return -1;
}

static void bind_opt_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s && s[0])
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

brug_err brug__sqlite_courses_writer_put(brug__courses_writer *w, const brug__course_rec *r,
                                         int *replaced)
{
    sqlite3_int64 id;
    size_t i;
    int rc;

    sqlite3_reset(w->del);
    sqlite3_bind_text(w->del, 1, r->id, -1, SQLITE_STATIC);
    rc = sqlite3_step(w->del);
    sqlite3_reset(w->del);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(w->db, rc, "course");
    *replaced = sqlite3_changes(brug__sql(w->db)) > 0;

    sqlite3_reset(w->ins);
    sqlite3_bind_text(w->ins, 1, r->id, -1, SQLITE_STATIC);
    sqlite3_bind_text(w->ins, 2, r->title, -1, SQLITE_STATIC);
    sqlite3_bind_text(w->ins, 3, r->provider, -1, SQLITE_STATIC);
    bind_opt_text(w->ins, 4, r->kind);
    sqlite3_bind_int(w->ins, 5, (int)r->mode);
    bind_opt_text(w->ins, 6, r->region);
    sqlite3_bind_double(w->ins, 7, r->hours);
    sqlite3_bind_int64(w->ins, 8, r->cost_cents);
    bind_opt_text(w->ins, 9, r->starts);
    bind_opt_text(w->ins, 10, r->title_lang);
    rc = sqlite3_step(w->ins);
    sqlite3_reset(w->ins);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(w->db, rc, "course");
    id = sqlite3_last_insert_rowid(brug__sql(w->db));
    for (i = 0; i < r->nteaches + r->nrequires; i++) {
        int role = i < r->nteaches ? 0 : 1;
        const char *uri = role ? r->requires[i - r->nteaches] : r->teaches[i];
        sqlite3_reset(w->ins_skill);
        sqlite3_bind_int64(w->ins_skill, 1, id);
        sqlite3_bind_int(w->ins_skill, 2, role);
        sqlite3_bind_text(w->ins_skill, 3, uri, -1, SQLITE_STATIC);
        rc = sqlite3_step(w->ins_skill);
        sqlite3_reset(w->ins_skill);
        if (rc != SQLITE_DONE)
            return brug__db_sqlerr(w->db, rc, "course skill");
    }
    return BRUG_OK;
}

void brug__sqlite_courses_writer_close(brug__courses_writer *w)
{
    writer_free(w);
}

brug_err brug__sqlite_courses_each_skill_label(brug_db *db, const char *lang,
                                               brug_err (*fn)(void *ctx, const char *uri,
                                                              const char *text),
                                               void *ctx)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db,
                                    "SELECT c.uri, l.text FROM label l JOIN concept c"
                                    " ON c.id = l.concept WHERE c.kind IN (2, 3) AND"
                                    " l.role IN (0, 1) ORDER BY l.role, (l.lang = ?1) DESC,"
                                    " c.uri",
                                    &st);
    int rc;
    if (err)
        return err;
    sqlite3_bind_text(st, 1, lang ? lang : "", -1, SQLITE_STATIC);
    for (;;) {
        rc = sqlite3_step(st);
        if (rc != SQLITE_ROW)
            break;
        err = fn(ctx, (const char *)sqlite3_column_text(st, 0),
                 (const char *)sqlite3_column_text(st, 1));
        if (err)
            break;
    }
    if (!err && rc != SQLITE_DONE)
        err = brug__db_sqlerr(db, rc, "skill labels");
    sqlite3_finalize(st);
    return err;
}

int64_t brug__courses_stored_count(brug_db *db)
{
    sqlite3_stmt *st;
    int64_t n = -1;
    if (brug__db_prepare(db, "SELECT count(*) FROM course", &st))
        return -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

/* ---- loading ------------------------------------------------------------ */

static char *arena_col(brug__arena *a, sqlite3_stmt *st, int i)
{
    const char *s = (const char *)sqlite3_column_text(st, i);
    return brug__arena_strdup(a, s ? s : "");
}

brug_err brug__sqlite_courses_load(brug_db *db, brug_courses **out)
{
    sqlite3_stmt *st = NULL, *sk = NULL;
    brug__arena a;
    brug__course_rec *recs = NULL;
    int64_t *ids = NULL;
    const char **refs = NULL;
    size_t n = 0, cap = 0, nref = 0, refcap = 0, i;
    size_t *tstart = NULL, *tcount = NULL, *rstart = NULL, *rcount = NULL;
    brug_err err;
    int rc;

    *out = NULL;
    brug__arena_init(&a, &db->alloc, 0);
    err = brug__db_prepare(db,
                           "SELECT id, code, title, provider, kind, mode, region, hours,"
                           " cost_cents, starts, title_lang FROM course ORDER BY id",
                           &st);
    if (!err)
        err = brug__db_prepare(
            db, "SELECT course, role, uri FROM course_skill ORDER BY course, role", &sk);
    if (err)
        goto out;
    for (;;) {
        rc = sqlite3_step(st);
        if (rc != SQLITE_ROW)
            break;
        brug__course_rec *r;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 256;
            brug__course_rec *nr = brug__reallocarray(&db->alloc, recs, nc, sizeof(*recs));
            int64_t *ni = nr ? brug__reallocarray(&db->alloc, ids, nc, sizeof(*ids)) : NULL;
            if (nr)
                recs = nr;
            if (ni)
                ids = ni;
            if (!nr || !ni) {
                err = brug__db_error(db, BRUG_ENOMEM, "out of memory loading courses");
                goto out;
            }
            cap = nc;
        }
        r = &recs[n];
        memset(r, 0, sizeof(*r));
        ids[n] = sqlite3_column_int64(st, 0);
        r->id = arena_col(&a, st, 1);
        r->title = arena_col(&a, st, 2);
        r->provider = arena_col(&a, st, 3);
        r->kind = arena_col(&a, st, 4);
        r->mode = (brug_course_mode)sqlite3_column_int(st, 5);
        r->region = sqlite3_column_type(st, 6) == SQLITE_NULL ? NULL : arena_col(&a, st, 6);
        r->hours = sqlite3_column_double(st, 7);
        r->cost_cents = sqlite3_column_int64(st, 8);
        r->starts = arena_col(&a, st, 9);
        r->title_lang = sqlite3_column_type(st, 10) == SQLITE_NULL ? NULL : arena_col(&a, st, 10);
        if (!r->id || !r->title || !r->provider || !r->kind || !r->starts ||
            (sqlite3_column_type(st, 6) != SQLITE_NULL && !r->region) ||
            (sqlite3_column_type(st, 10) != SQLITE_NULL && !r->title_lang)) {
            err = brug__db_error(db, BRUG_ENOMEM, "out of memory loading courses");
            goto out;
        }
        n++;
    }
    if (rc != SQLITE_DONE) {
        err = brug__db_sqlerr(db, rc, "courses");
        goto out;
    }
    tstart = brug__calloc(&db->alloc, n + 1, sizeof(size_t));
    tcount = brug__calloc(&db->alloc, n + 1, sizeof(size_t));
    rstart = brug__calloc(&db->alloc, n + 1, sizeof(size_t));
    rcount = brug__calloc(&db->alloc, n + 1, sizeof(size_t));
    if (!tstart || !tcount || !rstart || !rcount) {
        err = brug__db_error(db, BRUG_ENOMEM, "out of memory loading courses");
        goto out;
    }
    /* Skills arrive ordered by course id (= ids[] order) and role. */
    i = 0;
    for (;;) {
        rc = sqlite3_step(sk);
        if (rc != SQLITE_ROW)
            break;
        int64_t cid = sqlite3_column_int64(sk, 0);
        int role = sqlite3_column_int(sk, 1);
        char *uri;
        while (i < n && ids[i] < cid)
            i++;
        if (i == n || ids[i] != cid)
            continue;
        if (nref == refcap) {
            size_t nc = refcap ? refcap * 2 : 1024;
            const char **nr = brug__reallocarray(&db->alloc, (void *)refs, nc, sizeof(*refs));
            if (!nr) {
                err = brug__db_error(db, BRUG_ENOMEM, "out of memory loading courses");
                goto out;
            }
            refs = nr;
            refcap = nc;
        }
        uri = arena_col(&a, sk, 2);
        if (!uri) {
            err = brug__db_error(db, BRUG_ENOMEM, "out of memory loading courses");
            goto out;
        }
        if (role == 0) {
            if (!tcount[i])
                tstart[i] = nref;
            tcount[i]++;
        } else {
            if (!rcount[i])
                rstart[i] = nref;
            rcount[i]++;
        }
        refs[nref++] = uri;
    }
    if (rc != SQLITE_DONE) {
        err = brug__db_sqlerr(db, rc, "course skills");
        goto out;
    }
    for (i = 0; i < n; i++) {
        recs[i].teaches = refs ? refs + tstart[i] : NULL;
        recs[i].nteaches = tcount[i];
        recs[i].requires = refs ? refs + rstart[i] : NULL;
        recs[i].nrequires = rcount[i];
    }
    err = brug__courses_build(&db->alloc, recs, n, out);
    if (err)
        brug__db_error(db, err, "building the course catalogue: %s", brug_strerror(err));
out:
    sqlite3_finalize(st);
    sqlite3_finalize(sk);
    brug__free(&db->alloc, recs);
    brug__free(&db->alloc, ids);
    brug__free(&db->alloc, (void *)refs);
    brug__free(&db->alloc, tstart);
    brug__free(&db->alloc, tcount);
    brug__free(&db->alloc, rstart);
    brug__free(&db->alloc, rcount);
    brug__arena_release(&a);
    return err;
}
