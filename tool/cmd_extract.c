/*
 * cmd_extract.c - `brug extract [TEXT] [--file F] [--lines]`: the ESCO
 * skills and occupations a CV, a work history or a vacancy text mentions
 * or implies (include/brug/extract.h, docs/extract.md).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum {
    OPT_FILE = 256,
    OPT_LINES,
    OPT_LANG,
    OPT_TYPE,
    OPT_TOP,
    OPT_JSON,
    OPT_SYNONYMS,
};

static const cli_opt opts[] = {
    {"file", OPT_FILE, "F", "read the text from file F (- for standard input)"},
    {"lines", OPT_LINES, NULL,
     "each input line is its own text: one JSON object per line, in input order"},
    {"lang", OPT_LANG, "L", "language of the text: nl, en or auto (default auto)"},
    {"type", OPT_TYPE, "T", "skill, occupation or both (default both)"},
    {"top", OPT_TOP, "K", "at most K skills and K occupations (1..200, default 10)"},
    {"json", OPT_JSON, NULL, "print the extraction document (docs/extract.md)"},
    {"synonyms", OPT_SYNONYMS, "F", "also read synonyms from file F (PHRASE<TAB>URI[<TAB>LANG])"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_extract = {
    "extract", "[TEXT...]", "find the ESCO skills and occupations a text mentions or implies",
    opts,      run,
};

/* The longest line --lines reads. */
#define MAX_LINE (1u << 20)

static void print_list(FILE *f, const json_t *doc, const char *key, const char *kind)
{
    size_t i, k;
    json_t *item, *how;
    json_array_foreach(json_object_get(doc, key), i, item)
    {
        fprintf(f, "%.3f  %-10s  %s  <%s>  (", json_number_value(json_object_get(item, "score")),
                kind, json_string_value(json_object_get(item, "label")),
                json_string_value(json_object_get(item, "uri")));
        json_array_foreach(json_object_get(item, "how"), k, how)
            fprintf(f, "%s%s", k ? ", " : "", json_string_value(how));
        fputs(")\n", f);
    }
}

/* Read all of f (at most max bytes; more is an error). */
static char *slurp(cli_ctx *ctx, FILE *f, const char *name, size_t max, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf) {
        fprintf(ctx->err, "brug extract: out of memory\n");
        return NULL;
    }
    for (;;) {
        size_t got;
        if (n == cap) {
            char *p;
            if (cap > max) {
                fprintf(ctx->err,
                        "brug extract: %s: larger than %zu bytes, the most one text may be; "
                        "use --lines to read it line by line\n",
                        name, max);
                free(buf);
                return NULL;
            }
            cap *= 2;
            p = realloc(buf, cap + 1);
            if (!p) {
                fprintf(ctx->err, "brug extract: out of memory\n");
                free(buf);
                return NULL;
            }
            buf = p;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        fprintf(ctx->err, "brug extract: %s: read error\n", name);
        free(buf);
        return NULL;
    }
    if (n > max) {
        fprintf(ctx->err,
                "brug extract: %s: larger than %zu bytes, the most one text may be; use --lines "
                "to read it line by line\n",
                name, max);
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int extract_one(cli_ctx *ctx, const brug_extract_index *ix, const brug_extract_opts *o,
                       const char *text, size_t len, int json, const char *where)
{
    json_t *doc;
    char msg[256];
    brug_err err = brug_extract(ix, text, len, o, &doc, msg, sizeof(msg));
    if (err) {
        fprintf(ctx->err, "brug extract: %s%s%s\n", where, where[0] ? ": " : "",
                msg[0] ? msg : brug_strerror(err));
        return CLI_FAIL;
    }
    if (json) {
        json_dumpf(doc, ctx->out, JSON_COMPACT | JSON_REAL_PRECISION(6));
        fputc('\n', ctx->out);
    } else {
        print_list(ctx->out, doc, "skills", "skill");
        print_list(ctx->out, doc, "occupations", "occupation");
    }
    json_decref(doc);
    return CLI_OK;
}

/* --lines over a stream: one document per line, in order. */
static int extract_lines(cli_ctx *ctx, const brug_extract_index *ix, const brug_extract_opts *o,
                         FILE *f, const char *name)
{
    char *line = malloc(MAX_LINE + 2);
    size_t lineno = 0;
    int rc = CLI_OK;
    if (!line) {
        fprintf(ctx->err, "brug extract: out of memory\n");
        return CLI_FAIL;
    }
    while (rc == CLI_OK) {
        size_t n = 0;
        int c = EOF;
        char where[512];
        while (n <= MAX_LINE) {
            c = getc(f);
            if (c == EOF || c == '\n')
                break;
            line[n++] = (char)c;
        }
        if (c == EOF && n == 0)
            break;
        lineno++;
        if (n > MAX_LINE) {
            fprintf(ctx->err, "brug extract: %s:%zu: line longer than %u bytes\n", name, lineno,
                    MAX_LINE);
            rc = CLI_FAIL;
            break;
        }
        if (n && line[n - 1] == '\r')
            n--;
        line[n] = '\0';
        snprintf(where, sizeof(where), "%s:%zu", name, lineno);
        rc = extract_one(ctx, ix, o, line, n, 1, where);
        if (c == EOF)
            break;
    }
    if (rc == CLI_OK && ferror(f)) {
        fprintf(ctx->err, "brug extract: %s: read error\n", name);
        rc = CLI_FAIL;
    }
    free(line);
    return rc;
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val, *file = NULL;
    int key, json = 0, lines = 0, i, rc;
    unsigned long n;
    brug_extract_opts o;
    brug_extract_build_opts bo;
    brug_extract_index *ix = NULL;
    brug_onto *onto = NULL;
    brug_db *db;
    brug_err err;
    char *text = NULL;
    size_t len = 0;

    brug_extract_opts_init(&o);
    memset(&bo, 0, sizeof(bo));
    cli_args_init(&a, &cli_cmd_extract, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        switch (key) {
        case OPT_FILE:
            file = val;
            break;
        case OPT_LINES:
            lines = 1;
            break;
        case OPT_JSON:
            json = 1;
            break;
        case OPT_LANG:
            if (strcmp(val, "nl") != 0 && strcmp(val, "en") != 0 && strcmp(val, "auto") != 0) {
                fprintf(ctx->err, "brug extract: --lang must be nl, en or auto, not '%s'\n", val);
                return CLI_USAGE;
            }
            o.lang = val;
            break;
        case OPT_TYPE:
            if (strcmp(val, "skill") == 0)
                o.type = BRUG_EXTRACT_SKILL;
            else if (strcmp(val, "occupation") == 0)
                o.type = BRUG_EXTRACT_OCCUPATION;
            else if (strcmp(val, "both") == 0)
                o.type = BRUG_EXTRACT_BOTH;
            else {
                fprintf(ctx->err,
                        "brug extract: --type must be skill, occupation or both, not '%s'\n", val);
                return CLI_USAGE;
            }
            break;
        case OPT_TOP:
            if (cli_count_parse(ctx, "top", val, BRUG_EXTRACT_MAX_TOP, &n))
                return CLI_USAGE;
            o.top = n;
            break;
        case OPT_SYNONYMS:
            bo.synonyms_path = val;
            break;
        }
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if ((a.npos > 0) == (file != NULL)) {
        fprintf(ctx->err, "brug extract: give the text as arguments or with --file F, not %s\n",
                a.npos ? "both" : "neither");
        return CLI_USAGE;
    }

    db = cli_db_open(ctx, BRUG_OPEN_READONLY);
    if (!db)
        return CLI_FAIL;
    err = brug_onto_load(db, &onto);
    if (!err)
        err = brug_extract_index_build(db, onto, &bo, &ix);
    if (err) {
        rc = cli_fail(ctx, db, err, "extract");
        brug_onto_free(onto);
        brug_db_close(db);
        return rc;
    }

    if (file) {
        FILE *f = strcmp(file, "-") == 0 ? stdin : fopen(file, "rb");
        if (!f) {
            fprintf(ctx->err, "brug extract: %s: %s\n", file, strerror(errno));
            rc = CLI_FAIL;
        } else if (lines) {
            rc = extract_lines(ctx, ix, &o, f, file);
        } else {
            text = slurp(ctx, f, file, BRUG_EXTRACT_MAX_TEXT, &len);
            rc = text ? extract_one(ctx, ix, &o, text, len, json, file) : CLI_FAIL;
        }
        if (f && f != stdin)
            fclose(f);
    } else {
        size_t cap = 1;
        for (i = 0; i < a.npos; i++)
            cap += strlen(a.pos[i]) + 1;
        text = malloc(cap);
        if (!text) {
            rc = CLI_FAIL;
        } else {
            text[0] = '\0';
            for (i = 0; i < a.npos; i++) {
                size_t k = strlen(a.pos[i]);
                if (i)
                    text[len++] = ' ';
                memcpy(text + len, a.pos[i], k + 1);
                len += k;
            }
            if (lines) {
                size_t s = 0, e, lineno = 0;
                rc = CLI_OK;
                while (rc == CLI_OK && s <= len) {
                    char where[32];
                    for (e = s; e < len && text[e] != '\n'; e++)
                        ;
                    if (e == len && s == len && lineno > 0)
                        break;
                    lineno++;
                    snprintf(where, sizeof(where), "line %zu", lineno);
                    rc = extract_one(ctx, ix, &o, text + s, e - s, 1, where);
                    s = e + 1;
                }
            } else {
                rc = extract_one(ctx, ix, &o, text, len, json, "");
            }
        }
    }
    free(text);
    brug_extract_index_free(ix);
    brug_onto_free(onto);
    brug_db_close(db);
    return rc;
}
