/*
 * import_courses.c - `brug import courses FILE... [--strict] [--lang L]
 * [--json]`: read course catalogues (CSV or JSON, docs/courses.md) with
 * brug_courses_import() and report the skill labels that were resolved
 * and those that could not be.
 */
#include <string.h>

#include "import.h"
#include "import_report.h"

enum { OPT_STRICT = 256, OPT_LANG, OPT_JSON };

static const cli_opt opts[] = {
    {"strict", OPT_STRICT, NULL, "stop at a skill label that names no ESCO skill"},
    {"lang", OPT_LANG, "L", "try labels in language L first when resolving (default: all)"},
    {"json", OPT_JSON, NULL, "print the import report as JSON"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_import_courses = {
    "import courses",
    "FILE...",
    "import learning offers (CSV or JSON, docs/courses.md), each file in one transaction",
    opts,
    run,
};

static void print_report(cli_ctx *ctx, const brug_import_report *rep)
{
    size_t i;
    fprintf(ctx->out, "%s: imported %llu courses (%s, %llu replaced), %zu skill labels resolved\n",
            rep->files[0].path, (unsigned long long)rep->records, rep->files[0].format,
            (unsigned long long)rep->replaced, rep->nresolved);
    if (rep->dangling) {
        fprintf(ctx->err,
                "brug: warning: %llu skill label%s could not be resolved and %s skipped:\n",
                (unsigned long long)rep->dangling, rep->dangling == 1 ? "" : "s",
                rep->dangling == 1 ? "was" : "were");
        for (i = 0; i < rep->nexamples; i++)
            fprintf(ctx->err, "  %s: '%s'\n", rep->examples[i].where, rep->examples[i].uri);
        if (rep->dangling > rep->nexamples)
            fprintf(ctx->err, "  ... and %llu more (see --json)\n",
                    (unsigned long long)(rep->dangling - rep->nexamples));
    }
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val;
    int key, json = 0, i;
    brug_import_opts o;
    brug_db *db;
    json_t *all = NULL;

    memset(&o, 0, sizeof(o));
    cli_args_init(&a, &cli_import_courses, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        if (key == OPT_STRICT)
            o.strict = 1;
        else if (key == OPT_LANG)
            o.lang = val;
        else if (key == OPT_JSON)
            json = 1;
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos == 0) {
        fprintf(ctx->err, "brug import courses: give at least one file\n");
        cli_usage(&cli_import_courses, ctx->err);
        return CLI_USAGE;
    }
    cli_import_progress_on(ctx, &o, json);
    db = cli_db_open(ctx, BRUG_OPEN_CREATE);
    if (!db)
        return CLI_FAIL;
    if (json) {
        all = json_array();
        if (!all) {
            brug_db_close(db);
            fprintf(ctx->err, "brug: out of memory\n");
            return CLI_FAIL;
        }
    }
    for (i = 0; i < a.npos; i++) {
        brug_import_report rep;
        brug_err err;
        brug_import_report_init(&rep);
        err = brug_courses_import(db, a.pos[i], &o, &rep);
        cli_import_progress_off(ctx, &o);
        if (err) {
            brug_import_report_release(&rep);
            fprintf(ctx->err, "brug: import courses: %s\n",
                    brug_errmsg(db)[0] ? brug_errmsg(db) : brug_strerror(err));
            fprintf(ctx->err, "brug: nothing of %s was imported%s\n", a.pos[i],
                    i ? "; the files before it were" : "; the database is unchanged");
            json_decref(all);
            brug_db_close(db);
            return CLI_FAIL;
        }
        if (json)
            json_array_append_new(all, brug_import_report_json(&rep));
        else
            print_report(ctx, &rep);
        brug_import_report_release(&rep);
    }
    if (json) {
        json_t *doc = json_pack("{s:o}", "imports", all);
        json_dumpf(doc, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        fputc('\n', ctx->out);
        json_decref(doc);
    }
    brug_db_close(db);
    return CLI_OK;
}
