/*
 * cli.c - option parsing from a command's declared table, usage text, and
 * the error-printing and database-opening helpers every command shares.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

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

brug_db *cli_db_open(cli_ctx *ctx, unsigned flags)
{
    brug_db *db = NULL;
    brug_err err = brug_db_open(ctx->db_path, flags, NULL, &db);
    if (err) {
        cli_fail(ctx, db, err, ctx->db_path);
        brug_db_close(db);
        return NULL;
    }
    return db;
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

brug_err cli_uint_parse(cli_ctx *ctx, const char *opt, const char *s, unsigned long max,
                        unsigned long *out)
{
    char *end;
    unsigned long v;
    errno = 0;
    v = strtoul(s, &end, 10);
    if (!s[0] || *end || errno || s[0] == '-' || v > max) {
        fprintf(ctx->err, "brug: --%s: expected a whole number from 0 to %lu, got '%s'\n", opt, max,
                s);
        return BRUG_EINVAL;
    }
    *out = v;
    return BRUG_OK;
}

brug_err cli_count_parse(cli_ctx *ctx, const char *opt, const char *s, unsigned long max,
                         unsigned long *out)
{
    if (cli_uint_parse(ctx, opt, s, max, out))
        return BRUG_EINVAL;
    if (*out == 0) {
        fprintf(ctx->err, "brug: --%s: must be at least 1\n", opt);
        return BRUG_EINVAL;
    }
    return BRUG_OK;
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
