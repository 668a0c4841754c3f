/*
 * guard.h - the calls a front end (the CLI, the server) makes on personal
 * data on behalf of a caller: each takes who (the token's holder; NULL for
 * anonymous, or a local operator's admin principal), checks that who may
 * (the rules of access.h), and writes its audit entry in the same
 * transaction as the change or the read, so a change is never stored, nor
 * data returned, without its entry.  A refusal writes a "denied" entry (in
 * its own transaction) and returns BRUG_EDENIED with the reason in
 * brug_errmsg(db).  A caller that is not allowed learns nothing about
 * whether the passport exists.
 *
 * Employers and matching (docs/passports.md, "Who sees what"): the people
 * who fit an offer are shown to the offer's employer only when they opted
 * in to be found (brug_findable_set_as; off by default), and then under a
 * pseudonym per offer ("anon-" + 16 hex digits) until the person responded
 * to that offer (brug_offer_respond_as).  Every person shown is audited
 * ("match-disclose", outcome "pseudonymous" or "identified").
 *
 * Each call needs the writable handle (audit entries are writes).  Like
 * every call on a brug_db, none is safe from two threads on one handle.
 */
#ifndef BRUG_GUARD_H
#define BRUG_GUARD_H

#include <stddef.h>

#include <jansson.h>

#include "brug/access.h"
#include "brug/match.h"
#include "brug/people.h"

/* A principal for a local operator (the CLI on its own database file):
 * admin, subject "local", no token. */
BRUG_API brug_principal brug_principal_local(void);

/*
 * Store passport doc (its "id" names it) as who; mode as brug_passport_put.
 * Audited "create" (BRUG_PUT_CREATE) or "update".  stored (may be NULL)
 * receives the document as stored.  Admin or the person themself.
 */
BRUG_API brug_err brug_passport_put_as(brug_db *db, const brug_principal *who, const json_t *doc,
                                       brug_put_mode mode, json_t **stored /* OUT, may be NULL */);

/* Passport id as who may read it (admin, the person, an adviser with
 * consent); audited "read". */
BRUG_API brug_err brug_passport_get_as(brug_db *db, const brug_principal *who, const char *id,
                                       json_t **out /* OUT */);

/* Delete everything about the person (brug_passport_delete), audited
 * "delete" in the same transaction; then the write-ahead log is
 * checkpointed and truncated, waiting for readers of older snapshots (up to
 * 30 s, then BRUG_EBUSY: deleted, log not yet erased). */
BRUG_API brug_err brug_passport_delete_as(brug_db *db, const brug_principal *who, const char *id);

/* Offers: admin, or an employer token whose subject is the offer's
 * employer (the stored offer's too when it replaces one).  Audited
 * "offer-create", "offer-update", "offer-delete" under the offer's id. */
BRUG_API brug_err brug_offer_put_as(brug_db *db, const brug_principal *who, const json_t *doc,
                                    brug_put_mode mode, json_t **stored /* OUT, may be NULL */);
BRUG_API brug_err brug_offer_delete_as(brug_db *db, const brug_principal *who, const char *id);

/* Consent of person to adviser, granted (grant != 0) or withdrawn, by the
 * person or an admin; audited "consent-grant" / "consent-withdraw". */
BRUG_API brug_err brug_consent_set_as(brug_db *db, const brug_principal *who, const char *person,
                                      const char *adviser, int grant);

/* brug_consent_list as who (the person or an admin); audited "consent-list". */
BRUG_API brug_err brug_consent_list_as(brug_db *db, const brug_principal *who, const char *person,
                                       json_t **out /* OUT */);

/*
 * The audit log as who may see it: an admin all of it (or person's when
 * not NULL), a person only their own entries, where other people who tried
 * to reach them appear as "another person" with no token.  limit 1 to
 * BRUG_AUDIT_MAX (0: BRUG_AUDIT_DEFAULT).  The read is audited
 * ("audit-read", under person, or "*" for the whole log).
 */
#define BRUG_AUDIT_DEFAULT 100
#define BRUG_AUDIT_MAX 1000
BRUG_API brug_err brug_audit_list_as(brug_db *db, const brug_principal *who, const char *person,
                                     size_t limit, json_t **out /* OUT */);

/* Person opts in (yes != 0) or out of being found by employers through
 * matching; the person or an admin; audited "findable-on" / "findable-off". */
BRUG_API brug_err brug_findable_set_as(brug_db *db, const brug_principal *who, const char *person,
                                       int yes);
/* {"person", "findable": bool, "responses": [offer ids]} for the person or an admin; audited
 * "findable-read". */
BRUG_API brug_err brug_findable_get_as(brug_db *db, const brug_principal *who, const char *person,
                                       json_t **out /* OUT */);

/* Person responds to offer (yes != 0: their passport id is shown to the
 * offer's employer from now on) or takes it back; the person or an admin;
 * audited "respond" / "respond-withdraw".  BRUG_ENOTFOUND: no such offer. */
BRUG_API brug_err brug_offer_respond_as(brug_db *db, const brug_principal *who, const char *person,
                                        const char *offer, int yes);

/*
 * The people who fit offer, for who (admin, or the offer's employer):
 * brug_match_offer on m, then only the findable people, pseudonymous until
 * they responded, at most opts->top, every one audited in one transaction
 * on db (the writable handle; m reads through its own).
 */
BRUG_API brug_err brug_match_offer_as(brug_db *db, const brug_principal *who, brug_matcher *m,
                                      const char *offer, const brug_match_opts *opts,
                                      json_t **out /* OUT */);

/*
 * The offers that fit passport, for who may read it (brug_access_passport):
 * brug_match_passport on m, with the proofs of the matched skills
 * (brug_match_proofs), audited "match" on db (the writable handle).
 * BRUG_ENOTFOUND: no such passport (audited "not-found").
 */
BRUG_API brug_err brug_match_passport_as(brug_db *db, const brug_principal *who, brug_matcher *m,
                                         const char *passport, const brug_match_opts *opts,
                                         json_t **out /* OUT */);

/*
 * The credentials stored with person's passport (brug_passport_credentials),
 * for who may read it, audited "read-credentials" on db (writable).
 */
BRUG_API brug_err brug_passport_credentials_as(brug_db *db, const brug_principal *who,
                                               const char *person, json_t **out /* OUT */);

#endif
