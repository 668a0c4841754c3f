/*
 * backend.c - the domain side of the storage seam: each internal storage
 * call (declared in its record header) dispatches through db->be, and the
 * public calls that are one backend method as they stand (brug_onto_load,
 * brug_courses_load) do the same.
 */
#include "backend.h"
#include "store_bridges.h"

brug_err brug_onto_load(brug_db *db, brug_onto **out)
{
    return db->be->onto_load(db, out);
}

brug_err brug_courses_load(brug_db *db, brug_courses **out)
{
    return db->be->courses_load(db, out);
}

brug_err brug__db_meta_set(brug_db *db, const char *key, const char *value)
{
    return db->be->meta_set(db, key, value);
}

brug_err brug__db_table_each(brug_db *db, brug__count_fn fn, void *ctx)
{
    return db->be->table_counts(db, fn, ctx);
}

brug_err brug__label_lang_has(brug_db *db, const char *lang, int *yes /* OUT */)
{
    return db->be->label_lang_has(db, lang, yes);
}

brug_err brug__label_langs(brug_db *db, brug__name_fn fn, void *ctx)
{
    return db->be->label_langs(db, fn, ctx);
}

brug_err brug__store_digest(brug_db *db, uint64_t *out /* OUT */)
{
    return db->be->digest(db, out);
}

brug_err brug__concepts_load(brug_db *db, brug__concepts *out)
{
    return db->be->concepts_load(db, out);
}

brug_err brug__extract_rows(brug_db *db, brug__extract_row_fn fn, void *ctx)
{
    return db->be->extract_rows(db, fn, ctx);
}

brug_err brug__search_rebuild(brug_db *db)
{
    return db->be->search_rebuild(db);
}

brug_err brug__search_match(brug_db *db, const brug__search_query *q, int kind, const char *lang,
                            size_t cap, brug__search_row_fn fn, void *ctx)
{
    return db->be->search_match(db, q, kind, lang, cap, fn, ctx);
}

brug_err brug__search_word_ceil(brug_db *db, const char *word, char *buf, size_t size,
                                int64_t *df /* OUT */)
{
    return db->be->search_word_ceil(db, word, buf, size, df);
}

brug_err brug__search_vocab_get(brug_db *db, const brug__search_vocab **out /* OUT */)
{
    return db->be->search_vocab_get(db, out);
}

brug_err brug__search_words(brug_db *db, const char *part, size_t n, size_t minlen, size_t maxlen,
                            size_t cap, brug__search_word_fn fn, void *ctx)
{
    return db->be->search_words(db, part, n, minlen, maxlen, cap, fn, ctx);
}

void brug__search_idle(brug_db *db)
{
    db->be->search_idle(db);
}

brug_err brug__search_concept(brug_db *db, int64_t concept, const char *lang,
                              const char **uri /* OUT */, const char **label /* OUT */,
                              const char **label_lang /* OUT */)
{
    return db->be->search_concept(db, concept, lang, uri, label, label_lang);
}

brug_err brug__people_writer_open(brug_db *db, brug__people_writer **out)
{
    return db->be->people_writer_open(db, out);
}

void brug__people_writer_close(brug__people_writer *w)
{
    if (w)
        (*(brug_db *const *)w)->be->people_writer_close(w);
}

brug_err brug__passport_write(brug__people_writer *w, const brug__passport_rec *r,
                              brug_put_mode mode)
{
    return (*(brug_db *const *)w)->be->passport_write(w, r, mode);
}

brug_err brug__offer_write(brug__people_writer *w, const brug__offer_rec *r, brug_put_mode mode)
{
    return (*(brug_db *const *)w)->be->offer_write(w, r, mode);
}

brug_err brug__people_bulk_begin(brug_db *db, int *cache_size)
{
    return db->be->people_bulk_begin(db, cache_size);
}

brug_err brug__people_bulk_end(brug_db *db, int cache_size)
{
    return db->be->people_bulk_end(db, cache_size);
}

brug_err brug__person_set_load(brug_db *db, const brug_onto *onto, const char *id,
                               brug__person_set *out)
{
    return db->be->person_set_load(db, onto, id, out);
}

brug_err brug__person_set_load_rows(brug_db *db, const brug_onto *onto, const char *id,
                                    brug__person_set *out)
{
    return db->be->person_set_load_rows(db, onto, id, out);
}

brug_err brug__offer_set_load(brug_db *db, const brug_onto *onto, const char *id,
                              brug__offer_set *out)
{
    return db->be->offer_set_load(db, onto, id, out);
}

brug_err brug__offer_set_load_rows(brug_db *db, const brug_onto *onto, const char *id,
                                   brug__offer_set *out)
{
    return db->be->offer_set_load_rows(db, onto, id, out);
}

brug_err brug__people_rev(brug_db *db, const char *kind, int64_t *rev)
{
    return db->be->people_rev(db, kind, rev);
}

brug_err brug__passport_fetch(brug_db *db, const char *id, brug__passport_view_fn fn, void *ctx)
{
    return db->be->passport_fetch(db, id, fn, ctx);
}

brug_err brug__offer_fetch(brug_db *db, const char *id, brug__offer_view_fn fn, void *ctx)
{
    return db->be->offer_fetch(db, id, fn, ctx);
}

brug_err brug__employer_fetch(brug_db *db, const char *employer, brug__employer_view_fn efn,
                              brug__offer_view_fn ofn, void *ctx)
{
    return db->be->employer_fetch(db, employer, efn, ofn, ctx);
}

brug_err brug__courses_writer_open(brug_db *db, brug__courses_writer **out /* OUT */)
{
    return db->be->courses_writer_open(db, out);
}

void brug__courses_writer_close(brug__courses_writer *w)
{
    if (w)
        (*(brug_db *const *)w)->be->courses_writer_close(w);
}

int brug__courses_writer_skill_known(brug__courses_writer *w, const char *uri)
{
    return (*(brug_db *const *)w)->be->courses_writer_skill_known(w, uri);
}

brug_err brug__courses_writer_put(brug__courses_writer *w, const brug__course_rec *rec,
                                  int *replaced /* OUT */)
{
    return (*(brug_db *const *)w)->be->courses_writer_put(w, rec, replaced);
}

brug_err brug__courses_each_skill_label(brug_db *db, const char *lang,
                                        brug_err (*fn)(void *ctx, const char *uri,
                                                       const char *text),
                                        void *ctx)
{
    return db->be->courses_each_skill_label(db, lang, fn, ctx);
}

brug_err brug__store_issuer_add(brug_db *db, const char *id, const char *name, const char *type,
                                const char *base_url)
{
    return db->be->issuer_add(db, id, name, type, base_url);
}

brug_err brug__store_issuer_get(brug_db *db, const char *id, brug__issuer_row *out)
{
    return db->be->issuer_get(db, id, out);
}

brug_err brug__store_issuer_list(brug_db *db, brug__issuer_fn fn, void *ctx)
{
    return db->be->issuer_list(db, fn, ctx);
}

brug_err brug__store_issuer_keys(brug_db *db, const char *issuer, brug__key_fn fn, void *ctx)
{
    return db->be->issuer_keys(db, issuer, fn, ctx);
}

brug_err brug__store_key_add(brug_db *db, const char *issuer, const char *did, const uint8_t pk[32],
                             const char *key_file)
{
    return db->be->key_add(db, issuer, did, pk, key_file);
}

brug_err brug__store_key_find(brug_db *db, const char *did, brug__key_row *out)
{
    return db->be->key_find(db, did, out);
}

brug_err brug__store_key_active(brug_db *db, const char *issuer, brug__key_row *out)
{
    return db->be->key_active(db, issuer, out);
}

brug_err brug__store_key_revoke(brug_db *db, const char *did)
{
    return db->be->key_revoke(db, did);
}

brug_err brug__store_credential_add(brug_db *db, const char *id, const char *issuer,
                                    const char *subject, const char *valid_until,
                                    int64_t *index /* OUT */)
{
    return db->be->credential_add(db, id, issuer, subject, valid_until, index);
}

brug_err brug__store_credential_revoke(brug_db *db, const char *id, char *owner)
{
    return db->be->credential_revoke(db, id, owner);
}

brug_err brug__store_credential_issuer(brug_db *db, const char *id, char *owner)
{
    return db->be->credential_issuer(db, id, owner);
}

brug_err brug__store_credential_list(brug_db *db, const char *issuer, brug__credential_fn fn,
                                     void *ctx)
{
    return db->be->credential_list(db, issuer, fn, ctx);
}

brug_err brug__store_status_revoked(brug_db *db, const char *list, int64_t index, int *known,
                                    int *revoked)
{
    return db->be->status_revoked(db, list, index, known, revoked);
}

brug_err brug__store_status_bits(brug_db *db, const char *list, uint8_t *bits)
{
    return db->be->status_bits(db, list, bits);
}

brug_err brug__store_skill_label(brug_db *db, const char *uri, const char *lang, char *out,
                                 size_t size)
{
    return db->be->skill_label(db, uri, lang, out, size);
}

brug_err brug__store_skill_id(brug_db *db, const char *uri, int64_t *id)
{
    return db->be->skill_id(db, uri, id);
}

brug_err brug__store_passport_cred_stage(brug_db *db, const char *person, int64_t skill,
                                         const char *cred_id, const char *doc, int underlying,
                                         const char *state, const char *issuer,
                                         const char *issuer_name)
{
    return db->be->passport_cred_stage(db, person, skill, cred_id, doc, underlying, state, issuer,
                                       issuer_name);
}

brug_err brug__store_passport_creds(brug_db *db, const char *person, brug__passport_cred_fn fn,
                                    void *ctx)
{
    return db->be->passport_creds(db, person, fn, ctx);
}

brug_err brug__store_passport_creds_of(brug_db *db, const char *cred_id, brug__passport_cred_fn fn,
                                       void *ctx)
{
    return db->be->passport_creds_of(db, cred_id, fn, ctx);
}

brug_err brug__store_passport_creds_all(brug_db *db, brug__passport_cred_fn fn, void *ctx)
{
    return db->be->passport_creds_all(db, fn, ctx);
}

brug_err brug__store_passport_cred_downgrade(brug_db *db, const char *person, int64_t skill,
                                             int evidence, const char *state)
{
    return db->be->passport_cred_downgrade(db, person, skill, evidence, state);
}

brug_err brug__mwriter_open(brug_db *db, brug__mwriter **out /* OUT */)
{
    return db->be->mwriter_open(db, out);
}

void brug__mwriter_close(brug__mwriter *w)
{
    if (w)
        (*(brug_db *const *)w)->be->mwriter_close(w);
}

brug_err brug__mwriter_mapping(brug__mwriter *w, int64_t concept, int relation, const char *target,
                               const char *source, uint64_t *added)
{
    return (*(brug_db *const *)w)->be->mwriter_mapping(w, concept, relation, target, source, added);
}

brug_err brug__mwriter_scheme(brug__mwriter *w, int64_t concept, const char *scheme)
{
    return (*(brug_db *const *)w)->be->mwriter_scheme(w, concept, scheme);
}

brug_err brug__mwriter_supp_label(brug__mwriter *w, int64_t concept, const char *lang, int role,
                                  const char *text, const char *source, uint64_t *added,
                                  uint64_t *kept)
{
    return (*(brug_db *const *)w)
        ->be->mwriter_supp_label(w, concept, lang, role, text, source, added, kept);
}

brug_err brug__mapping_tidy(brug_db *db)
{
    return db->be->mapping_tidy(db);
}

brug_err brug__mapping_coverage_each(brug_db *db, brug__coverage_fn fn, void *ctx)
{
    return db->be->mapping_coverage_each(db, fn, ctx);
}

brug_err brug__istore_open(brug_db *db, brug__istore **out /* OUT */)
{
    return db->be->istore_open(db, out);
}

void brug__istore_close(brug__istore *s)
{
    if (s)
        (*(brug_db *const *)s)->be->istore_close(s);
}

brug_err brug__istore_each_concept(brug__istore *s, brug__istore_concept_fn fn, void *ctx)
{
    return (*(brug_db *const *)s)->be->istore_each_concept(s, fn, ctx);
}

brug_err brug__istore_concept(brug__istore *s, const brug__concept_rec *c, int64_t *id /* IN/OUT */)
{
    return (*(brug_db *const *)s)->be->istore_concept(s, c, id);
}

brug_err brug__istore_clear_concept_lang(brug__istore *s, int64_t id, const char *lang)
{
    return (*(brug_db *const *)s)->be->istore_clear_concept_lang(s, id, lang);
}

brug_err brug__istore_label(brug__istore *s, int64_t id, const char *lang, int role,
                            const char *text, size_t len, uint64_t *added)
{
    return (*(brug_db *const *)s)->be->istore_label(s, id, lang, role, text, len, added);
}

brug_err brug__istore_note(brug__istore *s, int64_t id, const char *lang, const char *kind,
                           const char *text, size_t len, uint64_t *added)
{
    return (*(brug_db *const *)s)->be->istore_note(s, id, lang, kind, text, len, added);
}

brug_err brug__istore_broader(brug__istore *s, int64_t concept, int64_t broader, uint64_t *added)
{
    return (*(brug_db *const *)s)->be->istore_broader(s, concept, broader, added);
}

brug_err brug__istore_occ_skill(brug__istore *s, int64_t occ, int64_t skill, int essential,
                                double weight, uint64_t *added)
{
    return (*(brug_db *const *)s)->be->istore_occ_skill(s, occ, skill, essential, weight, added);
}

brug_err brug__istore_skill_skill(brug__istore *s, int64_t skill, int64_t related, int essential,
                                  uint64_t *added)
{
    return (*(brug_db *const *)s)->be->istore_skill_skill(s, skill, related, essential, added);
}

brug_err brug__istore_collection(brug__istore *s, const char *name, int64_t *id /* OUT */)
{
    return (*(brug_db *const *)s)->be->istore_collection(s, name, id);
}

brug_err brug__istore_member(brug__istore *s, int64_t collection, int64_t concept, uint64_t *added)
{
    return (*(brug_db *const *)s)->be->istore_member(s, collection, concept, added);
}

brug_err brug__istore_clear_occ_skill(brug__istore *s)
{
    return (*(brug_db *const *)s)->be->istore_clear_occ_skill(s);
}

brug_err brug__istore_clear_skill_skill(brug__istore *s)
{
    return (*(brug_db *const *)s)->be->istore_clear_skill_skill(s);
}

brug_err brug__istore_clear_broader(brug__istore *s, int k1, int k2)
{
    return (*(brug_db *const *)s)->be->istore_clear_broader(s, k1, k2);
}

brug_err brug__istore_clear_members(brug__istore *s, int64_t collection)
{
    return (*(brug_db *const *)s)->be->istore_clear_members(s, collection);
}

brug_err brug__istore_finish(brug__istore *s, const char *version, const char *const *langs,
                             size_t nlangs, char *out, size_t size)
{
    return (*(brug_db *const *)s)->be->istore_finish(s, version, langs, nlangs, out, size);
}

brug_err brug__token_named(brug_db *db, brug_role role, const char *subject, int64_t *id /* OUT */)
{
    return db->be->token_named(db, role, subject, id);
}

brug_err brug__token_add(brug_db *db, const unsigned char hash[32], brug_role role,
                         const char *subject, int64_t *id /* OUT */)
{
    return db->be->token_add(db, hash, role, subject, id);
}

brug_err brug__token_set_subject(brug_db *db, int64_t id, const char *subject)
{
    return db->be->token_set_subject(db, id, subject);
}

brug_err brug__token_find(brug_db *db, const unsigned char hash[32], brug__token_fn fn, void *ctx)
{
    return db->be->token_find(db, hash, fn, ctx);
}

brug_err brug__token_revoke(brug_db *db, int64_t id)
{
    return db->be->token_revoke(db, id);
}

brug_err brug__token_each(brug_db *db, brug__token_fn fn, void *ctx)
{
    return db->be->token_each(db, fn, ctx);
}

brug_err brug__consent_put(brug_db *db, const char *person, const char *adviser)
{
    return db->be->consent_put(db, person, adviser);
}

brug_err brug__consent_withdraw(brug_db *db, const char *person, const char *adviser)
{
    return db->be->consent_withdraw(db, person, adviser);
}

brug_err brug__consent_stands(brug_db *db, const char *person, const char *adviser,
                              int *yes /* OUT */)
{
    return db->be->consent_stands(db, person, adviser, yes);
}

brug_err brug__consent_each(brug_db *db, const char *person, brug__consent_fn fn, void *ctx)
{
    return db->be->consent_each(db, person, fn, ctx);
}

brug_err brug__consent_caseload(brug_db *db, const char *adviser, brug__consent_fn fn, void *ctx)
{
    return db->be->consent_caseload(db, adviser, fn, ctx);
}

brug_err brug__audit_append(brug_db *db, const brug__audit_rec *r)
{
    return db->be->audit_append(db, r);
}

brug_err brug__audit_each(brug_db *db, const char *person, size_t limit, brug__audit_fn fn,
                          void *ctx)
{
    return db->be->audit_each(db, person, limit, fn, ctx);
}

brug_err brug__audit_remove_older(brug_db *db, unsigned days, int64_t *removed /* OUT */)
{
    return db->be->audit_remove_older(db, days, removed);
}

brug_err brug__concept_head_get(brug_db *db, const char *uri, const char *lang,
                                brug__concept_head_fn fn, void *ctx)
{
    return db->be->concept_head_get(db, uri, lang, fn, ctx);
}

brug_err brug__concept_labels(brug_db *db, int64_t id, brug__concept_label_fn fn, void *ctx)
{
    return db->be->concept_labels(db, id, fn, ctx);
}

brug_err brug__concept_notes(brug_db *db, int64_t id, const char *lang, brug__concept_note_fn fn,
                             void *ctx)
{
    return db->be->concept_notes(db, id, lang, fn, ctx);
}

brug_err brug__concept_refs(brug_db *db, int64_t id, const char *lang, int rel,
                            brug__concept_ref_fn fn, void *ctx)
{
    return db->be->concept_refs(db, id, lang, rel, fn, ctx);
}

brug_err brug__concept_collections(brug_db *db, int64_t id, brug__name_fn fn, void *ctx)
{
    return db->be->concept_collections(db, id, fn, ctx);
}

brug_err brug__db_count(brug_db *db, int what, brug__count_fn fn, void *ctx)
{
    return db->be->db_count(db, what, fn, ctx);
}

brug_err brug__mapping_each(brug_db *db, int64_t id, const char *lang, brug__mapping_fn fn,
                            void *ctx)
{
    return db->be->mapping_each(db, id, lang, fn, ctx);
}

brug_err brug__mapping_scheme_of(brug_db *db, int64_t id, brug__name_fn fn, void *ctx)
{
    return db->be->mapping_scheme_of(db, id, fn, ctx);
}

brug_err brug__supp_labels(brug_db *db, int64_t id, brug__supp_label_fn fn, void *ctx)
{
    return db->be->supp_labels(db, id, fn, ctx);
}

int brug__mapping_profile_source(brug_db *db, const char *uri, char *out, size_t size)
{
    return db->be->mapping_profile_source(db, uri, out, size);
}

brug_err brug__people_delete_begin(brug_db *db)
{
    return db->be->people_delete_begin(db);
}

brug_err brug__passport_delete_rows(brug_db *db, const char *id)
{
    return db->be->passport_delete_rows(db, id);
}

brug_err brug__offer_delete_rows(brug_db *db, const char *id)
{
    return db->be->offer_delete_rows(db, id);
}

brug_err brug__db_erase_log(brug_db *db)
{
    return db->be->erase_log(db);
}

brug_err brug__findable_set(brug_db *db, const char *person, int yes)
{
    return db->be->findable_set(db, person, yes);
}

brug_err brug__findable_get(brug_db *db, const char *person, int *yes /* OUT */)
{
    return db->be->findable_get(db, person, yes);
}

brug_err brug__response_set(brug_db *db, const char *person, const char *offer, int yes)
{
    return db->be->response_set(db, person, offer, yes);
}

brug_err brug__response_get(brug_db *db, const char *person, const char *offer, int *yes /* OUT */)
{
    return db->be->response_get(db, person, offer, yes);
}

brug_err brug__response_each(brug_db *db, const char *person, brug__name_fn fn, void *ctx)
{
    return db->be->response_each(db, person, fn, ctx);
}

brug_err brug__bridges_model_put(brug_db *db, const char *name, uint64_t fingerprint,
                                 const void *data, size_t len)
{
    return db->be->bridges_model_put(db, name, fingerprint, data, len);
}

brug_err brug__bridges_model_delete(brug_db *db, const char *name)
{
    return db->be->bridges_model_delete(db, name);
}

brug_err brug__bridges_model_get(brug_db *db, const char *name, const brug_alloc *alloc,
                                 uint64_t *fingerprint, void **data, size_t *len)
{
    return db->be->bridges_model_get(db, name, alloc, fingerprint, data, len);
}

brug_err brug__scheme_put(brug_db *db, const char *uri, size_t ulen, const char *status,
                          size_t slen, int64_t *id /* OUT */)
{
    return db->be->scheme_put(db, uri, ulen, status, slen, id);
}

brug_err brug__scheme_text(brug_db *db, int64_t id, const char *lang, const char *kind,
                           const char *text, size_t len)
{
    return db->be->scheme_text(db, id, lang, kind, text, len);
}

brug_err brug__scheme_clear_tops(brug_db *db, int64_t id)
{
    return db->be->scheme_clear_tops(db, id);
}

brug_err brug__scheme_top(brug_db *db, int64_t id, const char *uri, size_t len)
{
    return db->be->scheme_top(db, id, uri, len);
}

brug_err brug__scheme_head_get(brug_db *db, const char *uri, const char *lang,
                               brug__scheme_head_fn fn, void *ctx)
{
    return db->be->scheme_head_get(db, uri, lang, fn, ctx);
}

brug_err brug__scheme_labels(brug_db *db, int64_t id, brug__concept_label_fn fn, void *ctx)
{
    return db->be->scheme_labels(db, id, fn, ctx);
}

brug_err brug__scheme_tops(brug_db *db, int64_t id, const char *lang, brug__concept_ref_fn fn,
                           void *ctx, int64_t *missing /* OUT */)
{
    return db->be->scheme_tops(db, id, lang, fn, ctx, missing);
}

brug_err brug__scheme_top_of(brug_db *db, const char *uri, const char *lang,
                             brug__concept_ref_fn fn, void *ctx)
{
    return db->be->scheme_top_of(db, uri, lang, fn, ctx);
}
