/*
 * people.c - passports and offers: validating the documented JSON records
 * (docs/passports.md), single-record put/get/delete, and bulk import of
 * JSON Lines files in one transaction with FILE:LINE errors.
 */
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "alloc.h"
#include "import_session.h"
#include "people.h"
#include "passport_credentials.h"
#include "people_vocab.h"
#include "region.h"
#include "backend.h"

/* ---- validation helpers ---- */

#define WHY(...) (snprintf(why, whysize, __VA_ARGS__), BRUG_EPARSE)

int brug__people_valid_id(const char *s)
{
    size_t n = strlen(s), i;
    if (n == 0 || n > BRUG__ID_MAX)
        return 0;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f || s[i] == '/')
            return 0; /* '/' would make the id unreachable as a URL path segment */
    return 1;
}

static int digits(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" with plausible ranges. */
int brug__people_valid_date(const char *s)
{
    size_t n = strlen(s);
    int y, m, d;
    if (!(n == 4 || n == 7 || n == 10) || !digits(s, 4))
        return 0;
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    if (y < 1900 || y > 2100)
        return 0;
    if (n == 4)
        return 1;
    if (s[4] != '-' || !digits(s + 5, 2))
        return 0;
    m = (s[5] - '0') * 10 + (s[6] - '0');
    if (m < 1 || m > 12)
        return 0;
    if (n == 7)
        return 1;
    if (s[7] != '-' || !digits(s + 8, 2))
        return 0;
    d = (s[8] - '0') * 10 + (s[9] - '0');
    {
        static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        return d >= 1 && d <= days[m - 1] + (m == 2 && leap);
    }
}

static brug_err get_id(const json_t *doc, const char *key, const char **out, char *why,
                       size_t whysize)
{
    const json_t *v = json_object_get(doc, key);
    if (!v)
        return WHY("missing \"%s\"", key);
    if (!json_is_string(v) || !brug__people_valid_id(json_string_value(v)))
        return WHY("\"%s\" must be a string of 1 to %d printable bytes without '/'", key,
                   BRUG__ID_MAX);
    *out = json_string_value(v);
    return BRUG_OK;
}

/* An optional whole number in [lo, hi]; *out keeps its default when absent. */
static brug_err get_uint(const json_t *doc, const char *key, uint32_t lo, uint32_t hi,
                         uint32_t *out, char *why, size_t whysize)
{
    const json_t *v = json_object_get(doc, key);
    json_int_t x;
    if (!v)
        return BRUG_OK;
    if (!json_is_integer(v))
        return WHY("\"%s\" must be a whole number", key);
    x = json_integer_value(v);
    if (x < (json_int_t)lo || x > (json_int_t)hi)
        return WHY("\"%s\" must be from %u to %u, got %lld", key, lo, hi, (long long)x);
    *out = (uint32_t)x;
    return BRUG_OK;
}

static brug_err get_region(const json_t *doc, int *out, char *why, size_t whysize)
{
    const json_t *v = json_object_get(doc, "region");
    const char *s;
    if (!v)
        return WHY("missing \"region\"");
    if (!json_is_string(v))
        return WHY("\"region\" must be a region code or name such as \"AM18\" or \"Utrecht\"");
    s = json_string_value(v);
    *out = brug__region_find(s);
    if (*out < 0 && brug__region_valid(s))
        return WHY("region \"%s\" is a %s: a passport or offer names a labour-market region "
                   "(AM01..AM38) or a province (PV20..PV31; docs/passports.md)",
                   s, brug__region_kind(s) == BRUG__REGION_COROP ? "COROP region" : "country");
    if (*out < 0)
        return WHY("unknown region \"%s\" (a labour-market region AM01..AM38 or a province "
                   "PV20..PV31, by code or name; docs/passports.md)",
                   s);
    return BRUG_OK;
}

static brug_err get_drives(const json_t *doc, uint32_t *out, char *why, size_t whysize)
{
    const json_t *v = json_object_get(doc, "drives"), *d;
    size_t i;
    *out = 0;
    if (!v)
        return BRUG_OK;
    if (!json_is_array(v))
        return WHY("\"drives\" must be an array of strings");
    json_array_foreach(v, i, d)
    {
        int k = json_is_string(d) ? brug__drive_find(json_string_value(d)) : -1;
        if (k < 0)
            return WHY("drives[%zu]: expected one of realistic, investigative, artistic, social, "
                       "enterprising, conventional",
                       i);
        *out |= 1u << k;
    }
    return BRUG_OK;
}

static brug_err get_sector_list(const json_t *v, const char *name, uint32_t *out, char *why,
                                size_t whysize)
{
    const json_t *d;
    size_t i;
    *out = 0;
    if (!v)
        return BRUG_OK;
    if (!json_is_array(v))
        return WHY("\"sectors.%s\" must be an array of sector codes", name);
    json_array_foreach(v, i, d)
    {
        int k = json_is_string(d) ? brug__sector_find(json_string_value(d)) : -1;
        if (k < 0)
            return WHY("sectors.%s[%zu]: unknown sector (see docs/passports.md)", name, i);
        *out |= 1u << k;
    }
    return BRUG_OK;
}

static brug_err check_keys(const json_t *doc, const char *const *allowed, const char *where,
                           char *why, size_t whysize)
{
    const char *key;
    const json_t *v;
    json_object_foreach((json_t *)doc, key, v)
    {
        const char *const *a;
        for (a = allowed; *a; a++)
            if (strcmp(*a, key) == 0)
                break;
        if (!*a)
            return WHY("%sunknown field \"%s\"", where, key);
    }
    return BRUG_OK;
}

/* Resolve a URI to a concept id of the wanted kind. */
static brug_err resolve(const brug__concepts *cm, const json_t *v, brug_kind kind,
                        const char *field, int64_t *out, char *why, size_t whysize)
{
    uint32_t i;
    const char *what = kind == BRUG_KIND_SKILL ? "skill" : "occupation";
    if (!json_is_string(v))
        return WHY("%s: expected the URI of an ESCO %s", field, what);
    if (!brug__concepts_find(cm, json_string_value(v), json_string_length(v), &i)) {
        snprintf(why, whysize, "%s: unknown %s URI \"%s\"", field, what, json_string_value(v));
        return BRUG_EDANGLING;
    }
    if (cm->kind[i] != kind) {
        snprintf(why, whysize, "%s: \"%s\" is not a%s %s", field, json_string_value(v),
                 kind == BRUG_KIND_SKILL ? "" : "n", what);
        return BRUG_EDANGLING;
    }
    *out = cm->id[i];
    return BRUG_OK;
}

/* ---- passports ---- */

static const char *const passport_keys[] = {"id",   "region", "max_km",  "hours", "skills",
                                            "work", "drives", "sectors", NULL};
static const char *const skill_keys[] = {"uri", "evidence", "date", "credential", NULL};
static const char *const work_keys[] = {"occupation", "years", NULL};
static const char *const sectors_keys[] = {"prefer", "exclude", NULL};

static brug_err parse_passport_skill(const json_t *s, size_t i, const brug__concepts *cm,
                                     brug__passport_rec *out, char *why, size_t whysize)
{
    char field[48], where[48];
    const json_t *ev, *date;
    brug__rec_skill sk;
    brug_err err;

    snprintf(where, sizeof(where), "skills[%zu]: ", i);
    if (!json_is_object(s))
        return WHY("skills[%zu] must be an object {\"uri\", \"evidence\", \"date\"}", i);
    err = check_keys(s, skill_keys, where, why, whysize);
    if (err)
        return err;
    snprintf(field, sizeof(field), "skills[%zu].uri", i);
    if (!json_object_get(s, "uri"))
        return WHY("skills[%zu]: missing \"uri\"", i);
    err = resolve(cm, json_object_get(s, "uri"), BRUG_KIND_SKILL, field, &sk.skill, why, whysize);
    if (err)
        return err;
    sk.evidence = BRUG__EVIDENCE_SELF;
    ev = json_object_get(s, "evidence");
    if (ev) {
        int e = json_is_string(ev) ? brug__evidence_find(json_string_value(ev)) : -1;
        if (e < 0)
            return WHY("skills[%zu].evidence: expected self, employer, diploma or credential", i);
        sk.evidence = (uint8_t)e;
    }
    sk.date[0] = '\0';
    date = json_object_get(s, "date");
    if (date) {
        if (!json_is_string(date) || !brug__people_valid_date(json_string_value(date)))
            return WHY("skills[%zu].date: expected \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\"", i);
        snprintf(sk.date, sizeof(sk.date), "%s", json_string_value(date));
    }
    brug__passport_add_skill(out, &sk);
    return BRUG_OK;
}

void brug__passport_add_skill(brug__passport_rec *out, const brug__rec_skill *sk)
{
    uint32_t k;
    /* The same skill twice: keep the strongest evidence. */
    for (k = 0; k < out->nskills; k++)
        if (out->skills[k].skill == sk->skill) {
            if (sk->evidence > out->skills[k].evidence)
                out->skills[k] = *sk;
            return;
        }
    out->skills[out->nskills++] = *sk;
}

brug_err brug__passport_parse(const json_t *doc, const brug__concepts *cm, brug__passport_rec *out,
                              char *why, size_t whysize)
{
    const json_t *skills, *work, *sectors, *v;
    size_t i;
    brug_err err;

    if (!json_is_object(doc))
        return WHY("a passport must be a JSON object");
    err = check_keys(doc, passport_keys, "", why, whysize);
    if (err)
        return err;
    out->nskills = out->nwork = 0;
    out->max_km = 25;
    out->hours = 36;
    err = get_id(doc, "id", &out->id, why, whysize);
    if (!err)
        err = get_region(doc, &out->region, why, whysize);
    if (!err)
        err = get_uint(doc, "max_km", 0, BRUG__MAX_KM, &out->max_km, why, whysize);
    if (!err)
        err = get_uint(doc, "hours", 1, BRUG__MAX_HOURS, &out->hours, why, whysize);
    if (!err)
        err = get_drives(doc, &out->drives, why, whysize);
    if (err)
        return err;

    skills = json_object_get(doc, "skills");
    if (!skills)
        return WHY("missing \"skills\"");
    if (!json_is_array(skills))
        return WHY("\"skills\" must be an array");
    if (json_array_size(skills) > BRUG__MAX_SKILLS)
        return WHY("more than %d skills", BRUG__MAX_SKILLS);
    json_array_foreach(skills, i, v)
    {
        err = parse_passport_skill(v, i, cm, out, why, whysize);
        if (err)
            return err;
    }

    work = json_object_get(doc, "work");
    if (work && !json_is_array(work))
        return WHY("\"work\" must be an array");
    if (work && json_array_size(work) > BRUG__MAX_WORK)
        return WHY("more than %d work-history entries", BRUG__MAX_WORK);
    json_array_foreach(work, i, v)
    {
        char field[48], where[32];
        const json_t *years;
        brug__rec_work *w = &out->work[out->nwork];
        snprintf(where, sizeof(where), "work[%zu]: ", i);
        if (!json_is_object(v))
            return WHY("work[%zu] must be an object {\"occupation\", \"years\"}", i);
        err = check_keys(v, work_keys, where, why, whysize);
        if (err)
            return err;
        if (!json_object_get(v, "occupation"))
            return WHY("work[%zu]: missing \"occupation\"", i);
        snprintf(field, sizeof(field), "work[%zu].occupation", i);
        err = resolve(cm, json_object_get(v, "occupation"), BRUG_KIND_OCCUPATION, field,
                      &w->occupation, why, whysize);
        if (err)
            return err;
        years = json_object_get(v, "years");
        w->years = 0;
        if (years) {
            if (!json_is_number(years) || json_number_value(years) < 0 ||
                json_number_value(years) > 70)
                return WHY("work[%zu].years: expected a number from 0 to 70", i);
            w->years = json_number_value(years);
        }
        out->nwork++;
    }

    out->prefer = out->exclude = 0;
    sectors = json_object_get(doc, "sectors");
    if (sectors) {
        if (!json_is_object(sectors))
            return WHY("\"sectors\" must be an object {\"prefer\": [...], \"exclude\": [...]}");
        err = check_keys(sectors, sectors_keys, "sectors: ", why, whysize);
        if (!err)
            err = get_sector_list(json_object_get(sectors, "prefer"), "prefer", &out->prefer, why,
                                  whysize);
        if (!err)
            err = get_sector_list(json_object_get(sectors, "exclude"), "exclude", &out->exclude,
                                  why, whysize);
        if (err)
            return err;
        if (out->prefer & out->exclude)
            return WHY("sectors: a sector is both preferred and excluded");
    }
    return BRUG_OK;
}

/* ---- offers ---- */

static const char *const offer_keys[] = {"id",         "type",     "title",  "employer",
                                         "occupation", "region",   "hours",  "capacity",
                                         "essential",  "optional", "drives", NULL};
static const char *const employer_keys[] = {"id", "name", "sector", "size", NULL};

static brug_err parse_offer_skills(const json_t *doc, const char *key, int essential,
                                   const brug__concepts *cm, brug__offer_rec *out, char *why,
                                   size_t whysize)
{
    const json_t *arr = json_object_get(doc, key), *v;
    size_t i;
    if (!arr)
        return BRUG_OK;
    if (!json_is_array(arr))
        return WHY("\"%s\" must be an array of skill URIs", key);
    json_array_foreach(arr, i, v)
    {
        char field[48];
        int64_t id;
        uint32_t k;
        brug_err err;
        snprintf(field, sizeof(field), "%s[%zu]", key, i);
        err = resolve(cm, v, BRUG_KIND_SKILL, field, &id, why, whysize);
        if (err)
            return err;
        for (k = 0; k < out->nskills; k++)
            if (out->skills[k].skill == id)
                break;
        if (k < out->nskills) {
            if (essential)
                out->skills[k].evidence = 1; /* listed as both: essential */
            continue;
        }
        if (out->nskills == BRUG__MAX_SKILLS)
            return WHY("more than %d skills", BRUG__MAX_SKILLS);
        out->skills[out->nskills].skill = id;
        out->skills[out->nskills].evidence = (uint8_t)essential;
        out->skills[out->nskills].date[0] = '\0';
        out->nskills++;
    }
    return BRUG_OK;
}

static brug_err parse_employer(const json_t *doc, brug__offer_rec *out, char *why, size_t whysize)
{
    const json_t *e = json_object_get(doc, "employer"), *v;
    brug_err err;
    out->has_employer = 0;
    out->employer_name = NULL;
    if (!e)
        return WHY("missing \"employer\"");
    if (json_is_string(e)) {
        if (!brug__people_valid_id(json_string_value(e)))
            return WHY("\"employer\" id must be 1 to %d printable bytes", BRUG__ID_MAX);
        out->employer_id = json_string_value(e);
        return BRUG_OK;
    }
    if (!json_is_object(e))
        return WHY("\"employer\" must be an employer id or {\"id\", \"sector\", \"size\"}");
    err = check_keys(e, employer_keys, "employer: ", why, whysize);
    if (err)
        return err;
    if (!json_object_get(e, "id"))
        return WHY("employer: missing \"id\"");
    err = get_id(e, "id", &out->employer_id, why, whysize);
    if (err)
        return err;
    v = json_object_get(e, "sector");
    if (!v)
        return WHY("employer: missing \"sector\"");
    out->employer_sector = json_is_string(v) ? brug__sector_find(json_string_value(v)) : -1;
    if (out->employer_sector < 0)
        return WHY("employer.sector: unknown sector (see docs/passports.md)");
    v = json_object_get(e, "size");
    if (!v)
        return WHY("employer: missing \"size\"");
    out->employer_size = json_is_string(v) ? brug__size_find(json_string_value(v)) : -1;
    if (out->employer_size < 0)
        return WHY("employer.size: expected micro, small, medium or large");
    v = json_object_get(e, "name");
    if (v) {
        if (!json_is_string(v) || strlen(json_string_value(v)) > 200)
            return WHY("employer.name must be a string of at most 200 bytes");
        out->employer_name = json_string_value(v);
    }
    out->has_employer = 1;
    return BRUG_OK;
}

brug_err brug__offer_parse(const json_t *doc, const brug__concepts *cm, brug__offer_rec *out,
                           char *why, size_t whysize)
{
    const json_t *v;
    brug_err err;

    if (!json_is_object(doc))
        return WHY("an offer must be a JSON object");
    err = check_keys(doc, offer_keys, "", why, whysize);
    if (err)
        return err;
    out->nskills = 0;
    out->hours = 36;
    out->capacity = 1;
    out->title = NULL;
    err = get_id(doc, "id", &out->id, why, whysize);
    if (err)
        return err;
    v = json_object_get(doc, "type");
    if (!v)
        return WHY("missing \"type\"");
    if (json_is_string(v) && strcmp(json_string_value(v), "vacancy") == 0)
        out->type = BRUG__OFFER_VACANCY;
    else if (json_is_string(v) && strcmp(json_string_value(v), "placement") == 0)
        out->type = BRUG__OFFER_PLACEMENT;
    else
        return WHY("\"type\" must be \"vacancy\" or \"placement\"");
    v = json_object_get(doc, "title");
    if (v) {
        if (!json_is_string(v) || strlen(json_string_value(v)) > 200)
            return WHY("\"title\" must be a string of at most 200 bytes");
        out->title = json_string_value(v);
    }
    err = parse_employer(doc, out, why, whysize);
    if (err)
        return err;
    if (!json_object_get(doc, "occupation"))
        return WHY("missing \"occupation\"");
    err = resolve(cm, json_object_get(doc, "occupation"), BRUG_KIND_OCCUPATION, "occupation",
                  &out->occupation, why, whysize);
    if (!err)
        err = get_region(doc, &out->region, why, whysize);
    if (!err)
        err = get_uint(doc, "hours", 1, BRUG__MAX_HOURS, &out->hours, why, whysize);
    if (!err)
        err = get_uint(doc, "capacity", 1, BRUG__MAX_CAPACITY, &out->capacity, why, whysize);
    if (!err)
        err = get_drives(doc, &out->drives, why, whysize);
    if (!err)
        err = parse_offer_skills(doc, "essential", 1, cm, out, why, whysize);
    if (!err)
        err = parse_offer_skills(doc, "optional", 0, cm, out, why, whysize);
    if (err)
        return err;
    if (out->nskills == 0)
        return WHY("an offer needs at least one skill in \"essential\" or \"optional\"");
    return BRUG_OK;
}

/* ---- single records ---- */

typedef brug_err (*parse_fn)(const json_t *, const brug__concepts *, void *, char *, size_t);
typedef brug_err (*write_fn)(brug__people_writer *, const void *, brug_put_mode);

static brug_err parse_passport_v(const json_t *d, const brug__concepts *cm, void *r, char *w,
                                 size_t n)
{
    return brug__passport_parse(d, cm, r, w, n);
}
static brug_err parse_offer_v(const json_t *d, const brug__concepts *cm, void *r, char *w, size_t n)
{
    return brug__offer_parse(d, cm, r, w, n);
}
static brug_err write_passport_v(brug__people_writer *w, const void *r, brug_put_mode m)
{
    return brug__passport_write(w, r, m);
}
static brug_err write_offer_v(brug__people_writer *w, const void *r, brug_put_mode m)
{
    return brug__offer_write(w, r, m);
}

typedef int (*fast_fn)(const char *, size_t, const brug__concepts *, const brug_alloc *, char *,
                       void *);

static int fast_passport_v(const char *line, size_t len, const brug__concepts *cm,
                           const brug_alloc *a, char *idbuf, void *r)
{
    return brug__passport_fast(line, len, cm, a, idbuf, r);
}

static int fast_offer_v(const char *line, size_t len, const brug__concepts *cm, const brug_alloc *a,
                        char *buf, void *r)
{
    return brug__offer_fast(line, len, cm, a, buf, r);
}

/* Work on a parsed record (doc: its document, NULL from the fast path) before it is written,
 * inside the write's transaction; why says what is wrong. */
typedef brug_err (*prepare_fn)(brug_db *, const json_t *doc, void *rec, char *why, size_t n);

static brug_err prepare_passport_v(brug_db *db, const json_t *doc, void *r, char *why, size_t n)
{
    return brug__passport_credentials_apply(db, doc, r, why, n);
}

typedef struct kind_ops {
    const char *what;
    const char *plural; /* the import's kind in its report */
    size_t rec_size;
    parse_fn parse;
    write_fn write;
    fast_fn fast;       /* NULL, or a reader of plainly valid lines (import only) */
    prepare_fn prepare; /* NULL, or the step before writing (a passport's credentials) */
} kind_ops;

static const kind_ops passport_ops = {
    "passport",       "passports",     sizeof(brug__passport_rec), parse_passport_v,
    write_passport_v, fast_passport_v, prepare_passport_v};
static const kind_ops offer_ops = {
    "offer", "offers", sizeof(brug__offer_rec), parse_offer_v, write_offer_v, fast_offer_v, NULL};

/* Prepare (ops->prepare) and write one record; a preparation error's message is on db. */
static brug_err write_record(brug_db *db, const kind_ops *ops, brug__people_writer *w,
                             const json_t *doc, void *rec, brug_put_mode mode)
{
    char why[1024];
    brug_err err = ops->prepare ? ops->prepare(db, doc, rec, why, sizeof(why)) : BRUG_OK;
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
    rec = brug__malloc(&db->alloc, ops->rec_size);
    if (!rec)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    err = brug__concepts_load(db, &cm);
    if (err) {
        brug__free(&db->alloc, rec);
        return err;
    }
    err = ops->parse(doc, &cm, rec, why, sizeof(why));
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
                err = write_record(db, ops, w, doc, rec, mode);
            brug__people_writer_close(w);
            if (own && err)
                brug__db_rollback(db);
            else if (own)
                err = brug__db_commit(db);
        }
    }
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

/* ---- bulk import ----
 *
 * Two threads: a reader reads, checks and parses the lines (the fast
 * path, or jansson) into a ring of records; the caller's thread writes
 * them in file order inside the one transaction.  The first bad line
 * stops the reader, and its message (FILE:LINE: what) becomes the error
 * when the writer reaches it, so nothing of the file is committed.  When
 * no thread can be started, the same steps run one after the other.
 * The handle's allocator is used from the reader thread too (yajl). */

#define RING 64 /* lines in flight between the two threads */

typedef struct item {
    uint64_t lineno, bytes; /* bytes: read up to the end of this line */
    brug_err err;           /* BRUG_OK: rec holds a record; else msg says what */
    json_t *doc;            /* the document rec points into (slow path) */
    void *rec;
    char buf[BRUG__FAST_BUF]; /* strings of rec (fast path) */
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
    json_error_t jerr;
    while (fgets(r->line, BRUG__MAX_LINE + 2, r->f)) {
        size_t len = strlen(r->line), i;
        long pos;

        r->lineno++;
        r->bytes += len;
        it->lineno = r->lineno;
        it->bytes = r->bytes;
        it->err = BRUG_OK;
        it->doc = NULL;
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
        if (r->ops->fast && r->ops->fast(r->line, len, r->cm, r->alloc, it->buf, it->rec))
            return 1;
        it->doc = json_loadb(r->line, len, JSON_REJECT_DUPLICATES, &jerr);
        if (!it->doc) {
            ITEM_ERR(it, BRUG_EPARSE, "%s:%llu: malformed JSON: %s (column %d)", r->path,
                     (unsigned long long)r->lineno, jerr.text, jerr.column);
            return 1;
        }
        it->err = r->ops->parse(it->doc, r->cm, it->rec, why, sizeof(why));
        if (it->err)
            snprintf(it->msg, sizeof(it->msg), "%s:%llu: %s", r->path,
                     (unsigned long long)r->lineno, why);
        return 1;
    }
    if (ferror(r->f)) {
        it->doc = NULL;
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
    err = write_record(db, ops, w, it->doc, it->rec, BRUG_PUT_UPSERT);
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
        json_decref(it->doc);
        it->doc = NULL;
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
    /* Documents of lines read but not written (after an error). */
    for (; r->tail < r->head; r->tail++) {
        json_decref(r->ring[r->tail % RING].doc);
        r->ring[r->tail % RING].doc = NULL;
    }
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
