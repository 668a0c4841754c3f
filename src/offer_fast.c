/*
 * offer_fast.c - the fast path of `brug import offers`, as passport_fast.c
 * is for passports: one JSON Lines offer read straight into a
 * brug__offer_rec by yajl's streaming parser, without a jansson tree.
 *
 * It takes only lines that are plainly valid (printable ASCII without
 * escapes, every field of docs/passports.md right, no unknown or repeated
 * key); for any other line it returns 0 and the caller parses the line
 * with jansson and brug__offer_parse, which accepts exactly the same offers
 * and names the problem.  The record it gives equals brug__offer_parse's
 * but for the order of its skills when "optional" comes before
 * "essential" in the line (the writer stores skills by concept id, so the
 * order does not reach the database; tests/unit/test_people.c compares).
 */
#include <string.h>

#include <yajl/yajl_parse.h>

#include "people.h"
#include "people_fast.h"
#include "people_vocab.h"

enum ctx { C_NONE, C_TOP, C_EMPLOYER, C_ESSENTIAL, C_OPTIONAL, C_DRIVES, C_DONE };

enum key {
    K_NONE,
    K_ID,
    K_TYPE,
    K_TITLE,
    K_EMPLOYER,
    K_OCCUPATION,
    K_REGION,
    K_HOURS,
    K_CAPACITY,
    K_ESSENTIAL,
    K_OPTIONAL,
    K_DRIVES,
    K_E_ID,
    K_E_NAME,
    K_E_SECTOR,
    K_E_SIZE
};

#define BIT(k) (1u << (k))
#define TEXT_MAX 200 /* title and employer name, bytes */

typedef struct fast {
    const brug__concepts *cm;
    brug__offer_rec *out;
    char *id, *employer, *title, *name; /* parts of the caller's buffer */
    enum ctx ctx;
    enum key key;
    unsigned seen, seen_emp;
} fast;

static int str_is(const unsigned char *s, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

static int cstr(char *buf, size_t sz, const unsigned char *s, size_t n)
{
    if (n >= sz)
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return 1;
}

static int resolve(const fast *f, const unsigned char *s, size_t n, brug_kind kind, int64_t *id)
{
    uint32_t i;
    if (!brug__concepts_find(f->cm, (const char *)s, n, &i) || f->cm->kind[i] != kind)
        return 0;
    *id = f->cm->id[i];
    return 1;
}

/* A skill of "essential" or "optional", merged as brug__offer_parse does:
 * a skill listed in both is essential. */
static int add_skill(fast *f, const unsigned char *s, size_t n, int essential)
{
    brug__offer_rec *o = f->out;
    int64_t id;
    uint32_t k;
    if (!resolve(f, s, n, BRUG_KIND_SKILL, &id))
        return 0;
    for (k = 0; k < o->nskills; k++)
        if (o->skills[k].skill == id) {
            if (essential)
                o->skills[k].evidence = 1;
            return 1;
        }
    if (o->nskills == BRUG__MAX_SKILLS)
        return 0;
    o->skills[o->nskills].skill = id;
    o->skills[o->nskills].evidence = (uint8_t)essential;
    o->skills[o->nskills].date[0] = '\0';
    o->nskills++;
    return 1;
}

static int on_map_key(void *c, const unsigned char *s, size_t n)
{
    fast *f = c;
    enum key k = K_NONE;
    unsigned *seen = f->ctx == C_TOP ? &f->seen : &f->seen_emp;
    if (f->ctx == C_TOP)
        k = str_is(s, n, "id")           ? K_ID
            : str_is(s, n, "type")       ? K_TYPE
            : str_is(s, n, "title")      ? K_TITLE
            : str_is(s, n, "employer")   ? K_EMPLOYER
            : str_is(s, n, "occupation") ? K_OCCUPATION
            : str_is(s, n, "region")     ? K_REGION
            : str_is(s, n, "hours")      ? K_HOURS
            : str_is(s, n, "capacity")   ? K_CAPACITY
            : str_is(s, n, "essential")  ? K_ESSENTIAL
            : str_is(s, n, "optional")   ? K_OPTIONAL
            : str_is(s, n, "drives")     ? K_DRIVES
                                         : K_NONE;
    else if (f->ctx == C_EMPLOYER)
        k = str_is(s, n, "id")       ? K_E_ID
            : str_is(s, n, "name")   ? K_E_NAME
            : str_is(s, n, "sector") ? K_E_SECTOR
            : str_is(s, n, "size")   ? K_E_SIZE
                                     : K_NONE;
    if (k == K_NONE || (*seen & BIT(k)))
        return 0;
    *seen |= BIT(k);
    f->key = k;
    return 1;
}

static int top_string(fast *f, const unsigned char *s, size_t n)
{
    char buf[32];
    int x;
    switch (f->key) {
    case K_ID:
        if (!cstr(f->id, BRUG__ID_MAX + 1, s, n) || !brug__people_valid_id(f->id))
            return 0;
        f->out->id = f->id;
        return 1;
    case K_TYPE:
        if (str_is(s, n, "vacancy"))
            f->out->type = BRUG__OFFER_VACANCY;
        else if (str_is(s, n, "placement"))
            f->out->type = BRUG__OFFER_PLACEMENT;
        else
            return 0;
        return 1;
    case K_TITLE:
        if (!cstr(f->title, TEXT_MAX + 1, s, n))
            return 0;
        f->out->title = f->title;
        return 1;
    case K_EMPLOYER: /* an employer given earlier, by id */
        if (!cstr(f->employer, BRUG__ID_MAX + 1, s, n) || !brug__people_valid_id(f->employer))
            return 0;
        f->out->employer_id = f->employer;
        return 1;
    case K_OCCUPATION:
        return resolve(f, s, n, BRUG_KIND_OCCUPATION, &f->out->occupation);
    case K_REGION:
        x = cstr(buf, sizeof(buf), s, n) ? brug__region_find(buf) : -1;
        if (x < 0)
            return 0;
        f->out->region = x;
        return 1;
    default:
        return 0;
    }
}

static int on_string(void *c, const unsigned char *s, size_t n)
{
    fast *f = c;
    char buf[32];
    int x;
    switch (f->ctx) {
    case C_TOP:
        return top_string(f, s, n);
    case C_EMPLOYER:
        if (f->key == K_E_ID) {
            if (!cstr(f->employer, BRUG__ID_MAX + 1, s, n) || !brug__people_valid_id(f->employer))
                return 0;
            f->out->employer_id = f->employer;
            return 1;
        }
        if (f->key == K_E_NAME) {
            if (!cstr(f->name, TEXT_MAX + 1, s, n))
                return 0;
            f->out->employer_name = f->name;
            return 1;
        }
        x = cstr(buf, sizeof(buf), s, n) ? (f->key == K_E_SECTOR ? brug__sector_find(buf)
                                            : f->key == K_E_SIZE ? brug__size_find(buf)
                                                                 : -1)
                                         : -1;
        if (x < 0)
            return 0;
        if (f->key == K_E_SECTOR)
            f->out->employer_sector = x;
        else
            f->out->employer_size = x;
        return 1;
    case C_ESSENTIAL:
    case C_OPTIONAL:
        return add_skill(f, s, n, f->ctx == C_ESSENTIAL);
    case C_DRIVES:
        x = cstr(buf, sizeof(buf), s, n) ? brug__drive_find(buf) : -1;
        if (x < 0)
            return 0;
        f->out->drives |= 1u << x;
        return 1;
    default:
        return 0;
    }
}

static int on_integer(void *c, long long v)
{
    fast *f = c;
    if (f->ctx == C_TOP && f->key == K_HOURS && v >= 1 && v <= BRUG__MAX_HOURS)
        f->out->hours = (uint32_t)v;
    else if (f->ctx == C_TOP && f->key == K_CAPACITY && v >= 1 && v <= BRUG__MAX_CAPACITY)
        f->out->capacity = (uint32_t)v;
    else
        return 0;
    return 1;
}

static int on_start_map(void *c)
{
    fast *f = c;
    if (f->ctx == C_NONE)
        f->ctx = C_TOP;
    else if (f->ctx == C_TOP && f->key == K_EMPLOYER)
        f->ctx = C_EMPLOYER;
    else
        return 0;
    return 1;
}

static int on_end_map(void *c)
{
    fast *f = c;
    const unsigned need = BIT(K_ID) | BIT(K_TYPE) | BIT(K_EMPLOYER) | BIT(K_OCCUPATION) |
                          BIT(K_REGION),
                   need_emp = BIT(K_E_ID) | BIT(K_E_SECTOR) | BIT(K_E_SIZE);
    if (f->ctx == C_EMPLOYER) {
        if ((f->seen_emp & need_emp) != need_emp)
            return 0;
        f->out->has_employer = 1;
        f->ctx = C_TOP;
        return 1;
    }
    if (f->ctx != C_TOP || (f->seen & need) != need || f->out->nskills == 0)
        return 0;
    f->ctx = C_DONE;
    return 1;
}

static int on_start_array(void *c)
{
    fast *f = c;
    if (f->ctx != C_TOP)
        return 0;
    if (f->key == K_ESSENTIAL)
        f->ctx = C_ESSENTIAL;
    else if (f->key == K_OPTIONAL)
        f->ctx = C_OPTIONAL;
    else if (f->key == K_DRIVES)
        f->ctx = C_DRIVES;
    else
        return 0;
    return 1;
}

static int on_end_array(void *c)
{
    fast *f = c;
    if (f->ctx != C_ESSENTIAL && f->ctx != C_OPTIONAL && f->ctx != C_DRIVES)
        return 0;
    f->ctx = C_TOP;
    return 1;
}

/* No offer field takes null, a boolean or a fraction. */
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

static int on_double(void *c, double v)
{
    (void)c;
    (void)v;
    return 0;
}

static const yajl_callbacks callbacks = {
    on_null,      on_boolean, on_integer, on_double,      NULL,         on_string,
    on_start_map, on_map_key, on_end_map, on_start_array, on_end_array,
};

int brug__offer_fast(const char *line, size_t len, const brug__concepts *cm,
                     const brug_alloc *alloc, char *buf, brug__offer_rec *out)
{
    fast f;

    if (!brug__people_plain_line(line, &len))
        return 0;
    memset(&f, 0, sizeof(f));
    f.cm = cm;
    f.out = out;
    f.id = buf;
    f.employer = f.id + BRUG__ID_MAX + 1;
    f.title = f.employer + BRUG__ID_MAX + 1;
    f.name = f.title + TEXT_MAX + 1;
    out->id = out->title = out->employer_id = out->employer_name = NULL;
    out->has_employer = 0;
    out->employer_sector = out->employer_size = 0;
    out->type = 0;
    out->occupation = 0;
    out->region = 0;
    out->hours = 36;
    out->capacity = 1;
    out->drives = 0;
    out->nskills = 0;
    return brug__people_yajl(&callbacks, &f, alloc, line, len) && f.ctx == C_DONE;
}
