/*
 * courses_import.c - `brug import courses FILE`: reading a course
 * catalogue in CSV or JSON (docs/courses.md), validating every field,
 * resolving skill labels to ESCO URIs, and storing the lot in one import
 * session (import_session.c: one transaction, the shared report).  Any
 * error names FILE:LINE and leaves the database as it was.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <utf8proc.h>

#include "brug/msg.h"
#include "brug/search.h"
#include "alloc.h"
#include "courses.h"
#include "csv_reader.h"
#include "import_session.h"
#include "region.h"
#include "backend.h"
#include "store_courses.h"

#define MAX_FILE (256u << 20) /* bytes */
#define MAX_FIELD 8192        /* bytes in one CSV field / JSON string */
#define MAX_LIST 256          /* skills in one list */
#define MAX_ID 128

/* ---- the import state ------------------------------------------------------ */

typedef struct label_map {
    brug__arena arena;
    brug__strmap map; /* folded label -> index into uri[] */
    const char **uri;
    uint32_t n, cap;
    int loaded;
} label_map;

typedef struct imp {
    brug_db *db;
    const char *path;
    const brug_import_opts *opts;
    brug__isession *s;
    brug__courses_writer *w;
    brug__arena arena; /* per-course scratch, released after each course */
    label_map labels;
    brug__strmap seen; /* ids in this file */
    brug__arena seen_arena;
    size_t ncourses, nreplaced;
} imp;

static brug_err fail(imp *im, long line, brug_err err, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static brug_err fail(imp *im, long line, brug_err err, const char *fmt, ...)
{
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    if (line > 0)
        return brug__db_error(im->db, err, "%s:%ld: %s", im->path, line, msg);
    return brug__db_error(im->db, err, "%s: %s", im->path, msg);
}

/* Case-, accent- and space-insensitive form of a label, in the arena. */
static char *fold(brug__arena *a, const char *s)
{
    utf8proc_uint8_t *f = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, 0, &f,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                          UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    char *out, *o;
    const char *p;
    int space = 0;
    if (n < 0)
        return NULL;
    out = brug__arena_alloc(a, (size_t)n + 1);
    if (!out) {
        free(f);
        return NULL;
    }
    o = out;
    for (p = (const char *)f; *p; p++) {
        if (isspace((unsigned char)*p)) {
            space = o != out;
            continue;
        }
        if (space)
            *o++ = ' ';
        space = 0;
        *o++ = *p;
    }
    *o = '\0';
    free(f);
    return out;
}

static brug_err collect_label(void *ctx, const char *uri, const char *text)
{
    label_map *lm = ctx;
    char *key, *u;
    uint32_t dummy;
    if (!uri || !text)
        return BRUG_OK;
    key = fold(&lm->arena, text);
    if (!key)
        return BRUG_ENOMEM;
    if (!key[0] || brug__strmap_get(&lm->map, key, &dummy))
        return BRUG_OK; /* the first (preferred, in lang) wins */
    if (lm->n == lm->cap) {
        uint32_t nc = lm->cap * 2;
        const char **nu = brug__arena_alloc(&lm->arena, (size_t)nc * sizeof(*nu));
        if (!nu)
            return BRUG_ENOMEM;
        memcpy(nu, lm->uri, (size_t)lm->n * sizeof(*nu));
        lm->uri = nu;
        lm->cap = nc;
    }
    u = brug__arena_strdup(&lm->arena, uri);
    if (!u)
        return BRUG_ENOMEM;
    lm->uri[lm->n] = u;
    return brug__strmap_put(&lm->map, key, lm->n++);
}

static brug_err load_labels(imp *im)
{
    label_map *lm = &im->labels;
    brug_err err;
    if (lm->loaded)
        return BRUG_OK;
    lm->cap = 1u << 16;
    lm->uri = brug__arena_alloc(&lm->arena, (size_t)lm->cap * sizeof(*lm->uri));
    if (!lm->uri || brug__strmap_init(&lm->map, &lm->arena, lm->cap))
        return fail(im, 0, BRUG_ENOMEM, "out of memory loading skill labels");
    err = brug__courses_each_skill_label(im->db, im->opts->lang, collect_label, lm);
    if (err == BRUG_ENOMEM)
        return fail(im, 0, err, "out of memory loading skill labels");
    if (err)
        return err;
    lm->loaded = 1;
    return BRUG_OK;
}

static int is_uri(const char *s)
{
    return strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0;
}

/*
 * Search for a label no skill has exactly: accept the best skill when every
 * word of the label is a whole word of one of its labels (search's tier 4
 * and up, score >= 4/6) and no other skill scores as high (within 0.01),
 * so a vague label ("management") is reported rather than guessed.
 */
#define SEARCH_MIN_SCORE (4.0 / 6.0)
#define SEARCH_MARGIN 0.01

/* Record in the report that label ref at line resolved to uri. */
static brug_err add_resolved(imp *im, long line, const char *ref, const char *uri, const char *how)
{
    brug_import_report *rep = im->s->rep;
    brug_import_resolved *v, *r;
    char where[4096 + 32];
    v = brug__reallocarray(&rep->alloc_, rep->resolved, rep->nresolved + 1, sizeof(*v));
    if (!v)
        return fail(im, line, BRUG_ENOMEM, "out of memory");
    rep->resolved = v;
    r = &v[rep->nresolved];
    snprintf(where, sizeof(where), "%s:%ld", im->path, line);
    r->where = brug__isession_strdup(im->s, where);
    r->label = brug__isession_strdup(im->s, ref);
    r->uri = brug__isession_strdup(im->s, uri);
    r->how = how;
    if (!r->where || !r->label || !r->uri) {
        brug__free(&rep->alloc_, r->where);
        brug__free(&rep->alloc_, r->label);
        brug__free(&rep->alloc_, r->uri);
        return fail(im, line, BRUG_ENOMEM, "out of memory");
    }
    rep->nresolved++;
    return BRUG_OK;
}

static brug_err resolve_by_search(imp *im, long line, const char *ref, const char **out)
{
    brug_search_opts so;
    brug_search_results *r = NULL;
    brug_err err;
    *out = NULL;
    brug_search_opts_init(&so);
    so.type = BRUG_SEARCH_SKILL;
    so.limit = 2;
    err = brug_search_run(im->db, ref, &so, &r);
    if (err)
        return fail(im, line, err, "searching for skill '%s': %s", ref, brug_errmsg(im->db));
    if (r->count > 0 && r->hits[0].score >= SEARCH_MIN_SCORE &&
        (r->count == 1 || r->hits[0].score - r->hits[1].score >= SEARCH_MARGIN)) {
        char *u = brug__arena_strdup(&im->labels.arena, r->hits[0].uri);
        if (!u) {
            brug_search_results_free(r);
            return fail(im, line, BRUG_ENOMEM, "out of memory");
        }
        *out = u;
        err = add_resolved(im, line, ref, u, "search");
    }
    brug_search_results_free(r);
    return err;
}

/*
 * Resolve one skill reference of course `id` at line: a URI must name a
 * stored skill; a label is looked up.  *out is the URI, or NULL when a
 * label could not be resolved (reported, or an error with --strict).
 */
static brug_err resolve(imp *im, long line, const char *id, const char *ref, const char **out)
{
    *out = NULL;
    if (is_uri(ref)) {
        int k = brug__courses_writer_skill_known(im->w, ref);
        if (k < 0)
            return BRUG_EDB;
        if (!k)
            return fail(im, line, BRUG_EDANGLING,
                        "course %s: unknown skill URI %s (import the ESCO skills first?)", id, ref);
        *out = ref;
        return BRUG_OK;
    } else {
        brug_err err = load_labels(im);
        char *key;
        uint32_t v;
        if (err)
            return err;
        key = fold(&im->arena, ref);
        if (!key)
            return fail(im, line, BRUG_ENOMEM, "out of memory");
        if (brug__strmap_get(&im->labels.map, key, &v)) {
            *out = im->labels.uri[v];
            return add_resolved(im, line, ref, *out, "label");
        }
        err = resolve_by_search(im, line, ref, out);
        if (err || *out)
            return err;
        if (im->opts->strict)
            return fail(im, line, BRUG_EDANGLING, "course %s: no ESCO skill is called '%s'", id,
                        ref);
        {
            char where[4096 + 160];
            snprintf(where, sizeof(where), "%s:%ld: course %s", im->path, line, id);
            return brug__isession_dangling(im->s, where, "skill label", ref, strlen(ref));
        }
    }
}

/* ---- field parsing ------------------------------------------------------------ */

/* A decimal "12", "12.5", "1250.00" (dot, at most `maxdec` decimals) as
 * an integer scaled by 10^maxdec.  0 when malformed. */
static int parse_decimal(const char *s, int maxdec, int64_t max, int64_t *out)
{
    int64_t v = 0;
    int dec = -1, i;
    const char *p = s;
    if (!*p)
        return 0;
    for (; *p; p++) {
        if (*p == '.') {
            if (dec >= 0 || p == s || !p[1])
                return 0;
            dec = 0;
            continue;
        }
        if (*p < '0' || *p > '9')
            return 0;
        if (dec >= 0 && ++dec > maxdec)
            return 0;
        v = v * 10 + (*p - '0');
        if (v > max * 1000)
            return 0;
    }
    for (i = dec < 0 ? 0 : dec; i < maxdec; i++)
        v *= 10;
    if (v > max)
        return 0;
    *out = v;
    return 1;
}

static int valid_date(const char *s)
{
    int y, m, d;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (y = 0; y < 10; y++)
        if (y != 4 && y != 7 && !isdigit((unsigned char)s[y]))
            return 0;
    y = atoi(s);
    m = atoi(s + 5);
    d = atoi(s + 8);
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return 0;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 0;
    return 1;
}

/* One course as strings, before validation. */
typedef struct raw_course {
    const char *id, *title, *title_lang, *provider, *kind, *mode, *region, *hours, *cost;
    const char *starts[MAX_LIST];
    size_t nstarts;
    const char *teaches[MAX_LIST];
    size_t nteaches;
    const char *requires[MAX_LIST];
    size_t nrequires;
    double hours_num, cost_num; /* JSON numbers, when hours/cost are NULL */
    int hours_is_num, cost_is_num;
} raw_course;

/* Validate a raw course, resolve its skills and store it. */
static brug_err store_course(imp *im, long line, raw_course *rc)
{
    brug__course_rec rec;
    const char *teaches[MAX_LIST], *requires[MAX_LIST];
    char starts[MAX_LIST * 11 + 1], title_lang[8];
    size_t i, nt = 0, nr = 0, sl = 0;
    int64_t v;
    int replaced = 0;
    uint32_t dummy;
    char *idcopy;
    brug_err err;

    memset(&rec, 0, sizeof(rec));
    if (!rc->id || !rc->id[0])
        return fail(im, line, BRUG_EPARSE, "missing course id");
    if (strlen(rc->id) > MAX_ID)
        return fail(im, line, BRUG_EPARSE, "course id longer than %d bytes", MAX_ID);
    if (brug__strmap_get(&im->seen, rc->id, &dummy))
        return fail(im, line, BRUG_EPARSE, "course %s: the same id is already on line %u", rc->id,
                    dummy);
    if (!rc->title || !rc->title[0])
        return fail(im, line, BRUG_EPARSE, "course %s: missing title", rc->id);
    if (!rc->provider || !rc->provider[0])
        return fail(im, line, BRUG_EPARSE, "course %s: missing provider", rc->id);
    rec.id = rc->id;
    rec.title = rc->title;
    if (rc->title_lang && rc->title_lang[0]) {
        if (brug_lang_normalize(rc->title_lang, title_lang, sizeof(title_lang)) ||
            strcmp(title_lang, "any") == 0)
            return fail(im, line, BRUG_EPARSE,
                        "course %s: title_lang '%s' is not a language code (nl, en, ...)", rc->id,
                        rc->title_lang);
        rec.title_lang = title_lang;
    }
    rec.provider = rc->provider;
    rec.kind = rc->kind && rc->kind[0] ? rc->kind : NULL;
    rec.mode = brug__course_mode_parse(rc->mode);
    if (!rec.mode)
        return fail(im, line, BRUG_EPARSE,
                    "course %s: mode '%s' is not one of online, classroom, blended, in-company",
                    rc->id, rc->mode ? rc->mode : "");
    if (rec.mode == BRUG_COURSE_ONLINE) {
        if (rc->region && rc->region[0])
            return fail(im, line, BRUG_EPARSE, "course %s: an online course has no region", rc->id);
    } else {
        if (!rc->region || !rc->region[0])
            return fail(im, line, BRUG_EPARSE, "course %s: a %s course needs a region", rc->id,
                        rc->mode);
        rec.region = brug__region_canonical(rc->region);
        if (!rec.region)
            return fail(im, line, BRUG_EPARSE,
                        "course %s: unknown region '%s' (a province PV20..PV31 or NL-UT, a "
                        "COROP region CR01..CR40, a labour-market region AM01..AM38, a "
                        "region's name, or NL)",
                        rc->id, rc->region);
    }
    if (rc->hours_is_num) {
        if (!(rc->hours_num > 0 && rc->hours_num <= 10000))
            return fail(im, line, BRUG_EPARSE,
                        "course %s: hours must be more than 0 and at most "
                        "10000",
                        rc->id);
        rec.hours = rc->hours_num;
    } else {
        if (!rc->hours || !parse_decimal(rc->hours, 2, 1000000, &v) || v == 0)
            return fail(im, line, BRUG_EPARSE,
                        "course %s: hours '%s' is not a number above 0 up to 10000", rc->id,
                        rc->hours ? rc->hours : "");
        rec.hours = (double)v / 100.0;
    }
    if (rc->cost_is_num) {
        double c = rc->cost_num * 100.0;
        if (!(c >= 0 && c <= 1e8) || fabs(c - round(c)) > 1e-6)
            return fail(im, line, BRUG_EPARSE,
                        "course %s: cost_eur must be euros from 0 to 1000000 with at most two "
                        "decimals",
                        rc->id);
        rec.cost_cents = (int64_t)llround(c);
    } else {
        if (!rc->cost || !parse_decimal(rc->cost, 2, 100000000, &v))
            return fail(im, line, BRUG_EPARSE,
                        "course %s: cost_eur '%s' is not euros from 0 to 1000000 with at most two "
                        "decimals (write 1250.50)",
                        rc->id, rc->cost ? rc->cost : "");
        rec.cost_cents = v;
    }
    for (i = 0; i < rc->nstarts; i++) {
        if (!valid_date(rc->starts[i]))
            return fail(im, line, BRUG_EPARSE, "course %s: start date '%s' is not YYYY-MM-DD",
                        rc->id, rc->starts[i]);
        memcpy(starts + sl, rc->starts[i], 10);
        sl += 10;
        starts[sl++] = ' ';
    }
    starts[sl ? sl - 1 : 0] = '\0';
    rec.starts = starts;
    if (rc->nteaches == 0)
        return fail(im, line, BRUG_EPARSE, "course %s: teaches no skill (column teaches)", rc->id);
    for (i = 0; i < rc->nteaches; i++) {
        const char *uri;
        err = resolve(im, line, rc->id, rc->teaches[i], &uri);
        if (err)
            return err;
        if (uri)
            teaches[nt++] = uri;
    }
    for (i = 0; i < rc->nrequires; i++) {
        const char *uri;
        err = resolve(im, line, rc->id, rc->requires[i], &uri);
        if (err)
            return err;
        if (uri)
        requires[nr++] = uri;
    }
    rec.teaches = teaches;
    rec.nteaches = nt;
    rec.requires = requires;
    rec.nrequires = nr;
    err = brug__courses_writer_put(im->w, &rec, &replaced);
    if (err)
        return err;
    idcopy = brug__arena_strdup(&im->seen_arena, rc->id);
    if (!idcopy)
        return fail(im, line, BRUG_ENOMEM, "out of memory");
    err = brug__strmap_put(&im->seen, idcopy, (uint32_t)line);
    if (err)
        return fail(im, line, err, "out of memory");
    im->ncourses++;
    im->nreplaced += replaced != 0;
    return BRUG_OK;
}

/* ---- CSV --------------------------------------------------------------------- */

enum {
    COL_ID,
    COL_TITLE,
    COL_PROVIDER,
    COL_TYPE,
    COL_MODE,
    COL_REGION,
    COL_HOURS,
    COL_COST,
    COL_STARTS,
    COL_TEACHES,
    COL_REQUIRES,
    COL_TITLE_LANG,
    COL_COUNT
};

static const char *const col_names[COL_COUNT] = {
    "id",    "title",    "provider",    "type",    "mode",     "region",
    "hours", "cost_eur", "start_dates", "teaches", "requires", "title_lang"};
static const int col_required[COL_COUNT] = {1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0};

typedef struct csv_state {
    imp *im;
    int col_of[BRUG__CSV_MAX_FIELDS]; /* field position -> COL_* */
    int ncols;
} csv_state;

/* The header: every column known, none twice, the required ones there. */
static brug_err csv_header(void *ctx, brug__csv *csv)
{
    csv_state *cs = ctx;
    size_t k, n = brug__csv_nfields(csv);
    int c;
    for (k = 0; k < n; k++) {
        size_t len;
        const char *s = brug__csv_field(csv, (int)k, &len);
        size_t j;
        for (c = 0; c < COL_COUNT; c++)
            if (strcmp(col_names[c], s) == 0)
                break;
        if (c == COL_COUNT)
            return brug__csv_fail(csv, BRUG_EPARSE, 1,
                                  "unknown column '%.*s' (columns: id, title, provider, type, "
                                  "mode, region, hours, cost_eur, start_dates, teaches, requires)",
                                  (int)(len > 60 ? 60 : len), s);
        for (j = 0; j < k; j++)
            if (cs->col_of[j] == c)
                return brug__csv_fail(csv, BRUG_EPARSE, 1, "column '%s' appears twice",
                                      col_names[c]);
        cs->col_of[k] = c;
    }
    cs->ncols = (int)n;
    for (c = 0; c < COL_COUNT; c++) {
        int found = 0;
        for (k = 0; k < n; k++)
            found |= cs->col_of[k] == c;
        if (col_required[c] && !found)
            return brug__csv_fail(csv, BRUG_EPARSE, 1, "missing column %s", col_names[c]);
    }
    return BRUG_OK;
}

/* Split "a | b | c" into trimmed items (in place). */
static brug_err split_list(imp *im, long line, const char *id, const char *what, char *s,
                           const char **items, size_t *n)
{
    *n = 0;
    if (!s)
        return BRUG_OK;
    while (*s) {
        char *end = strchr(s, '|'), *b = s, *e;
        if (end)
            *end = '\0';
        while (*b == ' ' || *b == '\t' || *b == '\n' || *b == '\r')
            b++;
        e = b + strlen(b);
        while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
            *--e = '\0';
        if (*b) {
            if (*n == MAX_LIST)
                return fail(im, line, BRUG_ETOOBIG, "course %s: more than %d %s", id, MAX_LIST,
                            what);
            items[(*n)++] = b;
        } else if (end || *n) {
            return fail(im, line, BRUG_EPARSE, "course %s: empty item in %s", id, what);
        }
        if (!end)
            break;
        s = end + 1;
    }
    return BRUG_OK;
}

/* A data row: the fields by column, then the course. */
static brug_err csv_data(void *ctx, brug__csv *csv)
{
    csv_state *cs = ctx;
    imp *im = cs->im;
    long line = (long)brug__csv_line(csv);
    char *val[COL_COUNT];
    raw_course rc;
    brug_err err;
    int k;
    memset(val, 0, sizeof(val));
    for (k = 0; k < cs->ncols; k++) {
        size_t len;
        const char *s = brug__csv_field(csv, k, &len);
        val[cs->col_of[k]] = brug__arena_strndup(&im->arena, s, len);
        if (!val[cs->col_of[k]])
            return fail(im, line, BRUG_ENOMEM, "out of memory");
    }
    memset(&rc, 0, sizeof(rc));
    rc.id = val[COL_ID];
    rc.title = val[COL_TITLE];
    rc.title_lang = val[COL_TITLE_LANG];
    rc.provider = val[COL_PROVIDER];
    rc.kind = val[COL_TYPE];
    rc.mode = val[COL_MODE];
    rc.region = val[COL_REGION];
    rc.hours = val[COL_HOURS];
    rc.cost = val[COL_COST];
    err = split_list(im, line, rc.id ? rc.id : "?", "start_dates", val[COL_STARTS], rc.starts,
                     &rc.nstarts);
    if (!err)
        err = split_list(im, line, rc.id ? rc.id : "?", "teaches", val[COL_TEACHES], rc.teaches,
                         &rc.nteaches);
    if (!err)
        err = split_list(im, line, rc.id ? rc.id : "?", "requires", val[COL_REQUIRES], rc.requires,
                         &rc.nrequires);
    if (!err)
        err = store_course(im, line, &rc);
    brug__arena_release(&im->arena);
    if (!err)
        brug__isession_rows(im->s, csv->rows, 0, 0, 0);
    return err;
}

/* The CSV layout through the library's one CSV reader (csv_reader.h):
 * byte-order mark, line ends, quoting, UTF-8, NUL bytes, field sizes and
 * field counts are checked there, with FILE:LINE messages. */
static brug_err import_csv(imp *im)
{
    brug__csv csv;
    csv_state cs;
    brug_err err;
    memset(&cs, 0, sizeof(cs));
    cs.im = im;
    brug__csv_init(&csv, &im->db->alloc, im->path);
    csv.max_field = MAX_FIELD;
    err = brug__csv_read(&csv, csv_header, csv_data, &cs);
    if (err && csv.failed)
        brug__db_error(im->db, err, "%s", csv.msg);
    brug__csv_release(&csv);
    return err;
}

/* ---- JSON --------------------------------------------------------------------- */

/*
 * Lines where each course object starts: jansson keeps no positions, so
 * scan the (already valid) text for '{' at the depth of the courses
 * array's elements.
 */
static long *course_lines(imp *im, const char *buf, size_t len, int depth_of_courses,
                          size_t ncourses)
{
    long *lines = brug__calloc(&im->db->alloc, ncourses + 1, sizeof(long));
    size_t i, k = 0;
    long line = 1;
    int depth = 0, in_str = 0;
    if (!lines)
        return NULL;
    for (i = 0; i < len; i++) {
        char ch = buf[i];
        if (ch == '\n')
            line++;
        if (in_str) {
            if (ch == '\\')
                i++;
            else if (ch == '"')
                in_str = 0;
            continue;
        }
        if (ch == '"') {
            in_str = 1;
        } else if (ch == '{' || ch == '[') {
            if (ch == '{' && depth == depth_of_courses && k < ncourses)
                lines[k++] = line;
            depth++;
        } else if (ch == '}' || ch == ']') {
            depth--;
        }
    }
    return lines;
}

static brug_err json_str_field(imp *im, long line, json_t *o, const char *key, const char **out)
{
    json_t *v = json_object_get(o, key);
    *out = NULL;
    if (!v || json_is_null(v))
        return BRUG_OK;
    if (!json_is_string(v))
        return fail(im, line, BRUG_EPARSE, "\"%s\" must be a string", key);
    if (json_string_length(v) > MAX_FIELD)
        return fail(im, line, BRUG_ETOOBIG, "\"%s\" is longer than %d bytes", key, MAX_FIELD);
    *out = json_string_value(v);
    return BRUG_OK;
}

static brug_err json_list_field(imp *im, long line, json_t *o, const char *key, const char **items,
                                size_t *n)
{
    json_t *v = json_object_get(o, key), *e;
    size_t i;
    *n = 0;
    if (!v || json_is_null(v))
        return BRUG_OK;
    if (!json_is_array(v))
        return fail(im, line, BRUG_EPARSE, "\"%s\" must be an array of strings", key);
    if (json_array_size(v) > MAX_LIST)
        return fail(im, line, BRUG_ETOOBIG, "\"%s\" has more than %d items", key, MAX_LIST);
    json_array_foreach(v, i, e)
    {
        if (!json_is_string(e) || json_string_length(e) == 0)
            return fail(im, line, BRUG_EPARSE, "\"%s\"[%zu] must be a non-empty string", key, i);
        items[(*n)++] = json_string_value(e);
    }
    return BRUG_OK;
}

static brug_err json_num_field(imp *im, long line, json_t *o, const char *key, const char **str,
                               double *num, int *is_num)
{
    json_t *v = json_object_get(o, key);
    *str = NULL;
    *is_num = 0;
    if (!v)
        return BRUG_OK;
    if (json_is_number(v)) {
        *num = json_number_value(v);
        *is_num = 1;
        return BRUG_OK;
    }
    if (json_is_string(v)) {
        *str = json_string_value(v);
        return BRUG_OK;
    }
    return fail(im, line, BRUG_EPARSE, "\"%s\" must be a number", key);
}

static const char *const json_keys[] = {
    "id",       "title",       "provider", "type",     "mode",       "region", "hours",
    "cost_eur", "start_dates", "teaches",  "requires", "title_lang", NULL};

static brug_err import_json(imp *im, const char *buf, size_t len)
{
    json_error_t jerr;
    json_t *root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &jerr), *arr, *o;
    long *lines = NULL;
    size_t i;
    int depth;
    brug_err err = BRUG_OK;

    if (!root)
        return fail(im, jerr.line, BRUG_EPARSE, "%s", jerr.text);
    if (json_is_array(root)) {
        arr = root;
        depth = 1;
    } else if (json_is_object(root)) {
        const char *key;
        json_t *v;
        arr = json_object_get(root, "courses");
        if (!json_is_array(arr)) {
            json_decref(root);
            return fail(im, 1, BRUG_EPARSE, "expected {\"courses\": [...]} or an array of courses");
        }
        json_object_foreach(root, key, v)
        {
            if (strcmp(key, "courses") != 0 && (json_is_object(v) || json_is_array(v))) {
                err = fail(im, 1, BRUG_EPARSE, "top-level key \"%s\" must be a plain value", key);
                json_decref(root);
                return err;
            }
        }
        depth = 2;
    } else {
        json_decref(root);
        return fail(im, 1, BRUG_EPARSE, "expected {\"courses\": [...]} or an array of courses");
    }
    lines = course_lines(im, buf, len, depth, json_array_size(arr));
    if (!lines) {
        json_decref(root);
        return fail(im, 0, BRUG_ENOMEM, "out of memory");
    }
    json_array_foreach(arr, i, o)
    {
        raw_course rc;
        long line = lines[i] ? lines[i] : 1;
        const char *key;
        json_t *v;
        if (!json_is_object(o)) {
            err = fail(im, line, BRUG_EPARSE, "courses[%zu] is not an object", i);
            break;
        }
        json_object_foreach(o, key, v)
        {
            int k;
            for (k = 0; json_keys[k]; k++)
                if (strcmp(json_keys[k], key) == 0)
                    break;
            if (!json_keys[k]) {
                err = fail(im, line, BRUG_EPARSE, "courses[%zu]: unknown key \"%s\"", i, key);
                break;
            }
        }
        if (err)
            break;
        memset(&rc, 0, sizeof(rc));
        err = json_str_field(im, line, o, "id", &rc.id);
        if (!err)
            err = json_str_field(im, line, o, "title", &rc.title);
        if (!err)
            err = json_str_field(im, line, o, "title_lang", &rc.title_lang);
        if (!err)
            err = json_str_field(im, line, o, "provider", &rc.provider);
        if (!err)
            err = json_str_field(im, line, o, "type", &rc.kind);
        if (!err)
            err = json_str_field(im, line, o, "mode", &rc.mode);
        if (!err)
            err = json_str_field(im, line, o, "region", &rc.region);
        if (!err)
            err = json_num_field(im, line, o, "hours", &rc.hours, &rc.hours_num, &rc.hours_is_num);
        if (!err)
            err = json_num_field(im, line, o, "cost_eur", &rc.cost, &rc.cost_num, &rc.cost_is_num);
        if (!err)
            err = json_list_field(im, line, o, "start_dates", rc.starts, &rc.nstarts);
        if (!err)
            err = json_list_field(im, line, o, "teaches", rc.teaches, &rc.nteaches);
        if (!err)
            err = json_list_field(im, line, o, "requires", rc.requires, &rc.nrequires);
        if (!err)
            err = store_course(im, line, &rc);
        brug__arena_release(&im->arena);
        if (err)
            break;
    }
    brug__free(&im->db->alloc, lines);
    json_decref(root);
    return err;
}

/* ---- the entry point ------------------------------------------------------------ */

static brug_err read_file(brug_db *db, const char *path, char **buf, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *b = NULL;
    size_t n = 0, cap = 0;
    *buf = NULL;
    *len = 0;
    if (!f)
        return brug__db_error(db, BRUG_EIO, "%s: %s", path, strerror(errno));
    for (;;) {
        size_t got;
        if (cap - n < 65536) {
            char *nb;
            cap = cap ? cap * 2 : 1 << 20;
            if (cap > (size_t)MAX_FILE + 65536) {
                brug__free(&db->alloc, b);
                fclose(f);
                return brug__db_error(db, BRUG_ETOOBIG, "%s: larger than %u MiB", path,
                                      MAX_FILE >> 20);
            }
            nb = brug__realloc(&db->alloc, b, cap + 1);
            if (!nb) {
                brug__free(&db->alloc, b);
                fclose(f);
                return brug__db_error(db, BRUG_ENOMEM, "%s: out of memory", path);
            }
            b = nb;
        }
        got = fread(b + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        brug__free(&db->alloc, b);
        fclose(f);
        return brug__db_error(db, BRUG_EIO, "%s: read error", path);
    }
    fclose(f);
    b[n] = '\0';
    *buf = b;
    *len = n;
    return BRUG_OK;
}

static int looks_json(const char *path, const char *buf, size_t len)
{
    size_t pl = strlen(path), i;
    if (pl >= 5 && strcmp(path + pl - 5, ".json") == 0)
        return 1;
    if (pl >= 4 && strcmp(path + pl - 4, ".csv") == 0)
        return 0;
    for (i = 0; i < len && isspace((unsigned char)buf[i]); i++)
        ;
    return i < len && (buf[i] == '[' || buf[i] == '{');
}

brug_err brug_courses_import(brug_db *db, const char *path, const brug_import_opts *opts,
                             brug_import_report *report)
{
    brug__isession s;
    imp im;
    char *buf = NULL;
    size_t len = 0;
    int is_json;
    brug_err err;

    err = brug__isession_begin(&s, db, opts, report, "courses", 0);
    memset(&im, 0, sizeof(im));
    im.db = db;
    im.path = path;
    im.opts = s.opts;
    im.s = &s;
    brug__arena_init(&im.arena, &db->alloc, 0);
    brug__arena_init(&im.labels.arena, &db->alloc, 1 << 20);
    brug__arena_init(&im.seen_arena, &db->alloc, 0);
    if (!err)
        err = read_file(db, path, &buf, &len);
    if (!err && brug__strmap_init(&im.seen, &im.seen_arena, 1024 + (uint32_t)(len / 64)))
        err = brug__db_error(db, BRUG_ENOMEM, "out of memory");
    is_json = !err && looks_json(path, buf, len);
    if (!err)
        err = brug__isession_file(&s, path, "courses", NULL, is_json ? "json" : "csv");
    if (!err)
        err = brug__courses_writer_open(db, &im.w);
    if (!err)
        err = is_json ? import_json(&im, buf, len) : import_csv(&im);
    if (!err && im.ncourses == 0)
        err = fail(&im, 0, BRUG_EEMPTY, "no courses in the file");
    brug__courses_writer_close(im.w);
    if (!err) {
        s.rep->records = im.ncourses;
        s.rep->replaced = im.nreplaced;
        brug__isession_rows(&s, im.ncourses, len, len, 1);
    }
    err = brug__isession_finish(&s, err, NULL);
    brug__arena_release(&im.arena);
    brug__arena_release(&im.labels.arena);
    brug__arena_release(&im.seen_arena);
    brug__free(&db->alloc, buf);
    return err;
}
