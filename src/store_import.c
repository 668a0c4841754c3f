/*
 * store_import.c - prepared statements that write an imported taxonomy
 * into the ontology tables (schema in store_onto.c).  Each statement is
 * prepared once per import and reset after every row.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store.h"
#include "store_import.h"

enum {
    ST_CONCEPT_INS,
    ST_CONCEPT_UPD,
    ST_CLEAR_LABELS,
    ST_CLEAR_NOTES,
    ST_LABEL,
    ST_NOTE,
    ST_BROADER,
    ST_OCC_SKILL,
    ST_SKILL_SKILL,
    ST_COLL_GET,
    ST_COLL_INS,
    ST_MEMBER,
    ST_COUNT
};

static const char *const sqls[ST_COUNT] = {
    "INSERT INTO concept(uri, kind, code, isco_group, skill_type, reuse_level, status, modified) "
    "VALUES(?1, ?2, NULLIF(?3, ''), NULLIF(?4, ''), ?5, ?6, NULLIF(?7, ''), NULLIF(?8, ''))",
    "UPDATE concept SET code = coalesce(NULLIF(?3, ''), code),"
    " isco_group = coalesce(NULLIF(?4, ''), isco_group),"
    " skill_type = CASE WHEN ?5 <> 0 THEN ?5 ELSE skill_type END,"
    " reuse_level = CASE WHEN ?6 <> 0 THEN ?6 ELSE reuse_level END,"
    " status = coalesce(NULLIF(?7, ''), status),"
    " modified = coalesce(NULLIF(?8, ''), modified) WHERE id = ?1",
    "DELETE FROM label WHERE concept = ?1 AND lang = ?2",
    "DELETE FROM note WHERE concept = ?1 AND lang = ?2",
    "INSERT OR IGNORE INTO label(concept, lang, role, text) VALUES(?1, ?2, ?3, ?4)",
    "INSERT INTO note(concept, lang, kind, text) VALUES(?1, ?2, ?3, ?4) "
    "ON CONFLICT(concept, lang, kind) DO UPDATE SET text = ?4 WHERE text <> ?4",
    "INSERT OR IGNORE INTO broader(concept, broader) VALUES(?1, ?2)",
    "INSERT OR REPLACE INTO occupation_skill(occupation, skill, essential, weight) "
    "VALUES(?1, ?2, ?3, ?4)",
    "INSERT INTO skill_skill(skill, related, essential) VALUES(?1, ?2, ?3) "
    "ON CONFLICT(skill, related) DO UPDATE SET essential = ?3 WHERE essential <> ?3",
    "SELECT id FROM collection WHERE name = ?1",
    "INSERT INTO collection(name) VALUES(?1)",
    "INSERT OR IGNORE INTO collection_member(collection, concept) VALUES(?1, ?2)",
};

struct brug__istore {
    brug_db *db;
    sqlite3_stmt *st[ST_COUNT];
    int cache_size; /* page cache before the import, restored at close */
    int occ_skill_index_dropped;
};

static brug_err pragma_int(brug_db *db, const char *sql, int *out)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db, sql, &st);
    int rc;
    if (err)
        return err;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? BRUG_OK : brug__db_sqlerr(db, rc, "pragma");
}

brug_err brug__sqlite_istore_open(brug_db *db, brug__istore **out)
{
    brug__istore *s;
    brug_err err;
    int i;

    *out = NULL;
    s = brug__calloc(&db->alloc, 1, sizeof(*s));
    if (!s)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    s->db = db;
    s->cache_size = 0;
    err = pragma_int(db, "PRAGMA cache_size", &s->cache_size);
    /* A 64 MiB page cache keeps the whole import's b-trees in memory. */
    if (!err)
        err = brug__db_exec(db, "PRAGMA cache_size = -65536");
    for (i = 0; i < ST_COUNT && !err; i++)
        err = brug__db_prepare(db, sqls[i], &s->st[i]);
    if (err) {
        brug__sqlite_istore_close(s);
        return err;
    }
    *out = s;
    return BRUG_OK;
}

void brug__sqlite_istore_close(brug__istore *s)
{
    char sql[64];
    int i;
    if (!s)
        return;
    for (i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(s->st[i]);
    if (s->cache_size) {
        snprintf(sql, sizeof(sql), "PRAGMA cache_size = %d", s->cache_size);
        sqlite3_exec(brug__sql(s->db), sql, NULL, NULL, NULL);
    }
    brug__free(&s->db->alloc, s);
}

/* Step a bound write statement, reset it, and count a change. */
static brug_err run(brug__istore *s, int which, uint64_t *added)
{
    sqlite3_stmt *st = s->st[which];
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(s->db, rc, "import");
    if (added && sqlite3_changes(brug__sql(s->db)) > 0)
        (*added)++;
    return BRUG_OK;
}

brug_err brug__sqlite_istore_each_concept(brug__istore *s, brug__istore_concept_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(s->db, "SELECT id, uri, kind FROM concept ORDER BY id", &st);
    int rc;
    if (err)
        return err;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        err = fn(ctx, sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
                 sqlite3_column_int(st, 2));
        if (err) {
            sqlite3_finalize(st);
            return err;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(s->db, rc, "import");
}

static void bind_str(sqlite3_stmt *st, int i, const char *v)
{
    sqlite3_bind_text(st, i, v ? v : "", -1, SQLITE_STATIC);
}

brug_err brug__sqlite_istore_concept(brug__istore *s, const brug__concept_rec *c, int64_t *id)
{
    int which = *id ? ST_CONCEPT_UPD : ST_CONCEPT_INS;
    sqlite3_stmt *st = s->st[which];
    brug_err err;
    if (*id)
        sqlite3_bind_int64(st, 1, *id);
    else
        bind_str(st, 1, c->uri);
    sqlite3_bind_int(st, 2, c->kind);
    bind_str(st, 3, c->code);
    bind_str(st, 4, c->isco_group);
    sqlite3_bind_int(st, 5, c->skill_type);
    sqlite3_bind_int(st, 6, c->reuse_level);
    bind_str(st, 7, c->status);
    bind_str(st, 8, c->modified);
    err = run(s, which, NULL);
    if (!err && !*id)
        *id = sqlite3_last_insert_rowid(brug__sql(s->db));
    return err;
}

brug_err brug__sqlite_istore_clear_concept_lang(brug__istore *s, int64_t id, const char *lang)
{
    brug_err err;
    sqlite3_bind_int64(s->st[ST_CLEAR_LABELS], 1, id);
    bind_str(s->st[ST_CLEAR_LABELS], 2, lang);
    err = run(s, ST_CLEAR_LABELS, NULL);
    if (err)
        return err;
    sqlite3_bind_int64(s->st[ST_CLEAR_NOTES], 1, id);
    bind_str(s->st[ST_CLEAR_NOTES], 2, lang);
    return run(s, ST_CLEAR_NOTES, NULL);
}

brug_err brug__sqlite_istore_label(brug__istore *s, int64_t id, const char *lang, int role,
                                   const char *text, size_t len, uint64_t *added)
{
    sqlite3_stmt *st = s->st[ST_LABEL];
    sqlite3_bind_int64(st, 1, id);
    bind_str(st, 2, lang);
    sqlite3_bind_int(st, 3, role);
    sqlite3_bind_text(st, 4, text, (int)len, SQLITE_STATIC);
    return run(s, ST_LABEL, added);
}

brug_err brug__sqlite_istore_note(brug__istore *s, int64_t id, const char *lang, const char *kind,
                                  const char *text, size_t len, uint64_t *added)
{
    sqlite3_stmt *st = s->st[ST_NOTE];
    sqlite3_bind_int64(st, 1, id);
    bind_str(st, 2, lang);
    bind_str(st, 3, kind);
    sqlite3_bind_text(st, 4, text, (int)len, SQLITE_STATIC);
    return run(s, ST_NOTE, added);
}

static brug_err pair(brug__istore *s, int which, int64_t a, int64_t b, int tag, int ntag,
                     uint64_t *added)
{
    sqlite3_stmt *st = s->st[which];
    sqlite3_bind_int64(st, 1, a);
    sqlite3_bind_int64(st, 2, b);
    if (ntag)
        sqlite3_bind_int(st, 3, tag);
    return run(s, which, added);
}

brug_err brug__sqlite_istore_broader(brug__istore *s, int64_t concept, int64_t broader,
                                     uint64_t *added)
{
    return pair(s, ST_BROADER, concept, broader, 0, 0, added);
}

brug_err brug__sqlite_istore_occ_skill(brug__istore *s, int64_t occ, int64_t skill, int essential,
                                       double weight, uint64_t *added)
{
    sqlite3_bind_double(s->st[ST_OCC_SKILL], 4, weight);
    return pair(s, ST_OCC_SKILL, occ, skill, essential != 0, 1, added);
}

brug_err brug__sqlite_istore_skill_skill(brug__istore *s, int64_t skill, int64_t related,
                                         int essential, uint64_t *added)
{
    return pair(s, ST_SKILL_SKILL, skill, related, essential != 0, 1, added);
}

brug_err brug__sqlite_istore_member(brug__istore *s, int64_t collection, int64_t concept,
                                    uint64_t *added)
{
    return pair(s, ST_MEMBER, collection, concept, 0, 0, added);
}

brug_err brug__sqlite_istore_collection(brug__istore *s, const char *name, int64_t *id)
{
    sqlite3_stmt *st = s->st[ST_COLL_GET];
    int rc;
    bind_str(st, 1, name);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *id = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        return BRUG_OK;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(s->db, rc, "import");
    bind_str(s->st[ST_COLL_INS], 1, name);
    if (run(s, ST_COLL_INS, NULL))
        return BRUG_EDB;
    *id = sqlite3_last_insert_rowid(brug__sql(s->db));
    return BRUG_OK;
}

static brug_err exec_bound(brug__istore *s, const char *sql, int64_t a, int64_t b, int nargs)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(s->db, sql, &st);
    int rc;
    if (err)
        return err;
    if (nargs > 0)
        sqlite3_bind_int64(st, 1, a);
    if (nargs > 1)
        sqlite3_bind_int64(st, 2, b);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(s->db, rc, "import");
}

/* The occupation_skill_by_skill index of store_onto.c, rebuilt in one
 * sorted pass by brug__sqlite_istore_finish: cheaper than updating it per row. */
#define OCC_SKILL_INDEX_SQL                                                                        \
    "CREATE INDEX IF NOT EXISTS occupation_skill_by_skill ON occupation_skill(skill)"

brug_err brug__sqlite_istore_clear_occ_skill(brug__istore *s)
{
    brug_err err = exec_bound(s, "DELETE FROM occupation_skill", 0, 0, 0);
    if (!err)
        err = brug__db_exec(s->db, "DROP INDEX IF EXISTS occupation_skill_by_skill");
    if (!err)
        s->occ_skill_index_dropped = 1;
    return err;
}

brug_err brug__sqlite_istore_clear_skill_skill(brug__istore *s)
{
    return exec_bound(s, "DELETE FROM skill_skill", 0, 0, 0);
}

brug_err brug__sqlite_istore_clear_broader(brug__istore *s, int k1, int k2)
{
    return exec_bound(s,
                      "DELETE FROM broader WHERE concept IN "
                      "(SELECT id FROM concept WHERE kind IN (?1, ?2))",
                      k1, k2, 2);
}

brug_err brug__sqlite_istore_clear_members(brug__istore *s, int64_t collection)
{
    return exec_bound(s, "DELETE FROM collection_member WHERE collection = ?1", collection, 0, 1);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

brug_err brug__sqlite_istore_finish(brug__istore *s, const char *version, const char *const *langs,
                                    size_t nlangs, char *out, size_t size)
{
    char old[512], *tok, *save = NULL;
    const char *all[96];
    size_t n = 0, i, len = 0;
    brug_err err;

    if (s->occ_skill_index_dropped) {
        err = brug__db_exec(s->db, OCC_SKILL_INDEX_SQL);
        if (err)
            return err;
        s->occ_skill_index_dropped = 0;
    }
    if (version) {
        err = brug__sqlite_meta_set(s->db, "taxonomy_version", version);
        if (err)
            return err;
    }
    err = brug__sqlite_meta_get(s->db, "languages", old, sizeof(old));
    if (err == BRUG_ENOTFOUND) {
        old[0] = '\0';
        s->db->errmsg[0] = '\0';
    } else if (err) {
        return err;
    }
    for (tok = strtok_r(old, ",", &save); tok && n < 64; tok = strtok_r(NULL, ",", &save))
        all[n++] = tok;
    for (i = 0; i < nlangs && n < sizeof(all) / sizeof(all[0]); i++) {
        size_t k;
        for (k = 0; k < n && strcmp(all[k], langs[i]) != 0; k++)
            ;
        if (k == n)
            all[n++] = langs[i];
    }
    qsort(all, n, sizeof(all[0]), cmp_str);
    if (size)
        out[0] = '\0';
    for (i = 0; i < n; i++) {
        size_t l = strlen(all[i]);
        if (len + l + 2 > size)
            break;
        if (len)
            out[len++] = ',';
        memcpy(out + len, all[i], l);
        len += l;
        out[len] = '\0';
    }
    return brug__sqlite_meta_set(s->db, "languages", out);
}

/* FNV-1a, continued over more bytes. */
static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    size_t i;
    for (i = 0; i < n; i++) {
        h ^= b[i];
        h *= 1099511628211ULL;
    }
    return h;
}

brug_err brug__sqlite_digest(brug_db *db, uint64_t *out)
{
    static const char *const queries[] = {
        "SELECT id, uri, kind, code, isco_group, skill_type, reuse_level, status, modified "
        "FROM concept ORDER BY id",
        "SELECT * FROM label ORDER BY 1, 2, 3, 4",
        "SELECT * FROM note ORDER BY 1, 2, 3",
        "SELECT * FROM broader ORDER BY 1, 2",
        "SELECT * FROM occupation_skill ORDER BY 1, 2",
        "SELECT * FROM skill_skill ORDER BY 1, 2",
        "SELECT * FROM collection ORDER BY 1",
        "SELECT * FROM collection_member ORDER BY 1, 2",
        "SELECT * FROM meta ORDER BY 1",
    };
    uint64_t h = 14695981039346656037ULL;
    size_t q;
    for (q = 0; q < sizeof(queries) / sizeof(queries[0]); q++) {
        sqlite3_stmt *st;
        brug_err err = brug__db_prepare(db, queries[q], &st);
        int rc;
        if (err)
            return err;
        for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
            int c, n = sqlite3_column_count(st);
            for (c = 0; c < n; c++) {
                const unsigned char *t = sqlite3_column_text(st, c);
                int len = sqlite3_column_bytes(st, c);
                h = fnv(h, t ? (const void *)t : "\1NULL", t ? (size_t)len : 5);
                h = fnv(h, "\0", 1);
            }
            h = fnv(h, "\n", 1);
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return brug__db_sqlerr(db, rc, "digest");
        h = fnv(h, "\f", 1);
    }
    *out = h;
    return BRUG_OK;
}
