/*
 * backend.h - the storage seam: a table of methods that move C records into
 * and out of a store, in the manner of git's ref_storage_be.
 *
 * A brug_db holds one backend (db->be) and that backend's own state
 * (db->be_data: for SQLite the sqlite3 handle and its cached statements).
 * The domain side of the library never sees a statement, a row or a query
 * language: it calls the internal functions declared in the record headers
 * (people.h, store_search.h, store_credentials.h, ...), and src/backend.c
 * turns each into db->be->METHOD(...).  Records are plain C structs declared
 * in those headers; lists come back through callbacks whose text is valid
 * during the call.  No method takes or returns a JSON document: the
 * documents are built on the domain side (concept_json.c, people_json.c,
 * credential_json.c, ...), and scripts/lint.sh refuses JSON in the
 * backend's files.  Writer handles a backend returns (brug__istore,
 * brug__mwriter, brug__courses_writer, brug__people_writer) begin with a
 * `brug_db *db` member, so a call on the handle finds its table.
 *
 * One backend today: brug__backend_sqlite (src/backend_sqlite.c over the
 * src/store*.c files).  CONTRIBUTING.md "Adding a storage backend" says
 * what a second one implements.
 */
#ifndef BRUG__BACKEND_H
#define BRUG__BACKEND_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "brug/db.h"
#include "brug/import.h"
#include "brug/onto.h"
#include "brug/plan.h"
#include "access.h"
#include "alloc.h"
#include "concept.h"
#include "disclose.h"
#include "erase.h"
#include "people.h"
#include "store_courses.h"
#include "store_credentials.h"
#include "store_extract.h"
#include "store_import.h"
#include "store_mapping.h"
#include "store_schemes.h"
#include "store_search.h"

typedef struct brug__backend brug__backend;

struct brug_db {
    const brug__backend *be; /* read-only: the storage backend */
    void *be_data;           /* private: the backend's state */
    brug_alloc alloc;        /* read-only: the handle's allocator */
    unsigned flags;          /* read-only: brug_open_flags */
    int in_txn;              /* private: inside brug__db_begin() */
    char errmsg[1024];       /* private: see brug_errmsg() */
};

/*
 * A storage backend.  Every method returns brug_err (messages on db, set
 * with brug__db_error; BRUG_ENOTFOUND when the one record asked for is
 * not there) unless its record header says otherwise; methods on a writer
 * handle take the handle; a callback's error stops the listing and is
 * returned.  What each method does is said where the domain side declares
 * the call that dispatches to it (people.h, store_schemes.h, ...).  init opens path with
 * brug_open_flags and brings the schema up to date (read-write) or makes
 * the store read-only; close frees db->be_data (also after a failed init).
 * begin/commit/rollback are called by brug__db_begin/commit/rollback,
 * which keep db->in_txn and refuse a write transaction on a read-only db.
 */
struct brug__backend {
    const char *name;
    brug_err (*init)(brug_db *db, const char *path, unsigned flags);
    void (*close)(brug_db *db);
    void (*set_busy_timeout)(brug_db *db, unsigned ms);
    /* transactions, metadata, schema */
    brug_err (*begin)(brug_db *db);
    brug_err (*commit)(brug_db *db);
    void (*rollback)(brug_db *db);
    brug_err (*meta_get)(brug_db *db, const char *key, char *buf, size_t size);
    brug_err (*meta_set)(brug_db *db, const char *key, const char *value);
    brug_err (*table_counts)(brug_db *db, brug__count_fn fn, void *ctx);
    brug_err (*digest)(brug_db *db, uint64_t *out /* OUT */);
    /* ontology reads */
    brug_err (*onto_load)(brug_db *db, brug_onto **out /* OUT */);
    brug_err (*concepts_load)(brug_db *db, brug__concepts *out);
    brug_err (*extract_rows)(brug_db *db, brug__extract_row_fn fn, void *ctx);
    /* search */
    brug_err (*search_rebuild)(brug_db *db);
    brug_err (*search_match)(brug_db *db, const brug__search_query *q, int kind, const char *lang,
                             size_t cap, brug__search_row_fn fn, void *ctx);
    brug_err (*search_word_ceil)(brug_db *db, const char *word, char *buf, size_t size,
                                 int64_t *df /* OUT */);
    brug_err (*search_vocab_get)(brug_db *db, const brug__search_vocab **out /* OUT */);
    brug_err (*search_words)(brug_db *db, const char *part, size_t n, size_t minlen, size_t maxlen,
                             size_t cap, brug__search_word_fn fn, void *ctx);
    void (*search_idle)(brug_db *db);
    brug_err (*search_concept)(brug_db *db, int64_t concept, const char *lang,
                               const char **uri /* OUT */, const char **label /* OUT */,
                               const char **label_lang /* OUT */);
    /* people: passports and offers */
    brug_err (*people_writer_open)(brug_db *db, brug__people_writer **out);
    void (*people_writer_close)(brug__people_writer *w);
    brug_err (*passport_write)(brug__people_writer *w, const brug__passport_rec *r,
                               brug_put_mode mode);
    brug_err (*offer_write)(brug__people_writer *w, const brug__offer_rec *r, brug_put_mode mode);
    brug_err (*people_bulk_begin)(brug_db *db, int *cache_size);
    brug_err (*people_bulk_end)(brug_db *db, int cache_size);
    brug_err (*person_set_load)(brug_db *db, const brug_onto *onto, const char *id,
                                brug__person_set *out);
    brug_err (*person_set_load_rows)(brug_db *db, const brug_onto *onto, const char *id,
                                     brug__person_set *out);
    brug_err (*offer_set_load)(brug_db *db, const brug_onto *onto, const char *id,
                               brug__offer_set *out);
    brug_err (*offer_set_load_rows)(brug_db *db, const brug_onto *onto, const char *id,
                                    brug__offer_set *out);
    brug_err (*people_rev)(brug_db *db, const char *kind, int64_t *rev);
    /* one stored passport, offer or employer's offers read out (people.h) */
    brug_err (*passport_fetch)(brug_db *db, const char *id, brug__passport_view_fn fn, void *ctx);
    brug_err (*offer_fetch)(brug_db *db, const char *id, brug__offer_view_fn fn, void *ctx);
    brug_err (*employer_fetch)(brug_db *db, const char *employer, brug__employer_view_fn efn,
                               brug__offer_view_fn ofn, void *ctx);
    /* courses */
    brug_err (*courses_load)(brug_db *db, brug_courses **out /* OUT */);
    brug_err (*courses_writer_open)(brug_db *db, brug__courses_writer **out /* OUT */);
    void (*courses_writer_close)(brug__courses_writer *w);
    int (*courses_writer_skill_known)(brug__courses_writer *w, const char *uri);
    brug_err (*courses_writer_put)(brug__courses_writer *w, const brug__course_rec *rec,
                                   int *replaced /* OUT */);
    brug_err (*courses_each_skill_label)(brug_db *db, const char *lang,
                                         brug_err (*fn)(void *ctx, const char *uri,
                                                        const char *text),
                                         void *ctx);
    /* credentials */
    brug_err (*issuer_add)(brug_db *db, const char *id, const char *name, const char *type,
                           const char *base_url);
    brug_err (*issuer_get)(brug_db *db, const char *id, brug__issuer_row *out);
    brug_err (*issuer_list)(brug_db *db, brug__issuer_fn fn, void *ctx);
    brug_err (*issuer_keys)(brug_db *db, const char *issuer, brug__key_fn fn, void *ctx);
    brug_err (*key_add)(brug_db *db, const char *issuer, const char *did, const uint8_t pk[32],
                        const char *key_file);
    brug_err (*key_find)(brug_db *db, const char *did, brug__key_row *out);
    brug_err (*key_active)(brug_db *db, const char *issuer, brug__key_row *out);
    brug_err (*key_revoke)(brug_db *db, const char *did);
    brug_err (*credential_add)(brug_db *db, const char *id, const char *issuer, const char *subject,
                               const char *valid_until, int64_t *index /* OUT */);
    brug_err (*credential_revoke)(brug_db *db, const char *id, char *owner);
    brug_err (*credential_issuer)(brug_db *db, const char *id, char *owner);
    brug_err (*credential_list)(brug_db *db, const char *issuer, brug__credential_fn fn, void *ctx);
    brug_err (*status_revoked)(brug_db *db, const char *list, int64_t index, int *known,
                               int *revoked);
    brug_err (*status_bits)(brug_db *db, const char *list, uint8_t *bits);
    brug_err (*skill_label)(brug_db *db, const char *uri, const char *lang, char *out, size_t size);
    brug_err (*skill_id)(brug_db *db, const char *uri, int64_t *id);
    brug_err (*passport_cred_stage)(brug_db *db, const char *person, int64_t skill,
                                    const char *cred_id, const char *doc, int underlying,
                                    const char *state, const char *issuer, const char *issuer_name);
    brug_err (*passport_creds)(brug_db *db, const char *person, brug__passport_cred_fn fn,
                               void *ctx);
    brug_err (*passport_creds_of)(brug_db *db, const char *cred_id, brug__passport_cred_fn fn,
                                  void *ctx);
    brug_err (*passport_creds_all)(brug_db *db, brug__passport_cred_fn fn, void *ctx);
    brug_err (*passport_cred_downgrade)(brug_db *db, const char *person, int64_t skill,
                                        int evidence, const char *state);
    /* mappings */
    brug_err (*mwriter_open)(brug_db *db, brug__mwriter **out /* OUT */);
    void (*mwriter_close)(brug__mwriter *w);
    brug_err (*mwriter_mapping)(brug__mwriter *w, int64_t concept, int relation, const char *target,
                                const char *source, uint64_t *added);
    brug_err (*mwriter_scheme)(brug__mwriter *w, int64_t concept, const char *scheme);
    brug_err (*mwriter_supp_label)(brug__mwriter *w, int64_t concept, const char *lang, int role,
                                   const char *text, const char *source, uint64_t *added,
                                   uint64_t *kept);
    brug_err (*mapping_tidy)(brug_db *db);
    brug_err (*mapping_coverage_each)(brug_db *db, brug__coverage_fn fn, void *ctx);
    /* import session */
    brug_err (*istore_open)(brug_db *db, brug__istore **out /* OUT */);
    void (*istore_close)(brug__istore *s);
    brug_err (*istore_each_concept)(brug__istore *s, brug__istore_concept_fn fn, void *ctx);
    brug_err (*istore_concept)(brug__istore *s, const brug__concept_rec *c,
                               int64_t *id /* IN/OUT */);
    brug_err (*istore_clear_concept_lang)(brug__istore *s, int64_t id, const char *lang);
    brug_err (*istore_label)(brug__istore *s, int64_t id, const char *lang, int role,
                             const char *text, size_t len, uint64_t *added);
    brug_err (*istore_note)(brug__istore *s, int64_t id, const char *lang, const char *kind,
                            const char *text, size_t len, uint64_t *added);
    brug_err (*istore_broader)(brug__istore *s, int64_t concept, int64_t broader, uint64_t *added);
    brug_err (*istore_occ_skill)(brug__istore *s, int64_t occ, int64_t skill, int essential,
                                 double weight, uint64_t *added);
    brug_err (*istore_skill_skill)(brug__istore *s, int64_t skill, int64_t related, int essential,
                                   uint64_t *added);
    brug_err (*istore_collection)(brug__istore *s, const char *name, int64_t *id /* OUT */);
    brug_err (*istore_member)(brug__istore *s, int64_t collection, int64_t concept,
                              uint64_t *added);
    brug_err (*istore_clear_occ_skill)(brug__istore *s);
    brug_err (*istore_clear_skill_skill)(brug__istore *s);
    brug_err (*istore_clear_broader)(brug__istore *s, int k1, int k2);
    brug_err (*istore_clear_members)(brug__istore *s, int64_t collection);
    brug_err (*istore_finish)(brug__istore *s, const char *version, const char *const *langs,
                              size_t nlangs, char *out, size_t size);
    /* access: tokens, consents, audit */
    brug_err (*token_named)(brug_db *db, brug_role role, const char *subject,
                            int64_t *id /* OUT */);
    brug_err (*token_add)(brug_db *db, const unsigned char hash[32], brug_role role,
                          const char *subject, int64_t *id /* OUT */);
    brug_err (*token_set_subject)(brug_db *db, int64_t id, const char *subject);
    brug_err (*token_find)(brug_db *db, const unsigned char hash[32], brug__token_fn fn, void *ctx);
    brug_err (*token_revoke)(brug_db *db, int64_t id);
    brug_err (*token_each)(brug_db *db, brug__token_fn fn, void *ctx);
    brug_err (*consent_put)(brug_db *db, const char *person, const char *adviser);
    brug_err (*consent_withdraw)(brug_db *db, const char *person, const char *adviser);
    brug_err (*consent_stands)(brug_db *db, const char *person, const char *adviser,
                               int *yes /* OUT */);
    brug_err (*consent_each)(brug_db *db, const char *person, brug__consent_fn fn, void *ctx);
    brug_err (*consent_caseload)(brug_db *db, const char *adviser, brug__consent_fn fn, void *ctx);
    brug_err (*audit_append)(brug_db *db, const brug__audit_rec *r);
    brug_err (*audit_each)(brug_db *db, const char *person, size_t limit, brug__audit_fn fn,
                           void *ctx);
    brug_err (*audit_remove_older)(brug_db *db, unsigned days, int64_t *removed /* OUT */);
    /* ontology: one concept, statistics */
    brug_err (*concept_head_get)(brug_db *db, const char *uri, const char *lang,
                                 brug__concept_head_fn fn, void *ctx);
    brug_err (*concept_labels)(brug_db *db, int64_t id, brug__concept_label_fn fn, void *ctx);
    brug_err (*concept_notes)(brug_db *db, int64_t id, const char *lang, brug__concept_note_fn fn,
                              void *ctx);
    brug_err (*concept_refs)(brug_db *db, int64_t id, const char *lang, int rel,
                             brug__concept_ref_fn fn, void *ctx);
    brug_err (*concept_collections)(brug_db *db, int64_t id, brug__name_fn fn, void *ctx);
    brug_err (*db_count)(brug_db *db, int what, brug__count_fn fn, void *ctx);
    /* the languages of the stored labels (concept.h) */
    brug_err (*label_lang_has)(brug_db *db, const char *lang, int *yes /* OUT */);
    brug_err (*label_langs)(brug_db *db, brug__name_fn fn, void *ctx);
    /* concept schemes: an import's writes, a scheme's records (store_schemes.h) */
    brug_err (*scheme_put)(brug_db *db, const char *uri, size_t ulen, const char *status,
                           size_t slen, int64_t *id /* OUT */);
    brug_err (*scheme_text)(brug_db *db, int64_t id, const char *lang, const char *kind,
                            const char *text, size_t len);
    brug_err (*scheme_clear_tops)(brug_db *db, int64_t id);
    brug_err (*scheme_top)(brug_db *db, int64_t id, const char *uri, size_t len);
    brug_err (*scheme_head_get)(brug_db *db, const char *uri, const char *lang,
                                brug__scheme_head_fn fn, void *ctx);
    brug_err (*scheme_labels)(brug_db *db, int64_t id, brug__concept_label_fn fn, void *ctx);
    brug_err (*scheme_tops)(brug_db *db, int64_t id, const char *lang, brug__concept_ref_fn fn,
                            void *ctx, int64_t *missing /* OUT */);
    brug_err (*scheme_top_of)(brug_db *db, const char *uri, const char *lang,
                              brug__concept_ref_fn fn, void *ctx);
    /* mappings: one concept's (store_mapping.h) */
    brug_err (*mapping_each)(brug_db *db, int64_t id, const char *lang, brug__mapping_fn fn,
                             void *ctx);
    brug_err (*mapping_scheme_of)(brug_db *db, int64_t id, brug__name_fn fn, void *ctx);
    brug_err (*supp_labels)(brug_db *db, int64_t id, brug__supp_label_fn fn, void *ctx);
    int (*mapping_profile_source)(brug_db *db, const char *uri, char *out, size_t size);
    /* the bridges index's stored models (store_bridges.h) */
    brug_err (*bridges_model_put)(brug_db *db, const char *name, uint64_t fingerprint,
                                  const void *data, size_t len);
    brug_err (*bridges_model_delete)(brug_db *db, const char *name);
    brug_err (*bridges_model_get)(brug_db *db, const char *name, const brug_alloc *alloc,
                                  uint64_t *fingerprint, void **data, size_t *len);
    /* people: erasure and disclosure settings */
    brug_err (*people_delete_begin)(brug_db *db);
    brug_err (*passport_delete_rows)(brug_db *db, const char *id);
    brug_err (*offer_delete_rows)(brug_db *db, const char *id);
    brug_err (*erase_log)(brug_db *db);
    brug_err (*findable_set)(brug_db *db, const char *person, int yes);
    brug_err (*findable_get)(brug_db *db, const char *person, int *yes /* OUT */);
    brug_err (*response_set)(brug_db *db, const char *person, const char *offer, int yes);
    brug_err (*response_get)(brug_db *db, const char *person, const char *offer,
                             int *yes /* OUT */);
    brug_err (*response_each)(brug_db *db, const char *person, brug__name_fn fn, void *ctx);
};

/* The SQLite backend (src/backend_sqlite.c). */
extern const brug__backend brug__backend_sqlite;

/* Set the handle's message (printf-style) and return err (db.c). */
brug_err brug__db_error(brug_db *db, brug_err err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* One write transaction at a time: begin, commit (rolls back when it
 * fails), rollback (a no-op outside a transaction; keeps the message). */
brug_err brug__db_begin(brug_db *db);
brug_err brug__db_commit(brug_db *db);
void brug__db_rollback(brug_db *db);

/* Set one metadata value, inside or outside a transaction. */
brug_err brug__db_meta_set(brug_db *db, const char *key, const char *value);

#endif
