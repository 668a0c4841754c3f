/*
 * import_esco.c - `brug import esco DIR... [--strict] [--taxonomy-version V]
 * [--json]`: read ESCO CSV download folders with brug_import_esco() and
 * print what was imported, with warnings for skipped dangling relations.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "import.h"
#include "import_report.h"

enum { OPT_STRICT = 256, OPT_VERSION, OPT_JSON };

static const cli_opt opts[] = {
    {"strict", OPT_STRICT, NULL, "stop at a relation naming an undefined URI"},
    {"taxonomy-version", OPT_VERSION, "V", "record V as the taxonomy version"},
    {"json", OPT_JSON, NULL, "print the import report as JSON"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_import_esco = {
    "import esco",
    "DIR...",
    "import ESCO CSV folders (any languages, ESCO 1.1 or 1.2) in one transaction",
    opts,
    run,
};

static void print_summary(cli_ctx *ctx, const brug_import_report *r)
{
    FILE *f = ctx->out;
    size_t i;
    fprintf(f, "imported ESCO %s (languages: %s) in %.2f s\n",
            r->taxonomy_version[0] ? r->taxonomy_version : "(version unknown)",
            r->languages[0] ? r->languages : "none", r->seconds);
    fprintf(f,
            "concepts: %llu (%llu occupations, %llu skills, %llu skill groups, %llu ISCO "
            "groups)\n",
            (unsigned long long)r->concepts, (unsigned long long)r->occupations,
            (unsigned long long)r->skills, (unsigned long long)r->skill_groups,
            (unsigned long long)r->isco_groups);
    fprintf(f, "labels: %llu, notes: %llu\n", (unsigned long long)r->labels,
            (unsigned long long)r->notes);
    fprintf(f,
            "relations: %llu occupation-skill, %llu skill-skill, %llu broader, %llu "
            "collection members\n",
            (unsigned long long)r->occupation_skill, (unsigned long long)r->skill_skill,
            (unsigned long long)r->broader, (unsigned long long)r->collection_members);
    fprintf(f, "files:\n");
    for (i = 0; i < r->nfiles; i++)
        fprintf(f, "  %-60s %8llu rows%s\n", r->files[i].path, (unsigned long long)r->files[i].rows,
                r->files[i].dangling ? " (dangling)" : "");
    for (i = 0; i < r->nignored; i++)
        fprintf(f, "  %-60s ignored (not read by this importer)\n", r->ignored[i]);
    fputs("This service uses the ESCO classification of the European Commission.\n", f);
    cli_import_print_coverage(ctx, r);
    fflush(f);
    cli_import_print_dangling(ctx, r,
                              r->dangling == 1 ? "relation naming a URI no file defines"
                                               : "relations naming a URI no file defines");
}

/* Remove a database file this command created, with its WAL siblings. */
static void remove_new_db(const char *path)
{
    char buf[4096];
    remove(path);
    snprintf(buf, sizeof(buf), "%s-wal", path);
    remove(buf);
    snprintf(buf, sizeof(buf), "%s-shm", path);
    remove(buf);
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val;
    int key, json = 0, existed;
    brug_import_opts o;
    brug_import_report rep;
    brug_db *db;
    brug_err err;

    memset(&o, 0, sizeof(o));
    cli_args_init(&a, &cli_import_esco, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        if (key == OPT_STRICT)
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
        fprintf(ctx->err, "brug import esco: give at least one folder\n");
        cli_usage(&cli_import_esco, ctx->err);
        return CLI_USAGE;
    }
    cli_import_progress_on(ctx, &o, json);
    existed = access(ctx->db_path, F_OK) == 0;
    db = cli_db_open(ctx, BRUG_OPEN_CREATE);
    if (!db) {
        if (!existed)
            remove_new_db(ctx->db_path);
        return CLI_FAIL;
    }
    brug_import_report_init(&rep);
    err = brug_import_esco(db, a.pos, (size_t)a.npos, &o, &rep);
    cli_import_progress_off(ctx, &o);
    if (err) {
        fprintf(ctx->err, "brug: import esco: %s\n",
                brug_errmsg(db)[0] ? brug_errmsg(db) : brug_strerror(err));
        fprintf(ctx->err, "brug: nothing was imported; the database is unchanged\n");
        brug_import_report_release(&rep);
        brug_db_close(db);
        /* A failed import into a new file leaves no file behind. */
        if (!existed)
            remove_new_db(ctx->db_path);
        return CLI_FAIL;
    }
    if (json) {
        if (cli_import_print_json(ctx, &rep)) {
            brug_import_report_release(&rep);
            brug_db_close(db);
            fprintf(ctx->err, "brug: out of memory\n");
            return CLI_FAIL;
        }
        if (rep.dangling)
            fprintf(ctx->err,
                    "brug: warning: skipped %llu dangling relation%s (see \"dangling\")\n",
                    (unsigned long long)rep.dangling, rep.dangling == 1 ? "" : "s");
    } else {
        print_summary(ctx, &rep);
    }
    brug_import_report_release(&rep);
    brug_db_close(db);
    return CLI_OK;
}
