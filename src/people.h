/*
 * people.h - internal representation of passports and offers: the parsed
 * records the importer validates and the store writes, the URI resolver,
 * and the compact in-memory sets matching works on.
 */
#ifndef BRUG__PEOPLE_H
#define BRUG__PEOPLE_H

#include <stdint.h>

#include <jansson.h>

#include "brug/people.h"
#include "alloc.h"
#include "arena.h"
#include "onto.h"
#include "strmap.h"

#define BRUG__ID_MAX 128      /* longest passport / offer / employer id, bytes */
#define BRUG__MAX_SKILLS 1000 /* most skills on one passport or offer */
#define BRUG__MAX_WORK 100    /* most work-history entries */
#define BRUG__MAX_HOURS 80
#define BRUG__MAX_KM 500
#define BRUG__MAX_CAPACITY 10000
#define BRUG__MAX_LINE (1u << 20) /* longest JSON line in an import file */

enum { BRUG__OFFER_VACANCY = 1, BRUG__OFFER_PLACEMENT = 2 };

/* URI -> concept id and kind, for the skills and occupations of the
 * taxonomy, through the library's one string map (strmap.h), which keeps
 * each URI's hash, so a lookup hashes the URI once (8 bytes at a time)
 * and compares bytes only on a matching hash.  The importer looks up ~25
 * URIs per passport. */
typedef struct brug__concepts {
    brug__arena arena;
    uint32_t n;       /* concepts */
    const char **uri; /* n URIs */
    uint32_t *len;    /* their lengths */
    int64_t *id;      /* concept ids */
    uint8_t *kind;    /* brug_kind */
    brug__strmap map; /* URI -> index */
} brug__concepts;

/* The index of the concept whose URI is s (n bytes, no NUL needed): 1 and
 * *out set when there is one, 0 otherwise. */
int brug__concepts_find(const brug__concepts *cm, const char *s, size_t n, uint32_t *out);

typedef struct brug__rec_skill {
    int64_t skill;    /* concept id */
    uint8_t evidence; /* BRUG__EVIDENCE_* (passports) or essential 0/1 (offers) */
    char date[11];    /* "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" */
} brug__rec_skill;

typedef struct brug__rec_work {
    int64_t occupation;
    double years;
} brug__rec_work;

/* A skill's credential as the passport gave it, for passport_credentials.c. */
typedef struct brug__rec_cred {
    uint32_t at;        /* its skill's index in "skills" */
    int64_t skill;      /* that skill's concept id */
    const char *uri;    /* and URI (in the concept map the record was read with) */
    uint8_t underlying; /* the skill's own evidence; self when that says credential */
    json_t *credential; /* the signed credential; the record holds a reference */
} brug__rec_cred;

typedef struct brug__passport_rec {
    const char *id; /* points into text */
    int region;
    uint32_t max_km, hours, drives, prefer, exclude;
    uint32_t nskills, nwork;
    brug__rec_skill skills[BRUG__MAX_SKILLS];
    brug__rec_work work[BRUG__MAX_WORK];
    uint32_t ncreds, capcreds; /* skills' credentials, in the order given */
    brug__rec_cred *creds;
    char text[BRUG__ID_MAX + 1];
} brug__passport_rec;

#define BRUG__TEXT_MAX 200 /* longest offer title and employer name, bytes */

typedef struct brug__offer_rec {
    const char *id, *title, *employer_id, *employer_name; /* NULL or into text */
    int has_employer; /* employer given as an object: sector/size are set */
    int employer_sector, employer_size;
    int type; /* BRUG__OFFER_* */
    int64_t occupation;
    int region;
    uint32_t hours, capacity, drives;
    uint32_t nskills;
    brug__rec_skill skills[BRUG__MAX_SKILLS]; /* evidence holds "essential" */
    char title_lang[8]; /* the title's language code ("nl"), "" when not given */
    char text[2 * (BRUG__ID_MAX + 1) + 2 * (BRUG__TEXT_MAX + 1)];
} brug__offer_rec;

/* --- people_parse.c: the one parser of both formats --- */

/* Read one record from JSON text (len bytes; a final newline may be
 * included) into *out, checking every field against docs/passports.md.
 * BRUG_OK, or BRUG_EPARSE / BRUG_EDANGLING / BRUG_ENOMEM with the first
 * problem (field and what is wrong, "malformed JSON: ..." for bad syntax)
 * in why.  *out must be zeroed before its first use and released with
 * brug__passport_rec_release after its last (a passport holds its skills'
 * credentials); it may be read into again.  The strings of *out live in
 * out->text; URIs of credentials point into cm. */
brug_err brug__passport_read(const char *text, size_t len, const brug__concepts *cm,
                             const brug_alloc *alloc, brug__passport_rec *out, char *why,
                             size_t whysize);
void brug__passport_rec_release(brug__passport_rec *r, const brug_alloc *alloc);
brug_err brug__offer_read(const char *text, size_t len, const brug__concepts *cm,
                          const brug_alloc *alloc, brug__offer_rec *out, char *why, size_t whysize);
/* The same for a document already parsed (a single put): it is serialised
 * and read by the same parser, so both accept exactly the same records. */
brug_err brug__passport_parse(const json_t *doc, const brug__concepts *cm, const brug_alloc *alloc,
                              brug__passport_rec *out, char *why, size_t whysize);
brug_err brug__offer_parse(const json_t *doc, const brug__concepts *cm, const brug_alloc *alloc,
                           brug__offer_rec *out, char *why, size_t whysize);

/* Checks the parser makes that other modules share: an id of 1 to
 * BRUG__ID_MAX printable bytes without '/'; a "YYYY[-MM[-DD]]" date. */
int brug__people_valid_id(const char *s);
int brug__people_valid_date(const char *s);
/* Add a skill to a passport record; the same skill twice keeps the
 * strongest evidence.  The caller checked there is room. */
void brug__passport_add_skill(brug__passport_rec *out, const brug__rec_skill *sk);

/* --- store_people.c --- */

brug_err brug__concepts_load(brug_db *db, brug__concepts *out);
void brug__concepts_release(brug__concepts *cm);

/* Prepared statements for writing records inside one transaction. */
typedef struct brug__people_writer brug__people_writer;
brug_err brug__people_writer_open(brug_db *db, brug__people_writer **out);
void brug__people_writer_close(brug__people_writer *w);
/* Write (create or replace per mode) one record. */
brug_err brug__passport_write(brug__people_writer *w, const brug__passport_rec *r,
                              brug_put_mode mode);
brug_err brug__offer_write(brug__people_writer *w, const brug__offer_rec *r, brug_put_mode mode);

/* Before and after a bulk import's transaction: foreign key checks off and
 * a large page cache for its duration (*cache_size: the cache size to give
 * back to brug__people_bulk_end), then as they were. */
brug_err brug__people_bulk_begin(brug_db *db, int *cache_size);
brug_err brug__people_bulk_end(brug_db *db, int cache_size);

/* Persons as matching reads them: dense 0..n-1 in id order. */
typedef struct brug__person_set {
    brug__arena arena;
    uint32_t n;
    const char **ext_id;
    uint8_t *region, *hours, *drives;
    uint16_t *max_km;
    uint32_t *prefer, *exclude;
    uint64_t *ptr;   /* n + 1 offsets into skill/evidence */
    uint32_t *skill; /* onto skill index */
    uint8_t *evidence;
} brug__person_set;

/* Offers as matching reads them: dense 0..n-1 ordered by region, then id
 * (the matcher relies on the region order). */
typedef struct brug__offer_set {
    brug__arena arena;
    uint32_t n;
    const char **ext_id, **title, **title_lang, **employer; /* title_lang "" when not given */
    uint8_t *type, *region, *hours, *drives, *sector;
    uint32_t *capacity;
    uint32_t *occupation; /* onto occupation index or BRUG_NO_INDEX */
    uint32_t *ptr;        /* n + 1 offsets into skill/essential */
    uint32_t *skill;
    uint8_t *essential;
} brug__offer_set;

/* Load all (id == NULL) or one passport / offer.  Skills unknown to onto
 * are dropped.  BRUG_ENOTFOUND when id is given and absent. */
brug_err brug__person_set_load(brug_db *db, const brug_onto *onto, const char *id,
                               brug__person_set *out);
/* The same set read from the person_skill rows rather than the packed
 * records (what brug__person_set_load falls back to on a database without
 * them); a reference for tests and bench_store. */
brug_err brug__person_set_load_rows(brug_db *db, const brug_onto *onto, const char *id,
                                    brug__person_set *out);
void brug__person_set_release(brug__person_set *s);
brug_err brug__offer_set_load(brug_db *db, const brug_onto *onto, const char *id,
                              brug__offer_set *out);
/* The same set read from the offer_skill rows (the fallback for a
 * database without packed offer records); a reference for tests. */
brug_err brug__offer_set_load_rows(brug_db *db, const brug_onto *onto, const char *id,
                                   brug__offer_set *out);
void brug__offer_set_release(brug__offer_set *s);

/* The revision of kind ("passports" or "offers"): a counter every
 * transaction that writes or deletes such records raises.  -1 when db has
 * none (a database not yet migrated, opened read-only): then nothing can
 * be told about changes. */
brug_err brug__people_rev(brug_db *db, const char *kind, int64_t *rev);

/* One stored passport or offer as the backend reads it out, for the
 * documents of people_json.c.  Text points into the backend's rows and is
 * valid only during the callback; codes are as stored (an index out of
 * range is the reader's to treat). */
typedef struct brug__view_skill {
    const char *uri;  /* the skill's concept URI */
    int evidence;     /* passports: BRUG__EVIDENCE_*; offers: essential 0/1 */
    const char *date; /* passports: NULL when none */
} brug__view_skill;

typedef struct brug__view_work {
    const char *occupation; /* URI */
    double years;
} brug__view_work;

typedef struct brug__passport_view {
    const char *id, *region; /* ext id; region code */
    int max_km, hours;
    uint32_t drives, prefer, exclude; /* bitmasks as in brug__passport_rec */
    uint32_t nskills, nwork;
    const brug__view_skill *skills; /* in URI order */
    const brug__view_work *work;    /* in the order given */
} brug__passport_view;

typedef struct brug__employer_view {
    const char *id;
    const char *name; /* NULL when none */
    int sector, size; /* brug__sectors / brug__sizes index */
} brug__employer_view;

typedef struct brug__offer_view {
    const char *id;
    const char *title;               /* NULL when none */
    const char *title_lang;          /* NULL when not given */
    const char *occupation, *region; /* URI; region code */
    int type;                        /* BRUG__OFFER_* */
    int hours, capacity;
    uint32_t drives; /* 0: derived from the occupation */
    brug__employer_view employer;
    uint32_t nskills;
    const brug__view_skill *skills; /* in URI order; evidence holds "essential" */
} brug__offer_view;

/* Callbacks: anything but BRUG_OK stops the read and is returned. */
typedef brug_err (*brug__passport_view_fn)(void *ctx, const brug__passport_view *p);
typedef brug_err (*brug__offer_view_fn)(void *ctx, const brug__offer_view *o);
typedef brug_err (*brug__employer_view_fn)(void *ctx, const brug__employer_view *e);

/* The stored passport / offer with ext id: fn once, or BRUG_ENOTFOUND
 * ("no passport \"ID\"", on db). */
brug_err brug__passport_fetch(brug_db *db, const char *id, brug__passport_view_fn fn, void *ctx);
brug_err brug__offer_fetch(brug_db *db, const char *id, brug__offer_view_fn fn, void *ctx);
/* The employer with ext id (efn once; BRUG_ENOTFOUND when none), then its
 * offers by id (ofn each; their skills are not read: nskills 0). */
brug_err brug__employer_fetch(brug_db *db, const char *employer, brug__employer_view_fn efn,
                              brug__offer_view_fn ofn, void *ctx);

/* Row counts of every table (test aid: deletion leaves nothing behind). */
brug_err brug__db_table_counts(brug_db *db, json_t **out);

#endif
