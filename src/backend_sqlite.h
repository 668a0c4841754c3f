/*
 * backend_sqlite.h - the SQLite backend's methods, defined in src/store*.c
 * and gathered into brug__backend_sqlite by src/backend_sqlite.c.  Only
 * the store files and backend_sqlite.c include this.
 */
#ifndef BRUG__BACKEND_SQLITE_H
#define BRUG__BACKEND_SQLITE_H

#include "backend.h"

brug_err brug__sqlite_init(brug_db *db, const char *path, unsigned flags);
void brug__sqlite_close(brug_db *db);
void brug__sqlite_set_busy_timeout(brug_db *db, unsigned ms);
brug_err brug__sqlite_begin(brug_db *db);
brug_err brug__sqlite_commit(brug_db *db);
void brug__sqlite_rollback(brug_db *db);
brug_err brug__sqlite_meta_get(brug_db *db, const char *key, char *buf, size_t size);
brug_err brug__sqlite_meta_set(brug_db *db, const char *key, const char *value);
brug_err brug__sqlite_table_counts(brug_db *db, brug__count_fn fn, void *ctx);
brug_err brug__sqlite_digest(brug_db *db, uint64_t *out /* OUT */);
brug_err brug__sqlite_onto_load(brug_db *db, brug_onto **out /* OUT */);
brug_err brug__sqlite_concepts_load(brug_db *db, brug__concepts *out);
brug_err brug__sqlite_extract_rows(brug_db *db, brug__extract_row_fn fn, void *ctx);
brug_err brug__sqlite_search_rebuild(brug_db *db);
brug_err brug__sqlite_search_match(brug_db *db, const brug__search_query *q, int kind,
                                   const char *lang, size_t cap, brug__search_row_fn fn, void *ctx);
brug_err brug__sqlite_search_word_ceil(brug_db *db, const char *word, char *buf, size_t size,
                                       int64_t *df /* OUT */);
brug_err brug__sqlite_search_vocab_get(brug_db *db, const brug__search_vocab **out /* OUT */);
brug_err brug__sqlite_search_words(brug_db *db, const char *part, size_t n, size_t minlen,
                                   size_t maxlen, size_t cap, brug__search_word_fn fn, void *ctx);
void brug__sqlite_search_idle(brug_db *db);
brug_err brug__sqlite_search_concept(brug_db *db, int64_t concept, const char *lang,
                                     const char **uri /* OUT */, const char **label /* OUT */,
                                     const char **label_lang /* OUT */);
brug_err brug__sqlite_people_writer_open(brug_db *db, brug__people_writer **out);
void brug__sqlite_people_writer_close(brug__people_writer *w);
brug_err brug__sqlite_passport_write(brug__people_writer *w, const brug__passport_rec *r,
                                     brug_put_mode mode);
brug_err brug__sqlite_offer_write(brug__people_writer *w, const brug__offer_rec *r,
                                  brug_put_mode mode);
brug_err brug__sqlite_people_bulk_begin(brug_db *db, int *cache_size);
brug_err brug__sqlite_people_bulk_end(brug_db *db, int cache_size);
brug_err brug__sqlite_person_set_load(brug_db *db, const brug_onto *onto, const char *id,
                                      brug__person_set *out);
brug_err brug__sqlite_person_set_load_rows(brug_db *db, const brug_onto *onto, const char *id,
                                           brug__person_set *out);
brug_err brug__sqlite_offer_set_load(brug_db *db, const brug_onto *onto, const char *id,
                                     brug__offer_set *out);
brug_err brug__sqlite_offer_set_load_rows(brug_db *db, const brug_onto *onto, const char *id,
                                          brug__offer_set *out);
brug_err brug__sqlite_people_rev(brug_db *db, const char *kind, int64_t *rev);
brug_err brug__sqlite_passport_fetch(brug_db *db, const char *id, brug__passport_view_fn fn,
                                     void *ctx);
brug_err brug__sqlite_offer_fetch(brug_db *db, const char *id, brug__offer_view_fn fn, void *ctx);
brug_err brug__sqlite_employer_fetch(brug_db *db, const char *employer, brug__employer_view_fn efn,
                                     brug__offer_view_fn ofn, void *ctx);
brug_err brug__sqlite_courses_load(brug_db *db, brug_courses **out /* OUT */);
brug_err brug__sqlite_courses_writer_open(brug_db *db, brug__courses_writer **out /* OUT */);
void brug__sqlite_courses_writer_close(brug__courses_writer *w);
int brug__sqlite_courses_writer_skill_known(brug__courses_writer *w, const char *uri);
brug_err brug__sqlite_courses_writer_put(brug__courses_writer *w, const brug__course_rec *rec,
                                         int *replaced /* OUT */);
brug_err brug__sqlite_courses_each_skill_label(brug_db *db, const char *lang,
                                               brug_err (*fn)(void *ctx, const char *uri,
                                                              const char *text),
                                               void *ctx);
brug_err brug__sqlite_issuer_add(brug_db *db, const char *id, const char *name, const char *type,
                                 const char *base_url);
brug_err brug__sqlite_issuer_get(brug_db *db, const char *id, brug__issuer_row *out);
brug_err brug__sqlite_issuer_list(brug_db *db, brug__issuer_fn fn, void *ctx);
brug_err brug__sqlite_issuer_keys(brug_db *db, const char *issuer, brug__key_fn fn, void *ctx);
brug_err brug__sqlite_key_add(brug_db *db, const char *issuer, const char *did,
                              const uint8_t pk[32], const char *key_file);
brug_err brug__sqlite_key_find(brug_db *db, const char *did, brug__key_row *out);
brug_err brug__sqlite_key_active(brug_db *db, const char *issuer, brug__key_row *out);
brug_err brug__sqlite_key_revoke(brug_db *db, const char *did);
brug_err brug__sqlite_credential_add(brug_db *db, const char *id, const char *issuer,
                                     const char *subject, const char *valid_until,
                                     int64_t *index /* OUT */);
brug_err brug__sqlite_credential_revoke(brug_db *db, const char *id, char *owner);
brug_err brug__sqlite_credential_issuer(brug_db *db, const char *id, char *owner);
brug_err brug__sqlite_credential_list(brug_db *db, const char *issuer, brug__credential_fn fn,
                                      void *ctx);
brug_err brug__sqlite_status_revoked(brug_db *db, const char *list, int64_t index, int *known,
                                     int *revoked);
brug_err brug__sqlite_status_bits(brug_db *db, const char *list, uint8_t *bits);
brug_err brug__sqlite_skill_label(brug_db *db, const char *uri, const char *lang, char *out,
                                  size_t size);
brug_err brug__sqlite_skill_id(brug_db *db, const char *uri, int64_t *id);
brug_err brug__sqlite_passport_cred_stage(brug_db *db, const char *person, int64_t skill,
                                          const char *cred_id, const char *doc, int underlying,
                                          const char *state, const char *issuer,
                                          const char *issuer_name);
brug_err brug__sqlite_passport_creds(brug_db *db, const char *person, brug__passport_cred_fn fn,
                                     void *ctx);
brug_err brug__sqlite_passport_creds_of(brug_db *db, const char *cred_id, brug__passport_cred_fn fn,
                                        void *ctx);
brug_err brug__sqlite_passport_creds_all(brug_db *db, brug__passport_cred_fn fn, void *ctx);
brug_err brug__sqlite_passport_cred_downgrade(brug_db *db, const char *person, int64_t skill,
                                              int evidence, const char *state);
brug_err brug__sqlite_mwriter_open(brug_db *db, brug__mwriter **out /* OUT */);
void brug__sqlite_mwriter_close(brug__mwriter *w);
brug_err brug__sqlite_mwriter_mapping(brug__mwriter *w, int64_t concept, int relation,
                                      const char *target, const char *source, uint64_t *added);
brug_err brug__sqlite_mwriter_scheme(brug__mwriter *w, int64_t concept, const char *scheme);
brug_err brug__sqlite_mwriter_supp_label(brug__mwriter *w, int64_t concept, const char *lang,
                                         int role, const char *text, const char *source,
                                         uint64_t *added, uint64_t *kept);
brug_err brug__sqlite_mapping_tidy(brug_db *db);
brug_err brug__sqlite_mapping_coverage_each(brug_db *db, brug__coverage_fn fn, void *ctx);
brug_err brug__sqlite_istore_open(brug_db *db, brug__istore **out /* OUT */);
void brug__sqlite_istore_close(brug__istore *s);
brug_err brug__sqlite_istore_each_concept(brug__istore *s, brug__istore_concept_fn fn, void *ctx);
brug_err brug__sqlite_istore_concept(brug__istore *s, const brug__concept_rec *c,
                                     int64_t *id /* IN/OUT */);
brug_err brug__sqlite_istore_clear_concept_lang(brug__istore *s, int64_t id, const char *lang);
brug_err brug__sqlite_istore_label(brug__istore *s, int64_t id, const char *lang, int role,
                                   const char *text, size_t len, uint64_t *added);
brug_err brug__sqlite_istore_note(brug__istore *s, int64_t id, const char *lang, const char *kind,
                                  const char *text, size_t len, uint64_t *added);
brug_err brug__sqlite_istore_broader(brug__istore *s, int64_t concept, int64_t broader,
                                     uint64_t *added);
brug_err brug__sqlite_istore_occ_skill(brug__istore *s, int64_t occ, int64_t skill, int essential,
                                       double weight, uint64_t *added);
brug_err brug__sqlite_istore_skill_skill(brug__istore *s, int64_t skill, int64_t related,
                                         int essential, uint64_t *added);
brug_err brug__sqlite_istore_collection(brug__istore *s, const char *name, int64_t *id /* OUT */);
brug_err brug__sqlite_istore_member(brug__istore *s, int64_t collection, int64_t concept,
                                    uint64_t *added);
brug_err brug__sqlite_istore_clear_occ_skill(brug__istore *s);
brug_err brug__sqlite_istore_clear_skill_skill(brug__istore *s);
brug_err brug__sqlite_istore_clear_broader(brug__istore *s, int k1, int k2);
brug_err brug__sqlite_istore_clear_members(brug__istore *s, int64_t collection);
brug_err brug__sqlite_istore_finish(brug__istore *s, const char *version, const char *const *langs,
                                    size_t nlangs, char *out, size_t size);

brug_err brug__sqlite_token_named(brug_db *db, brug_role role, const char *subject,
                                  int64_t *id /* OUT */);
brug_err brug__sqlite_token_add(brug_db *db, const unsigned char hash[32], brug_role role,
                                const char *subject, int64_t *id /* OUT */);
brug_err brug__sqlite_token_set_subject(brug_db *db, int64_t id, const char *subject);
brug_err brug__sqlite_token_find(brug_db *db, const unsigned char hash[32], brug__token_fn fn,
                                 void *ctx);
brug_err brug__sqlite_token_revoke(brug_db *db, int64_t id);
brug_err brug__sqlite_token_each(brug_db *db, brug__token_fn fn, void *ctx);
brug_err brug__sqlite_consent_put(brug_db *db, const char *person, const char *adviser);
brug_err brug__sqlite_consent_withdraw(brug_db *db, const char *person, const char *adviser);
brug_err brug__sqlite_consent_stands(brug_db *db, const char *person, const char *adviser,
                                     int *yes /* OUT */);
brug_err brug__sqlite_consent_each(brug_db *db, const char *person, brug__consent_fn fn, void *ctx);
brug_err brug__sqlite_consent_caseload(brug_db *db, const char *adviser, brug__consent_fn fn,
                                       void *ctx);
brug_err brug__sqlite_audit_append(brug_db *db, const brug__audit_rec *r);
brug_err brug__sqlite_audit_each(brug_db *db, const char *person, size_t limit, brug__audit_fn fn,
                                 void *ctx);
brug_err brug__sqlite_audit_remove_older(brug_db *db, unsigned days, int64_t *removed /* OUT */);

brug_err brug__sqlite_concept_head_get(brug_db *db, const char *uri, const char *lang,
                                       brug__concept_head_fn fn, void *ctx);
brug_err brug__sqlite_concept_labels(brug_db *db, int64_t id, brug__concept_label_fn fn, void *ctx);
brug_err brug__sqlite_concept_notes(brug_db *db, int64_t id, const char *lang,
                                    brug__concept_note_fn fn, void *ctx);
brug_err brug__sqlite_concept_refs(brug_db *db, int64_t id, const char *lang, int rel,
                                   brug__concept_ref_fn fn, void *ctx);
brug_err brug__sqlite_concept_collections(brug_db *db, int64_t id, brug__name_fn fn, void *ctx);
brug_err brug__sqlite_db_count(brug_db *db, int what, brug__count_fn fn, void *ctx);
brug_err brug__sqlite_label_lang_has(brug_db *db, const char *lang, int *yes);
brug_err brug__sqlite_label_langs(brug_db *db, brug__name_fn fn, void *ctx);
brug_err brug__sqlite_scheme_put(brug_db *db, const char *uri, size_t ulen, const char *status,
                                 size_t slen, int64_t *id /* OUT */);
brug_err brug__sqlite_scheme_text(brug_db *db, int64_t id, const char *lang, const char *kind,
                                  const char *text, size_t len);
brug_err brug__sqlite_scheme_clear_tops(brug_db *db, int64_t id);
brug_err brug__sqlite_scheme_top(brug_db *db, int64_t id, const char *uri, size_t len);
brug_err brug__sqlite_scheme_head_get(brug_db *db, const char *uri, const char *lang,
                                      brug__scheme_head_fn fn, void *ctx);
brug_err brug__sqlite_scheme_labels(brug_db *db, int64_t id, brug__concept_label_fn fn, void *ctx);
brug_err brug__sqlite_scheme_tops(brug_db *db, int64_t id, const char *lang,
                                  brug__concept_ref_fn fn, void *ctx, int64_t *missing);
brug_err brug__sqlite_scheme_top_of(brug_db *db, const char *uri, const char *lang,
                                    brug__concept_ref_fn fn, void *ctx);
brug_err brug__sqlite_mapping_each(brug_db *db, int64_t id, const char *lang, brug__mapping_fn fn,
                                   void *ctx);
brug_err brug__sqlite_mapping_scheme_of(brug_db *db, int64_t id, brug__name_fn fn, void *ctx);
brug_err brug__sqlite_supp_labels(brug_db *db, int64_t id, brug__supp_label_fn fn, void *ctx);
int brug__sqlite_mapping_profile_source(brug_db *db, const char *uri, char *out, size_t size);

brug_err brug__sqlite_bridges_model_put(brug_db *db, const char *name, uint64_t fingerprint,
                                        const void *data, size_t len);
brug_err brug__sqlite_bridges_model_delete(brug_db *db, const char *name);
brug_err brug__sqlite_bridges_model_get(brug_db *db, const char *name, const brug_alloc *alloc,
                                        uint64_t *fingerprint, void **data, size_t *len);

brug_err brug__sqlite_people_delete_begin(brug_db *db);
brug_err brug__sqlite_passport_delete_rows(brug_db *db, const char *id);
brug_err brug__sqlite_offer_delete_rows(brug_db *db, const char *id);
brug_err brug__sqlite_erase_log(brug_db *db);
brug_err brug__sqlite_findable_set(brug_db *db, const char *person, int yes);
brug_err brug__sqlite_findable_get(brug_db *db, const char *person, int *yes /* OUT */);
brug_err brug__sqlite_response_set(brug_db *db, const char *person, const char *offer, int yes);
brug_err brug__sqlite_response_get(brug_db *db, const char *person, const char *offer,
                                   int *yes /* OUT */);
brug_err brug__sqlite_response_each(brug_db *db, const char *person, brug__name_fn fn, void *ctx);

#endif
