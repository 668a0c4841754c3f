/*
 * import_skos.c - `brug import skos FILE... [--profile esco|competentnl|FILE]
 * [--strict] [--taxonomy-version V] [--json]`: read SKOS Turtle or
 * N-Triples with brug_import_skos() and print what was imported.
 */
#include <stdio.h>
#include <string.h>

#include "import.h"
#include "import_report.h"

enum { OPT_PROFILE = 256, OPT_STRICT, OPT_VERSION, OPT_JSON };

static const cli_opt opts[] = {
    {"profile", OPT_PROFILE, "P",
     "esco (default), competentnl, or a profile file (docs/import.md)"},
    {"strict", OPT_STRICT, NULL, "stop at a reference to an undefined URI"},
    {"taxonomy-version", OPT_VERSION, "V", "record V as the taxonomy version"},
    {"json", OPT_JSON, NULL, "print the import report as JSON"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_import_skos = {
    "import skos",
    "FILE...",
    "import SKOS concepts from Turtle (.ttl) or N-Triples (.nt) in one transaction",
    opts,
    run,
};

static void print_summary(cli_ctx *ctx, const brug_import_report *r, const char *profile)
{
    FILE *f = ctx->out;
    size_t i;
    fprintf(f, "imported SKOS (profile %s) in %.2f s\n", profile ? profile : "esco", r->seconds);
    fprintf(f,
            "concepts: %llu (%llu occupations, %llu skills, %llu skill groups, %llu ISCO "
            "groups)\n",
            (unsigned long long)r->concepts, (unsigned long long)r->occupations,
            (unsigned long long)r->skills, (unsigned long long)r->skill_groups,
            (unsigned long long)r->isco_groups);
    fprintf(f, "labels: %llu, notes: %llu\n", (unsigned long long)r->labels,
            (unsigned long long)r->notes);
    fprintf(f, "relations: %llu occupation-skill, %llu broader, %llu mappings\n",
            (unsigned long long)r->occupation_skill, (unsigned long long)r->broader,
            (unsigned long long)r->mappings);
    for (i = 0; i < r->nfiles; i++)
        fprintf(f, "  %-60s %8llu triples\n", r->files[i].path,
                (unsigned long long)r->files[i].rows);
    cli_import_print_coverage(ctx, r);
    fflush(f);
    cli_import_print_dangling(ctx, r, "references to a URI no import defines");
}

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
    cli_args_init(&a, &cli_import_skos, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        if (key == OPT_PROFILE)
            o.profile = val;
        else if (key == OPT_STRICT)
            o.strict = 1;
        else if (key == OPT_VERSION)
            o.taxonomy_version = val;
        else if (key == OPT_JSON)
            json = 1;
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos == 0) {
        fprintf(ctx->err, "brug import skos: give at least one Turtle or N-Triples file\n");
        cli_usage(&cli_import_skos, ctx->err);
        return CLI_USAGE;
    }
    cli_import_progress_on(ctx, &o, json);
    db = cli_db_open(ctx, BRUG_OPEN_CREATE);
    if (!db)
        return CLI_FAIL;
    brug_import_report_init(&rep);
    err = brug_import_skos(db, a.pos, (size_t)a.npos, &o, &rep);
    cli_import_progress_off(ctx, &o);
    if (err) {
        fprintf(ctx->err, "brug: import skos: %s\n",
                brug_errmsg(db)[0] ? brug_errmsg(db) : brug_strerror(err));
        fprintf(ctx->err, "brug: nothing was imported; the database is unchanged\n");
        brug_import_report_release(&rep);
        brug_db_close(db);
        return CLI_FAIL;
    }
    if (json)
        cli_import_print_json(ctx, &rep);
    else
        print_summary(ctx, &rep, o.profile);
    brug_import_report_release(&rep);
    brug_db_close(db);
    return CLI_OK;
}
