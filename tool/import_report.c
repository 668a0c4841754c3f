/*
 * import_report.c - printing the one import report shape for every
 * `brug import KIND` (see import_report.h).
 */
#include <stdio.h>
#include <string.h>

#include "import_report.h"

void cli_import_progress(void *pctx, const brug_import_progress *p)
{
    cli_ctx *ctx = pctx;
    const char *base = strrchr(p->file, '/');
    fprintf(ctx->err, "\r\033[Kimporting %s: %llu rows", base ? base + 1 : p->file,
            (unsigned long long)p->rows);
    if (p->total)
        fprintf(ctx->err, ", %.0f%%", 100.0 * (double)p->bytes / (double)p->total);
    fputs(p->done ? " done" : "", ctx->err);
    fflush(ctx->err);
}

void cli_import_progress_on(cli_ctx *ctx, brug_import_opts *o, int json)
{
    if (ctx->err_is_tty && !json) {
        o->progress = cli_import_progress;
        o->progress_ctx = ctx;
    }
}

void cli_import_progress_off(cli_ctx *ctx, const brug_import_opts *o)
{
    if (o->progress)
        fputs("\r\033[K", ctx->err);
}

int cli_import_print_json(cli_ctx *ctx, const brug_import_report *r)
{
    json_t *doc = brug_import_report_json(r);
    if (!doc)
        return -1;
    json_dumpf(doc, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    fputc('\n', ctx->out);
    json_decref(doc);
    return 0;
}

const char *cli_thousands(uint64_t v, char *buf, size_t size)
{
    char digits[32];
    size_t n, i, o = 0;
    snprintf(digits, sizeof(digits), "%llu", (unsigned long long)v);
    n = strlen(digits);
    for (i = 0; i < n && o + 2 < size; i++) {
        if (i && (n - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
    return buf;
}

void cli_import_print_coverage(cli_ctx *ctx, const brug_import_report *r)
{
    size_t i;
    for (i = 0; i < r->ncoverage; i++) {
        char a[32], b[32];
        fprintf(ctx->out, "coverage: %s: %s of %s %s have a preferred label\n", r->coverage[i].lang,
                cli_thousands(r->coverage[i].preferred, a, sizeof(a)),
                cli_thousands(r->coverage[i].total, b, sizeof(b)), r->coverage[i].kind);
    }
}

void cli_import_print_dangling(cli_ctx *ctx, const brug_import_report *r, const char *what)
{
    size_t i;
    if (!r->dangling)
        return;
    fprintf(ctx->err, "brug: warning: skipped %llu %s:\n", (unsigned long long)r->dangling, what);
    for (i = 0; i < r->nexamples; i++)
        fprintf(ctx->err, "  %s: %s\n", r->examples[i].where, r->examples[i].uri);
    if (r->dangling > r->nexamples)
        fprintf(ctx->err, "  ... and %llu more\n",
                (unsigned long long)(r->dangling - r->nexamples));
    for (i = 0; i < r->nfiles; i++)
        if (r->files[i].dangling)
            fprintf(ctx->err, "  %llu in %s\n", (unsigned long long)r->files[i].dangling,
                    r->files[i].path);
}
