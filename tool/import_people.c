/*
 * import_people.c - `brug import passports FILE` and `brug import offers
 * FILE`: bulk import of JSON Lines files (docs/passports.md) in one
 * transaction, with progress on a terminal.
 */
#include <stdio.h>
#include <time.h>

#include "cli.h"

static const cli_opt opts[] = {
    {NULL, 0, NULL, NULL},
};

static int run_passports(int argc, const char **argv, cli_ctx *ctx);
static int run_offers(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_import_passports = {
    "import passports",
    "FILE",
    "skills passports, one JSON object per line (docs/passports.md)",
    opts,
    run_passports,
};

const cli_command cli_import_offers = {
    "import offers",
    "FILE",
    "vacancies and trial placements with their employers, one JSON object per line",
    opts,
    run_offers,
};

static void progress(void *pctx, uint64_t records, uint64_t bytes, uint64_t total)
{
    cli_ctx *ctx = pctx;
    if (!ctx->err_is_tty)
        return;
    fprintf(ctx->err, "\r  %llu records, %.0f%%", (unsigned long long)records,
            total ? 100.0 * (double)bytes / (double)total : 0.0);
    fflush(ctx->err);
}

static int run_kind(const cli_command *cmd, int argc, const char **argv, cli_ctx *ctx,
                    int passports)
{
    cli_args a;
    const char *val;
    int key;
    brug_db *db;
    brug_err err;
    uint64_t n = 0;
    struct timespec t0, t1;

    cli_args_init(&a, cmd, argc, argv, ctx->err);
    do {
        key = cli_args_next(&a, &val);
    } while (key > 0);
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos != 1) {
        fprintf(ctx->err, "brug %s: expected one FILE\n", cmd->name);
        return CLI_USAGE;
    }
    db = cli_db_open(ctx, BRUG_OPEN_CREATE);
    if (!db)
        return CLI_FAIL;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    err = passports ? brug_passports_import(db, a.pos[0], progress, ctx, &n)
                    : brug_offers_import(db, a.pos[0], progress, ctx, &n);
    if (ctx->err_is_tty)
        fputc('\n', ctx->err);
    if (err) {
        fprintf(ctx->err, "brug: %s (nothing imported)\n", brug_errmsg(db));
        brug_db_close(db);
        return CLI_FAIL;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    fprintf(ctx->out, "imported %llu %s from %s in %.1f s\n", (unsigned long long)n,
            passports ? "passports" : "offers", a.pos[0],
            (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9);
    brug_db_close(db);
    return CLI_OK;
}

static int run_passports(int argc, const char **argv, cli_ctx *ctx)
{
    return run_kind(&cli_import_passports, argc, argv, ctx, 1);
}

static int run_offers(int argc, const char **argv, cli_ctx *ctx)
{
    return run_kind(&cli_import_offers, argc, argv, ctx, 0);
}
