/*
 * passport_credentials.c - passports that prove: a passport skill may carry
 * a signed credential ({"uri", "evidence", "credential": {...}}).  Writing
 * the passport verifies it (a trusted issuer is required, the credential
 * must be about this passport and name this skill); the skill's evidence
 * is "credential" (weight 1.0) while it verifies and drops to the
 * underlying evidence (the skill's "evidence", "self" when that says
 * "credential") when it is revoked or has expired.  The credentials are
 * kept with the passport (store_credentials.c) for brug export passport
 * --credentials, and a revocation downgrades the passports at once.
 */
#include <string.h>
#include <time.h>

#include "credential.h"
#include "passport_credentials.h"
#include "people_vocab.h"
#include "backend.h"
#include "json_list.h"
#include "store_credentials.h"

/* The state of a credential from its report: verified, revoked, expired or invalid (with the
 * first failing check's message in msg). */
static const char *state_of(const json_t *rep, char *msg, size_t size)
{
    const json_t *c;
    size_t i;
    const char *state = "verified";
    msg[0] = '\0';
    json_array_foreach(json_object_get(rep, "checks"), i, c)
    {
        const char *check = json_string_value(json_object_get(c, "check"));
        if (json_is_true(json_object_get(c, "ok")))
            continue;
        snprintf(msg, size, "%s: %s", check, json_string_value(json_object_get(c, "message")));
        if (strcmp(check, "status") == 0)
            return "revoked";
        if (strcmp(check, "dates") == 0)
            state = "expired";
        else
            return "invalid";
    }
    if (strcmp(state, "verified") == 0 && !json_is_true(json_object_get(rep, "trusted"))) {
        snprintf(msg, size, "issuer: %s is not a trusted issuer of this brug",
                 json_string_value(json_object_get(rep, "issuer")));
        return "invalid";
    }
    return state;
}

static int names_skill(const json_t *rep, const char *uri)
{
    const json_t *s;
    size_t i;
    json_array_foreach(json_object_get(rep, "skills"), i, s)
    {
        if (strcmp(json_string_value(s), uri) == 0)
            return 1;
    }
    return 0;
}

/* "urn:brug:passport:" + id (percent-encoded as credential.c writes it). */
static int about(const json_t *rep, const char *person)
{
    const char *sub = json_string_value(json_object_get(rep, "subject"));
    const char *pre = "urn:brug:passport:";
    size_t n = strlen(pre);
    if (!sub || strncmp(sub, pre, n) != 0)
        return 0;
    sub += n;
    while (*sub && *person) {
        unsigned c = (unsigned char)*person;
        if (*sub == '%') {
            unsigned hi, lo;
            if (!sub[1] || !sub[2])
                return 0;
            hi = (unsigned)(sub[1] <= '9' ? sub[1] - '0' : sub[1] - 'A' + 10);
            lo = (unsigned)(sub[2] <= '9' ? sub[2] - '0' : sub[2] - 'A' + 10);
            if ((hi << 4 | lo) != c)
                return 0;
            sub += 3;
        } else {
            if ((unsigned char)*sub != c)
                return 0;
            sub++;
        }
        person++;
    }
    return !*sub && !*person;
}

brug_err brug__passport_credentials_apply(brug_db *db, brug__passport_rec *rec, char *why,
                                          size_t whysize)
{
    time_t now = time(NULL);
    uint32_t c;

    for (c = 0; c < rec->ncreds; c++) {
        const brug__rec_cred *cr = &rec->creds[c];
        const char *state;
        json_t *rep = NULL;
        char msg[600], *text;
        int evidence;
        uint32_t k;
        brug_err err;

        err = brug__credential_check(db, cr->credential, 0, now, &rep);
        if (err == BRUG_ENOMEM)
            return err;
        if (!rep) {
            snprintf(why, whysize, "skills[%u].credential: %s", cr->at, brug_errmsg(db));
            return err;
        }
        state = state_of(rep, msg, sizeof(msg));
        if (strcmp(state, "invalid") == 0) {
            snprintf(why, whysize, "skills[%u].credential: %s", cr->at, msg);
            json_decref(rep);
            return BRUG_EVERIFY;
        }
        if (!names_skill(rep, cr->uri)) {
            snprintf(why, whysize, "skills[%u].credential does not name the skill %s", cr->at,
                     cr->uri);
            json_decref(rep);
            return BRUG_EVERIFY;
        }
        if (!about(rep, rec->id)) {
            snprintf(why, whysize, "skills[%u].credential is about %s, not passport %s", cr->at,
                     json_string_value(json_object_get(rep, "subject")), rec->id);
            json_decref(rep);
            return BRUG_EVERIFY;
        }
        evidence = strcmp(state, "verified") == 0 ? BRUG__EVIDENCE_CREDENTIAL : cr->underlying;
        for (k = 0; k < rec->nskills; k++)
            if (rec->skills[k].skill == cr->skill)
                rec->skills[k].evidence = (uint8_t)evidence;
        /* a credential that does not verify (expired) still gave its report */
        err = BRUG_OK;
        text = json_dumps(cr->credential, JSON_COMPACT | JSON_PRESERVE_ORDER);
        if (!text)
            err = brug__db_error(db, BRUG_ENOMEM, "out of memory");
        if (!err)
            err = brug__store_passport_cred_stage(
                db, rec->id, cr->skill, json_string_value(json_object_get(rep, "id")), text,
                cr->underlying, state,
                json_string_value(json_object_get(rep, "issuer"))
                    ? json_string_value(json_object_get(rep, "issuer"))
                    : "",
                json_string_value(json_object_get(rep, "issuer_name"))
                    ? json_string_value(json_object_get(rep, "issuer_name"))
                    : "");
        free(text);
        json_decref(rep);
        if (err) {
            snprintf(why, whysize, "skills[%u].credential: %s", cr->at, brug_errmsg(db));
            return err;
        }
    }
    return BRUG_OK;
}

/* One stored passport credential as a JSON object (the working form of
 * this file): {"person", "skill" (URI), "skill_id", "credential_id",
 * "underlying" (code), "state", "doc" (text), "issuer", "issuer_name"}. */
static brug_err on_cred(void *ctx, const brug__passport_cred_rec *r)
{
    return brug__json_list_add(
        ctx, json_pack("{s:s, s:s?, s:I, s:s, s:i, s:s, s:s, s:s, s:s}", "person", r->person,
                       "skill", r->skill, "skill_id", (json_int_t)r->skill_id, "credential_id",
                       r->credential_id, "underlying", r->underlying, "state", r->state, "doc",
                       r->doc, "issuer", r->issuer, "issuer_name", r->issuer_name));
}

/* Which stored passport credentials creds_list lists. */
enum { CREDS_OF_PASSPORT, CREDS_CARRYING, CREDS_VERIFIED };

/* The credentials of passport key (CREDS_OF_PASSPORT), of the passports
 * that carry credential key (CREDS_CARRYING) or every verified one
 * (CREDS_VERIFIED, key unused) as on_cred objects. */
static brug_err creds_list(brug_db *db, int which, const char *key, json_t **out)
{
    brug__json_list l;
    brug_err err = brug__json_list_begin(db, &l, out);
    if (err)
        return err;
    err = which == CREDS_OF_PASSPORT ? brug__store_passport_creds(db, key, on_cred, &l)
          : which == CREDS_CARRYING  ? brug__store_passport_creds_of(db, key, on_cred, &l)
                                     : brug__store_passport_creds_all(db, on_cred, &l);
    return brug__json_list_end(&l, err, out);
}

brug_err brug__passport_credentials_revoked(brug_db *db, const char *cred_id)
{
    json_t *rows = NULL, *r;
    size_t i;
    brug_err err = creds_list(db, CREDS_CARRYING, cred_id, &rows);
    json_array_foreach(rows, i, r)
    {
        if (err)
            break;
        err = brug__store_passport_cred_downgrade(
            db, json_string_value(json_object_get(r, "person")),
            json_integer_value(json_object_get(r, "skill_id")),
            (int)json_integer_value(json_object_get(r, "underlying")), "revoked");
    }
    json_decref(rows);
    return err;
}

brug_err brug_passport_credentials(brug_db *db, const char *person, json_t **out)
{
    json_t *rows = NULL, *r, *list;
    time_t now = time(NULL);
    size_t i;
    brug_err err;

    *out = NULL;
    err = creds_list(db, CREDS_OF_PASSPORT, person ? person : "", &rows);
    if (err)
        return err;
    list = json_array();
    json_array_foreach(rows, i, r)
    {
        json_error_t jerr;
        const char *text = json_string_value(json_object_get(r, "doc"));
        json_t *cred = json_loads(text, 0, &jerr), *rep = NULL;
        char msg[600];
        const char *state = "invalid";
        int u = (int)json_integer_value(json_object_get(r, "underlying"));
        if (cred && brug__credential_check(db, cred, 0, now, &rep) != BRUG_ENOMEM && rep)
            state = state_of(rep, msg, sizeof(msg));
        json_array_append_new(list,
                              json_pack("{s:O,s:s,s:s,s:O,s:O,s:O,s:o*}", "skill",
                                        json_object_get(r, "skill"), "state", state, "underlying",
                                        u >= 0 && u < BRUG__NEVIDENCE ? brug__evidence[u] : "self",
                                        "credential_id", json_object_get(r, "credential_id"),
                                        "issuer", json_object_get(r, "issuer"), "issuer_name",
                                        json_object_get(r, "issuer_name"), "credential", cred));
        json_decref(rep);
    }
    json_decref(rows);
    *out = list;
    return BRUG_OK;
}

/* Annotate the matching skills of one match entry of person with who proved them. */
static brug_err prove_entry(brug_db *db, const char *person, json_t *entry, json_t **cache,
                            char *cached_for, size_t size)
{
    json_t *ms = json_object_get(entry, "matching_skills"), *m, *c;
    size_t i, j;
    if (!person)
        return BRUG_OK;
    if (!*cache || strcmp(cached_for, person) != 0) {
        brug_err err;
        json_decref(*cache);
        *cache = NULL;
        err = creds_list(db, CREDS_OF_PASSPORT, person, cache);
        if (err)
            return err;
        snprintf(cached_for, size, "%s", person);
    }
    json_array_foreach(ms, i, m)
    {
        const char *own = json_string_value(json_object_get(m, "from"));
        if (!own)
            own = json_string_value(json_object_get(m, "uri"));
        json_array_foreach(*cache, j, c)
        {
            if (!own || strcmp(json_string_value(json_object_get(c, "skill")), own) != 0 ||
                strcmp(json_string_value(json_object_get(c, "state")), "verified") != 0)
                continue;
            json_object_set_new(m, "proven_by",
                                json_pack("{s:O,s:O,s:O}", "issuer", json_object_get(c, "issuer"),
                                          "issuer_name", json_object_get(c, "issuer_name"),
                                          "credential", json_object_get(c, "credential_id")));
        }
    }
    return BRUG_OK;
}

brug_err brug_match_proofs(brug_db *db, json_t *doc)
{
    const char *person = json_string_value(json_object_get(doc, "passport"));
    json_t *cache = NULL, *e;
    char cached_for[BRUG__ID_MAX + 1] = "";
    size_t i;
    brug_err err = BRUG_OK;
    json_array_foreach(json_object_get(doc, "matches"), i, e)
    {
        const char *who = person ? person : json_string_value(json_object_get(e, "passport"));
        err = prove_entry(db, who, e, &cache, cached_for, sizeof(cached_for));
        if (err)
            break;
    }
    json_decref(cache);
    return err;
}

brug_err brug_passport_proofs(brug_db *db, json_t *doc)
{
    const char *id = json_string_value(json_object_get(doc, "id"));
    json_t *list = NULL, *c, *s;
    size_t i, j;
    brug_err err;
    if (!id)
        return BRUG_OK;
    err = brug_passport_credentials(db, id, &list);
    if (err)
        return err;
    json_array_foreach(list, i, c)
    {
        const char *uri = json_string_value(json_object_get(c, "skill"));
        json_array_foreach(json_object_get(doc, "skills"), j, s)
        {
            if (strcmp(json_string_value(json_object_get(s, "uri")), uri) != 0)
                continue;
            json_object_set(s, "credential_state", json_object_get(c, "state"));
            json_object_set(s, "proven_by", json_object_get(c, "issuer_name"));
        }
    }
    json_decref(list);
    return BRUG_OK;
}

brug_err brug_passport_credentials_refresh(brug_db *db, uint64_t *changed)
{
    json_t *rows = NULL, *r;
    time_t now = time(NULL);
    size_t i;
    uint64_t n = 0;
    brug_err err;

    if (changed)
        *changed = 0;
    err = brug__db_begin(db);
    if (err)
        return err;
    err = creds_list(db, CREDS_VERIFIED, NULL, &rows);
    json_array_foreach(rows, i, r)
    {
        json_error_t jerr;
        json_t *cred, *rep = NULL;
        const char *state = "invalid";
        char msg[600];
        if (err)
            break;
        cred = json_loads(json_string_value(json_object_get(r, "doc")), 0, &jerr);
        if (cred) {
            err = brug__credential_check(db, cred, 0, now, &rep);
            if (err == BRUG_ENOMEM) {
                json_decref(cred);
                break;
            }
            err = BRUG_OK;
            if (rep)
                state = state_of(rep, msg, sizeof(msg));
        }
        json_decref(rep);
        json_decref(cred);
        if (strcmp(state, "verified") == 0)
            continue;
        err = brug__store_passport_cred_downgrade(
            db, json_string_value(json_object_get(r, "person")),
            json_integer_value(json_object_get(r, "skill_id")),
            (int)json_integer_value(json_object_get(r, "underlying")), state);
        n++;
    }
    json_decref(rows);
    if (err) {
        brug__db_rollback(db);
        return err;
    }
    err = brug__db_commit(db);
    if (!err && changed)
        *changed = n;
    return err;
}
