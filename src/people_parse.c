/*
 * people_parse.c - the one parser of passport and offer records
 * (docs/passports.md): JSON text read by yajl's streaming parser straight
 * into a brug__passport_rec / brug__offer_rec, validating every field on
 * the way and naming the first problem (field and what is wrong).
 *
 * Every path that takes a record goes through here: the bulk import reads
 * each JSON line with it (no jansson tree is built), and a single put
 * (brug_passport_put, PUT/POST) serialises its json_t and reads that, so
 * the fast path and the checking path are one path and accept the same
 * records by construction.  A skill's "credential" is the one nested
 * document kept as JSON: its events are built into a json_t the record
 * owns, for passport_credentials.c to verify.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <yajl/yajl_parse.h>

#include "brug/msg.h"
#include "people.h"
#include "people_vocab.h"
#include "region.h"

/* ---- checks shared with other modules ---- */

/* An id of 1 to BRUG__ID_MAX bytes, none a control byte or '/' (which
 * would make the id unreachable as a URL path segment). */
static int valid_idn(const char *s, size_t n)
{
    size_t i;
    if (n == 0 || n > BRUG__ID_MAX)
        return 0;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f || s[i] == '/')
            return 0;
    return 1;
}

int brug__people_valid_id(const char *s)
{
    return valid_idn(s, strlen(s));
}

static int digits(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" with plausible ranges. */
int brug__people_valid_date(const char *s)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    size_t n = strlen(s);
    int y, m, d, leap;
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
    leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d >= 1 && d <= days[m - 1] + (m == 2 && leap);
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

/* ---- the parser's state ---- */

enum ctx {
    C_NONE, /* before the record's object */
    C_TOP,  /* in the record's object */
    /* passports */
    C_SKILLS,  /* in "skills": [ */
    C_SKILL,   /* in one skill object */
    C_WORK,    /* in "work": [ */
    C_WORKOBJ, /* in one work-history object */
    C_SECTORS, /* in "sectors": { */
    C_PREFER,  /* in "sectors": {"prefer": [ */
    C_EXCLUDE, /* in "sectors": {"exclude": [ */
    C_CRED,    /* in a skill's "credential": { (built as JSON) */
    /* offers */
    C_EMPLOYER,  /* in "employer": { */
    C_ESSENTIAL, /* in "essential": [ */
    C_OPTIONAL,  /* in "optional": [ */
    /* both */
    C_DRIVES, /* in "drives": [ */
    C_DONE    /* after the record's object */
};

/* Keys, by the object they belong to; a key's bit in a "seen" mask. */
enum key {
    K_NONE,
    /* top level of both */
    K_ID,
    K_REGION,
    K_HOURS,
    K_DRIVES,
    /* passport */
    K_MAX_KM,
    K_SKILLS,
    K_WORK,
    K_SECTORS,
    /* offer */
    K_TYPE,
    K_TITLE,
    K_EMPLOYER,
    K_OCCUPATION, /* also in a work-history entry */
    K_CAPACITY,
    K_ESSENTIAL,
    K_OPTIONAL,
    /* a passport skill */
    K_URI,
    K_EVIDENCE,
    K_DATE,
    K_CREDENTIAL,
    /* a work-history entry */
    K_YEARS,
    /* "sectors" */
    K_PREFER,
    K_EXCLUDE,
    /* an offer's employer object */
    K_E_ID,
    K_E_NAME,
    K_E_SECTOR,
    K_E_SIZE,
    K_TITLE_LANG
};

static const char *const key_name[] = {
    "",          "id",       "region", "hours",    "drives",   "max_km",     "skills",
    "work",      "sectors",  "type",   "title",    "employer", "occupation", "capacity",
    "essential", "optional", "uri",    "evidence", "date",     "credential", "years",
    "prefer",    "exclude",  "id",     "name",     "sector",   "size",       "title_lang"};

#define BIT(k) (1u << (k))
#define CRED_DEPTH 64     /* deepest nesting inside a credential */
#define CRED_KEY_MAX 1024 /* longest key inside a credential, bytes */

typedef struct parser {
    const brug__concepts *cm;
    const brug_alloc *alloc;
    brug__passport_rec *p; /* the record being read: one of p, o */
    brug__offer_rec *o;
    char *why;
    size_t whysize;
    brug_err err; /* BRUG_OK, or why a callback said no (message in why) */
    enum ctx ctx;
    enum key key;     /* the key whose value comes next */
    unsigned seen;    /* keys of the record's object */
    unsigned seen_in; /* keys of the inner object (skill, work, sectors, employer) */
    size_t nskill_in, nwork_in, ndrive_in, nsector_in; /* array elements so far */
    /* the skill or work entry being read */
    brug__rec_skill sk;
    const char *sk_uri;
    json_t *sk_cred;
    brug__rec_work wk;
    /* a credential being built: its open containers and the key of the next value */
    json_t *stack[CRED_DEPTH];
    int depth;
    char ckey[CRED_KEY_MAX];
    size_t ckeylen;
} parser;

/* Say no: why gets the message, the callback returns 0 (yajl stops). */
static int fail(parser *f, brug_err err, const char *fmt, ...)
{
    va_list ap;
    if (f->err)
        return 0;
    va_start(ap, fmt);
    vsnprintf(f->why, f->whysize, fmt, ap);
    va_end(ap);
    f->err = err;
    return 0;
}

static int str_is(const unsigned char *s, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

/* s (n bytes) as a C string in buf of size sz; 0 when it does not fit. */
static int cstr(char *buf, size_t sz, const unsigned char *s, size_t n)
{
    if (n >= sz)
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return 1;
}

/* The field whose value is being read, for a message ("skills[3].uri"). */
static const char *field_of(const parser *f, char *buf, size_t size)
{
    switch (f->ctx) {
    case C_SKILL:
        snprintf(buf, size, "skills[%zu].uri", f->nskill_in - 1);
        break;
    case C_WORKOBJ:
        snprintf(buf, size, "work[%zu].occupation", f->nwork_in - 1);
        break;
    case C_ESSENTIAL:
    case C_OPTIONAL:
        snprintf(buf, size, "%s[%zu]", f->ctx == C_ESSENTIAL ? "essential" : "optional",
                 f->nskill_in - 1);
        break;
    default:
        snprintf(buf, size, "%s", key_name[f->key]);
        break;
    }
    return buf;
}

/* The prefix of a message about the object being read ("skills[3]: "). */
static const char *where_of(const parser *f, char *buf, size_t size)
{
    switch (f->ctx) {
    case C_SKILL:
        snprintf(buf, size, "skills[%zu]: ", f->nskill_in - 1);
        break;
    case C_WORKOBJ:
        snprintf(buf, size, "work[%zu]: ", f->nwork_in - 1);
        break;
    case C_SECTORS:
        snprintf(buf, size, "sectors: ");
        break;
    case C_EMPLOYER:
        snprintf(buf, size, "employer: ");
        break;
    default:
        buf[0] = '\0';
        break;
    }
    return buf;
}

/* Resolve a URI to a concept id of the wanted kind (the message names field_of). */
static int resolve(parser *f, const unsigned char *s, size_t n, brug_kind kind, int64_t *id,
                   const char **uri)
{
    const char *what = kind == BRUG_KIND_SKILL ? "skill" : "occupation";
    char field[48];
    uint32_t i;
    if (!brug__concepts_find(f->cm, (const char *)s, n, &i))
        return fail(f, BRUG_EDANGLING, "%s: unknown %s URI \"%.*s\"",
                    field_of(f, field, sizeof(field)), what, (int)(n > 300 ? 300 : n),
                    (const char *)s);
    if (f->cm->kind[i] != kind)
        return fail(f, BRUG_EDANGLING, "%s: \"%.*s\" is not a%s %s",
                    field_of(f, field, sizeof(field)), (int)(n > 300 ? 300 : n), (const char *)s,
                    kind == BRUG_KIND_SKILL ? "" : "n", what);
    *id = f->cm->id[i];
    if (uri)
        *uri = f->cm->uri[i];
    return 1;
}

static int bad_id(parser *f, const char *key)
{
    return fail(f, BRUG_EPARSE, "\"%s\" must be a string of 1 to %d printable bytes without '/'",
                key, BRUG__ID_MAX);
}

/* An id into buf (BRUG__ID_MAX + 1 bytes); *out points to it. */
static int take_id(parser *f, const unsigned char *s, size_t n, char *buf, const char **out,
                   const char *key)
{
    if (!valid_idn((const char *)s, n))
        return bad_id(f, key);
    memcpy(buf, s, n);
    buf[n] = '\0';
    *out = buf;
    return 1;
}

static int bad_region(parser *f)
{
    return fail(f, BRUG_EPARSE,
                "\"region\" must be a region code or name such as \"AM18\" or \"Utrecht\"");
}

static int take_region(parser *f, const unsigned char *s, size_t n, int *out)
{
    char buf[128];
    int shown = (int)(n > 100 ? 100 : n);
    *out = cstr(buf, sizeof(buf), s, n) ? brug__region_find(buf) : -1;
    if (*out >= 0)
        return 1;
    if (n < sizeof(buf) && brug__region_valid(buf))
        return fail(f, BRUG_EPARSE,
                    "region \"%s\" is a %s: a passport or offer names a labour-market region "
                    "(AM01..AM38) or a province (PV20..PV31; docs/passports.md)",
                    buf, brug__region_kind(buf) == BRUG__REGION_COROP ? "COROP region" : "country");
    return fail(f, BRUG_EPARSE,
                "unknown region \"%.*s\" (a labour-market region AM01..AM38 or a province "
                "PV20..PV31, by code or name; docs/passports.md)",
                shown, (const char *)s);
}

static int bad_drive(parser *f)
{
    return fail(f, BRUG_EPARSE,
                "drives[%zu]: expected one of realistic, investigative, artistic, social, "
                "enterprising, conventional",
                f->ndrive_in - 1);
}

static int take_drive(parser *f, const unsigned char *s, size_t n, uint32_t *drives)
{
    char buf[32];
    int x;
    f->ndrive_in++;
    x = cstr(buf, sizeof(buf), s, n) ? brug__drive_find(buf) : -1;
    if (x < 0)
        return bad_drive(f);
    *drives |= 1u << x;
    return 1;
}

/* A whole number of key in [lo, hi]. */
static int take_uint(parser *f, long long v, long long lo, long long hi, uint32_t *out)
{
    if (v < lo || v > hi)
        return fail(f, BRUG_EPARSE, "\"%s\" must be from %lld to %lld, got %lld", key_name[f->key],
                    lo, hi, v);
    *out = (uint32_t)v;
    return 1;
}

/* A key of the current object: its enum, or an error for an unknown or repeated one. */
static int take_key(parser *f, enum key k, const unsigned char *s, size_t n)
{
    unsigned *seen = f->ctx == C_TOP ? &f->seen : &f->seen_in;
    int shown = (int)(n > 100 ? 100 : n);
    char where[48];
    if (k == K_NONE)
        return fail(f, BRUG_EPARSE, "%sunknown field \"%.*s\"", where_of(f, where, sizeof(where)),
                    shown, (const char *)s);
    if (*seen & BIT(k))
        return fail(f, BRUG_EPARSE, "%smalformed JSON: duplicate object key \"%s\"",
                    where_of(f, where, sizeof(where)), key_name[k]);
    *seen |= BIT(k);
    f->key = k;
    return 1;
}

/* ---- a credential, built as JSON ---- */

static int cred_add(parser *f, json_t *v)
{
    json_t *top = f->stack[f->depth - 1];
    int bad;
    if (!v)
        return fail(f, BRUG_ENOMEM, "out of memory");
    if (json_is_array(top)) {
        bad = json_array_append_new(top, v);
    } else {
        if (json_object_getn(top, f->ckey, f->ckeylen)) {
            json_decref(v);
            return fail(f, BRUG_EPARSE,
                        "skills[%zu].credential: malformed JSON: duplicate object key \"%.*s\"",
                        f->nskill_in - 1, (int)(f->ckeylen > 100 ? 100 : f->ckeylen), f->ckey);
        }
        bad = json_object_setn_new(top, f->ckey, f->ckeylen, v);
    }
    return bad ? fail(f, BRUG_ENOMEM, "out of memory") : 1;
}

/* A container opens inside the credential (or is the credential). */
static int cred_open(parser *f, json_t *c)
{
    if (!c)
        return fail(f, BRUG_ENOMEM, "out of memory");
    if (f->depth == CRED_DEPTH) {
        json_decref(c);
        return fail(f, BRUG_EPARSE, "skills[%zu].credential: nested deeper than %d",
                    f->nskill_in - 1, CRED_DEPTH);
    }
    if (f->depth == 0) {
        f->sk_cred = c;
    } else if (!cred_add(f, json_incref(c))) {
        json_decref(c);
        return 0;
    }
    f->stack[f->depth++] = c;
    if (f->depth > 1)
        json_decref(c); /* the parent holds it */
    return 1;
}

static int cred_close(parser *f)
{
    if (--f->depth == 0)
        f->ctx = C_SKILL;
    return 1;
}

static int cred_key(parser *f, const unsigned char *s, size_t n)
{
    if (n >= sizeof(f->ckey))
        return fail(f, BRUG_EPARSE, "skills[%zu].credential: a key longer than %d bytes",
                    f->nskill_in - 1, CRED_KEY_MAX - 1);
    memcpy(f->ckey, s, n);
    f->ckeylen = n;
    return 1;
}

/* ---- passports ---- */

/* The value for f->key in f->ctx has the wrong type (or is not allowed). */
static int p_bad(parser *f)
{
    switch (f->ctx) {
    case C_NONE:
        return fail(f, BRUG_EPARSE, "a passport must be a JSON object");
    case C_TOP:
        switch (f->key) {
        case K_ID:
            return bad_id(f, "id");
        case K_REGION:
            return bad_region(f);
        case K_MAX_KM:
        case K_HOURS:
            return fail(f, BRUG_EPARSE, "\"%s\" must be a whole number", key_name[f->key]);
        case K_SKILLS:
            return fail(f, BRUG_EPARSE, "\"skills\" must be an array");
        case K_WORK:
            return fail(f, BRUG_EPARSE, "\"work\" must be an array");
        case K_DRIVES:
            return fail(f, BRUG_EPARSE, "\"drives\" must be an array of strings");
        default:
            return fail(f, BRUG_EPARSE,
                        "\"sectors\" must be an object {\"prefer\": [...], \"exclude\": [...]}");
        }
    case C_SKILLS:
        return fail(f, BRUG_EPARSE,
                    "skills[%zu] must be an object {\"uri\", \"evidence\", \"date\"}",
                    f->nskill_in - 1);
    case C_SKILL:
        switch (f->key) {
        case K_URI:
            return fail(f, BRUG_EPARSE, "skills[%zu].uri: expected the URI of an ESCO skill",
                        f->nskill_in - 1);
        case K_EVIDENCE:
            return fail(f, BRUG_EPARSE,
                        "skills[%zu].evidence: expected self, employer, diploma or credential",
                        f->nskill_in - 1);
        case K_DATE:
            return fail(f, BRUG_EPARSE,
                        "skills[%zu].date: expected \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\"",
                        f->nskill_in - 1);
        default:
            return fail(f, BRUG_EPARSE, "skills[%zu].credential must be a signed credential object",
                        f->nskill_in - 1);
        }
    case C_WORK:
        return fail(f, BRUG_EPARSE, "work[%zu] must be an object {\"occupation\", \"years\"}",
                    f->nwork_in - 1);
    case C_WORKOBJ:
        if (f->key == K_OCCUPATION)
            return fail(f, BRUG_EPARSE,
                        "work[%zu].occupation: expected the URI of an ESCO "
                        "occupation",
                        f->nwork_in - 1);
        return fail(f, BRUG_EPARSE, "work[%zu].years: expected a number from 0 to 70",
                    f->nwork_in - 1);
    case C_DRIVES:
        return bad_drive(f);
    case C_SECTORS:
        return fail(f, BRUG_EPARSE, "\"sectors.%s\" must be an array of sector codes",
                    key_name[f->key]);
    case C_PREFER:
    case C_EXCLUDE:
        return fail(f, BRUG_EPARSE, "sectors.%s[%zu]: unknown sector (see docs/passports.md)",
                    f->ctx == C_PREFER ? "prefer" : "exclude", f->nsector_in - 1);
    default:
        return fail(f, BRUG_EPARSE, "malformed JSON");
    }
}

/* An element of an array: count it before p_bad names its index. */
static void p_element(parser *f)
{
    if (f->ctx == C_SKILLS)
        f->nskill_in++;
    else if (f->ctx == C_WORK)
        f->nwork_in++;
    else if (f->ctx == C_DRIVES)
        f->ndrive_in++;
    else if (f->ctx == C_PREFER || f->ctx == C_EXCLUDE)
        f->nsector_in++;
}

static int p_null(void *c)
{
    parser *f = c;
    if (f->ctx == C_CRED)
        return cred_add(f, json_null());
    p_element(f);
    return p_bad(f);
}

static int p_boolean(void *c, int v)
{
    parser *f = c;
    if (f->ctx == C_CRED)
        return cred_add(f, json_boolean(v));
    p_element(f);
    return p_bad(f);
}

static int p_integer(void *c, long long v)
{
    parser *f = c;
    if (f->ctx == C_CRED)
        return cred_add(f, json_integer((json_int_t)v));
    if (f->ctx == C_TOP && f->key == K_MAX_KM)
        return take_uint(f, v, 0, BRUG__MAX_KM, &f->p->max_km);
    if (f->ctx == C_TOP && f->key == K_HOURS)
        return take_uint(f, v, 1, BRUG__MAX_HOURS, &f->p->hours);
    if (f->ctx == C_WORKOBJ && f->key == K_YEARS && v >= 0 && v <= 70) {
        f->wk.years = (double)v;
        return 1;
    }
    p_element(f);
    return p_bad(f);
}

static int p_double(void *c, double v)
{
    parser *f = c;
    if (f->ctx == C_CRED)
        return cred_add(f, json_real(v));
    if (f->ctx == C_WORKOBJ && f->key == K_YEARS && v >= 0 && v <= 70) {
        f->wk.years = v;
        return 1;
    }
    p_element(f);
    return p_bad(f);
}

static int p_skill_string(parser *f, const unsigned char *s, size_t n)
{
    char buf[32];
    int x;
    switch (f->key) {
    case K_URI:
        return resolve(f, s, n, BRUG_KIND_SKILL, &f->sk.skill, &f->sk_uri);
    case K_EVIDENCE:
        x = cstr(buf, sizeof(buf), s, n) ? brug__evidence_find(buf) : -1;
        if (x < 0)
            return p_bad(f);
        f->sk.evidence = (uint8_t)x;
        return 1;
    case K_DATE:
        if (!cstr(f->sk.date, sizeof(f->sk.date), s, n) || !brug__people_valid_date(f->sk.date))
            return p_bad(f);
        return 1;
    default:
        return p_bad(f);
    }
}

static int p_string(void *c, const unsigned char *s, size_t n)
{
    parser *f = c;
    char buf[32];
    int x;
    if (f->ctx == C_CRED)
        return cred_add(f, json_stringn((const char *)s, n));
    if (memchr(s, '\0', n))
        return fail(f, BRUG_EPARSE, "malformed JSON: \\u0000 in a string");
    switch (f->ctx) {
    case C_TOP:
        if (f->key == K_ID)
            return take_id(f, s, n, f->p->text, &f->p->id, "id");
        if (f->key == K_REGION)
            return take_region(f, s, n, &f->p->region);
        return p_bad(f);
    case C_SKILL:
        return p_skill_string(f, s, n);
    case C_WORKOBJ:
        if (f->key != K_OCCUPATION)
            return p_bad(f);
        return resolve(f, s, n, BRUG_KIND_OCCUPATION, &f->wk.occupation, NULL);
    case C_DRIVES:
        return take_drive(f, s, n, &f->p->drives);
    case C_PREFER:
    case C_EXCLUDE:
        f->nsector_in++;
        x = cstr(buf, sizeof(buf), s, n) ? brug__sector_find(buf) : -1;
        if (x < 0)
            return p_bad(f);
        if (f->ctx == C_PREFER)
            f->p->prefer |= 1u << x;
        else
            f->p->exclude |= 1u << x;
        return 1;
    default:
        p_element(f);
        return p_bad(f);
    }
}

static int p_map_key(void *c, const unsigned char *s, size_t n)
{
    parser *f = c;
    enum key k = K_NONE;
    switch (f->ctx) {
    case C_CRED:
        return cred_key(f, s, n);
    case C_TOP:
        k = str_is(s, n, "id")        ? K_ID
            : str_is(s, n, "region")  ? K_REGION
            : str_is(s, n, "max_km")  ? K_MAX_KM
            : str_is(s, n, "hours")   ? K_HOURS
            : str_is(s, n, "skills")  ? K_SKILLS
            : str_is(s, n, "work")    ? K_WORK
            : str_is(s, n, "drives")  ? K_DRIVES
            : str_is(s, n, "sectors") ? K_SECTORS
                                      : K_NONE;
        return take_key(f, k, s, n);
    case C_SKILL:
        k = str_is(s, n, "uri")          ? K_URI
            : str_is(s, n, "evidence")   ? K_EVIDENCE
            : str_is(s, n, "date")       ? K_DATE
            : str_is(s, n, "credential") ? K_CREDENTIAL
                                         : K_NONE;
        return take_key(f, k, s, n);
    case C_WORKOBJ:
        k = str_is(s, n, "occupation") ? K_OCCUPATION : str_is(s, n, "years") ? K_YEARS : K_NONE;
        return take_key(f, k, s, n);
    default: /* C_SECTORS */
        k = str_is(s, n, "prefer") ? K_PREFER : str_is(s, n, "exclude") ? K_EXCLUDE : K_NONE;
        return take_key(f, k, s, n);
    }
}

static int p_start_map(void *c)
{
    parser *f = c;
    switch (f->ctx) {
    case C_CRED:
        return cred_open(f, json_object());
    case C_NONE:
        f->ctx = C_TOP;
        return 1;
    case C_SKILLS:
        if (++f->nskill_in > BRUG__MAX_SKILLS)
            return fail(f, BRUG_EPARSE, "more than %d skills", BRUG__MAX_SKILLS);
        f->ctx = C_SKILL;
        f->seen_in = 0;
        f->sk.skill = 0;
        f->sk.evidence = BRUG__EVIDENCE_SELF;
        f->sk.date[0] = '\0';
        f->sk_uri = NULL;
        f->sk_cred = NULL;
        return 1;
    case C_WORK:
        if (++f->nwork_in > BRUG__MAX_WORK)
            return fail(f, BRUG_EPARSE, "more than %d work-history entries", BRUG__MAX_WORK);
        f->ctx = C_WORKOBJ;
        f->seen_in = 0;
        f->wk.occupation = 0;
        f->wk.years = 0;
        return 1;
    case C_TOP:
        if (f->key != K_SECTORS)
            return p_bad(f);
        f->ctx = C_SECTORS;
        f->seen_in = 0;
        return 1;
    case C_SKILL:
        if (f->key != K_CREDENTIAL)
            return p_bad(f);
        f->ctx = C_CRED;
        return cred_open(f, json_object());
    default:
        p_element(f);
        return p_bad(f);
    }
}

/* Keep the credential of the skill just read (its underlying evidence: the
 * skill's own, self when that says credential). */
static int p_keep_cred(parser *f)
{
    brug__passport_rec *p = f->p;
    brug__rec_cred *cr;
    if (p->ncreds == p->capcreds) {
        uint32_t cap = p->capcreds ? 2 * p->capcreds : 4;
        brug__rec_cred *n = brug__reallocarray(f->alloc, p->creds, cap, sizeof(*n));
        if (!n)
            return fail(f, BRUG_ENOMEM, "out of memory");
        p->creds = n;
        p->capcreds = cap;
    }
    cr = &p->creds[p->ncreds++];
    cr->at = (uint32_t)(f->nskill_in - 1);
    cr->skill = f->sk.skill;
    cr->uri = f->sk_uri;
    cr->underlying =
        f->sk.evidence == BRUG__EVIDENCE_CREDENTIAL ? BRUG__EVIDENCE_SELF : f->sk.evidence;
    cr->credential = f->sk_cred;
    f->sk_cred = NULL;
    return 1;
}

static int p_end_map(void *c)
{
    parser *f = c;
    switch (f->ctx) {
    case C_CRED:
        return cred_close(f);
    case C_TOP:
        f->ctx = C_DONE;
        if (!(f->seen & BIT(K_ID)))
            return fail(f, BRUG_EPARSE, "missing \"id\"");
        if (!(f->seen & BIT(K_REGION)))
            return fail(f, BRUG_EPARSE, "missing \"region\"");
        if (!(f->seen & BIT(K_SKILLS)))
            return fail(f, BRUG_EPARSE, "missing \"skills\"");
        return 1;
    case C_SKILL:
        if (!(f->seen_in & BIT(K_URI)))
            return fail(f, BRUG_EPARSE, "skills[%zu]: missing \"uri\"", f->nskill_in - 1);
        brug__passport_add_skill(f->p, &f->sk);
        f->ctx = C_SKILLS;
        return f->sk_cred ? p_keep_cred(f) : 1;
    case C_WORKOBJ:
        if (!(f->seen_in & BIT(K_OCCUPATION)))
            return fail(f, BRUG_EPARSE, "work[%zu]: missing \"occupation\"", f->nwork_in - 1);
        f->p->work[f->p->nwork++] = f->wk;
        f->ctx = C_WORK;
        return 1;
    default: /* C_SECTORS */
        if (f->p->prefer & f->p->exclude)
            return fail(f, BRUG_EPARSE, "sectors: a sector is both preferred and excluded");
        f->ctx = C_TOP;
        return 1;
    }
}

static int p_start_array(void *c)
{
    parser *f = c;
    if (f->ctx == C_CRED)
        return cred_open(f, json_array());
    if (f->ctx == C_TOP && f->key == K_SKILLS)
        f->ctx = C_SKILLS;
    else if (f->ctx == C_TOP && f->key == K_WORK)
        f->ctx = C_WORK;
    else if (f->ctx == C_TOP && f->key == K_DRIVES)
        f->ctx = C_DRIVES;
    else if (f->ctx == C_SECTORS && (f->key == K_PREFER || f->key == K_EXCLUDE)) {
        f->ctx = f->key == K_PREFER ? C_PREFER : C_EXCLUDE;
        f->nsector_in = 0;
    } else {
        p_element(f);
        return p_bad(f);
    }
    return 1;
}

static int p_end_array(void *c)
{
    parser *f = c;
    if (f->ctx == C_CRED)
        return cred_close(f);
    if (f->ctx == C_PREFER || f->ctx == C_EXCLUDE)
        f->ctx = C_SECTORS;
    else
        f->ctx = C_TOP; /* skills, work, drives */
    return 1;
}

static const yajl_callbacks passport_callbacks = {
    p_null,      p_boolean, p_integer, p_double,      NULL,        p_string,
    p_start_map, p_map_key, p_end_map, p_start_array, p_end_array,
};

/* ---- offers ---- */

static int o_bad(parser *f)
{
    switch (f->ctx) {
    case C_NONE:
        return fail(f, BRUG_EPARSE, "an offer must be a JSON object");
    case C_TOP:
        switch (f->key) {
        case K_ID:
            return bad_id(f, "id");
        case K_TYPE:
            return fail(f, BRUG_EPARSE, "\"type\" must be \"vacancy\" or \"placement\"");
        case K_TITLE:
            return fail(f, BRUG_EPARSE, "\"title\" must be a string of at most %d bytes",
                        BRUG__TEXT_MAX);
        case K_TITLE_LANG:
            return fail(f, BRUG_EPARSE,
                        "\"title_lang\" must be a language code such as \"nl\" or \"en\"");
        case K_EMPLOYER:
            return fail(f, BRUG_EPARSE,
                        "\"employer\" must be an employer id or {\"id\", \"sector\", \"size\"}");
        case K_OCCUPATION:
            return fail(f, BRUG_EPARSE, "occupation: expected the URI of an ESCO occupation");
        case K_REGION:
            return bad_region(f);
        case K_HOURS:
        case K_CAPACITY:
            return fail(f, BRUG_EPARSE, "\"%s\" must be a whole number", key_name[f->key]);
        case K_DRIVES:
            return fail(f, BRUG_EPARSE, "\"drives\" must be an array of strings");
        default:
            return fail(f, BRUG_EPARSE, "\"%s\" must be an array of skill URIs", key_name[f->key]);
        }
    case C_EMPLOYER:
        switch (f->key) {
        case K_E_ID:
            return bad_id(f, "id");
        case K_E_NAME:
            return fail(f, BRUG_EPARSE, "employer.name must be a string of at most %d bytes",
                        BRUG__TEXT_MAX);
        case K_E_SECTOR:
            return fail(f, BRUG_EPARSE, "employer.sector: unknown sector (see docs/passports.md)");
        default:
            return fail(f, BRUG_EPARSE, "employer.size: expected micro, small, medium or large");
        }
    case C_ESSENTIAL:
    case C_OPTIONAL:
        return fail(f, BRUG_EPARSE, "%s[%zu]: expected the URI of an ESCO skill",
                    f->ctx == C_ESSENTIAL ? "essential" : "optional", f->nskill_in - 1);
    case C_DRIVES:
        return bad_drive(f);
    default:
        return fail(f, BRUG_EPARSE, "malformed JSON");
    }
}

static void o_element(parser *f)
{
    if (f->ctx == C_ESSENTIAL || f->ctx == C_OPTIONAL)
        f->nskill_in++;
    else if (f->ctx == C_DRIVES)
        f->ndrive_in++;
}

static int o_null(void *c)
{
    o_element(c);
    return o_bad(c);
}

static int o_boolean(void *c, int v)
{
    (void)v;
    o_element(c);
    return o_bad(c);
}

static int o_double(void *c, double v)
{
    (void)v;
    o_element(c);
    return o_bad(c);
}

static int o_integer(void *c, long long v)
{
    parser *f = c;
    if (f->ctx == C_TOP && f->key == K_HOURS)
        return take_uint(f, v, 1, BRUG__MAX_HOURS, &f->o->hours);
    if (f->ctx == C_TOP && f->key == K_CAPACITY)
        return take_uint(f, v, 1, BRUG__MAX_CAPACITY, &f->o->capacity);
    o_element(f);
    return o_bad(f);
}

/* A skill of "essential" or "optional": a skill listed in both is essential. */
static int o_skill(parser *f, const unsigned char *s, size_t n, int essential)
{
    brug__offer_rec *o = f->o;
    int64_t id;
    uint32_t k;
    f->nskill_in++;
    if (!resolve(f, s, n, BRUG_KIND_SKILL, &id, NULL))
        return 0;
    for (k = 0; k < o->nskills; k++)
        if (o->skills[k].skill == id) {
            if (essential)
                o->skills[k].evidence = 1;
            return 1;
        }
    if (o->nskills == BRUG__MAX_SKILLS)
        return fail(f, BRUG_EPARSE, "more than %d skills", BRUG__MAX_SKILLS);
    o->skills[o->nskills].skill = id;
    o->skills[o->nskills].evidence = (uint8_t)essential;
    o->skills[o->nskills].date[0] = '\0';
    o->nskills++;
    return 1;
}

/* Where an offer's strings live in its text buffer. */
#define O_ID 0
#define O_EMPLOYER (O_ID + BRUG__ID_MAX + 1)
#define O_TITLE (O_EMPLOYER + BRUG__ID_MAX + 1)
#define O_NAME (O_TITLE + BRUG__TEXT_MAX + 1)

static int o_top_string(parser *f, const unsigned char *s, size_t n)
{
    brug__offer_rec *o = f->o;
    switch (f->key) {
    case K_ID:
        return take_id(f, s, n, o->text + O_ID, &o->id, "id");
    case K_TYPE:
        if (str_is(s, n, "vacancy"))
            o->type = BRUG__OFFER_VACANCY;
        else if (str_is(s, n, "placement"))
            o->type = BRUG__OFFER_PLACEMENT;
        else
            return o_bad(f);
        return 1;
    case K_TITLE:
        if (!cstr(o->text + O_TITLE, BRUG__TEXT_MAX + 1, s, n))
            return o_bad(f);
        o->title = o->text + O_TITLE;
        return 1;
    case K_TITLE_LANG: {
        char code[32];
        if (n >= sizeof(code))
            return o_bad(f);
        memcpy(code, s, n);
        code[n] = '\0';
        if (brug_lang_normalize(code, o->title_lang, sizeof(o->title_lang)) ||
            strcmp(o->title_lang, "any") == 0) {
            o->title_lang[0] = '\0';
            return o_bad(f);
        }
        return 1;
    }
    case K_EMPLOYER: /* an employer given earlier, by id */
        if (!valid_idn((const char *)s, n))
            return fail(f, BRUG_EPARSE, "\"employer\" id must be 1 to %d printable bytes",
                        BRUG__ID_MAX);
        return take_id(f, s, n, o->text + O_EMPLOYER, &o->employer_id, "employer");
    case K_OCCUPATION:
        return resolve(f, s, n, BRUG_KIND_OCCUPATION, &o->occupation, NULL);
    case K_REGION:
        return take_region(f, s, n, &o->region);
    default:
        return o_bad(f);
    }
}

static int o_string(void *c, const unsigned char *s, size_t n)
{
    parser *f = c;
    brug__offer_rec *o = f->o;
    char buf[32];
    int x;
    if (memchr(s, '\0', n))
        return fail(f, BRUG_EPARSE, "malformed JSON: \\u0000 in a string");
    switch (f->ctx) {
    case C_TOP:
        return o_top_string(f, s, n);
    case C_EMPLOYER:
        switch (f->key) {
        case K_E_ID:
            return take_id(f, s, n, o->text + O_EMPLOYER, &o->employer_id, "id");
        case K_E_NAME:
            if (!cstr(o->text + O_NAME, BRUG__TEXT_MAX + 1, s, n))
                return o_bad(f);
            o->employer_name = o->text + O_NAME;
            return 1;
        case K_E_SECTOR:
            x = cstr(buf, sizeof(buf), s, n) ? brug__sector_find(buf) : -1;
            if (x < 0)
                return o_bad(f);
            o->employer_sector = x;
            return 1;
        default:
            x = cstr(buf, sizeof(buf), s, n) ? brug__size_find(buf) : -1;
            if (x < 0)
                return o_bad(f);
            o->employer_size = x;
            return 1;
        }
    case C_ESSENTIAL:
    case C_OPTIONAL:
        return o_skill(f, s, n, f->ctx == C_ESSENTIAL);
    case C_DRIVES:
        return take_drive(f, s, n, &o->drives);
    default:
        return o_bad(f);
    }
}

static int o_map_key(void *c, const unsigned char *s, size_t n)
{
    parser *f = c;
    enum key k;
    if (f->ctx == C_TOP) {
        k = str_is(s, n, "id")           ? K_ID
            : str_is(s, n, "type")       ? K_TYPE
            : str_is(s, n, "title")      ? K_TITLE
            : str_is(s, n, "title_lang") ? K_TITLE_LANG
            : str_is(s, n, "employer")   ? K_EMPLOYER
            : str_is(s, n, "occupation") ? K_OCCUPATION
            : str_is(s, n, "region")     ? K_REGION
            : str_is(s, n, "hours")      ? K_HOURS
            : str_is(s, n, "capacity")   ? K_CAPACITY
            : str_is(s, n, "essential")  ? K_ESSENTIAL
            : str_is(s, n, "optional")   ? K_OPTIONAL
            : str_is(s, n, "drives")     ? K_DRIVES
                                         : K_NONE;
        return take_key(f, k, s, n);
    }
    k = str_is(s, n, "id")       ? K_E_ID
        : str_is(s, n, "name")   ? K_E_NAME
        : str_is(s, n, "sector") ? K_E_SECTOR
        : str_is(s, n, "size")   ? K_E_SIZE
                                 : K_NONE;
    return take_key(f, k, s, n);
}

static int o_start_map(void *c)
{
    parser *f = c;
    if (f->ctx == C_NONE) {
        f->ctx = C_TOP;
        return 1;
    }
    if (f->ctx == C_TOP && f->key == K_EMPLOYER) {
        f->ctx = C_EMPLOYER;
        f->seen_in = 0;
        return 1;
    }
    o_element(f);
    return o_bad(f);
}

static int o_end_map(void *c)
{
    parser *f = c;
    if (f->ctx == C_EMPLOYER) {
        if (!(f->seen_in & BIT(K_E_ID)))
            return fail(f, BRUG_EPARSE, "employer: missing \"id\"");
        if (!(f->seen_in & BIT(K_E_SECTOR)))
            return fail(f, BRUG_EPARSE, "employer: missing \"sector\"");
        if (!(f->seen_in & BIT(K_E_SIZE)))
            return fail(f, BRUG_EPARSE, "employer: missing \"size\"");
        f->o->has_employer = 1;
        f->ctx = C_TOP;
        return 1;
    }
    f->ctx = C_DONE;
    if (!(f->seen & BIT(K_ID)))
        return fail(f, BRUG_EPARSE, "missing \"id\"");
    if (!(f->seen & BIT(K_TYPE)))
        return fail(f, BRUG_EPARSE, "missing \"type\"");
    if (!(f->seen & BIT(K_EMPLOYER)))
        return fail(f, BRUG_EPARSE, "missing \"employer\"");
    if (!(f->seen & BIT(K_OCCUPATION)))
        return fail(f, BRUG_EPARSE, "missing \"occupation\"");
    if (!(f->seen & BIT(K_REGION)))
        return fail(f, BRUG_EPARSE, "missing \"region\"");
    if (f->o->nskills == 0)
        return fail(f, BRUG_EPARSE,
                    "an offer needs at least one skill in \"essential\" or \"optional\"");
    return 1;
}

static int o_start_array(void *c)
{
    parser *f = c;
    if (f->ctx == C_TOP && (f->key == K_ESSENTIAL || f->key == K_OPTIONAL)) {
        f->ctx = f->key == K_ESSENTIAL ? C_ESSENTIAL : C_OPTIONAL;
        f->nskill_in = 0;
        return 1;
    }
    if (f->ctx == C_TOP && f->key == K_DRIVES) {
        f->ctx = C_DRIVES;
        return 1;
    }
    o_element(f);
    return o_bad(f);
}

static int o_end_array(void *c)
{
    parser *f = c;
    f->ctx = C_TOP; /* essential, optional, drives */
    return 1;
}

static const yajl_callbacks offer_callbacks = {
    o_null,      o_boolean, o_integer, o_double,      NULL,        o_string,
    o_start_map, o_map_key, o_end_map, o_start_array, o_end_array,
};

/* ---- running the parser ---- */

/* Parse text (len bytes) with cb on f; the first problem's message in why. */
static brug_err run(parser *f, const yajl_callbacks *cb, const char *text, size_t len)
{
    yajl_alloc_funcs af;
    yajl_handle h;
    yajl_status st;
    size_t at = 0;

    af.malloc = f->alloc->malloc;
    af.realloc = f->alloc->realloc;
    af.free = f->alloc->free;
    af.ctx = f->alloc->ctx;
    h = yajl_alloc(cb, &af, f);
    if (!h) {
        snprintf(f->why, f->whysize, "out of memory");
        return BRUG_ENOMEM;
    }
    st = yajl_parse(h, (const unsigned char *)text, len);
    if (st == yajl_status_ok) {
        at = len;
        st = yajl_complete_parse(h);
    } else {
        at = yajl_get_bytes_consumed(h);
    }
    if (st != yajl_status_ok && !f->err) {
        unsigned char *msg = yajl_get_error(h, 0, (const unsigned char *)text, len);
        size_t n = msg ? strcspn((const char *)msg, "\n") : 0;
        f->err = BRUG_EPARSE;
        snprintf(f->why, f->whysize, "malformed JSON: %.*s (column %zu)", (int)n,
                 msg ? (const char *)msg : "", at + 1);
        if (msg)
            yajl_free_error(h, msg);
    }
    yajl_free(h);
    /* Stopped inside a skill that holds a credential (open or closed): it
     * is not kept. A kept credential has moved to the record already. */
    json_decref(f->sk_cred);
    f->sk_cred = NULL;
    return f->err;
}

static void parser_init(parser *f, const brug__concepts *cm, const brug_alloc *alloc, char *why,
                        size_t whysize)
{
    f->cm = cm;
    f->alloc = alloc;
    f->p = NULL;
    f->o = NULL;
    f->why = why;
    f->whysize = whysize;
    f->err = BRUG_OK;
    f->ctx = C_NONE;
    f->key = K_NONE;
    f->seen = f->seen_in = 0;
    f->nskill_in = f->nwork_in = f->ndrive_in = f->nsector_in = 0;
    f->sk_uri = NULL;
    f->sk_cred = NULL;
    f->depth = 0;
    f->ckeylen = 0;
}

static void passport_creds_clear(brug__passport_rec *r)
{
    uint32_t i;
    for (i = 0; i < r->ncreds; i++)
        json_decref(r->creds[i].credential);
    r->ncreds = 0;
}

brug_err brug__passport_read(const char *text, size_t len, const brug__concepts *cm,
                             const brug_alloc *alloc, brug__passport_rec *out, char *why,
                             size_t whysize)
{
    parser f;
    brug_err err;
    parser_init(&f, cm, alloc, why, whysize);
    f.p = out;
    passport_creds_clear(out);
    out->id = NULL;
    out->region = 0;
    out->max_km = 25;
    out->hours = 36;
    out->drives = out->prefer = out->exclude = 0;
    out->nskills = out->nwork = 0;
    err = run(&f, &passport_callbacks, text, len);
    if (err)
        passport_creds_clear(out);
    return err;
}

void brug__passport_rec_release(brug__passport_rec *r, const brug_alloc *alloc)
{
    if (!r)
        return;
    passport_creds_clear(r);
    brug__free(alloc, r->creds);
    r->creds = NULL;
    r->capcreds = 0;
}

brug_err brug__offer_read(const char *text, size_t len, const brug__concepts *cm,
                          const brug_alloc *alloc, brug__offer_rec *out, char *why, size_t whysize)
{
    parser f;
    parser_init(&f, cm, alloc, why, whysize);
    f.o = out;
    out->id = out->title = out->employer_id = out->employer_name = NULL;
    out->title_lang[0] = '\0';
    out->has_employer = 0;
    out->employer_sector = out->employer_size = 0;
    out->type = 0;
    out->occupation = 0;
    out->region = 0;
    out->hours = 36;
    out->capacity = 1;
    out->drives = 0;
    out->nskills = 0;
    return run(&f, &offer_callbacks, text, len);
}

/* A document as the text the parser reads (jansson keeps an object's keys
 * in their order, so messages name the same first problem). */
static brug_err dump(const json_t *doc, const char *what, char **text, char *why, size_t whysize)
{
    *text = json_dumps(doc, JSON_COMPACT | JSON_ENCODE_ANY);
    if (!*text) {
        snprintf(why, whysize, "%s: out of memory", what);
        return BRUG_ENOMEM;
    }
    return BRUG_OK;
}

brug_err brug__passport_parse(const json_t *doc, const brug__concepts *cm, const brug_alloc *alloc,
                              brug__passport_rec *out, char *why, size_t whysize)
{
    char *text;
    brug_err err = dump(doc, "passport", &text, why, whysize);
    if (err)
        return err;
    err = brug__passport_read(text, strlen(text), cm, alloc, out, why, whysize);
    free(text);
    return err;
}

brug_err brug__offer_parse(const json_t *doc, const brug__concepts *cm, const brug_alloc *alloc,
                           brug__offer_rec *out, char *why, size_t whysize)
{
    char *text;
    brug_err err = dump(doc, "offer", &text, why, whysize);
    if (err)
        return err;
    err = brug__offer_read(text, strlen(text), cm, alloc, out, why, whysize);
    free(text);
    return err;
}
