/*
 * cmd_show.c - `brug show URI|LABEL`: one concept with its labels, description,
 * broader concepts and skills (for an occupation) or occupations (for a
 * skill).
 */
#include <string.h>

#include "cli.h"

enum { OPT_JSON = 256, OPT_LANG, OPT_ALL };

static const cli_opt opts[] = {
    {"lang", OPT_LANG, "L", "label language (nl, en, ...); default en"},
    {"json", OPT_JSON, NULL, "print JSON"},
    {"all", OPT_ALL, NULL, "list every related concept (default: the first 25 of each list)"},
    CLI_FIRST_OPT,
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_show = {
    "show", "URI|LABEL", "show a concept: labels, description, broader concepts, skills", opts, run,
};

static void print_refs(FILE *f, const char *title, json_t *arr, size_t max)
{
    size_t i, n = json_array_size(arr);
    if (!n)
        return;
    fprintf(f, "\n%s (%zu):\n", title, n);
    for (i = 0; i < n && i < max; i++) {
        json_t *r = json_array_get(arr, i);
        fprintf(f, "  - %s  <%s>\n", json_string_value(json_object_get(r, "label")),
                json_string_value(json_object_get(r, "uri")));
    }
    if (n > max)
        fprintf(f, "  ... and %zu more (--all lists them)\n", n - max);
}

/* Matches to and from other taxonomies, and supplementary labels with their source. */
static void print_mappings(FILE *f, json_t *c, size_t max)
{
    json_t *maps = json_object_get(c, "mappings"),
           *supp = json_object_get(c, "supplementary_labels"), *m;
    size_t i;
    if (json_is_string(json_object_get(c, "scheme")))
        fprintf(f, "\ntaxonomy: %s\n", json_string_value(json_object_get(c, "scheme")));
    if (json_array_size(maps))
        fprintf(f, "\nmappings (%zu):\n", json_array_size(maps));
    json_array_foreach(maps, i, m)
    {
        json_t *label = json_object_get(m, "label");
        if (i == max) {
            fprintf(f, "  ... and %zu more (--all lists them)\n", json_array_size(maps) - max);
            break;
        }
        fprintf(f, "  %s match: %s  <%s>\n", json_string_value(json_object_get(m, "relation")),
                json_is_string(label) ? json_string_value(label) : "(not imported)",
                json_string_value(json_object_get(m, "uri")));
    }
    if (json_array_size(supp))
        fprintf(f, "\nsupplementary labels (%zu):\n", json_array_size(supp));
    json_array_foreach(supp, i, m)
    {
        if (i == max)
            break;
        fprintf(f, "  [%s] %s: %s  (from %s)\n", json_string_value(json_object_get(m, "lang")),
                json_string_value(json_object_get(m, "role")),
                json_string_value(json_object_get(m, "text")),
                json_string_value(json_object_get(m, "source")));
    }
}

static void print_text(FILE *f, json_t *c, int all)
{
    size_t max = all ? (size_t)-1 : 25;
    json_t *labels = json_object_get(c, "labels"), *v;
    const char *lang;
    fprintf(f, "%s\n  %s\n  type: %s", json_string_value(json_object_get(c, "label")),
            json_string_value(json_object_get(c, "uri")),
            json_string_value(json_object_get(c, "type")));
    v = json_object_get(c, "code");
    if (json_is_string(v))
        fprintf(f, "   code: %s", json_string_value(v));
    v = json_object_get(c, "isco_group");
    if (json_is_string(v))
        fprintf(f, "   ISCO: %s", json_string_value(v));
    v = json_object_get(c, "skill_type");
    if (json_is_string(v))
        fprintf(f, "   %s", json_string_value(v));
    v = json_object_get(c, "reuse_level");
    if (json_is_string(v))
        fprintf(f, ", %s", json_string_value(v));
    fputc('\n', f);
    v = json_object_get(c, "collections");
    if (json_array_size(v)) {
        size_t i;
        fputs("  collections:", f);
        for (i = 0; i < json_array_size(v); i++)
            fprintf(f, " %s", json_string_value(json_array_get(v, i)));
        fputc('\n', f);
    }
    v = json_object_get(c, "description");
    if (json_is_string(v))
        fprintf(f, "\n%s\n", json_string_value(v));
    json_object_foreach(labels, lang, v)
    {
        json_t *alt = json_object_get(v, "alternative");
        size_t i;
        fprintf(f, "\nlabels [%s]: %s\n", lang,
                json_is_string(json_object_get(v, "preferred"))
                    ? json_string_value(json_object_get(v, "preferred"))
                    : "(no preferred label)");
        for (i = 0; i < json_array_size(alt) && i < max; i++)
            fprintf(f, "  also: %s\n", json_string_value(json_array_get(alt, i)));
    }
    print_refs(f, "broader", json_object_get(c, "broader"), max);
    print_refs(f, "narrower", json_object_get(c, "narrower"), max);
    print_refs(f, "essential skills", json_object_get(c, "essential_skills"), max);
    print_refs(f, "optional skills", json_object_get(c, "optional_skills"), max);
    print_refs(f, "essential for", json_object_get(c, "essential_for"), max);
    print_refs(f, "optional for", json_object_get(c, "optional_for"), max);
    print_refs(f, "related skills", json_object_get(c, "related_skills"), max);
    print_mappings(f, c, max);
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val, *lang = "en", *lang_arg = NULL;
    char langbuf[8];
    int key, json = 0, all = 0, first = 0;
    brug_db *db;
    json_t *c, *r;
    brug_err err;

    cli_args_init(&a, &cli_cmd_show, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        if (key == OPT_JSON)
            json = 1;
        else if (key == OPT_LANG)
            lang_arg = val;
        else if (key == OPT_ALL)
            all = 1;
        else if (key == CLI_OPT_FIRST)
            first = 1;
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos != 1) {
        fprintf(ctx->err, "brug show: expected one URI or label; see 'brug show --help'\n");
        return CLI_USAGE;
    }
    db = cli_db_open(ctx, BRUG_OPEN_READONLY);
    if (!db)
        return CLI_FAIL;
    lang = cli_lang(ctx, db, lang_arg, "en", langbuf);
    if (!lang) {
        brug_db_close(db);
        return CLI_USAGE;
    }
    r = cli_resolve(ctx, db, a.pos[0], BRUG_SEARCH_ANY, lang, first, ctx->err);
    if (!r) {
        brug_db_close(db);
        return CLI_FAIL;
    }
    err = brug_concept_describe(db, json_string_value(json_object_get(r, "uri")), lang, &c);
    json_decref(r);
    if (err) {
        cli_fail(ctx, db, err, "show");
        brug_db_close(db);
        return CLI_FAIL;
    }
    if (json) {
        json_dumpf(c, ctx->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        fputc('\n', ctx->out);
    } else {
        print_text(ctx->out, c, all);
    }
    json_decref(c);
    brug_db_close(db);
    return CLI_OK;
}
