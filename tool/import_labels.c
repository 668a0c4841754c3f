/*
 * import_labels.c - `brug import labels FILE... [--mappings] [--strict]
 * [--json]`: supplementary labels (an ESCO crosswalk report, or a plain
 * uri,lang,role,text CSV) with brug_import_labels(), and the label
 * coverage per language after the import.
 */
#include <stdio.h>
#include <string.h>

#include "import.h"
#include "import_report.h"

enum { OPT_MAPPINGS = 256, OPT_STRICT, OPT_JSON };

static const cli_opt opts[] = {
    {"mappings", OPT_MAPPINGS, NULL,
     "also store a crosswalk's other side as a taxonomy with typed mappings"},
    {"strict", OPT_STRICT, NULL, "stop at a URI no import defined"},
    {"json", OPT_JSON, NULL, "print the import report as JSON"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_import_labels = {
    "import labels",
    "FILE...",
    "supplementary labels that never override the release's own (docs/import.md)",
    opts,
    run,
};

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val;
    int key, json = 0;
    brug_import_opts o;
    brug_import_report rep;
    brug_db *db;
    brug_err err;

    memset(&o, 0, sizeof(o));
    cli_args_init(&a, &cli_import_labels, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        if (key == OPT_MAPPINGS)
            o.mappings = 1;
        else if (key == OPT_STRICT)
            o.strict = 1;
        else if (key == OPT_JSON)
            json = 1;
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos == 0) {
        fprintf(ctx->err, "brug import labels: give at least one file\n");
        cli_usage(&cli_import_labels, ctx->err);
        return CLI_USAGE;
    }
    cli_import_progress_on(ctx, &o, json);
    db = cli_db_open(ctx, 0);
    if (!db)
        return CLI_FAIL;
    brug_import_report_init(&rep);
    err = brug_import_labels(db, a.pos, (size_t)a.npos, &o, &rep);
    cli_import_progress_off(ctx, &o);
    if (err) {
        fprintf(ctx->err, "brug: import labels: %s\n",
                brug_errmsg(db)[0] ? brug_errmsg(db) : brug_strerror(err));
        fprintf(ctx->err, "brug: nothing was imported; the database is unchanged\n");
        brug_import_report_release(&rep);
        brug_db_close(db);
        return CLI_FAIL;
    }
    if (json) {
        cli_import_print_json(ctx, &rep);
    } else {
        fprintf(ctx->out,
                "imported %llu supplementary labels in %.2f s (%llu kept out: the release has "
                "its own)\n",
                (unsigned long long)rep.supplementary_labels, rep.seconds,
                (unsigned long long)rep.kept_release_labels);
        if (o.mappings)
            fprintf(ctx->out, "second taxonomy: %llu concepts, %llu labels, %llu mappings\n",
                    (unsigned long long)rep.concepts, (unsigned long long)rep.labels,
                    (unsigned long long)rep.mappings);
        cli_import_print_coverage(ctx, &rep);
        fflush(ctx->out);
        cli_import_print_dangling(ctx, &rep, "labels of a URI no import defines");
    }
    brug_import_report_release(&rep);
    brug_db_close(db);
    return CLI_OK;
}
