/*
 * people.c - passports and offers: single-record put and delete, and bulk import of
 * JSON Lines files in one transaction with FILE:LINE errors.  Both read
 * records with the one parser of the format (people_parse.c).
 */
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"
#include "erase.h"
#include "import_session.h"
#include "people.h"
#include "passport_credentials.h"
#include "people_vocab.h"
#include "region.h"
#include "backend.h"

/* ---- single records ---- */

typedef brug_err (*read_fn)(const char *, size_t, const brug__concepts *, const brug_alloc *,
                            void *, char *, size_t);
typedef brug_err (*parse_fn)(const json_t *, const brug__concepts *, const brug_alloc *, void *,
                             char *, size_t);
typedef brug_err (*write_fn)(brug__people_writer *, const void *, brug_put_mode);
/* Work on a parsed record before it is written, inside the write's
 * transaction; why says what is wrong. */
typedef brug_err (*prepare_fn)(brug_db *, void *rec, char *why, size_t n);
typedef void (*release_fn)(void *rec, const brug_alloc *);

static brug_err read_passport_v(const char *t, size_t n, const brug__concepts *cm,
                                const brug_alloc *a, void *r, char *w, size_t wn)
{
    return brug__passport_read(t, n, cm, a, r, w, wn);
}
static brug_err read_offer_v(const char *t, size_t n, const brug__concepts *cm, const brug_alloc *a,
                             void *r, char *w, size_t wn)
{
    return brug__offer_read(t, n, cm, a, r, w, wn);
}
static brug_err parse_passport_v(const json_t *d, const brug__concepts *cm, const brug_alloc *a,
                                 void *r, char *w, size_t n)
{
    return brug__passport_parse(d, cm, a, r, w, n);
}
static brug_err parse_offer_v(const json_t *d, const brug__concepts *cm, const brug_alloc *a,
                              void *r, char *w, size_t n)
{
    return brug__offer_parse(d, cm, a, r, w, n);
}
static brug_err write_passport_v(brug__people_writer *w, const void *r, brug_put_mode m)
{
    return brug__passport_write(w, r, m);
}
static brug_err write_offer_v(brug__people_writer *w, const void *r, brug_put_mode m)
{
    return brug__offer_write(w, r, m);
}
static brug_err prepare_passport_v(brug_db *db, void *r, char *why, size_t n)
{
    return brug__passport_credentials_apply(db, r, why, n);
}
static void release_passport_v(void *r, const brug_alloc *a)
{
    brug__passport_rec_release(r, a);
}

typedef struct kind_ops {
    const char *what;
    const char *plural; /* the import's kind in its report */
    size_t rec_size;
    read_fn read;
    parse_fn parse;
    write_fn write;
    prepare_fn prepare; /* NULL, or the step before writing (a passport's credentials) */
    release_fn release; /* NULL, or what a record holds besides itself */
} kind_ops;

static const kind_ops passport_ops = {
    "passport",       "passports",      sizeof(brug__passport_rec), read_passport_v,
    parse_passport_v, write_passport_v, prepare_passport_v,         release_passport_v};
static const kind_ops offer_ops = {"offer",      "offers",      sizeof(brug__offer_rec),
                                   read_offer_v, parse_offer_v, write_offer_v,
                                   NULL,         NULL};

static void release_record(const kind_ops *ops, void *rec, const brug_alloc *alloc)
{
    if (ops->release)
        ops->release(rec, alloc);
}

/* Prepare (ops->prepare) and write one record; a preparation error's message is on db. */
static brug_err write_record(brug_db *db, const kind_ops *ops, brug__people_writer *w, void *rec,
                             brug_put_mode mode)
{
    char why[1024];
    brug_err err = ops->prepare ? ops->prepare(db, rec, why, sizeof(why)) : BRUG_OK;
    if (err)
        return brug__db_error(db, err, "%s", why);
    return ops->write(w, rec, mode);
}

static brug_err put_one(brug_db *db, const kind_ops *ops, const json_t *doc, brug_put_mode mode)
{
    brug__concepts cm;
    brug__people_writer *w = NULL;
    void *rec;
    char why[512];
    brug_err err;

    if (!doc)
        return brug__db_error(db, BRUG_EINVAL, "no %s document", ops->what);
    rec = brug__calloc(&db->alloc, 1, ops->rec_size);
    if (!rec)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    err = brug__concepts_load(db, &cm);
    if (err) {
        brug__free(&db->alloc, rec);
        return err;
    }
    err = ops->parse(doc, &cm, &db->alloc, rec, why, sizeof(why));
    if (err) {
        brug__db_error(db, err, "%s: %s", ops->what, why);
    } else {
        /* Inside a caller's transaction (store_guard.c: the change and its
         * audit entry commit together) the caller commits or rolls back. */
        int own = !db->in_txn;
        err = own ? brug__db_begin(db) : BRUG_OK;
        if (!err) {
            err = brug__people_writer_open(db, &w);
            if (!err)
                err = write_record(db, ops, w, rec, mode);
            brug__people_writer_close(w);
            if (own && err)
                brug__db_rollback(db);
            else if (own)
                err = brug__db_commit(db);
        }
    }
    release_record(ops, rec, &db->alloc);
    brug__concepts_release(&cm);
    brug__free(&db->alloc, rec);
    return err;
}

brug_err brug_passport_put(brug_db *db, const json_t *doc, brug_put_mode mode)
{
    return put_one(db, &passport_ops, doc, mode);
}

brug_err brug_offer_put(brug_db *db, const json_t *doc, brug_put_mode mode)
{
    return put_one(db, &offer_ops, doc, mode);
}

/* ---- deleting one record (erase.h) ---- */

static brug_err delete_one(brug_db *db, int passport, const char *id)
{
    brug_err err = brug__people_delete_begin(db);
    if (err)
        return err;
    err = passport ? brug__passport_delete_rows(db, id) : brug__offer_delete_rows(db, id);
    if (err) {
        brug__db_rollback(db);
        return err;
    }
    err = brug__db_commit(db);
    return err ? err : brug__db_erase_log(db);
}

brug_err brug_passport_delete(brug_db *db, const char *id)
{
    return delete_one(db, 1, id);
}

brug_err brug_offer_delete(brug_db *db, const char *id)
{
    return delete_one(db, 0, id);
}

/* ---- bulk import ----
 *
 * Two threads: a reader reads, checks and parses the lines (the
 * format's one parser) into a ring of records; the caller's thread writes
 * them in file order inside the one transaction.  The first bad line
 * stops the reader, and its message (FILE:LINE: what) becomes the error
 * when the writer reaches it, so nothing of the file is committed.  When
 * no thread can be started, the same steps run one after the other.
 * The handle's allocator is used from the reader thread too (yajl). */

#define RING 64 /* lines in flight between the two threads */

typedef struct item {
    uint64_t lineno, bytes; /* bytes: read up to the end of this line */
    brug_err err;           /* BRUG_OK: rec holds a record; else msg says what */
    void *rec;
    char msg[1024];
} item;

typedef struct reader {
    const kind_ops *ops;
    const brug__concepts *cm;
    const brug_alloc *alloc;
    FILE *f;
    const char *path;
    char *line;
    uint64_t lineno, bytes;
    item *ring;
    uint64_t head, tail; /* lines produced, lines consumed */
    int done, stop;
    pthread_mutex_t mu;
    pthread_cond_t can_put, can_get;
} reader;

#define ITEM_ERR(it, e, ...) (snprintf((it)->msg, sizeof((it)->msg), __VA_ARGS__), (it)->err = (e))

/* Read the next non-blank line into it: 1 when it holds a record or an
 * error (then the last item), 0 at the end of the file. */
static int read_item(reader *r, item *it)
{
    char why[512];
    while (fgets(r->line, BRUG__MAX_LINE + 2, r->f)) {
        size_t len = strlen(r->line), i;
        long pos;

        r->lineno++;
        r->bytes += len;
        it->lineno = r->lineno;
        it->bytes = r->bytes;
        it->err = BRUG_OK;
        /* fgets stops at a newline, so a line without one at its end holds a
         * NUL byte (the stream is further on than strlen says), is longer
         * than the buffer, or is the last line of the file. */
        if (len && r->line[len - 1] != '\n') {
            pos = ftell(r->f);
            if (pos >= 0 && (uint64_t)pos > r->bytes) {
                ITEM_ERR(it, BRUG_EPARSE, "%s:%llu: NUL byte in the line", r->path,
                         (unsigned long long)r->lineno);
                return 1;
            }
        }
        if (len - (len && r->line[len - 1] == '\n') > BRUG__MAX_LINE) {
            ITEM_ERR(it, BRUG_ETOOBIG, "%s:%llu: line longer than %u bytes", r->path,
                     (unsigned long long)r->lineno, BRUG__MAX_LINE);
            return 1;
        }
        for (i = 0; i < len && isspace((unsigned char)r->line[i]); i++)
            ;
        if (i == len)
            continue;
        it->err = r->ops->read(r->line, len, r->cm, r->alloc, it->rec, why, sizeof(why));
        if (it->err)
            snprintf(it->msg, sizeof(it->msg), "%s:%llu: %s", r->path,
                     (unsigned long long)r->lineno, why);
        return 1;
    }
    if (ferror(r->f)) {
        ITEM_ERR(it, BRUG_EIO, "%s: read error", r->path);
        return 1;
    }
    return 0;
}

static void *reader_main(void *arg)
{
    reader *r = arg;
    for (;;) {
        item *it;
        int got;
        pthread_mutex_lock(&r->mu);
        while (r->head - r->tail == RING && !r->stop)
            pthread_cond_wait(&r->can_put, &r->mu);
        if (r->stop) {
            pthread_mutex_unlock(&r->mu);
            break;
        }
        pthread_mutex_unlock(&r->mu);
        it = &r->ring[r->head % RING];
        got = read_item(r, it);
        pthread_mutex_lock(&r->mu);
        if (got)
            r->head++;
        pthread_cond_signal(&r->can_get);
        pthread_mutex_unlock(&r->mu);
        if (!got || it->err)
            break;
    }
    pthread_mutex_lock(&r->mu);
    r->done = 1;
    pthread_cond_signal(&r->can_get);
    pthread_mutex_unlock(&r->mu);
    return NULL;
}

/* Write one item (or take its error) on the caller's thread. */
static brug_err write_item(brug_db *db, const kind_ops *ops, brug__people_writer *w,
                           const char *path, item *it)
{
    brug_err err;
    if (it->err)
        return brug__db_error(db, it->err, "%s", it->msg);
    err = write_record(db, ops, w, it->rec, BRUG_PUT_UPSERT);
    if (err) {
        char msg[sizeof(db->errmsg)];
        snprintf(msg, sizeof(msg), "%s", db->errmsg);
        brug__db_error(db, err, "%s:%llu: %s", path, (unsigned long long)it->lineno, msg);
    }
    return err;
}

/* Read, parse and write every line; *n records written, *bytes read. */
static brug_err import_lines(brug_db *db, reader *r, brug__people_writer *w, brug__isession *s,
                             uint64_t total, uint64_t *n, uint64_t *bytes)
{
    pthread_t th;
    int threaded = 0;
    brug_err err = BRUG_OK;

    if (pthread_mutex_init(&r->mu, NULL) == 0) {
        if (pthread_cond_init(&r->can_put, NULL) == 0) {
            if (pthread_cond_init(&r->can_get, NULL) == 0) {
                threaded = pthread_create(&th, NULL, reader_main, r) == 0;
                if (!threaded)
                    pthread_cond_destroy(&r->can_get);
            }
            if (!threaded)
                pthread_cond_destroy(&r->can_put);
        }
        if (!threaded)
            pthread_mutex_destroy(&r->mu);
    }
    for (;;) {
        item *it = &r->ring[r->tail % RING];
        if (threaded) {
            pthread_mutex_lock(&r->mu);
            while (r->tail == r->head && !r->done)
                pthread_cond_wait(&r->can_get, &r->mu);
            if (r->tail == r->head) {
                pthread_mutex_unlock(&r->mu);
                break;
            }
            pthread_mutex_unlock(&r->mu);
        } else if (!read_item(r, it)) {
            break;
        }
        err = write_item(db, r->ops, w, r->path, it);
        *bytes = it->bytes;
        if (threaded) {
            pthread_mutex_lock(&r->mu);
            r->tail++;
            pthread_cond_signal(&r->can_put);
            pthread_mutex_unlock(&r->mu);
        } else {
            r->tail++;
        }
        if (err)
            break;
        ++*n;
        if (*n % 10000 == 0)
            brug__isession_rows(s, *n, *bytes, total, 0);
    }
    if (threaded) {
        pthread_mutex_lock(&r->mu);
        r->stop = 1;
        pthread_cond_signal(&r->can_put);
        pthread_mutex_unlock(&r->mu);
        pthread_join(th, NULL);
        pthread_cond_destroy(&r->can_get);
        pthread_cond_destroy(&r->can_put);
        pthread_mutex_destroy(&r->mu);
    }
    *bytes = r->bytes;
    return err;
}

static brug_err import_file(brug_db *db, const kind_ops *ops, const char *path,
                            const brug_import_opts *opts, brug_import_report *report)
{
    brug__isession s;
    brug__concepts cm;
    brug__people_writer *w = NULL;
    reader r;
    FILE *f = NULL;
    char *line = NULL, *recs = NULL;
    item *ring = NULL;
    uint64_t n = 0, bytes = 0, total = 0;
    struct stat st;
    size_t i;
    int have_cm = 0;
    brug_err err;

    /* The session's transaction runs in bulk mode: a large page cache and
     * no foreign-key checks, restored when it ends. */
    err = brug__isession_begin(&s, db, opts, report, ops->plural, BRUG__IS_BULK);
    if (!err) {
        f = fopen(path, "r");
        if (!f)
            err = brug__db_error(db, BRUG_EIO, "%s: %s", path, strerror(errno));
    }
    if (!err && fstat(fileno(f), &st) == 0)
        total = (uint64_t)st.st_size;
    if (!err) {
        line = brug__malloc(&db->alloc, BRUG__MAX_LINE + 2);
        ring = brug__calloc(&db->alloc, RING, sizeof(*ring));
        recs = brug__calloc(&db->alloc, RING, ops->rec_size);
        if (!line || !ring || !recs)
            err = brug__db_error(db, BRUG_ENOMEM, "out of memory");
    }
    if (!err) {
        for (i = 0; i < RING; i++)
            ring[i].rec = recs + i * ops->rec_size;
        err = brug__concepts_load(db, &cm);
        have_cm = !err;
    }
    if (!err)
        err = brug__isession_file(&s, path, ops->plural, NULL, "jsonl");
    if (!err)
        err = brug__people_writer_open(db, &w);
    if (!err) {
        memset(&r, 0, sizeof(r));
        r.ops = ops;
        r.cm = &cm;
        r.alloc = &db->alloc;
        r.f = f;
        r.path = path;
        r.line = line;
        r.ring = ring;
        err = import_lines(db, &r, w, &s, total, &n, &bytes);
    }
    brug__people_writer_close(w);
    if (!err) {
        s.rep->records = n;
        brug__isession_rows(&s, n, bytes, total, 1);
    }
    err = brug__isession_finish(&s, err, NULL);
    if (have_cm)
        brug__concepts_release(&cm);
    for (i = 0; recs && i < RING; i++) /* what records hold (credentials) */
        release_record(ops, recs + i * ops->rec_size, &db->alloc);
    brug__free(&db->alloc, line);
    brug__free(&db->alloc, ring);
    brug__free(&db->alloc, recs);
    if (f)
        fclose(f);
    return err;
}

brug_err brug_passports_import(brug_db *db, const char *path, const brug_import_opts *opts,
                               brug_import_report *report)
{
    return import_file(db, &passport_ops, path, opts, report);
}

brug_err brug_offers_import(brug_db *db, const char *path, const brug_import_opts *opts,
                            brug_import_report *report)
{
    return import_file(db, &offer_ops, path, opts, report);
}

/* ---- vocabulary ---- */

brug_err brug_people_vocabulary(json_t **out)
{
    json_t *doc = json_object(), *regions = json_array(), *sectors = json_array(),
           *drives = json_array(), *evidence = json_array(), *sizes = json_array();
    uint32_t i;
    int bad = !doc || !regions || !sectors || !drives || !evidence || !sizes;
    *out = NULL;
    for (i = 0; !bad && i < brug__nregions; i++) {
        const brug__region *r = &brug__regions[i];
        bad |= json_array_append_new(regions, json_pack("{s:s, s:s, s:s, s:f, s:f, s:i}", "code",
                                                        r->code, "name", r->name, "kind", r->kind,
                                                        "lat", r->lat, "lon", r->lon, "population",
                                                        (int)r->population * 1000));
    }
    for (i = 0; !bad && i < brug__nsectors; i++)
        bad |= json_array_append_new(
            sectors, json_pack("{s:s, s:s, s:b}", "code", brug__sectors[i].code, "name",
                               brug__sectors[i].name, "shortage", brug__sectors[i].shortage));
    for (i = 0; !bad && i < brug__ndrives; i++)
        bad |= json_array_append_new(drives, json_string(brug__drives[i]));
    for (i = 0; !bad && i < BRUG__NEVIDENCE; i++)
        bad |= json_array_append_new(
            evidence, json_pack("{s:s, s:f}", "code", brug__evidence[i], "weight",
                                (double)brug__evidence_units[i] / BRUG__CREDIT_UNITS));
    for (i = 0; !bad && i < brug__nsizes; i++)
        bad |= json_array_append_new(sizes, json_string(brug__sizes[i]));
    if (!bad)
        bad = json_object_set_new(doc, "regions", regions) |
              json_object_set_new(doc, "sectors", sectors) |
              json_object_set_new(doc, "drives", drives) |
              json_object_set_new(doc, "evidence", evidence) |
              json_object_set_new(doc, "sizes", sizes);
    else {
        json_decref(regions);
        json_decref(sectors);
        json_decref(drives);
        json_decref(evidence);
        json_decref(sizes);
    }
    if (bad) {
        json_decref(doc);
        return BRUG_ENOMEM;
    }
    *out = doc;
    return BRUG_OK;
}
