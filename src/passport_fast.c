/*
 * passport_fast.c - the fast path of `brug import passports`: one JSON
 * Lines passport read straight into a brug__passport_rec by yajl's
 * streaming parser, without building a jansson tree (about five times
 * less work per line than json_loadb).
 *
 * It takes only lines that are plainly valid: printable ASCII without
 * backslash escapes, every field of docs/passports.md with the right type
 * and range, no unknown or repeated key.  Anything else (a malformed line,
 * an unknown URI, a tab, a non-ASCII id, ...) makes it return 0, and the
 * caller parses the line with jansson and brug__passport_parse, which
 * accepts exactly the same passports and names the problem (FILE:LINE).
 * So the error messages have one source, and a record read here equals
 * the one brug__passport_parse would give (tests/unit/test_people.c
 * compares them on valid and broken lines).
 */
#include <string.h>

#include <yajl/yajl_parse.h>

#include "people.h"
#include "people_fast.h"
#include "people_vocab.h"

enum ctx {
    C_NONE,    /* before the record's object */
    C_TOP,     /* in the record's object */
    C_SKILLS,  /* in "skills": [ */
    C_SKILL,   /* in one skill object */
    C_WORK,    /* in "work": [ */
    C_WORKOBJ, /* in one work-history object */
    C_DRIVES,  /* in "drives": [ */
    C_SECTORS, /* in "sectors": { */
    C_PREFER,  /* in "sectors": {"prefer": [ */
    C_EXCLUDE, /* in "sectors": {"exclude": [ */
    C_DONE     /* after the record's object */
};

/* Keys; their bit in a "seen" mask. */
enum key {
    K_NONE,
    K_ID,
    K_REGION,
    K_MAX_KM,
    K_HOURS,
    K_SKILLS,
    K_WORK,
    K_DRIVES,
    K_SECTORS,
    K_URI,
    K_EVIDENCE,
    K_DATE,
    K_OCCUPATION,
    K_YEARS,
    K_PREFER,
    K_EXCLUDE
};

typedef struct fast {
    const brug__concepts *cm;
    brug__passport_rec *out;
    char *id; /* BRUG__ID_MAX + 1 bytes: out->id points here */
    enum ctx ctx;
    enum key key;     /* the key whose value comes next */
    unsigned seen;    /* keys of the record's object */
    unsigned seen_in; /* keys of the inner object (skill, work, sectors) */
    size_t nskill_in; /* elements of "skills" */
    size_t nwork_in;  /* elements of "work" */
    brug__rec_skill sk;
    brug__rec_work wk;
} fast;

#define BIT(k) (1u << (k))

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

/* A concept of the wanted kind by URI; 0 when unknown or of another kind. */
static int resolve(const fast *f, const unsigned char *s, size_t n, brug_kind kind, int64_t *id)
{
    uint32_t i;
    if (!brug__concepts_find(f->cm, (const char *)s, n, &i) || f->cm->kind[i] != kind)
        return 0;
    *id = f->cm->id[i];
    return 1;
}

static int on_map_key(void *c, const unsigned char *s, size_t n)
{
    fast *f = c;
    enum key k = K_NONE;
    unsigned *seen = f->ctx == C_TOP ? &f->seen : &f->seen_in;
    switch (f->ctx) {
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
        break;
    case C_SKILL:
        k = str_is(s, n, "uri")        ? K_URI
            : str_is(s, n, "evidence") ? K_EVIDENCE
            : str_is(s, n, "date")     ? K_DATE
                                       : K_NONE;
        break;
    case C_WORKOBJ:
        k = str_is(s, n, "occupation") ? K_OCCUPATION : str_is(s, n, "years") ? K_YEARS : K_NONE;
        break;
    case C_SECTORS:
        k = str_is(s, n, "prefer") ? K_PREFER : str_is(s, n, "exclude") ? K_EXCLUDE : K_NONE;
        break;
    default:
        return 0;
    }
    if (k == K_NONE || (*seen & BIT(k)))
        return 0; /* unknown or repeated key */
    *seen |= BIT(k);
    f->key = k;
    return 1;
}

static int on_string(void *c, const unsigned char *s, size_t n)
{
    fast *f = c;
    char buf[32];
    int x;
    switch (f->ctx) {
    case C_TOP:
        if (f->key == K_ID) {
            if (!cstr(f->id, BRUG__ID_MAX + 1, s, n) || !brug__people_valid_id(f->id))
                return 0;
            f->out->id = f->id;
            return 1;
        }
        if (f->key == K_REGION) {
            x = cstr(buf, sizeof(buf), s, n) ? brug__region_find(buf) : -1;
            if (x < 0)
                return 0;
            f->out->region = x;
            return 1;
        }
        return 0;
    case C_SKILL:
        if (f->key == K_URI)
            return resolve(f, s, n, BRUG_KIND_SKILL, &f->sk.skill);
        if (f->key == K_EVIDENCE) {
            x = cstr(buf, sizeof(buf), s, n) ? brug__evidence_find(buf) : -1;
            if (x < 0)
                return 0;
            f->sk.evidence = (uint8_t)x;
            return 1;
        }
        if (f->key == K_DATE)
            return cstr(f->sk.date, sizeof(f->sk.date), s, n) &&
                   brug__people_valid_date(f->sk.date);
        return 0;
    case C_WORKOBJ:
        return f->key == K_OCCUPATION && resolve(f, s, n, BRUG_KIND_OCCUPATION, &f->wk.occupation);
    case C_DRIVES:
        x = cstr(buf, sizeof(buf), s, n) ? brug__drive_find(buf) : -1;
        if (x < 0)
            return 0;
        f->out->drives |= 1u << x;
        return 1;
    case C_PREFER:
    case C_EXCLUDE:
        x = cstr(buf, sizeof(buf), s, n) ? brug__sector_find(buf) : -1;
        if (x < 0)
            return 0;
        if (f->ctx == C_PREFER)
            f->out->prefer |= 1u << x;
        else
            f->out->exclude |= 1u << x;
        return 1;
    default:
        return 0;
    }
}

static int on_integer(void *c, long long v)
{
    fast *f = c;
    if (f->ctx == C_TOP && f->key == K_MAX_KM && v >= 0 && v <= BRUG__MAX_KM)
        f->out->max_km = (uint32_t)v;
    else if (f->ctx == C_TOP && f->key == K_HOURS && v >= 1 && v <= BRUG__MAX_HOURS)
        f->out->hours = (uint32_t)v;
    else if (f->ctx == C_WORKOBJ && f->key == K_YEARS && v >= 0 && v <= 70)
        f->wk.years = (double)v;
    else
        return 0;
    return 1;
}

static int on_double(void *c, double v)
{
    fast *f = c;
    if (f->ctx != C_WORKOBJ || f->key != K_YEARS || !(v >= 0 && v <= 70))
        return 0;
    f->wk.years = v;
    return 1;
}

static int on_start_map(void *c)
{
    fast *f = c;
    switch (f->ctx) {
    case C_NONE:
        f->ctx = C_TOP;
        return 1;
    case C_SKILLS:
        if (++f->nskill_in > BRUG__MAX_SKILLS)
            return 0;
        f->ctx = C_SKILL;
        f->seen_in = 0;
        f->sk.skill = 0;
        f->sk.evidence = BRUG__EVIDENCE_SELF;
        f->sk.date[0] = '\0';
        return 1;
    case C_WORK:
        if (++f->nwork_in > BRUG__MAX_WORK)
            return 0;
        f->ctx = C_WORKOBJ;
        f->seen_in = 0;
        f->wk.occupation = 0;
        f->wk.years = 0;
        return 1;
    case C_TOP:
        if (f->key != K_SECTORS)
            return 0;
        f->ctx = C_SECTORS;
        f->seen_in = 0;
        return 1;
    default:
        return 0;
    }
}

static int on_end_map(void *c)
{
    fast *f = c;
    switch (f->ctx) {
    case C_TOP:
        f->ctx = C_DONE;
        return (f->seen & (BIT(K_ID) | BIT(K_REGION) | BIT(K_SKILLS))) ==
               (BIT(K_ID) | BIT(K_REGION) | BIT(K_SKILLS));
    case C_SKILL:
        if (!(f->seen_in & BIT(K_URI)))
            return 0;
        brug__passport_add_skill(f->out, &f->sk);
        f->ctx = C_SKILLS;
        return 1;
    case C_WORKOBJ:
        if (!(f->seen_in & BIT(K_OCCUPATION)))
            return 0;
        f->out->work[f->out->nwork++] = f->wk;
        f->ctx = C_WORK;
        return 1;
    case C_SECTORS:
        if (f->out->prefer & f->out->exclude)
            return 0;
        f->ctx = C_TOP;
        return 1;
    default:
        return 0;
    }
}

static int on_start_array(void *c)
{
    fast *f = c;
    if (f->ctx == C_TOP && f->key == K_SKILLS)
        f->ctx = C_SKILLS;
    else if (f->ctx == C_TOP && f->key == K_WORK)
        f->ctx = C_WORK;
    else if (f->ctx == C_TOP && f->key == K_DRIVES)
        f->ctx = C_DRIVES;
    else if (f->ctx == C_SECTORS && f->key == K_PREFER)
        f->ctx = C_PREFER;
    else if (f->ctx == C_SECTORS && f->key == K_EXCLUDE)
        f->ctx = C_EXCLUDE;
    else
        return 0;
    return 1;
}

static int on_end_array(void *c)
{
    fast *f = c;
    if (f->ctx == C_SKILLS || f->ctx == C_WORK || f->ctx == C_DRIVES)
        f->ctx = C_TOP;
    else if (f->ctx == C_PREFER || f->ctx == C_EXCLUDE)
        f->ctx = C_SECTORS;
    else
        return 0;
    return 1;
}

/* No passport field takes null or a boolean (yajl skips a value whose
 * callback is NULL, so these must say no). */
static int on_null(void *c)
{
    (void)c;
    return 0;
}

static int on_boolean(void *c, int v)
{
    (void)c;
    (void)v;
    return 0;
}

static const yajl_callbacks callbacks = {
    on_null,      on_boolean, on_integer, on_double,      NULL,         on_string,
    on_start_map, on_map_key, on_end_map, on_start_array, on_end_array,
};

/* Eight bytes at a time: a byte below 0x20, above 0x7e or equal to '\\'
 * sets the high bit of its lane in one of the three terms. */
int brug__people_plain(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t acc = 0, w, x;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        x = w ^ (ones * (uint64_t)'\\');
        acc |= ((w - ones * 0x20) & ~w) | ((w + ones) | w) | ((x - ones) & ~x);
    }
    if (acc & high)
        return 0;
    for (; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] > 0x7e || s[i] == '\\')
            return 0;
    return 1;
}

int brug__people_plain_line(const char *line, size_t *len)
{
    if (*len && line[*len - 1] == '\n')
        (*len)--;
    if (*len && line[*len - 1] == '\r')
        (*len)--;
    return brug__people_plain(line, *len);
}

int brug__people_yajl(const yajl_callbacks *cb, void *ctx, const brug_alloc *alloc,
                      const char *line, size_t len)
{
    yajl_alloc_funcs af;
    yajl_handle h;
    int ok;
    af.malloc = alloc->malloc;
    af.realloc = alloc->realloc;
    af.free = alloc->free;
    af.ctx = alloc->ctx;
    h = yajl_alloc(cb, &af, ctx);
    if (!h)
        return 0;
    ok = yajl_parse(h, (const unsigned char *)line, len) == yajl_status_ok &&
         yajl_complete_parse(h) == yajl_status_ok;
    yajl_free(h);
    return ok;
}

int brug__passport_fast(const char *line, size_t len, const brug__concepts *cm,
                        const brug_alloc *alloc, char *idbuf, brug__passport_rec *out)
{
    fast f;

    /* Plain lines only: printable ASCII, no escapes; a final "\n" or "\r\n". */
    if (!brug__people_plain_line(line, &len))
        return 0;

    memset(&f, 0, sizeof(f));
    f.cm = cm;
    f.out = out;
    f.id = idbuf;
    out->id = NULL;
    out->region = 0;
    out->max_km = 25;
    out->hours = 36;
    out->drives = out->prefer = out->exclude = 0;
    out->nskills = out->nwork = 0;
    return brug__people_yajl(&callbacks, &f, alloc, line, len) && f.ctx == C_DONE;
}
