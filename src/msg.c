/*
 * msg.c - the message catalogue (see brug/msg.h): lookup of a key in the
 * compiled table (msg_table.h, generated from src/msg/<lang>.txt), the
 * placeholder renderer, and locale formatting of numbers, money and dates.
 * The separators, the money pattern and the month names are messages of
 * the catalogue too (number.*, money.format, date.*), so a new language is
 * one new file.  Nothing here depends on the C library's locale.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brug/msg.h"
#include "msg_table.h"

/* ---- languages ------------------------------------------------------------ */

brug_err brug_lang_normalize(const char *code, char *out, size_t size)
{
    size_t n = 0;
    if (size < 4)
        return BRUG_EINVAL;
    out[0] = '\0';
    if (!code)
        return BRUG_EINVAL;
    if (strcmp(code, "any") == 0) {
        memcpy(out, "any", 4);
        return BRUG_OK;
    }
    while (n < 3 && isalpha((unsigned char)code[n]) && (unsigned char)code[n] < 0x80)
        n++;
    if (n < 2 || (code[n] && code[n] != '-' && code[n] != '_'))
        return BRUG_EINVAL;
    if (code[n]) {
        const char *r = code + n + 1;
        size_t rl = 0;
        while (isalnum((unsigned char)r[rl]) && (unsigned char)r[rl] < 0x80)
            rl++;
        if (rl < 2 || rl > 8 || r[rl])
            return BRUG_EINVAL;
    }
    for (size_t i = 0; i < n; i++)
        out[i] = (char)tolower((unsigned char)code[i]);
    out[n] = '\0';
    return BRUG_OK;
}

/* Index of lang in the catalogue, or -1. */
static int lang_index(const char *lang)
{
    char code[8];
    size_t i;
    if (!lang || brug_lang_normalize(lang, code, sizeof(code)) != BRUG_OK)
        return -1;
    for (i = 0; i < brug__msg_nlangs; i++)
        if (strcmp(brug__msg_langs[i], code) == 0)
            return (int)i;
    return -1;
}

const char *brug_msg_lang(const char *lang)
{
    int i = lang_index(lang);
    return brug__msg_langs[i < 0 ? 0 : i];
}

int brug_msg_has_lang(const char *lang)
{
    return lang_index(lang) >= 0;
}

const char *const *brug_msg_langs(void)
{
    return brug__msg_langs;
}

size_t brug_msg_count(void)
{
    return brug__msg_nentries;
}

const char *brug_msg_key(size_t i)
{
    return i < brug__msg_nentries ? brug__msg_entries[i].key : NULL;
}

static int cmp_key(const void *k, const void *e)
{
    return strcmp((const char *)k, ((const brug__msg_entry *)e)->key);
}

static const char *lookup(int li, const char *key)
{
    const brug__msg_entry *e;
    if (!key)
        return NULL;
    e = bsearch(key, brug__msg_entries, brug__msg_nentries, sizeof(*e), cmp_key);
    return e ? e->text[li < 0 ? 0 : li] : NULL;
}

const char *brug_msg_template(const char *lang, const char *key)
{
    return lookup(lang_index(lang), key);
}

/* ---- a bounded output ----------------------------------------------------- */

typedef struct out {
    char *buf;
    size_t size, len; /* len counts what would have been written */
} out;

static void put(out *o, const char *s, size_t n)
{
    if (o->len < o->size) {
        size_t room = o->size - 1 - o->len, k = n < room ? n : room;
        if (k)
            memcpy(o->buf + o->len, s, k);
        o->buf[o->len + k] = '\0';
    }
    o->len += n;
}

static void puts0(out *o, const char *s)
{
    put(o, s, strlen(s));
}

/* ---- numbers, money, dates ------------------------------------------------ */

static void number(out *o, int li, double v, int decimals)
{
    const char *dec = lookup(li, "number.decimal"), *grp = lookup(li, "number.group");
    char digits[64];
    double scale = decimals == 2 ? 100.0 : decimals == 1 ? 10.0 : 1.0;
    unsigned long long whole, frac, units;
    size_t n, i;
    if (!isfinite(v)) {
        puts0(o, v != v ? "?" : v > 0 ? "∞" : "-∞");
        return;
    }
    if (v < 0 && llround(fabs(v) * scale) > 0)
        puts0(o, "-");
    if (fabs(v) > 1e15)
        v = 1e15;
    units = (unsigned long long)llround(fabs(v) * scale);
    whole = units / (unsigned long long)scale;
    frac = units % (unsigned long long)scale;
    n = (size_t)snprintf(digits, sizeof(digits), "%llu", whole);
    for (i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0)
            puts0(o, grp ? grp : ",");
        put(o, digits + i, 1);
    }
    if (decimals == 2 || (decimals == 1 && frac)) {
        char f[8];
        snprintf(f, sizeof(f), decimals == 2 ? "%02llu" : "%llu", frac);
        puts0(o, dec ? dec : ".");
        puts0(o, f);
    }
}

static void render(out *o, int li, const char *tmpl, const brug_msg_arg *args);

static void money(out *o, int li, double euros)
{
    char amount[64];
    out a = {amount, sizeof(amount), 0};
    brug_msg_arg args[] = {BRUG_MSG_S("amount", amount), BRUG_MSG_ARGS_END};
    const char *tmpl = lookup(li, "money.format");
    number(&a, li, euros, 2);
    render(o, li, tmpl ? tmpl : "€{amount}", args);
}

static int parse_date(const char *s, int *y, int *m, int *d)
{
    int i;
    if (!s || strlen(s) < 10)
        return 0;
    for (i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : !isdigit((unsigned char)s[i]))
            return 0;
    *y = atoi(s);
    *m = atoi(s + 5);
    *d = atoi(s + 8);
    return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

static void date(out *o, int li, const char *iso)
{
    int y, m, d;
    char key[16], ys[8], ds[4];
    const char *month, *tmpl = lookup(li, "date.format");
    if (!parse_date(iso, &y, &m, &d) || !tmpl) {
        puts0(o, iso ? iso : "");
        return;
    }
    snprintf(key, sizeof(key), "date.month.%d", m);
    month = lookup(li, key);
    snprintf(ys, sizeof(ys), "%d", y);
    snprintf(ds, sizeof(ds), "%d", d);
    {
        brug_msg_arg args[] = {BRUG_MSG_S("day", ds), BRUG_MSG_S("month", month ? month : key),
                               BRUG_MSG_S("year", ys), BRUG_MSG_ARGS_END};
        render(o, li, tmpl, args);
    }
}

/* ---- placeholders --------------------------------------------------------- */

static void arg_value(out *o, int li, const brug_msg_arg *a)
{
    switch (a->type) {
    case BRUG_MSG_STR:
        puts0(o, a->s ? a->s : "");
        break;
    case BRUG_MSG_INT:
        number(o, li, a->d, 0);
        break;
    case BRUG_MSG_NUM:
        number(o, li, a->d, 1);
        break;
    case BRUG_MSG_PCT: {
        char pct[64];
        out p = {pct, sizeof(pct), 0};
        brug_msg_arg args[] = {BRUG_MSG_S("n", pct), BRUG_MSG_ARGS_END};
        const char *tmpl = lookup(li, "number.percent");
        number(&p, li, a->d * 100.0, 0);
        render(o, li, tmpl ? tmpl : "{n}%", args);
        break;
    }
    case BRUG_MSG_MONEY:
        money(o, li, a->d);
        break;
    case BRUG_MSG_DATE:
        date(o, li, a->s);
        break;
    case BRUG_MSG_END:
        break;
    }
}

static void render(out *o, int li, const char *tmpl, const brug_msg_arg *args)
{
    const char *p = tmpl;
    while (*p) {
        const char *brace = strpbrk(p, "{}");
        if (!brace) {
            puts0(o, p);
            return;
        }
        put(o, p, (size_t)(brace - p));
        p = brace;
        if (p[0] == p[1]) { /* "{{" or "}}" */
            put(o, p, 1);
            p += 2;
            continue;
        }
        if (*p == '{') {
            const char *end = strchr(p, '}');
            const brug_msg_arg *a = NULL;
            size_t n = end ? (size_t)(end - p - 1) : 0;
            if (end && args)
                for (a = args; a->name; a++)
                    if (strlen(a->name) == n && memcmp(a->name, p + 1, n) == 0)
                        break;
            if (end && a && a->name) {
                arg_value(o, li, a);
                p = end + 1;
                continue;
            }
            if (end) { /* no such argument: leave the placeholder visible */
                put(o, p, (size_t)(end - p + 1));
                p = end + 1;
                continue;
            }
        }
        put(o, p, 1);
        p++;
    }
}

size_t brug_msg_format(char *buf, size_t size, const char *lang, const char *key,
                       const brug_msg_arg *args)
{
    out o = {buf, size, 0};
    int li = lang_index(lang);
    const char *tmpl = lookup(li, key);
    if (size)
        buf[0] = '\0';
    if (!tmpl)
        puts0(&o, key ? key : "");
    else
        render(&o, li, tmpl, args);
    return o.len;
}

size_t brug_format_number(char *buf, size_t size, const char *lang, double v, int decimals)
{
    out o = {buf, size, 0};
    if (size)
        buf[0] = '\0';
    number(&o, lang_index(lang), v, decimals < 0 ? 0 : decimals > 2 ? 2 : decimals);
    return o.len;
}

size_t brug_format_money(char *buf, size_t size, const char *lang, double euros)
{
    out o = {buf, size, 0};
    if (size)
        buf[0] = '\0';
    money(&o, lang_index(lang), euros);
    return o.len;
}

size_t brug_format_date(char *buf, size_t size, const char *lang, const char *iso)
{
    out o = {buf, size, 0};
    if (size)
        buf[0] = '\0';
    date(&o, lang_index(lang), iso);
    return o.len;
}
