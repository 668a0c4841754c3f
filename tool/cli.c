/*
 * cli.c - option parsing from a command's declared table, usage text, and
 * the error-printing and database-opening helpers every command shares.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "brug/msg.h"

void cli_args_init(cli_args *a, const cli_command *cmd, int argc, const char **argv, FILE *err)
{
    a->cmd = cmd;
    a->argc = argc;
    a->argv = argv;
    a->i = 1;
    a->only_pos = 0;
    a->npos = 0;
    a->err = err;
}

static const cli_opt *find_opt(const cli_command *cmd, const char *name, size_t len)
{
    const cli_opt *o;
    for (o = cmd->opts; o && o->name; o++)
        if (strlen(o->name) == len && strncmp(o->name, name, len) == 0)
            return o;
    return NULL;
}

int cli_args_next(cli_args *a, const char **val)
{
    *val = NULL;
    while (a->i < a->argc) {
        const char *s = a->argv[a->i++];
        const char *name, *eq;
        const cli_opt *o;
        size_t len;

        if (a->only_pos || s[0] != '-' || s[1] == '\0') {
            if (a->npos == CLI_MAX_POS) {
                fprintf(a->err, "brug %s: too many arguments (at most %d)\n", a->cmd->name,
                        CLI_MAX_POS);
                return CLI_ARGS_ERROR;
            }
            a->pos[a->npos++] = s;
            continue;
        }
        if (strcmp(s, "--") == 0) {
            a->only_pos = 1;
            continue;
        }
        if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) {
            cli_usage(a->cmd, stdout);
            return CLI_ARGS_HELP;
        }
        if (s[1] != '-') {
            fprintf(a->err, "brug %s: unknown option '%s' (options are long: --name)\n",
                    a->cmd->name, s);
            return CLI_ARGS_ERROR;
        }
        name = s + 2;
        eq = strchr(name, '=');
        len = eq ? (size_t)(eq - name) : strlen(name);
        o = find_opt(a->cmd, name, len);
        if (!o) {
            const char *names[128], *best;
            char typed[64];
            size_t n = 0;
            const cli_opt *p;
            for (p = a->cmd->opts; p && p->name && n < 128; p++)
                names[n++] = p->name;
            snprintf(typed, sizeof(typed), "%.*s", (int)len, name);
            best = cli_suggest(typed, names, n);
            if (best)
                fprintf(a->err, "brug %s: unknown option '--%s'; did you mean --%s?\n",
                        a->cmd->name, typed, best);
            else
                fprintf(a->err, "brug %s: unknown option '--%.*s'; see 'brug %s --help'\n",
                        a->cmd->name, (int)len, name, a->cmd->name);
            return CLI_ARGS_ERROR;
        }
        if (o->arg) {
            if (eq) {
                *val = eq + 1;
            } else if (a->i < a->argc) {
                *val = a->argv[a->i++];
            } else {
                fprintf(a->err, "brug %s: option '--%s' needs a value %s\n", a->cmd->name, o->name,
                        o->arg);
                return CLI_ARGS_ERROR;
            }
        } else if (eq) {
            fprintf(a->err, "brug %s: option '--%s' takes no value\n", a->cmd->name, o->name);
            return CLI_ARGS_ERROR;
        }
        return o->key;
    }
    return CLI_ARGS_END;
}

void cli_usage(const cli_command *cmd, FILE *f)
{
    const cli_opt *o;
    fprintf(f, "usage: brug [--db FILE] %s [options]%s%s\n\n%s\n", cmd->name,
            cmd->args[0] ? " " : "", cmd->args, cmd->summary);
    if (cmd->opts && cmd->opts->name) {
        fputs("\noptions:\n", f);
        for (o = cmd->opts; o->name; o++) {
            char left[64];
            snprintf(left, sizeof(left), "--%s%s%s", o->name, o->arg ? " " : "",
                     o->arg ? o->arg : "");
            fprintf(f, "  %-24s %s\n", left, o->help);
        }
    }
    fputs("  --help                   show this help\n", f);
}

/* Optimal string alignment distance of a and b (both short), capped at 9. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), i, j;
    size_t d[33][33];
    if (la > 32 || lb > 32)
        return 9;
    for (i = 0; i <= la; i++)
        d[i][0] = i;
    for (j = 0; j <= lb; j++)
        d[0][j] = j;
    for (i = 1; i <= la; i++)
        for (j = 1; j <= lb; j++) {
            size_t cost = a[i - 1] != b[j - 1], v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < v)
                v = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    return d[la][lb] > 9 ? 9 : d[la][lb];
}

const char *cli_suggest(const char *typed, const char *const *names, size_t n)
{
    size_t i, best = 9, bi = 0, ties = 0, tl = strlen(typed);
    for (i = 0; i < n; i++) {
        size_t d = edit_distance(typed, names[i]);
        if (d < best) {
            best = d;
            bi = i;
            ties = 0;
        } else if (d == best) {
            ties++;
        }
    }
    /* One or two edits, and fewer than half the letters typed. */
    if (best == 9 || ties || best > 2 || best * 2 >= tl)
        return NULL;
    return names[bi];
}

brug_db *cli_db_open(cli_ctx *ctx, unsigned flags)
{
    brug_db *db = NULL;
    brug_err err;
    if ((flags & BRUG_OPEN_READONLY) && access(ctx->db_path, F_OK) != 0) {
        fprintf(ctx->err,
                "brug: no database at %s; create one with 'brug --db %s import esco FOLDER...' "
                "(the demo: 'make demo'), or name another with --db FILE or $BRUG_DB\n",
                ctx->db_path, ctx->db_path);
        return NULL;
    }
    err = brug_db_open(ctx->db_path, flags, NULL, &db);
    if (err) {
        cli_fail(ctx, db, err, ctx->db_path);
        brug_db_close(db);
        return NULL;
    }
    return db;
}

json_t *cli_resolve(cli_ctx *ctx, brug_db *db, const char *what, brug_search_type type,
                    const char *lang, int first, FILE *note)
{
    brug_resolve_opts ro;
    json_t *doc = NULL, *c;
    brug_err err;
    size_t i;
    char hint[256];

    brug_resolve_opts_init(&ro);
    ro.type = type;
    ro.lang = lang;
    ro.first = first;
    err = brug_resolve(db, what, &ro, &doc);
    if (err == BRUG_EAMBIGUOUS) {
        fprintf(ctx->err, "brug: %s\n", json_string_value(json_object_get(doc, "message")));
        json_array_foreach(json_object_get(doc, "candidates"), i, c)
        {
            fprintf(
                ctx->err, "  %.3f  %s%s%s  <%s>\n", json_real_value(json_object_get(c, "score")),
                type == BRUG_SEARCH_ANY ? json_string_value(json_object_get(c, "type")) : "",
                type == BRUG_SEARCH_ANY ? ": " : "", json_string_value(json_object_get(c, "label")),
                json_string_value(json_object_get(c, "uri")));
        }
        brug_msg_format(hint, sizeof(hint), lang, "resolve.hint", NULL);
        fprintf(ctx->err, "%s\n", hint);
        json_decref(doc);
        return NULL;
    }
    if (err) {
        cli_fail(ctx, db, err, NULL);
        return NULL;
    }
    if (note && strcmp(json_string_value(json_object_get(doc, "how")), "uri") != 0)
        fprintf(note, "brug: '%s' is %s <%s> (by %s)\n", what,
                json_string_value(json_object_get(doc, "label")),
                json_string_value(json_object_get(doc, "uri")),
                json_string_value(json_object_get(doc, "how")));
    return doc;
}

brug_err cli_skills_resolve(cli_ctx *ctx, brug_db *db, const char **items, size_t n,
                            const char *lang, int first, FILE *note, char ***owned, size_t *nowned)
{
    size_t i;
    *owned = NULL;
    *nowned = 0;
    for (i = 0; i < n; i++) {
        json_t *doc;
        char *uri, **grown;
        if (strstr(items[i], "://"))
            continue;
        doc = cli_resolve(ctx, db, items[i], BRUG_SEARCH_SKILL, lang, first, note);
        if (!doc)
            return BRUG_ENOTFOUND;
        uri = strdup(json_string_value(json_object_get(doc, "uri")));
        json_decref(doc);
        grown = uri ? realloc(*owned, (*nowned + 1) * sizeof(**owned)) : NULL;
        if (!grown) {
            free(uri);
            cli_fail(ctx, NULL, BRUG_ENOMEM, "--skills");
            return BRUG_ENOMEM;
        }
        *owned = grown;
        (*owned)[(*nowned)++] = uri;
        items[i] = uri;
    }
    return BRUG_OK;
}

void cli_strings_free(char **v, size_t n)
{
    size_t i;
    for (i = 0; v && i < n; i++)
        free(v[i]);
    free(v);
}

const char *cli_lang(cli_ctx *ctx, brug_db *db, const char *lang, const char *def, char *buf)
{
    brug_err err;
    if (!lang)
        return def;
    err = brug_lang_check(db, lang, buf, 8);
    if (err) {
        cli_fail(ctx, db, err, "--lang");
        return NULL;
    }
    return buf[0] ? buf : def;
}

int cli_fail(cli_ctx *ctx, const brug_db *db, brug_err err, const char *what)
{
    const char *msg = db ? brug_errmsg(db) : "";
    if (!msg[0])
        msg = brug_strerror(err);
    if (what && what[0])
        fprintf(ctx->err, "brug: %s: %s\n", what, msg);
    else
        fprintf(ctx->err, "brug: %s\n", msg);
    return CLI_FAIL;
}

/* One message for every whole-number range error. */
static brug_err parse_range(cli_ctx *ctx, const char *opt, const char *s, unsigned long lo,
                            unsigned long hi, unsigned long *out)
{
    char *end;
    unsigned long v;
    errno = 0;
    v = strtoul(s, &end, 10);
    if (!s[0] || *end || errno || s[0] == '-' || v < lo || v > hi) {
        fprintf(ctx->err, "brug: --%s: expected a whole number from %lu to %lu, got '%s'\n", opt,
                lo, hi, s);
        return BRUG_EINVAL;
    }
    *out = v;
    return BRUG_OK;
}

brug_err cli_uint_parse(cli_ctx *ctx, const char *opt, const char *s, unsigned long max,
                        unsigned long *out)
{
    return parse_range(ctx, opt, s, 0, max, out);
}

brug_err cli_count_parse(cli_ctx *ctx, const char *opt, const char *s, unsigned long max,
                         unsigned long *out)
{
    return parse_range(ctx, opt, s, 1, max, out);
}

brug_err cli_double_parse(cli_ctx *ctx, const char *opt, const char *s, double lo, double hi,
                          double *out)
{
    char *end;
    double v;
    errno = 0;
    v = strtod(s, &end);
    if (!s[0] || *end || errno || !(v >= lo && v <= hi)) {
        fprintf(ctx->err, "brug: --%s: expected a number from %g to %g, got '%s'\n", opt, lo, hi,
                s);
        return BRUG_EINVAL;
    }
    *out = v;
    return BRUG_OK;
}

void cli_match_progress(void *pctx, uint64_t done, uint64_t total)
{
    cli_ctx *ctx = pctx;
    if (!ctx->err_is_tty)
        return;
    fprintf(ctx->err, "\r  matching: %3llu%% (%llu of %llu passports)",
            (unsigned long long)(total ? done * 100 / total : 100), (unsigned long long)done,
            (unsigned long long)total);
    if (done >= total)
        fputc('\n', ctx->err);
    fflush(ctx->err);
}
