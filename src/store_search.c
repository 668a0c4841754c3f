/*
 * store_search.c - the search index's tables, its rebuild, and the
 * queries search.c runs (see store_search.h for the layout).
 *
 * Statements used on every search are prepared once per brug_db and kept
 * in brug__sqlite_of(db)->search until brug_db_close (brug__search_cache_free).
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "alloc.h"
#include "arena.h"
#include "fold.h"
#include "store.h"
#include "store_search.h"

static const brug__migration search_steps[] = {
    {1, "CREATE TABLE search_label("
        " id INTEGER PRIMARY KEY,"
        " concept INTEGER NOT NULL,"
        " kind INTEGER NOT NULL,"
        " lang TEXT NOT NULL,"
        " role INTEGER NOT NULL,"
        " text TEXT NOT NULL,"
        " folded TEXT NOT NULL,"
        " fhash INTEGER NOT NULL);"
        /* By a hash of the folded text, not the text itself: an index
         * covering (id, folded) would feed the FTS5 rebuild out of id
         * order, which makes it several times slower. */
        "CREATE INDEX search_label_by_fhash ON search_label(fhash);"
        "CREATE VIRTUAL TABLE search_fts USING fts5(folded,"
        " content='search_label', content_rowid='id',"
        " tokenize='unicode61 remove_diacritics 0', prefix='2 3');"
        "CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');"
        "CREATE TABLE search_word("
        " id INTEGER PRIMARY KEY,"
        " word TEXT NOT NULL UNIQUE,"
        " df INTEGER NOT NULL);"
        "CREATE VIRTUAL TABLE search_word_tri USING fts5(word,"
        " content='search_word', content_rowid='id', tokenize='trigram');"},
    /* Labels are found through search_fts in id order, shortest first, so
     * a label equal to the query comes before any longer one: the
     * exact-label index of step 1 is not needed. */
    {2, "DROP INDEX search_label_by_fhash;"
        "ALTER TABLE search_label DROP COLUMN fhash;"},
};

const brug__schema_module brug__schema_search = {"search", search_steps,
                                                 sizeof(search_steps) / sizeof(search_steps[0])};

enum {
    ST_MATCH,
    ST_WORD_CEIL,
    ST_WORDS_LEN,
    ST_WORDS_DF,
    ST_CONCEPT,
    ST_VOCAB,
    ST_DATA_VERSION,
    ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
    [ST_MATCH] = "SELECT l.id, l.concept, l.kind, l.lang, l.role, l.text, l.folded"
                 " FROM search_fts JOIN search_label l ON l.id = search_fts.rowid"
                 " WHERE search_fts MATCH ?1 AND (?2 = 0 OR l.kind = ?2)"
                 " AND (?3 IS NULL OR l.lang = ?3) LIMIT ?4",
    [ST_WORD_CEIL] = "SELECT word, df FROM search_word WHERE word >= ?1 ORDER BY word LIMIT 1",
    [ST_VOCAB] = "SELECT word, df FROM search_word ORDER BY id",
    [ST_DATA_VERSION] = "PRAGMA data_version",
    [ST_WORDS_LEN] = "SELECT w.word, w.df FROM search_word_tri"
                     " JOIN search_word w ON w.id = search_word_tri.rowid"
                     " WHERE search_word_tri MATCH ?1 AND length(w.word) BETWEEN ?3 AND ?4"
                     " LIMIT ?2",
    [ST_WORDS_DF] = "SELECT w.word, w.df FROM search_word_tri"
                    " JOIN search_word w ON w.id = search_word_tri.rowid"
                    " WHERE search_word_tri MATCH ?1 ORDER BY w.df DESC, w.word LIMIT ?2",
    [ST_CONCEPT] = "SELECT c.uri, l.text, l.lang FROM concept c"
                   " LEFT JOIN label l ON l.concept = c.id AND l.role = 0"
                   " WHERE c.id = ?1"
                   " ORDER BY l.lang = ?2 DESC, l.lang = 'en' DESC, l.lang, l.text LIMIT 1",
};

struct brug__search_cache {
    sqlite3_stmt *st[ST_COUNT];
    brug__search_vocab vocab;
    int vocab_loaded;
    int64_t data_version; /* of the database when the vocabulary was read */
};

static void vocab_free(brug_db *db)
{
    brug__search_vocab *v = &brug__sqlite_of(db)->search->vocab;
    brug__free(&db->alloc, v->text);
    brug__free(&db->alloc, v->words);
    memset(v, 0, sizeof(*v));
    brug__sqlite_of(db)->search->vocab_loaded = 0;
}

void brug__sqlite_search_idle(brug_db *db)
{
    int i;
    if (!db || !brug__sqlite_of(db)->search)
        return;
    for (i = 0; i < ST_COUNT; i++)
        if (brug__sqlite_of(db)->search->st[i])
            sqlite3_reset(brug__sqlite_of(db)->search->st[i]);
}

void brug__search_cache_free(brug_db *db)
{
    int i;
    if (!db || !brug__sqlite_of(db)->search)
        return;
    for (i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(brug__sqlite_of(db)->search->st[i]);
    vocab_free(db);
    brug__free(&db->alloc, brug__sqlite_of(db)->search);
    brug__sqlite_of(db)->search = NULL;
}

/* The cached statement k, reset and with its bindings cleared. */
static brug_err stmt(brug_db *db, int k, sqlite3_stmt **out)
{
    int rc;
    if (!brug__sqlite_of(db)->search) {
        brug__sqlite_of(db)->search =
            brug__calloc(&db->alloc, 1, sizeof(*brug__sqlite_of(db)->search));
        if (!brug__sqlite_of(db)->search)
            return brug__db_error(db, BRUG_ENOMEM, "out of memory preparing search");
        /* Searches read the label table and the FTS index over and over:
         * map the file instead of copying pages through read() calls.  An
         * error here only costs speed. */
        sqlite3_exec(brug__sql(db), "PRAGMA mmap_size = 268435456", NULL, NULL, NULL);
    }
    if (!brug__sqlite_of(db)->search->st[k]) {
        rc = sqlite3_prepare_v3(brug__sql(db), stmt_sql[k], -1, SQLITE_PREPARE_PERSISTENT,
                                &brug__sqlite_of(db)->search->st[k], NULL);
        if (rc != SQLITE_OK)
            return brug__db_sqlerr(db, rc, "search");
    }
    *out = brug__sqlite_of(db)->search->st[k];
    return BRUG_OK;
}

static brug_err done(brug_db *db, sqlite3_stmt *st, int rc)
{
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return BRUG_OK;
    return brug__db_sqlerr(db, rc, "search");
}

static sqlite3_int64 cap64(size_t cap)
{
    return cap > (size_t)INT32_MAX ? INT32_MAX : (sqlite3_int64)cap;
}

static brug_err scan_labels(brug_db *db, sqlite3_stmt *st, brug__search_row_fn fn, void *ctx)
{
    int rc;
    brug__search_row r;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        r.id = sqlite3_column_int64(st, 0);
        r.concept = sqlite3_column_int64(st, 1);
        r.kind = sqlite3_column_int(st, 2);
        r.lang = (const char *)sqlite3_column_text(st, 3);
        r.role = sqlite3_column_int(st, 4);
        r.text = (const char *)sqlite3_column_text(st, 5);
        r.folded = (const char *)sqlite3_column_text(st, 6);
        r.folded_len = (size_t)sqlite3_column_bytes(st, 6);
        if (!r.lang || !r.text || !r.folded) {
            rc = SQLITE_NOMEM;
            break;
        }
        if (fn(ctx, &r))
            break;
    }
    return done(db, st, rc);
}

static brug_err labels(brug_db *db, int k, const char *arg, int kind, const char *lang, size_t cap,
                       brug__search_row_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    brug_err err = stmt(db, k, &st);
    if (err)
        return err;
    sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, kind);
    if (lang)
        sqlite3_bind_text(st, 3, lang, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, cap64(cap));
    return scan_labels(db, st, fn, ctx);
}

/* Write w[0..n) as an FTS5 string (never read as syntax: a quote inside
 * is doubled), followed by '*' for a prefix; returns the bytes written,
 * at most 2 * n + 3. */
static size_t fts5_string(char *dst, const char *w, size_t n, int prefix)
{
    size_t i, k = 0;
    dst[k++] = '"';
    for (i = 0; i < n; i++) {
        if (w[i] == '"')
            dst[k++] = '"';
        dst[k++] = w[i];
    }
    dst[k++] = '"';
    if (prefix)
        dst[k++] = '*';
    return k;
}

/* q as an FTS5 expression in a buffer from db's allocator (free it). */
static brug_err fts5_expr(brug_db *db, const brug__search_query *q, char **out)
{
    static const char *const op[] = {
        [BRUG__SEARCH_AND] = " AND ",
        [BRUG__SEARCH_OR] = " OR ",
        [BRUG__SEARCH_OPEN] = "(",
        [BRUG__SEARCH_CLOSE] = ")",
    };
    size_t i, size = 1, k = 0;
    char *e;
    for (i = 0; i < q->ntok; i++)
        size += q->tok[i].kind == BRUG__SEARCH_TERM ? 2 * (size_t)q->tok[i].len + 3 : 5;
    e = brug__malloc(&db->alloc, size);
    if (!e)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory in search");
    for (i = 0; i < q->ntok; i++) {
        const brug__search_tok *t = &q->tok[i];
        if (t->kind == BRUG__SEARCH_TERM) {
            k += fts5_string(e + k, q->text + t->off, t->len, t->prefix);
        } else if (t->kind <= BRUG__SEARCH_CLOSE) {
            size_t n = strlen(op[t->kind]);
            memcpy(e + k, op[t->kind], n);
            k += n;
        }
    }
    e[k] = '\0';
    *out = e;
    return BRUG_OK;
}

brug_err brug__sqlite_search_match(brug_db *db, const brug__search_query *q, int kind,
                                   const char *lang, size_t cap, brug__search_row_fn fn, void *ctx)
{
    char *expr = NULL;
    brug_err err = fts5_expr(db, q, &expr);
    if (err)
        return err;
    err = labels(db, ST_MATCH, expr, kind, lang, cap, fn, ctx);
    brug__free(&db->alloc, expr);
    return err;
}

brug_err brug__sqlite_search_word_ceil(brug_db *db, const char *word, char *buf, size_t size,
                                       int64_t *df)
{
    sqlite3_stmt *st = NULL;
    brug_err err = stmt(db, ST_WORD_CEIL, &st);
    int rc;
    if (err)
        return err;
    buf[0] = '\0';
    *df = 0;
    sqlite3_bind_text(st, 1, word, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const char *w = (const char *)sqlite3_column_text(st, 0);
        size_t n = w ? strlen(w) : 0;
        if (n >= size)
            n = size - 1;
        memcpy(buf, w ? w : "", n);
        buf[n] = '\0';
        *df = sqlite3_column_int64(st, 1);
    }
    return done(db, st, rc);
}

static uint32_t letter_mask(const char *w, size_t n)
{
    uint32_t m = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)w[i];
        m |= ch >= 'a' && ch <= 'z'   ? 1u << (ch - 'a')
             : ch >= '0' && ch <= '9' ? 1u << 26
                                      : 1u << 27;
    }
    return m;
}

uint32_t brug__search_letter_mask(const char *w, size_t n)
{
    return letter_mask(w, n);
}

static brug_err vocab_load(brug_db *db)
{
    brug__search_vocab *v = &brug__sqlite_of(db)->search->vocab;
    sqlite3_stmt *st;
    size_t captext = 1 << 18, capw = 1 << 14;
    brug_err err = stmt(db, ST_VOCAB, &st);
    int rc;
    if (err)
        return err;
    vocab_free(db);
    v->text = brug__malloc(&db->alloc, captext);
    v->words = brug__reallocarray(&db->alloc, NULL, capw, sizeof(*v->words));
    if (!v->text || !v->words) {
        sqlite3_reset(st);
        vocab_free(db);
        return brug__db_error(db, BRUG_ENOMEM, "out of memory loading the search vocabulary");
    }
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        const char *w = (const char *)sqlite3_column_text(st, 0);
        size_t n = (size_t)sqlite3_column_bytes(st, 0);
        brug__search_word *x;
        if (!w) {
            rc = SQLITE_NOMEM;
            break;
        }
        if (n > 255)
            continue; /* never a near spelling of a query word */
        if (v->ntext + n + 1 > captext) {
            char *t = brug__realloc(&db->alloc, v->text, captext * 2);
            if (!t) {
                rc = SQLITE_NOMEM;
                break;
            }
            v->text = t;
            captext *= 2;
        }
        if (v->n == capw) {
            brug__search_word *nw = brug__reallocarray(&db->alloc, v->words, capw * 2, sizeof(*nw));
            if (!nw) {
                rc = SQLITE_NOMEM;
                break;
            }
            v->words = nw;
            capw *= 2;
        }
        x = &v->words[v->n++];
        x->off = (uint32_t)v->ntext;
        x->len = (uint8_t)n;
        x->mask = letter_mask(w, n);
        x->df = (uint32_t)(sqlite3_column_int64(st, 1) > UINT32_MAX ? UINT32_MAX
                                                                    : sqlite3_column_int64(st, 1));
        memcpy(v->text + v->ntext, w, n);
        v->text[v->ntext + n] = '\0';
        v->ntext += n + 1;
    }
    if (rc != SQLITE_DONE) {
        vocab_free(db);
        if (rc == SQLITE_NOMEM)
            return brug__db_error(db, BRUG_ENOMEM, "out of memory loading the search vocabulary");
    }
    err = done(db, st, rc);
    if (!err)
        brug__sqlite_of(db)->search->vocab_loaded = 1;
    return err;
}

brug_err brug__sqlite_search_vocab_get(brug_db *db, const brug__search_vocab **out)
{
    sqlite3_stmt *st;
    brug_err err = stmt(db, ST_DATA_VERSION, &st);
    int64_t version;
    int rc;
    if (err)
        return err;
    rc = sqlite3_step(st);
    version = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    err = done(db, st, rc);
    if (err)
        return err;
    /* Another connection committed since (an import): read it again. */
    if (!brug__sqlite_of(db)->search->vocab_loaded ||
        version != brug__sqlite_of(db)->search->data_version) {
        err = vocab_load(db);
        if (err)
            return err;
        brug__sqlite_of(db)->search->data_version = version;
    }
    *out = &brug__sqlite_of(db)->search->vocab;
    return BRUG_OK;
}

brug_err brug__sqlite_search_words(brug_db *db, const char *part, size_t n, size_t minlen,
                                   size_t maxlen, size_t cap, brug__search_word_fn fn, void *ctx)
{
    sqlite3_stmt *st;
    int by_len = minlen > 0 || maxlen > 0;
    brug_err err = stmt(db, by_len ? ST_WORDS_LEN : ST_WORDS_DF, &st);
    char *expr;
    int rc;
    if (err)
        return err;
    expr = brug__malloc(&db->alloc, 2 * n + 3);
    if (!expr)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory in search");
    expr[fts5_string(expr, part, n, 0)] = '\0';
    sqlite3_bind_text(st, 1, expr, -1, SQLITE_TRANSIENT);
    brug__free(&db->alloc, expr);
    sqlite3_bind_int64(st, 2, cap64(cap));
    if (by_len) {
        sqlite3_bind_int64(st, 3, cap64(minlen));
        sqlite3_bind_int64(st, 4, cap64(maxlen));
    }
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        const char *w = (const char *)sqlite3_column_text(st, 0);
        if (!w) {
            rc = SQLITE_NOMEM;
            break;
        }
        if (fn(ctx, w, sqlite3_column_int64(st, 1)))
            break;
    }
    return done(db, st, rc);
}

brug_err brug__sqlite_search_concept(brug_db *db, int64_t concept, const char *lang,
                                     const char **uri, const char **label, const char **label_lang)
{
    sqlite3_stmt *st = NULL;
    brug_err err = stmt(db, ST_CONCEPT, &st);
    int rc;
    if (err)
        return err;
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, concept);
    sqlite3_bind_text(st, 2, lang ? lang : "en", -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(st);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(st);
        return brug__db_error(db, BRUG_ENOTFOUND, "search: no concept with id %lld",
                              (long long)concept);
    }
    if (rc != SQLITE_ROW)
        return done(db, st, rc);
    /* Left on the row so the strings stay valid; the next stmt() use
     * resets it. */
    *uri = (const char *)sqlite3_column_text(st, 0);
    *label = (const char *)sqlite3_column_text(st, 1);
    *label_lang = (const char *)sqlite3_column_text(st, 2);
    if (!*uri)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory reading a concept");
    if (!*label) {
        *label = *uri;
        *label_lang = "";
    }
    return BRUG_OK;
}

/* --- Rebuild --------------------------------------------------------- */

/* One label on its way into search_label. */
typedef struct ilabel {
    int64_t concept;
    const char *uri;
    const char *lang;
    const char *text;
    const char *folded;
    uint32_t flen;
    uint8_t kind, role;
} ilabel;

/* Same concept, language and folded text next to each other, the lowest
 * role first. */
static int cmp_dedup(const void *pa, const void *pb)
{
    const ilabel *a = pa, *b = pb;
    int r;
    if (a->concept != b->concept)
    return a->concept < b->concept ? -1 : 1;
    r = strcmp(a->lang, b->lang);
    if (r)
        return r;
    r = strcmp(a->folded, b->folded);
    if (r)
        return r;
    if (a->role != b->role)
        return a->role < b->role ? -1 : 1;
    return strcmp(a->text, b->text);
}

/* The static quality order that becomes the row id order. */
static int cmp_quality(const void *pa, const void *pb)
{
    const ilabel *a = pa, *b = pb;
    int r;
    if (a->flen != b->flen)
        return a->flen < b->flen ? -1 : 1;
    if (a->role != b->role)
        return a->role < b->role ? -1 : 1;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    r = strcmp(a->uri, b->uri);
    if (r)
        return r;
    r = strcmp(a->lang, b->lang);
    return r ? r : strcmp(a->folded, b->folded);
}

typedef struct rebuild {
    brug_db *db;
    brug__arena arena;
    brug__fold_buf fold;
    ilabel *v;
    size_t n, cap;
} rebuild;

static brug_err rb_oom(rebuild *rb)
{
    return brug__db_error(rb->db, BRUG_ENOMEM, "out of memory building the search index");
}

/* Read every label of an occupation or skill and fold it. */
static brug_err rb_read(rebuild *rb)
{
    sqlite3_stmt *st;
    const char *prev_uri = NULL;
    int64_t prev_concept = -1;
    const char *langs[8];
    int nlangs = 0, rc, i;
    brug_err err = brug__db_prepare(
        rb->db,
        "SELECT l.concept, c.kind, c.uri, l.lang, l.role, l.text FROM label l"
        " JOIN concept c ON c.id = l.concept WHERE c.kind IN (1, 2) ORDER BY l.concept",
        &st);
    if (err)
        return err;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        ilabel *x;
        const char *text = (const char *)sqlite3_column_text(st, 5);
        const char *lang = (const char *)sqlite3_column_text(st, 3);
        int n = sqlite3_column_bytes(st, 5);
        if (!text || !lang) {
            rc = SQLITE_NOMEM;
            break;
        }
        err = brug__fold(&rb->fold, text, (size_t)n);
        if (err == BRUG_ENOMEM)
            break;
        if (err || rb->fold.len == 0) { /* not UTF-8, or only punctuation */
            err = BRUG_OK;
            continue;
        }
        if (rb->n == rb->cap) {
            size_t cap = rb->cap ? 2 * rb->cap : 65536;
            ilabel *v = brug__reallocarray(&rb->db->alloc, rb->v, cap, sizeof(*v));
            if (!v) {
                err = BRUG_ENOMEM;
                break;
            }
            rb->v = v;
            rb->cap = cap;
        }
        x = &rb->v[rb->n];
        x->concept = sqlite3_column_int64(st, 0);
        x->kind = (uint8_t)sqlite3_column_int(st, 1);
        x->role = (uint8_t)sqlite3_column_int(st, 4);
        if (x->concept != prev_concept) {
            prev_uri = brug__arena_strdup(&rb->arena, (const char *)sqlite3_column_text(st, 2));
            prev_concept = x->concept;
        }
        x->uri = prev_uri;
        /* Languages are few: intern them. */
        for (i = 0; i < nlangs; i++)
            if (strcmp(langs[i], lang) == 0)
                break;
        if (i == nlangs) {
            x->lang = brug__arena_strdup(&rb->arena, lang);
            if (nlangs < 8 && x->lang)
                langs[nlangs++] = x->lang;
        } else {
            x->lang = langs[i];
        }
        x->text = brug__arena_strndup(&rb->arena, text, (size_t)n);
        x->folded = brug__arena_strndup(&rb->arena, rb->fold.text, rb->fold.len);
        x->flen = (uint32_t)rb->fold.len;
        if (!x->uri || !x->lang || !x->text || !x->folded) {
            err = BRUG_ENOMEM;
            break;
        }
        rb->n++;
    }
    sqlite3_finalize(st);
    if (err == BRUG_ENOMEM)
        return rb_oom(rb);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return brug__db_sqlerr(rb->db, rc, "search index");
    return BRUG_OK;
}

static brug_err rb_write(rebuild *rb)
{
    sqlite3_stmt *st;
    size_t i, k = 0;
    int rc = SQLITE_DONE;
    brug_err err;

    /* Keep one row per concept, language and folded text: its lowest role. */
    if (rb->n) /* qsort of a NULL array (no labels at all) is undefined */
        qsort(rb->v, rb->n, sizeof(*rb->v), cmp_dedup);
    for (i = 0; i < rb->n; i++) {
        if (k && rb->v[k - 1].concept == rb->v[i].concept &&
            strcmp(rb->v[k - 1].lang, rb->v[i].lang) == 0 &&
            strcmp(rb->v[k - 1].folded, rb->v[i].folded) == 0)
            continue;
        rb->v[k++] = rb->v[i];
    }
    rb->n = k;
    if (rb->n)
        qsort(rb->v, rb->n, sizeof(*rb->v), cmp_quality);

    err = brug__db_exec(rb->db, "DELETE FROM search_label;");
    if (err)
        return err;
    err = brug__db_prepare(rb->db,
                           "INSERT INTO search_label(id, concept, kind, lang, role, text, folded)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                           &st);
    if (err)
        return err;
    for (i = 0; i < rb->n; i++) {
        const ilabel *x = &rb->v[i];
        sqlite3_bind_int64(st, 1, (sqlite3_int64)i + 1);
        sqlite3_bind_int64(st, 2, x->concept);
        sqlite3_bind_int(st, 3, x->kind);
        sqlite3_bind_text(st, 4, x->lang, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 5, x->role);
        sqlite3_bind_text(st, 6, x->text, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 7, x->folded, (int)x->flen, SQLITE_STATIC);
        rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            break;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(rb->db, rc, "search index");
    return brug__db_exec(
        rb->db,
        "INSERT INTO search_fts(search_fts) VALUES('rebuild');"
        "DELETE FROM search_word;"
        /* Ids in word order, so the UNIQUE index on word (which
         * covers the rebuild's scan) yields them in id order. */
        "INSERT INTO search_word(word, df) SELECT term, doc FROM search_vocab ORDER BY term;"
        "INSERT INTO search_word_tri(search_word_tri) VALUES('rebuild');");
}

brug_err brug__sqlite_search_rebuild(brug_db *db)
{
    rebuild rb;
    brug_err err;

    memset(&rb, 0, sizeof(rb));
    rb.db = db;
    brug__arena_init(&rb.arena, &db->alloc, 1 << 20);
    brug__fold_init(&rb.fold, &db->alloc);
    err = rb_read(&rb);
    if (!err)
        err = rb_write(&rb);
    /* This handle's own writes do not change data_version. */
    if (brug__sqlite_of(db)->search)
        vocab_free(db);
    brug__fold_release(&rb.fold);
    brug__arena_release(&rb.arena);
    brug__free(&db->alloc, rb.v);
    return err;
}
