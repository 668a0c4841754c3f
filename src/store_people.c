/*
 * store_people.c - the tables of passports, employers and offers (module
 * "people"), writing and deleting records, reading one out as a record
 * (people_json.c makes the documents), and bulk-loading them into the
 * compact sets matching works on.
 *
 * Schema (module "people"):
 *   region(code, name, kind, lat, lon, population)   the fixed table of people_vocab.c
 *   sector(bit, code, name, shortage)                 idem; bit is the sector's index
 *   person(id, ext_id, region, max_km, hours, drives, sector_prefer, sector_exclude, updated)
 *     ext_id: the pseudonymous passport id; drives and sectors are bitmasks
 *     (bit i = brug__drives[i] / sector.bit i)
 *     skills (step 2): the passport's skills packed for matching, see below
 *   person_skill(person, skill, evidence, date)       skill: concept.id; evidence 0..3
 *   person_work(person, seq, occupation, years)       occupation: concept.id
 *   employer(id, ext_id, name, sector, size)
 *   offer(id, ext_id, type, employer, title, occupation, region, hours, capacity, drives,
 *         skills, title_lang)
 *     type 1 vacancy, 2 placement; drives 0 = derived from the occupation
 *     skills (step 3): the offer's skills packed for matching, see below
 *   offer_skill(offer, skill, essential)
 *   people_rev(kind, rev)  (step 4) kind 'passports' or 'offers': a counter
 *     that every transaction writing or deleting such records raises by one
 *     (brug__sqlite_people_rev), so a matcher can tell that its copy is stale
 * Children cascade on delete, so deleting a person row removes everything
 * about them.
 *
 * person.skills holds the same (skill, evidence) pairs as the person's
 * person_skill rows, in ascending concept id order, each as an unsigned
 * LEB128 varint of (id - previous id) << 2 | evidence (previous id starts
 * at 0); no skills is an empty blob.  Loading a million passports for
 * matching then reads one row per person instead of ~20.  Every write path
 * (import, put, replace) writes it in the same transaction as the rows;
 * deleting the person row removes it; step 2 fills it for existing rows.
 * offer.skills is the same for offer_skill: (id - previous id) << 1 |
 * essential (step 3).
 */
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "alloc.h"
#include "people.h"
#include "people_vocab.h"
#include "skill_pack.h"
#include "store.h"

static const brug__migration people_steps[] = {
    {1, "CREATE TABLE region("
        " code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
        " lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL) WITHOUT ROWID;"
        "CREATE TABLE sector("
        " bit INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
        " shortage INTEGER NOT NULL);"
        "CREATE TABLE person("
        " id INTEGER PRIMARY KEY,"
        " ext_id TEXT NOT NULL UNIQUE,"
        " region TEXT NOT NULL,"
        " max_km INTEGER NOT NULL,"
        " hours INTEGER NOT NULL,"
        " drives INTEGER NOT NULL,"
        " sector_prefer INTEGER NOT NULL,"
        " sector_exclude INTEGER NOT NULL,"
        " updated TEXT NOT NULL);"
        "CREATE TABLE person_skill("
        " person INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
        " skill INTEGER NOT NULL,"
        " evidence INTEGER NOT NULL,"
        " date TEXT,"
        " PRIMARY KEY(person, skill)) WITHOUT ROWID;"
        "CREATE TABLE person_work("
        " person INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
        " seq INTEGER NOT NULL,"
        " occupation INTEGER NOT NULL,"
        " years REAL NOT NULL,"
        " PRIMARY KEY(person, seq)) WITHOUT ROWID;"
        "CREATE TABLE employer("
        " id INTEGER PRIMARY KEY,"
        " ext_id TEXT NOT NULL UNIQUE,"
        " name TEXT,"
        " sector INTEGER NOT NULL,"
        " size INTEGER NOT NULL);"
        "CREATE TABLE offer("
        " id INTEGER PRIMARY KEY,"
        " ext_id TEXT NOT NULL UNIQUE,"
        " type INTEGER NOT NULL,"
        " employer INTEGER NOT NULL REFERENCES employer(id),"
        " title TEXT,"
        " occupation INTEGER NOT NULL,"
        " region TEXT NOT NULL,"
        " hours INTEGER NOT NULL,"
        " capacity INTEGER NOT NULL,"
        " drives INTEGER NOT NULL);"
        "CREATE INDEX offer_by_employer ON offer(employer);"
        "CREATE TABLE offer_skill("
        " offer INTEGER NOT NULL REFERENCES offer(id) ON DELETE CASCADE,"
        " skill INTEGER NOT NULL,"
        " essential INTEGER NOT NULL,"
        " PRIMARY KEY(offer, skill)) WITHOUT ROWID;"},
    /* brug__people_pack_all (store_schema.c) fills it for existing passports. */
    {2, "ALTER TABLE person ADD COLUMN skills BLOB;"},
    /* brug__people_pack_offers fills it for existing offers. */
    {3, "ALTER TABLE offer ADD COLUMN skills BLOB;"},
    /* Revisions: every write of passports (or offers) adds one in its
     * transaction, so a matcher can tell that its copy is stale. */
    {4, "CREATE TABLE IF NOT EXISTS people_rev(kind TEXT PRIMARY KEY, rev INTEGER NOT NULL)"
        " WITHOUT ROWID;"
        "INSERT OR IGNORE INTO people_rev(kind, rev) VALUES('passports', 0), ('offers', 0);"},
    /* The language of an offer's title, NULL when the record gave none. */
    {5, "ALTER TABLE offer ADD COLUMN title_lang TEXT;"},
};

const brug__schema_module brug__schema_people = {"people", people_steps,
                                                 sizeof(people_steps) / sizeof(people_steps[0])};

/* ---- small helpers ---- */

static brug_err step_done(brug_db *db, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, what);
}

/* The vocabulary tables mirror people_vocab.c (for SQL users and reports). */
brug_err brug__people_vocab_sync(brug_db *db)
{
    sqlite3_stmt *r = NULL, *s = NULL;
    uint32_t i;
    brug_err err;
    err = brug__db_prepare(db,
                           "INSERT OR REPLACE INTO region(code, name, kind, lat, lon, "
                           "population) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
                           &r);
    if (!err)
        err = brug__db_prepare(db,
                               "INSERT OR REPLACE INTO sector(bit, code, name, shortage) "
                               "VALUES(?1, ?2, ?3, ?4)",
                               &s);
    if (err)
        goto out;
    for (i = 0; i < brug__nregions && !err; i++) {
        const brug__region *g = &brug__regions[i];
        sqlite3_bind_text(r, 1, g->code, -1, SQLITE_STATIC);
        sqlite3_bind_text(r, 2, g->name, -1, SQLITE_STATIC);
        sqlite3_bind_text(r, 3, g->kind, -1, SQLITE_STATIC);
        sqlite3_bind_double(r, 4, g->lat);
        sqlite3_bind_double(r, 5, g->lon);
        sqlite3_bind_int64(r, 6, (sqlite3_int64)g->population * 1000);
        err = step_done(db, r, "region table");
    }
    for (i = 0; i < brug__nsectors && !err; i++) {
        sqlite3_bind_int(s, 1, (int)i);
        sqlite3_bind_text(s, 2, brug__sectors[i].code, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 3, brug__sectors[i].name, -1, SQLITE_STATIC);
        sqlite3_bind_int(s, 4, brug__sectors[i].shortage);
        err = step_done(db, s, "sector table");
    }
out:
    sqlite3_finalize(r);
    sqlite3_finalize(s);
    return err;
}

/* ---- packed skill records (person.skills, offer.skills; skill_pack.h) ---- */

/* A growable byte buffer for one record. */
typedef struct bytebuf {
    uint8_t *v;
    size_t cap;
} bytebuf;

static int bytebuf_room(const brug_alloc *a, bytebuf *b, size_t need)
{
    uint8_t *v;
    size_t cap = b->cap ? b->cap : 256;
    if (need <= b->cap)
        return 1;
    while (cap < need)
        cap *= 2;
    v = brug__realloc(a, b->v, cap);
    if (!v)
        return 0;
    b->v = v;
    b->cap = cap;
    return 1;
}

/* Pack the child rows (parent, skill, flag), in key order, of every parent
 * into its record: sel reads them, upd (?1 parent, ?2 record) writes one,
 * empty gives the parents without rows an empty record. */
static brug_err pack_rows(brug_db *db, const char *sel, const char *upd, const char *empty,
                          unsigned bits)
{
    sqlite3_stmt *rd = NULL, *up = NULL;
    const brug_alloc *a = &db->alloc;
    bytebuf buf = {NULL, 0};
    size_t len = 0;
    int64_t cur = 0, prev = 0;
    int rc;
    brug_err err;

    err = brug__db_prepare(db, sel, &rd);
    if (!err)
        err = brug__db_prepare(db, upd, &up);
    if (err)
        goto out;
    /* one record per run of rows of the same parent */
    for (rc = sqlite3_step(rd);; rc = sqlite3_step(rd)) {
        int64_t p = rc == SQLITE_ROW ? sqlite3_column_int64(rd, 0) : 0;
        if (cur && (rc != SQLITE_ROW || p != cur)) {
            sqlite3_bind_int64(up, 1, cur);
            sqlite3_bind_blob(up, 2, buf.v, (int)len, SQLITE_STATIC);
            err = step_done(db, up, "packing skills");
            if (err)
                goto out;
            len = 0;
            prev = 0;
        }
        if (rc != SQLITE_ROW)
            break;
        cur = p;
        if (!bytebuf_room(a, &buf, len + BRUG__PACK_MAX)) {
            err = brug__db_error(db, BRUG_ENOMEM, "out of memory");
            goto out;
        }
        {
            int64_t id = sqlite3_column_int64(rd, 1);
            unsigned flag = (unsigned)sqlite3_column_int(rd, 2);
            if (bits == BRUG__PACK_OFFER_BITS)
                flag = flag != 0;
            len += brug__put_varint(buf.v + len,
                                    (uint64_t)(id - prev) << bits | (flag & ((1u << bits) - 1)));
            prev = id;
        }
    }
    if (rc != SQLITE_DONE) {
        err = brug__db_sqlerr(db, rc, "packing skills");
        goto out;
    }
    err = brug__db_exec(db, empty);
out:
    sqlite3_finalize(rd);
    sqlite3_finalize(up);
    brug__free(a, buf.v);
    return err;
}

/* Schema step 2: pack the person_skill rows of every passport. */
brug_err brug__people_pack_all(brug_db *db)
{
    return pack_rows(db, "SELECT person, skill, evidence FROM person_skill",
                     "UPDATE person SET skills = ?2 WHERE id = ?1",
                     "UPDATE person SET skills = x'' WHERE skills IS NULL", BRUG__PACK_PERSON_BITS);
}

/* Schema step 3: pack the offer_skill rows of every offer. */
brug_err brug__people_pack_offers(brug_db *db)
{
    return pack_rows(db, "SELECT offer, skill, essential FROM offer_skill",
                     "UPDATE offer SET skills = ?2 WHERE id = ?1",
                     "UPDATE offer SET skills = x'' WHERE skills IS NULL", BRUG__PACK_OFFER_BITS);
}

/* ---- URI resolver (looked up with concepts_map.c) ---- */

brug_err brug__sqlite_concepts_load(brug_db *db, brug__concepts *cm)
{
    sqlite3_stmt *st = NULL;
    int64_t n = 0;
    uint32_t i = 0;
    int rc;
    brug_err err;

    memset(cm, 0, sizeof(*cm));
    brug__arena_init(&cm->arena, &db->alloc, 1 << 20);
    err = brug__db_prepare(db, "SELECT count(*) FROM concept WHERE kind IN (1, 2)", &st);
    if (err)
        return err;
    if (sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (n < 0 || n > UINT32_MAX / 4) {
        brug__concepts_release(cm);
        return brug__db_error(db, BRUG_ETOOBIG, "too many concepts");
    }
    cm->id = brug__arena_calloc(&cm->arena, (size_t)n + 1, sizeof(*cm->id));
    cm->kind = brug__arena_calloc(&cm->arena, (size_t)n + 1, 1);
    cm->uri = brug__arena_calloc(&cm->arena, (size_t)n + 1, sizeof(*cm->uri));
    cm->len = brug__arena_calloc(&cm->arena, (size_t)n + 1, sizeof(*cm->len));
    if (!cm->id || !cm->kind || !cm->uri || !cm->len ||
        brug__strmap_init(&cm->map, &cm->arena, (uint32_t)n)) {
        brug__concepts_release(cm);
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    }
    err = brug__db_prepare(db, "SELECT id, uri, kind FROM concept WHERE kind IN (1, 2)", &st);
    if (err) {
        brug__concepts_release(cm);
        return err;
    }
    for (rc = sqlite3_step(st); rc == SQLITE_ROW && i < n; rc = sqlite3_step(st)) {
        int len = sqlite3_column_bytes(st, 1);
        char *uri =
            brug__arena_strndup(&cm->arena, (const char *)sqlite3_column_text(st, 1), (size_t)len);
        if (!uri) {
            rc = SQLITE_NOMEM;
            break;
        }
        cm->uri[i] = uri;
        cm->len[i] = (uint32_t)len;
        cm->id[i] = sqlite3_column_int64(st, 0);
        cm->kind[i] = (uint8_t)sqlite3_column_int(st, 2);
        if (brug__strmap_put(&cm->map, uri, i)) {
            rc = SQLITE_NOMEM;
            break;
        }
        i++;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        brug__concepts_release(cm);
        return rc == SQLITE_NOMEM ? brug__db_error(db, BRUG_ENOMEM, "out of memory")
                                  : brug__db_sqlerr(db, rc, "concepts");
    }
    cm->n = i;
    return BRUG_OK;
}

/* ---- writing ---- */

enum {
    W_PERSON_FIND,
    W_PERSON_INS,
    W_PERSON_UPD,
    W_PSKILL_DEL,
    W_PWORK_DEL,
    W_PSKILL_INS,
    W_PWORK_INS,
    W_EMP_FIND,
    W_EMP_UPSERT,
    W_OFFER_FIND,
    W_OFFER_INS,
    W_OFFER_UPD,
    W_OSKILL_DEL,
    W_REV_PASSPORTS,
    W_REV_OFFERS,
    W_NSTMT
};

static const char *const writer_sql[W_NSTMT] = {
    "SELECT id FROM person WHERE ext_id = ?1",
    "INSERT INTO person(ext_id, region, max_km, hours, drives, sector_prefer, sector_exclude,"
    " updated, skills) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),"
    " ?8)",
    "UPDATE person SET region = ?2, max_km = ?3, hours = ?4, drives = ?5, sector_prefer = ?6,"
    " sector_exclude = ?7, updated = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), skills = ?8"
    " WHERE id = ?1",
    "DELETE FROM person_skill WHERE person = ?1",
    "DELETE FROM person_work WHERE person = ?1",
    "INSERT INTO person_skill(person, skill, evidence, date) VALUES(?1, ?2, ?3, ?4)",
    "INSERT INTO person_work(person, seq, occupation, years) VALUES(?1, ?2, ?3, ?4)",
    "SELECT id FROM employer WHERE ext_id = ?1",
    "INSERT INTO employer(ext_id, name, sector, size) VALUES(?1, ?2, ?3, ?4)"
    " ON CONFLICT(ext_id) DO UPDATE SET name = coalesce(?2, name), sector = ?3, size = ?4",
    "SELECT id FROM offer WHERE ext_id = ?1",
    "INSERT INTO offer(ext_id, type, employer, title, occupation, region, hours, capacity,"
    " drives, skills, title_lang) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    "UPDATE offer SET type = ?2, employer = ?3, title = ?4, occupation = ?5, region = ?6,"
    " hours = ?7, capacity = ?8, drives = ?9, skills = ?10, title_lang = ?11 WHERE id = ?1",
    "DELETE FROM offer_skill WHERE offer = ?1",
    "UPDATE people_rev SET rev = rev + 1 WHERE kind = 'passports'",
    "UPDATE people_rev SET rev = rev + 1 WHERE kind = 'offers'",
};

#define SKILL_BATCH 32

struct brug__people_writer {
    brug_db *db;
    sqlite3_stmt *st[W_NSTMT];
    uint32_t order[BRUG__MAX_SKILLS]; /* a passport's skills by concept id */
    int64_t ids[BRUG__MAX_SKILLS];
    uint8_t evs[BRUG__MAX_SKILLS];
    uint8_t pack[BRUG__MAX_SKILLS * BRUG__PACK_MAX];
    /* INSERT INTO person_skill of k rows at once (k = 1..SKILL_BATCH),
     * prepared when first needed: one statement per passport instead of
     * one per skill. */
    sqlite3_stmt *pskill[SKILL_BATCH + 1];
    sqlite3_stmt *oskill[SKILL_BATCH + 1]; /* the same for offer_skill */
    int bumped[2]; /* people_rev raised for passports / offers (once per writer) */
};

brug_err brug__sqlite_people_writer_open(brug_db *db, brug__people_writer **out)
{
    brug__people_writer *w;
    int i;
    brug_err err;

    *out = NULL;
    err = brug__people_vocab_sync(db);
    if (err)
        return err;
    w = brug__calloc(&db->alloc, 1, sizeof(*w));
    if (!w)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    w->db = db;
    for (i = 0; i < W_NSTMT; i++) {
        err = brug__db_prepare(db, writer_sql[i], &w->st[i]);
        if (err) {
            brug__sqlite_people_writer_close(w);
            return err;
        }
    }
    *out = w;
    return BRUG_OK;
}

void brug__sqlite_people_writer_close(brug__people_writer *w)
{
    int i;
    brug_alloc alloc;
    if (!w)
        return;
    for (i = 0; i < W_NSTMT; i++)
        sqlite3_finalize(w->st[i]);
    for (i = 0; i <= SKILL_BATCH; i++) {
        sqlite3_finalize(w->pskill[i]);
        sqlite3_finalize(w->oskill[i]);
    }
    alloc = w->db->alloc;
    brug__free(&alloc, w);
}

/* Raise the people_rev counter of passports (which 0) or offers (1),
 * once per writer: a writer lives inside one transaction. */
static brug_err bump_rev(brug__people_writer *w, int which)
{
    brug_err err;
    if (w->bumped[which])
        return BRUG_OK;
    err = step_done(w->db, w->st[which ? W_REV_OFFERS : W_REV_PASSPORTS], "revision");
    if (!err)
        w->bumped[which] = 1;
    return err;
}

/* id of ext_id via a "SELECT id ... WHERE ext_id = ?1" statement; 0 when absent. */
static brug_err find_id(brug__people_writer *w, int which, const char *ext_id, int64_t *id)
{
    sqlite3_stmt *st = w->st[which];
    int rc;
    sqlite3_bind_text(st, 1, ext_id, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    *id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(w->db, rc, "lookup");
}

static brug_err check_mode(brug_db *db, const char *what, const char *id, int64_t have,
                           brug_put_mode mode)
{
    if (have && mode == BRUG_PUT_CREATE)
        return brug__db_error(db, BRUG_ECONFLICT, "%s \"%s\" already exists", what, id);
    if (!have && mode == BRUG_PUT_REPLACE)
        return brug__db_error(db, BRUG_ENOTFOUND, "no %s \"%s\"", what, id);
    return BRUG_OK;
}

/* The statement inserting k person_skill rows (offers: offer_skill rows),
 * 1 <= k <= SKILL_BATCH. */
static brug_err skill_insert(brug__people_writer *w, int offers, uint32_t k, sqlite3_stmt **out)
{
    sqlite3_stmt **st = offers ? &w->oskill[k] : &w->pskill[k];
    char sql[96 + SKILL_BATCH * 16];
    size_t len;
    uint32_t j;
    brug_err err;
    if (!*st) {
        len = (size_t)snprintf(sql, sizeof(sql), "%s",
                               offers ? "INSERT INTO offer_skill(offer, skill, essential) VALUES"
                                      : "INSERT INTO person_skill(person, skill, evidence, date) "
                                        "VALUES");
        for (j = 0; j < k; j++)
            len += (size_t)snprintf(sql + len, sizeof(sql) - len, "%s%s", j ? "," : "",
                                    offers ? "(?,?,?)" : "(?,?,?,?)");
        err = brug__db_prepare(w->db, sql, st);
        if (err)
            return err;
    }
    *out = *st;
    return BRUG_OK;
}

/* order[0..n-1] = the indexes of r's skills by ascending concept id
 * (parsing already merged a skill given twice). */
static void sort_skills(const brug__rec_skill *skills, uint32_t n, uint32_t *order)
{
    uint32_t i, j;
    for (i = 0; i < n; i++) {
        uint32_t x = i;
        for (j = i; j > 0 && skills[order[j - 1]].skill > skills[x].skill; j--)
            order[j] = order[j - 1];
        order[j] = x;
    }
}

/* Fill w->ids/evs with the n skills in id order; returns the packed length
 * in w->pack. */
static size_t pack_record(brug__people_writer *w, const brug__rec_skill *skills, uint32_t n,
                          unsigned bits)
{
    uint32_t i;
    sort_skills(skills, n, w->order);
    for (i = 0; i < n; i++) {
        w->ids[i] = skills[w->order[i]].skill;
        w->evs[i] = skills[w->order[i]].evidence;
    }
    return brug__pack_skills(w->pack, w->ids, w->evs, n, bits);
}

brug_err brug__sqlite_passport_write(brug__people_writer *w, const brug__passport_rec *r,
                                     brug_put_mode mode)
{
    brug_db *db = w->db;
    int64_t pid;
    sqlite3_stmt *st;
    uint32_t i;
    size_t packed;
    brug_err err;

    err = find_id(w, W_PERSON_FIND, r->id, &pid);
    if (!err)
        err = check_mode(db, "passport", r->id, pid, mode);
    if (!err)
        err = bump_rev(w, 0);
    if (err)
        return err;
    if (r->nskills > BRUG__MAX_SKILLS)
        return brug__db_error(db, BRUG_EINVAL, "passport: more than %d skills", BRUG__MAX_SKILLS);
    packed = pack_record(w, r->skills, r->nskills, BRUG__PACK_PERSON_BITS);
    if (pid) {
        sqlite3_bind_int64(w->st[W_PSKILL_DEL], 1, pid);
        sqlite3_bind_int64(w->st[W_PWORK_DEL], 1, pid);
        err = step_done(db, w->st[W_PSKILL_DEL], "passport");
        if (!err)
            err = step_done(db, w->st[W_PWORK_DEL], "passport");
        if (err)
            return err;
        st = w->st[W_PERSON_UPD];
        sqlite3_bind_int64(st, 1, pid);
    } else {
        st = w->st[W_PERSON_INS];
        sqlite3_bind_text(st, 1, r->id, -1, SQLITE_STATIC);
    }
    sqlite3_bind_text(st, 2, brug__regions[r->region].code, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, (int)r->max_km);
    sqlite3_bind_int(st, 4, (int)r->hours);
    sqlite3_bind_int(st, 5, (int)r->drives);
    sqlite3_bind_int64(st, 6, r->prefer);
    sqlite3_bind_int64(st, 7, r->exclude);
    sqlite3_bind_blob(st, 8, w->pack, (int)packed, SQLITE_STATIC);
    err = step_done(db, st, "passport");
    if (err)
        return err;
    if (!pid)
        pid = sqlite3_last_insert_rowid(brug__sql(db));

    /* Rows in key order (cheaper B-tree appends), and the same order packed. */
    for (i = 0; i < r->nskills;) {
        uint32_t k = r->nskills - i < SKILL_BATCH ? r->nskills - i : SKILL_BATCH, j;
        err = skill_insert(w, 0, k, &st);
        if (err)
            return err;
        for (j = 0; j < k; j++, i++) {
            const brug__rec_skill *x = &r->skills[w->order[i]];
            sqlite3_bind_int64(st, (int)j * 4 + 1, pid);
            sqlite3_bind_int64(st, (int)j * 4 + 2, x->skill);
            sqlite3_bind_int(st, (int)j * 4 + 3, x->evidence);
            if (x->date[0])
                sqlite3_bind_text(st, (int)j * 4 + 4, x->date, -1, SQLITE_STATIC);
        }
        err = step_done(db, st, "passport skill");
        if (err)
            return err;
    }
    st = w->st[W_PWORK_INS];
    for (i = 0; i < r->nwork; i++) {
        sqlite3_bind_int64(st, 1, pid);
        sqlite3_bind_int(st, 2, (int)i);
        sqlite3_bind_int64(st, 3, r->work[i].occupation);
        sqlite3_bind_double(st, 4, r->work[i].years);
        err = step_done(db, st, "passport work");
        if (err)
            return err;
    }
    return BRUG_OK;
}

brug_err brug__sqlite_offer_write(brug__people_writer *w, const brug__offer_rec *r,
                                  brug_put_mode mode)
{
    brug_db *db = w->db;
    int64_t oid, eid;
    sqlite3_stmt *st;
    uint32_t i;
    size_t packed;
    brug_err err;

    err = find_id(w, W_OFFER_FIND, r->id, &oid);
    if (!err)
        err = check_mode(db, "offer", r->id, oid, mode);
    if (!err)
        err = bump_rev(w, 1);
    if (err)
        return err;
    if (r->has_employer) {
        st = w->st[W_EMP_UPSERT];
        sqlite3_bind_text(st, 1, r->employer_id, -1, SQLITE_STATIC);
        if (r->employer_name)
            sqlite3_bind_text(st, 2, r->employer_name, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 3, r->employer_sector);
        sqlite3_bind_int(st, 4, r->employer_size);
        err = step_done(db, st, "employer");
        if (err)
            return err;
    }
    err = find_id(w, W_EMP_FIND, r->employer_id, &eid);
    if (err)
        return err;
    if (!eid)
        return brug__db_error(db, BRUG_EDANGLING,
                              "employer: unknown employer \"%s\" (give it as an object "
                              "{\"id\", \"sector\", \"size\"} the first time)",
                              r->employer_id);
    if (r->nskills > BRUG__MAX_SKILLS)
        return brug__db_error(db, BRUG_EINVAL, "offer: more than %d skills", BRUG__MAX_SKILLS);
    packed = pack_record(w, r->skills, r->nskills, BRUG__PACK_OFFER_BITS);
    if (oid) {
        sqlite3_bind_int64(w->st[W_OSKILL_DEL], 1, oid);
        err = step_done(db, w->st[W_OSKILL_DEL], "offer");
        if (err)
            return err;
        st = w->st[W_OFFER_UPD];
        sqlite3_bind_int64(st, 1, oid);
    } else {
        st = w->st[W_OFFER_INS];
        sqlite3_bind_text(st, 1, r->id, -1, SQLITE_STATIC);
    }
    sqlite3_bind_int(st, 2, r->type);
    sqlite3_bind_int64(st, 3, eid);
    if (r->title)
        sqlite3_bind_text(st, 4, r->title, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, r->occupation);
    sqlite3_bind_text(st, 6, brug__regions[r->region].code, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 7, (int)r->hours);
    sqlite3_bind_int(st, 8, (int)r->capacity);
    sqlite3_bind_int(st, 9, (int)r->drives);
    sqlite3_bind_blob(st, 10, w->pack, (int)packed, SQLITE_STATIC);
    if (r->title_lang[0])
        sqlite3_bind_text(st, 11, r->title_lang, -1, SQLITE_STATIC);
    err = step_done(db, st, "offer");
    if (err)
        return err;
    if (!oid)
        oid = sqlite3_last_insert_rowid(brug__sql(db));
    for (i = 0; i < r->nskills;) {
        uint32_t k = r->nskills - i < SKILL_BATCH ? r->nskills - i : SKILL_BATCH, j;
        err = skill_insert(w, 1, k, &st);
        if (err)
            return err;
        for (j = 0; j < k; j++, i++) {
            sqlite3_bind_int64(st, (int)j * 3 + 1, oid);
            sqlite3_bind_int64(st, (int)j * 3 + 2, w->ids[i]);
            sqlite3_bind_int(st, (int)j * 3 + 3, w->evs[i]);
        }
        err = step_done(db, st, "offer skill");
        if (err)
            return err;
    }
    return BRUG_OK;
}

/* Bulk import: no foreign key checks (each child row names the parent row
 * written just before it, and the importer deletes a replaced record's
 * children itself rather than through a cascade): about 12% fewer
 * instructions per passport; and a 256 MiB page cache, so the one big
 * transaction does not spill pages to the WAL and rewrite them (1,000,000
 * passports: 46 s instead of 57 s, at 300 MB of memory instead of 15).
 * Outside a transaction, where SQLite honours these pragmas. */
brug_err brug__sqlite_people_bulk_begin(brug_db *db, int *cache_size)
{
    sqlite3_stmt *st = NULL;
    brug_err err = brug__db_prepare(db, "PRAGMA cache_size", &st);
    *cache_size = 0;
    if (err)
        return err;
    if (sqlite3_step(st) == SQLITE_ROW)
        *cache_size = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return brug__db_exec(db, "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -262144");
}

brug_err brug__sqlite_people_bulk_end(brug_db *db, int cache_size)
{
    char sql[96];
    snprintf(sql, sizeof(sql), "PRAGMA foreign_keys = ON; PRAGMA cache_size = %d",
             cache_size ? cache_size : -2000);
    return brug__db_exec(db, sql);
}

/* ---- deleting ---- */

/* The rows of one passport or offer, in the open transaction (the caller
 * commits, or rolls back on failure). */
static brug_err delete_rows(brug_db *db, const char *what, const char *sql, const char *id)
{
    sqlite3_stmt *st;
    brug_err err;
    int rc;

    err = brug__db_prepare(db, sql, &st);
    if (err)
        return err;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, what);
    if (sqlite3_changes(brug__sql(db)) == 0)
        return brug__db_error(db, BRUG_ENOTFOUND, "no %s \"%s\"", what, id);
    err = brug__db_exec(db, strcmp(what, "passport") == 0
                                ? "UPDATE people_rev SET rev = rev + 1 WHERE kind = 'passports'"
                                : "UPDATE people_rev SET rev = rev + 1 WHERE kind = 'offers'");
    if (err)
        return err;
    /* Nor does a consent, a token or a setting of theirs stay behind (the
     * audit log does). */
    if (strcmp(what, "passport") == 0)
        err = brug__access_forget_person(db, id);
    return err;
}

brug_err brug__sqlite_people_delete_begin(brug_db *db)
{
    /* Overwrite deleted content in the file rather than leaving it in free pages. */
    brug_err err = brug__db_exec(db, "PRAGMA secure_delete = ON");
    return err ? err : brug__db_begin(db);
}

brug_err brug__sqlite_passport_delete_rows(brug_db *db, const char *id)
{
    if (!id)
        return brug__db_error(db, BRUG_EINVAL, "no passport id");
    return delete_rows(db, "passport", "DELETE FROM person WHERE ext_id = ?1", id);
}

brug_err brug__sqlite_offer_delete_rows(brug_db *db, const char *id)
{
    if (!id)
        return brug__db_error(db, BRUG_EINVAL, "no offer id");
    return delete_rows(db, "offer", "DELETE FROM offer WHERE ext_id = ?1", id);
}

/* How long an erasure waits in all for readers that still see the old
 * pages before it gives up with BRUG_EBUSY (the deletion itself stays). */
#define ERASE_WAIT_MS 30000
#define ERASE_STEP_MS 50

brug_err brug__sqlite_erase_log(brug_db *db)
{
    int waited = 0, rc, log = -1, done = -1;
    /* Copy the WAL into the main file and truncate it: no old page stays in
     * the log.  A reader holding an older snapshot blocks the truncation
     * (SQLITE_BUSY after the busy handler); it cannot hold it for ever, so
     * retry until the log is empty rather than answer with the data still
     * in it. */
    for (;;) {
        rc =
            sqlite3_wal_checkpoint_v2(brug__sql(db), NULL, SQLITE_CHECKPOINT_TRUNCATE, &log, &done);
        if (rc == SQLITE_OK)
            return BRUG_OK;
        if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
            return brug__db_sqlerr(db, rc, "checkpoint");
        if (waited >= ERASE_WAIT_MS)
            return brug__db_error(db, BRUG_EBUSY,
                                  "deleted, but a reader kept old pages in the write-ahead log "
                                  "for %d s; try the deletion's checkpoint again later "
                                  "(brug delete repeats it)",
                                  ERASE_WAIT_MS / 1000);
        sqlite3_sleep(ERASE_STEP_MS);
        waited += ERASE_STEP_MS;
    }
}

/* ---- reading one record ---- */

/* The skills and work entries of one record, copied out of their rows. */
typedef struct view_buf {
    brug__arena arena;
    brug__view_skill *skills;
    brug__view_work *work;
    uint32_t nskills, capskills, nwork, capwork;
} view_buf;

/* Room for one more of n items of size in v (capacity *cap): the array
 * to use, or NULL when out of memory (v stays as it was). */
static void *view_room(view_buf *b, void *v, uint32_t n, uint32_t *cap, size_t size)
{
    void *nv;
    if (n < *cap)
        return v;
    nv = brug__arena_calloc(&b->arena, *cap ? (size_t)*cap * 2 : 32, size);
    if (!nv)
        return NULL;
    if (n)
        memcpy(nv, v, (size_t)n * size);
    *cap = *cap ? *cap * 2 : 32;
    return nv;
}

/* Copy the row of st into b: a work entry (occupation URI, years) when
 * work, else a skill (URI, evidence or essential[, date]).  0 when out of
 * memory. */
static int view_add(view_buf *b, sqlite3_stmt *st, int work)
{
    const char *uri = (const char *)sqlite3_column_text(st, 0);
    const char *date = !work && sqlite3_column_count(st) > 2 ? brug__db_col_text(st, 2) : NULL;
    brug__view_skill *k;
    brug__view_work *w;

    if (work) {
        w = view_room(b, b->work, b->nwork, &b->capwork, sizeof(*w));
        if (!w)
            return 0;
        b->work = w;
        w += b->nwork;
        w->occupation = brug__arena_strdup(&b->arena, uri);
        w->years = sqlite3_column_double(st, 1);
        b->nwork += w->occupation != NULL;
        return w->occupation != NULL;
    }
    k = view_room(b, b->skills, b->nskills, &b->capskills, sizeof(*k));
    if (!k)
        return 0;
    b->skills = k;
    k += b->nskills;
    k->uri = brug__arena_strdup(&b->arena, uri);
    k->evidence = sqlite3_column_int(st, 1);
    k->date = date ? brug__arena_strdup(&b->arena, date) : NULL;
    if (!k->uri || (date && !k->date))
        return 0;
    b->nskills++;
    return 1;
}

/* The rows of sql (?1 = owner) into b (view_add). */
static brug_err view_rows(brug_db *db, view_buf *b, const char *sql, int64_t owner, int work,
                          const char *what)
{
    sqlite3_stmt *st;
    int rc;
    brug_err err = brug__db_prepare(db, sql, &st);
    if (err)
        return err;
    sqlite3_bind_int64(st, 1, owner);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st))
        if (!view_add(b, st, work))
            break;
    sqlite3_finalize(st);
    if (rc == SQLITE_ROW)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, what);
}

/* Step st (?1 bound to id) to its one row: BRUG_OK on a row, else
 * BRUG_ENOTFOUND "no WHAT \"ID\"" or the SQLite error; st is finalized
 * unless there is a row. */
static brug_err one_row(brug_db *db, sqlite3_stmt *st, const char *what, const char *id)
{
    int rc;
    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        return BRUG_OK;
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? brug__db_error(db, BRUG_ENOTFOUND, "no %s \"%s\"", what, id)
                             : brug__db_sqlerr(db, rc, what);
}

brug_err brug__sqlite_passport_fetch(brug_db *db, const char *id, brug__passport_view_fn fn,
                                     void *ctx)
{
    sqlite3_stmt *st = NULL;
    brug__passport_view p;
    view_buf b;
    brug_err err;

    err = brug__db_prepare(db,
                           "SELECT id, ext_id, region, max_km, hours, drives, sector_prefer, "
                           "sector_exclude FROM person WHERE ext_id = ?1",
                           &st);
    if (!err)
        err = one_row(db, st, "passport", id);
    if (err)
        return err;
    memset(&b, 0, sizeof(b));
    brug__arena_init(&b.arena, &db->alloc, 8192);
    err = view_rows(db, &b,
                    "SELECT c.uri, s.evidence, s.date FROM person_skill s "
                    "JOIN concept c ON c.id = s.skill WHERE s.person = ?1 ORDER BY c.uri",
                    sqlite3_column_int64(st, 0), 0, "passport skills");
    if (!err)
        err = view_rows(db, &b,
                        "SELECT c.uri, w.years FROM person_work w "
                        "JOIN concept c ON c.id = w.occupation WHERE w.person = ?1 "
                        "ORDER BY w.seq",
                        sqlite3_column_int64(st, 0), 1, "passport work");
    if (!err) {
        memset(&p, 0, sizeof(p));
        p.id = (const char *)sqlite3_column_text(st, 1);
        p.region = (const char *)sqlite3_column_text(st, 2);
        p.max_km = sqlite3_column_int(st, 3);
        p.hours = sqlite3_column_int(st, 4);
        p.drives = (uint32_t)sqlite3_column_int(st, 5);
        p.prefer = (uint32_t)sqlite3_column_int64(st, 6);
        p.exclude = (uint32_t)sqlite3_column_int64(st, 7);
        p.nskills = b.nskills;
        p.skills = b.skills;
        p.nwork = b.nwork;
        p.work = b.work;
        err = fn(ctx, &p);
    }
    sqlite3_finalize(st);
    brug__arena_release(&b.arena);
    return err;
}

/* The employer columns at col (ext_id, name, sector, size) of st. */
static void employer_view(sqlite3_stmt *st, int col, brug__employer_view *e)
{
    e->id = (const char *)sqlite3_column_text(st, col);
    e->name = brug__db_col_text(st, col + 1);
    e->sector = sqlite3_column_int(st, col + 2);
    e->size = sqlite3_column_int(st, col + 3);
}

static int people_version(brug_db *db);

/* The title's language column: absent before people schema 5 (a database
 * opened read-only is not migrated). */
static const char *title_lang_col(brug_db *db)
{
    return people_version(db) >= 5 ? "o.title_lang" : "NULL";
}

/* The offer columns at 0 (ext_id, type, title, occupation URI, region,
 * hours, capacity, drives, title_lang) of st. */
static void offer_view(sqlite3_stmt *st, brug__offer_view *o)
{
    o->id = (const char *)sqlite3_column_text(st, 0);
    o->type = sqlite3_column_int(st, 1);
    o->title = brug__db_col_text(st, 2);
    o->occupation = (const char *)sqlite3_column_text(st, 3);
    o->region = (const char *)sqlite3_column_text(st, 4);
    o->hours = sqlite3_column_int(st, 5);
    o->capacity = sqlite3_column_int(st, 6);
    o->drives = (uint32_t)sqlite3_column_int(st, 7);
    o->title_lang = brug__db_col_text(st, 8);
}

#define OFFER_COLS "o.ext_id, o.type, o.title, c.uri, o.region, o.hours, o.capacity, o.drives, %s"

brug_err brug__sqlite_offer_fetch(brug_db *db, const char *id, brug__offer_view_fn fn, void *ctx)
{
    sqlite3_stmt *st = NULL;
    brug__offer_view o;
    view_buf b;
    char sql[400];
    brug_err err;

    snprintf(sql, sizeof(sql),
             "SELECT " OFFER_COLS ", e.ext_id, e.name, e.sector, e.size, o.id "
             "FROM offer o JOIN employer e ON e.id = o.employer "
             "JOIN concept c ON c.id = o.occupation WHERE o.ext_id = ?1",
             title_lang_col(db));
    err = brug__db_prepare(db, sql, &st);
    if (!err)
        err = one_row(db, st, "offer", id);
    if (err)
        return err;
    memset(&b, 0, sizeof(b));
    brug__arena_init(&b.arena, &db->alloc, 8192);
    err = view_rows(db, &b,
                    "SELECT c.uri, s.essential FROM offer_skill s "
                    "JOIN concept c ON c.id = s.skill WHERE s.offer = ?1 ORDER BY c.uri",
                    sqlite3_column_int64(st, 13), 0, "offer skills");
    if (!err) {
        memset(&o, 0, sizeof(o));
        offer_view(st, &o);
        employer_view(st, 9, &o.employer);
        o.nskills = b.nskills;
        o.skills = b.skills;
        err = fn(ctx, &o);
    }
    sqlite3_finalize(st);
    brug__arena_release(&b.arena);
    return err;
}

brug_err brug__sqlite_employer_fetch(brug_db *db, const char *employer, brug__employer_view_fn efn,
                                     brug__offer_view_fn ofn, void *ctx)
{
    sqlite3_stmt *st = NULL, *os = NULL;
    brug__offer_view o;
    char sql[300];
    int rc;
    brug_err err = brug__db_prepare(
        db, "SELECT ext_id, name, sector, size, id FROM employer WHERE ext_id = ?1", &st);
    if (!err)
        err = one_row(db, st, "employer", employer);
    if (err)
        return err;
    memset(&o, 0, sizeof(o));
    employer_view(st, 0, &o.employer);
    err = efn(ctx, &o.employer);
    snprintf(sql, sizeof(sql),
             "SELECT " OFFER_COLS " FROM offer o JOIN concept c ON c.id = o.occupation "
             "WHERE o.employer = ?1 ORDER BY o.ext_id",
             title_lang_col(db));
    if (!err)
        err = brug__db_prepare(db, sql, &os);
    if (!err) {
        sqlite3_bind_int64(os, 1, sqlite3_column_int64(st, 4));
        for (rc = sqlite3_step(os); rc == SQLITE_ROW; rc = sqlite3_step(os)) {
            offer_view(os, &o);
            err = ofn(ctx, &o);
            if (err)
                break;
        }
        sqlite3_finalize(os);
        if (!err && rc != SQLITE_DONE)
            err = brug__db_sqlerr(db, rc, "offers");
    }
    sqlite3_finalize(st);
    return err;
}

/* ---- bulk loading for matching ---- */

/* concept id -> onto index, for ids up to max_id. */
typedef struct id_index {
    int64_t max_id;
    uint32_t *idx;
} id_index;

static brug_err id_index_build(brug_db *db, id_index *x, const int64_t *ids, uint32_t n)
{
    uint32_t i;
    int64_t m = 0;
    for (i = 0; i < n; i++)
        if (ids[i] > m)
            m = ids[i];
    x->max_id = m;
    x->idx = brug__malloc(&db->alloc, ((size_t)m + 1) * sizeof(uint32_t));
    if (!x->idx)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    memset(x->idx, 0xff, ((size_t)m + 1) * sizeof(uint32_t));
    for (i = 0; i < n; i++)
        if (ids[i] >= 0)
            x->idx[ids[i]] = i;
    return BRUG_OK;
}

static uint32_t id_index_get(const id_index *x, int64_t id)
{
    return id >= 0 && id <= x->max_id ? x->idx[id] : BRUG_NO_INDEX;
}

/* A growable array of fixed-size items outside any arena. */
typedef struct growbuf {
    void *v;
    size_t n, cap, size;
} growbuf;

static int grow(const brug_alloc *a, growbuf *g, size_t need)
{
    size_t cap;
    void *v;
    if (need <= g->cap)
        return 1;
    cap = g->cap ? g->cap : 1024;
    while (cap < need)
        cap *= 2;
    v = brug__reallocarray(a, g->v, cap, g->size);
    if (!v)
        return 0;
    g->v = v;
    g->cap = cap;
    return 1;
}

/* The people module's schema version of db (0 when it has none). */
static int people_version(brug_db *db)
{
    sqlite3_stmt *st = NULL;
    int v = 0;
    if (brug__db_prepare(db, "SELECT version FROM schema_version WHERE module = 'people'", &st))
        return 0;
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

brug_err brug__sqlite_people_rev(brug_db *db, const char *kind, int64_t *rev)
{
    sqlite3_stmt *st = NULL;
    brug_err err;
    int rc;

    *rev = -1;
    if (people_version(db) < 4) /* not migrated yet (opened read-only): unknown */
        return BRUG_OK;
    err = brug__db_prepare(db, "SELECT rev FROM people_rev WHERE kind = ?1", &st);
    if (err)
        return err;
    sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *rev = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return brug__db_sqlerr(db, rc, "people revision");
    return BRUG_OK;
}

/* Region code -> index of brug__regions, through a small map. */
typedef struct region_map {
    brug__arena arena;
    brug__strmap map;
} region_map;

static int region_map_init(region_map *m, const brug_alloc *a)
{
    uint32_t i;
    brug__arena_init(&m->arena, a, 4096);
    if (brug__strmap_init(&m->map, &m->arena, brug__nregions))
        return 0;
    for (i = 0; i < brug__nregions; i++)
        if (brug__strmap_put(&m->map, brug__regions[i].code, i))
            return 0;
    return 1;
}

static uint8_t region_map_get(const region_map *m, const char *code)
{
    uint32_t r;
    return code && brug__strmap_get(&m->map, code, &r) ? (uint8_t)r : 0;
}

/* The set's per-person arrays, grown together. */
typedef struct person_cols {
    size_t n, cap;
    const char **ext;
    uint8_t *reg, *hrs, *drv;
    uint16_t *km;
    uint32_t *pre, *exc;
    uint64_t *ptr;
} person_cols;

static int person_cols_grow(const brug_alloc *a, person_cols *c)
{
    size_t cap = c->cap ? c->cap * 2 : 4096;
    void *p;
#define GROW(f, count)                                                                             \
    do {                                                                                           \
        p = brug__reallocarray(a, c->f, count, sizeof(*c->f));                                     \
        if (!p)                                                                                    \
            return 0;                                                                              \
        c->f = p;                                                                                  \
    } while (0)
    GROW(ext, cap);
    GROW(reg, cap);
    GROW(hrs, cap);
    GROW(drv, cap);
    GROW(km, cap);
    GROW(pre, cap);
    GROW(exc, cap);
    GROW(ptr, cap + 1);
#undef GROW
    c->cap = cap;
    return 1;
}

static void person_cols_free(const brug_alloc *a, person_cols *c)
{
    brug__free(a, c->ext);
    brug__free(a, c->reg);
    brug__free(a, c->hrs);
    brug__free(a, c->drv);
    brug__free(a, c->km);
    brug__free(a, c->pre);
    brug__free(a, c->exc);
    brug__free(a, c->ptr);
}

/*
 * Append one record's skills (matcher index) and flags (evidence, or
 * essential 0/1) to sk and fl: from its packed record, column col of st,
 * or, when that is NULL (a row no packing step has seen; cannot happen
 * after the step that fills them, but costs nothing to handle), from its
 * rows: *rows is prepared from rows_sql on first use and bound to column 0
 * of st.  Skills outside sidx are skipped.  BRUG_ENOMEM is returned
 * without a message; other errors name what.
 */
static brug_err append_record_skills(brug_db *db, sqlite3_stmt *st, int col, unsigned bits,
                                     const char *rows_sql, sqlite3_stmt **rows,
                                     const id_index *sidx, growbuf *sk, growbuf *fl,
                                     const char *what)
{
    const brug_alloc *a = &db->alloc;
    if (sqlite3_column_type(st, col) == SQLITE_NULL) {
        brug_err err;
        int rc;
        if (!*rows) {
            err = brug__db_prepare(db, rows_sql, rows);
            if (err)
                return err;
        }
        sqlite3_bind_int64(*rows, 1, sqlite3_column_int64(st, 0));
        for (rc = sqlite3_step(*rows); rc == SQLITE_ROW; rc = sqlite3_step(*rows)) {
            uint32_t i = id_index_get(sidx, sqlite3_column_int64(*rows, 0));
            unsigned flag = (unsigned)sqlite3_column_int(*rows, 1);
            if (i == BRUG_NO_INDEX)
                continue;
            if (!grow(a, sk, sk->n + 1) || !grow(a, fl, fl->n + 1)) {
                sqlite3_reset(*rows);
                return BRUG_ENOMEM;
            }
            ((uint32_t *)sk->v)[sk->n++] = i;
            ((uint8_t *)fl->v)[fl->n++] =
                (uint8_t)(bits == BRUG__PACK_OFFER_BITS ? flag != 0 : flag);
        }
        sqlite3_reset(*rows);
        return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, what);
    } else {
        int len = sqlite3_column_bytes(st, col);
        const uint8_t *p = sqlite3_column_blob(st, col), *end = p + len;
        int64_t k = 0;
        uint8_t f;
        /* Each skill takes at least one byte. */
        if (!grow(a, sk, sk->n + (size_t)len) || !grow(a, fl, fl->n + (size_t)len))
            return BRUG_ENOMEM;
        while (brug__unpack_skill(&p, end, bits, &k, &f)) {
            uint32_t i = id_index_get(sidx, k);
            if (i == BRUG_NO_INDEX)
                continue;
            ((uint32_t *)sk->v)[sk->n++] = i;
            ((uint8_t *)fl->v)[fl->n++] = f;
        }
        return BRUG_OK;
    }
}

/* Load the person set; packed 0 reads every person's skills from their
 * rows (a database not migrated yet, or a reference for the bench). */
static brug_err person_set_load(brug_db *db, const brug_onto *onto, const char *id,
                                brug__person_set *s, int packed)
{
    sqlite3_stmt *st = NULL, *rows = NULL;
    char sql[256];
    const brug_alloc *a = &db->alloc;
    person_cols c;
    growbuf sk = {NULL, 0, 0, sizeof(uint32_t)}, ev = {NULL, 0, 0, 1};
    id_index sidx = {0, NULL};
    region_map rm;
    int rc;
    brug_err err;

    memset(s, 0, sizeof(*s));
    memset(&c, 0, sizeof(c));
    brug__arena_init(&s->arena, a, 1 << 20);
    if (!region_map_init(&rm, a)) {
        err = brug__db_error(db, BRUG_ENOMEM, "out of memory");
        goto fail;
    }
    err = id_index_build(db, &sidx, onto->skill_id, onto->nskill_proper);
    if (err)
        goto fail;
    snprintf(sql, sizeof(sql),
             "SELECT id, ext_id, region, max_km, hours, drives, sector_prefer, sector_exclude, %s"
             " FROM person %s",
             packed ? "skills" : "NULL", id ? "WHERE ext_id = ?1" : "ORDER BY id");
    err = brug__db_prepare(db, sql, &st);
    if (err)
        goto fail;
    if (id)
        sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    if (!person_cols_grow(a, &c))
        goto oom;
    c.ptr[0] = 0;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        size_t n = c.n;
        int len;
        char *x;

        if (n == c.cap && !person_cols_grow(a, &c))
            goto oom;
        len = sqlite3_column_bytes(st, 1);
        x = brug__arena_strndup(&s->arena, (const char *)sqlite3_column_text(st, 1), (size_t)len);
        if (!x)
            goto oom;
        c.ext[n] = x;
        c.reg[n] = region_map_get(&rm, (const char *)sqlite3_column_text(st, 2));
        c.km[n] = (uint16_t)sqlite3_column_int(st, 3);
        c.hrs[n] = (uint8_t)sqlite3_column_int(st, 4);
        c.drv[n] = (uint8_t)sqlite3_column_int(st, 5);
        c.pre[n] = (uint32_t)sqlite3_column_int64(st, 6);
        c.exc[n] = (uint32_t)sqlite3_column_int64(st, 7);
        err = append_record_skills(db, st, 8, BRUG__PACK_PERSON_BITS,
                                   "SELECT skill, evidence FROM person_skill WHERE person = ?1",
                                   &rows, &sidx, &sk, &ev, "passport skills");
        if (err == BRUG_ENOMEM)
            goto oom;
        if (err)
            goto fail;
        c.ptr[n + 1] = sk.n;
        c.n = n + 1;
    }
    sqlite3_finalize(st);
    sqlite3_finalize(rows);
    st = rows = NULL;
    if (rc != SQLITE_DONE) {
        err = brug__db_sqlerr(db, rc, "passports");
        goto fail;
    }
    if (id && c.n == 0) {
        err = brug__db_error(db, BRUG_ENOTFOUND, "no passport \"%s\"", id);
        goto fail;
    }
    if (c.n >= UINT32_MAX) {
        err = brug__db_error(db, BRUG_ETOOBIG, "too many passports");
        goto fail;
    }
    s->n = (uint32_t)c.n;
    s->ext_id = c.ext;
    s->region = c.reg;
    s->hours = c.hrs;
    s->drives = c.drv;
    s->max_km = c.km;
    s->prefer = c.pre;
    s->exclude = c.exc;
    s->ptr = c.ptr;
    s->skill = sk.v;
    s->evidence = ev.v;
    brug__free(a, sidx.idx);
    brug__arena_release(&rm.arena);
    return BRUG_OK;

oom:
    err = brug__db_error(db, BRUG_ENOMEM, "out of memory loading passports");
fail:
    sqlite3_finalize(st);
    sqlite3_finalize(rows);
    person_cols_free(a, &c);
    brug__free(a, sidx.idx);
    brug__free(a, sk.v);
    brug__free(a, ev.v);
    brug__arena_release(&rm.arena);
    brug__arena_release(&s->arena);
    memset(s, 0, sizeof(*s));
    return err;
}

/* Load the offer set; packed 0 as for person_set_load. */
static brug_err offer_set_load(brug_db *db, const brug_onto *onto, const char *id,
                               brug__offer_set *s, int packed)
{
    sqlite3_stmt *st = NULL, *rows = NULL;
    char sql[320];
    const brug_alloc *a = &db->alloc;
    growbuf sk = {NULL, 0, 0, sizeof(uint32_t)}, es = {NULL, 0, 0, 1},
            ptrs = {NULL, 0, 0, sizeof(uint32_t)}, ext = {NULL, 0, 0, sizeof(char *)},
            ttl = {NULL, 0, 0, sizeof(char *)}, tlang = {NULL, 0, 0, sizeof(char *)},
            emp = {NULL, 0, 0, sizeof(char *)}, typ = {NULL, 0, 0, 1}, reg = {NULL, 0, 0, 1},
            hrs = {NULL, 0, 0, 1}, drv = {NULL, 0, 0, 1}, sec = {NULL, 0, 0, 1},
            cap = {NULL, 0, 0, sizeof(uint32_t)}, occ = {NULL, 0, 0, sizeof(uint32_t)};
    id_index sidx = {0, NULL}, oidx = {0, NULL};
    region_map rm;
    size_t n = 0;
    int rc;
    brug_err err;

    memset(s, 0, sizeof(*s));
    brug__arena_init(&s->arena, a, 1 << 20);
    if (!region_map_init(&rm, a)) {
        err = brug__db_error(db, BRUG_ENOMEM, "out of memory");
        goto fail;
    }
    err = id_index_build(db, &sidx, onto->skill_id, onto->nskill_proper);
    if (!err)
        err = id_index_build(db, &oidx, onto->occ_id, onto->nocc);
    if (err)
        goto fail;
    /* Ordered by region, then id, as the rows loader (the matcher relies on it). */
    snprintf(sql, sizeof(sql),
             "SELECT o.id, o.ext_id, o.type, o.region, o.hours, o.drives, e.sector, o.capacity,"
             " o.occupation, o.title, e.ext_id, %s, %s FROM offer o"
             " JOIN employer e ON e.id = o.employer"
             " %s",
             packed ? "o.skills" : "NULL", title_lang_col(db),
             id ? "WHERE o.ext_id = ?1" : "ORDER BY o.region, o.id");
    err = brug__db_prepare(db, sql, &st);
    if (err)
        goto fail;
    if (id)
        sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    if (!grow(a, &ptrs, 1))
        goto oom;
    ((uint32_t *)ptrs.v)[0] = 0;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        const char *t = (const char *)sqlite3_column_text(st, 9);
        const char *em = (const char *)sqlite3_column_text(st, 10);
        const char *tl = (const char *)sqlite3_column_text(st, 12);
        char *e, *tt, *ee, *tle;
        if (!grow(a, &ext, n + 1) || !grow(a, &ttl, n + 1) || !grow(a, &tlang, n + 1) ||
            !grow(a, &emp, n + 1) || !grow(a, &typ, n + 1) || !grow(a, &reg, n + 1) ||
            !grow(a, &hrs, n + 1) || !grow(a, &drv, n + 1) || !grow(a, &sec, n + 1) ||
            !grow(a, &cap, n + 1) || !grow(a, &occ, n + 1) || !grow(a, &ptrs, n + 2))
            goto oom;
        e = brug__arena_strdup(&s->arena, (const char *)sqlite3_column_text(st, 1));
        tt = brug__arena_strdup(&s->arena, t ? t : "");
        ee = brug__arena_strdup(&s->arena, em ? em : "");
        tle = brug__arena_strdup(&s->arena, tl ? tl : "");
        if (!e || !tt || !ee || !tle)
            goto oom;
        ((const char **)tlang.v)[n] = tle;
        ((const char **)ext.v)[n] = e;
        ((const char **)ttl.v)[n] = tt;
        ((const char **)emp.v)[n] = ee;
        ((uint8_t *)typ.v)[n] = (uint8_t)sqlite3_column_int(st, 2);
        ((uint8_t *)reg.v)[n] = region_map_get(&rm, (const char *)sqlite3_column_text(st, 3));
        ((uint8_t *)hrs.v)[n] = (uint8_t)sqlite3_column_int(st, 4);
        ((uint8_t *)drv.v)[n] = (uint8_t)sqlite3_column_int(st, 5);
        ((uint8_t *)sec.v)[n] = (uint8_t)sqlite3_column_int(st, 6);
        ((uint32_t *)cap.v)[n] = (uint32_t)sqlite3_column_int(st, 7);
        ((uint32_t *)occ.v)[n] = id_index_get(&oidx, sqlite3_column_int64(st, 8));
        err = append_record_skills(db, st, 11, BRUG__PACK_OFFER_BITS,
                                   "SELECT skill, essential FROM offer_skill WHERE offer = ?1",
                                   &rows, &sidx, &sk, &es, "offer skills");
        if (err == BRUG_ENOMEM)
            goto oom;
        if (err)
            goto fail;
        if (sk.n >= UINT32_MAX) {
            err = brug__db_error(db, BRUG_ETOOBIG, "too many offer skills");
            goto fail;
        }
        ((uint32_t *)ptrs.v)[n + 1] = (uint32_t)sk.n;
        n++;
    }
    sqlite3_finalize(st);
    sqlite3_finalize(rows);
    st = rows = NULL;
    if (rc != SQLITE_DONE) {
        err = brug__db_sqlerr(db, rc, "offers");
        goto fail;
    }
    if (id && n == 0) {
        err = brug__db_error(db, BRUG_ENOTFOUND, "no offer \"%s\"", id);
        goto fail;
    }
    s->n = (uint32_t)n;
    s->ext_id = ext.v;
    s->title = ttl.v;
    s->title_lang = tlang.v;
    s->employer = emp.v;
    s->type = typ.v;
    s->region = reg.v;
    s->hours = hrs.v;
    s->drives = drv.v;
    s->sector = sec.v;
    s->capacity = cap.v;
    s->occupation = occ.v;
    s->ptr = ptrs.v;
    s->skill = sk.v;
    s->essential = es.v;
    brug__free(a, sidx.idx);
    brug__free(a, oidx.idx);
    brug__arena_release(&rm.arena);
    return BRUG_OK;

oom:
    err = brug__db_error(db, BRUG_ENOMEM, "out of memory loading offers");
fail:
    sqlite3_finalize(st);
    sqlite3_finalize(rows);
    brug__free(a, sidx.idx);
    brug__free(a, oidx.idx);
    brug__free(a, ext.v);
    brug__free(a, ttl.v);
    brug__free(a, tlang.v);
    brug__free(a, emp.v);
    brug__free(a, typ.v);
    brug__free(a, reg.v);
    brug__free(a, hrs.v);
    brug__free(a, drv.v);
    brug__free(a, sec.v);
    brug__free(a, cap.v);
    brug__free(a, occ.v);
    brug__free(a, ptrs.v);
    brug__free(a, sk.v);
    brug__free(a, es.v);
    brug__arena_release(&rm.arena);
    brug__arena_release(&s->arena);
    memset(s, 0, sizeof(*s));
    return err;
}

/* A database this brug has not migrated yet (opened read-only) has no
 * packed records before people steps 2 (passports) and 3 (offers): every
 * record is then read from its rows. */
brug_err brug__sqlite_person_set_load(brug_db *db, const brug_onto *onto, const char *id,
                                      brug__person_set *s)
{
    return person_set_load(db, onto, id, s, people_version(db) >= 2);
}

brug_err brug__sqlite_person_set_load_rows(brug_db *db, const brug_onto *onto, const char *id,
                                           brug__person_set *s)
{
    return person_set_load(db, onto, id, s, 0);
}

brug_err brug__sqlite_offer_set_load(brug_db *db, const brug_onto *onto, const char *id,
                                     brug__offer_set *s)
{
    return offer_set_load(db, onto, id, s, people_version(db) >= 3);
}

brug_err brug__sqlite_offer_set_load_rows(brug_db *db, const brug_onto *onto, const char *id,
                                          brug__offer_set *s)
{
    return offer_set_load(db, onto, id, s, 0);
}

brug_err brug__sqlite_table_counts(brug_db *db, brug__count_fn fn, void *ctx)
{
    sqlite3_stmt *st = NULL, *c = NULL;
    brug__count_rec r = {NULL, 0, 0};
    int rc;
    brug_err err = brug__db_prepare(db,
                                    "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                    &st);
    if (err)
        return err;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        char sql[512];
        r.key = (const char *)sqlite3_column_text(st, 0);
        snprintf(sql, sizeof(sql), "SELECT count(*) FROM \"%s\"", r.key);
        err = brug__db_prepare(db, sql, &c);
        if (!err && sqlite3_step(c) == SQLITE_ROW) {
            r.n = sqlite3_column_int64(c, 0);
            err = fn(ctx, &r);
        }
        sqlite3_finalize(c);
        c = NULL;
        if (err)
            break;
    }
    sqlite3_finalize(st);
    if (!err && rc != SQLITE_DONE)
        err = brug__db_sqlerr(db, rc, "tables");
    return err;
}
