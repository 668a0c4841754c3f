/*
 * cmd_show.c - `brug show URI|LABEL`: one concept with its labels, description,
 * broader concepts and skills (for an occupation) or occupations (for a
 * skill).
 */
#include <stdio.h>
#include <string.h>

#include "brug/msg.h"
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

/* A sentence of the message catalogue in lang (brug/msg.h), into buf. */
static const char *M(char *buf, size_t size, const char *lang, const char *key,
                     const brug_msg_arg *args)
{
    brug_msg_format(buf, size, lang, key, args);
    return buf;
}

/* The catalogue's name for a code ("skill/competence", "cross-sector") of
 * a group ("show.kind", ...): keys are words joined by dots, so '/' and
 * '-' become '_'; a code the catalogue lacks is printed as it is. */
static const char *code_name(char *buf, size_t size, const char *lang, const char *group,
                             const char *code)
{
    char key[96], *p;
    snprintf(key, sizeof(key), "%s.%s", group, code);
    for (p = key + strlen(group) + 1; *p; p++)
        if (*p == '/' || *p == '-')
            *p = '_';
    if (!brug_msg_template(lang, key))
        return code;
    return M(buf, size, lang, key, NULL);
}

static void print_more(FILE *f, const char *lang, size_t n)
{
    char buf[256];
    brug_msg_arg a[] = {BRUG_MSG_I("n", n), BRUG_MSG_ARGS_END};
    fprintf(f, "  %s\n", M(buf, sizeof(buf), lang, "show.more", a));
}

static void print_refs(FILE *f, const char *lang, const char *key, json_t *arr, size_t max)
{
    size_t i, n = json_array_size(arr);
    char title[128];
    if (!n)
        return;
    fprintf(f, "\n%s (%zu):\n", M(title, sizeof(title), lang, key, NULL), n);
    for (i = 0; i < n && i < max; i++) {
        json_t *r = json_array_get(arr, i);
        fprintf(f, "  - %s  <%s>\n", json_string_value(json_object_get(r, "label")),
                json_string_value(json_object_get(r, "uri")));
    }
    if (n > max)
        print_more(f, lang, n - max);
}

/* Matches to and from other taxonomies, and supplementary labels with their source. */
static void print_mappings(FILE *f, const char *lang, json_t *c, size_t max)
{
    json_t *maps = json_object_get(c, "mappings"),
           *supp = json_object_get(c, "supplementary_labels"), *m;
    char buf[512], name[64];
    size_t i;
    if (json_is_string(json_object_get(c, "scheme"))) {
        brug_msg_arg a[] = {BRUG_MSG_S("scheme", json_string_value(json_object_get(c, "scheme"))),
                            BRUG_MSG_ARGS_END};
        fprintf(f, "\n%s\n", M(buf, sizeof(buf), lang, "show.taxonomy", a));
    }
    if (json_array_size(maps))
        fprintf(f, "\n%s (%zu):\n", M(buf, sizeof(buf), lang, "show.mappings", NULL),
                json_array_size(maps));
    json_array_foreach(maps, i, m)
    {
        json_t *label = json_object_get(m, "label");
        char missing[64];
        if (i == max) {
            print_more(f, lang, json_array_size(maps) - max);
            break;
        }
        {
            brug_msg_arg a[] = {
                BRUG_MSG_S("relation",
                           code_name(name, sizeof(name), lang, "show.match",
                                     json_string_value(json_object_get(m, "relation")))),
                BRUG_MSG_S("label", json_is_string(label) ? json_string_value(label)
                                                          : M(missing, sizeof(missing), lang,
                                                              "show.not_imported", NULL)),
                BRUG_MSG_ARGS_END};
            fprintf(f, "  %s  <%s>\n", M(buf, sizeof(buf), lang, "show.mapping", a),
                    json_string_value(json_object_get(m, "uri")));
        }
    }
    if (json_array_size(supp))
        fprintf(f, "\n%s (%zu):\n", M(buf, sizeof(buf), lang, "show.supplementary", NULL),
                json_array_size(supp));
    json_array_foreach(supp, i, m)
    {
        brug_msg_arg a[] = {BRUG_MSG_S("source", json_string_value(json_object_get(m, "source"))),
                            BRUG_MSG_ARGS_END};
        if (i == max)
            break;
        fprintf(f, "  [%s] %s: %s  %s\n", json_string_value(json_object_get(m, "lang")),
                code_name(name, sizeof(name), lang, "show.role",
                          json_string_value(json_object_get(m, "role"))),
                json_string_value(json_object_get(m, "text")),
                M(buf, sizeof(buf), lang, "show.from", a));
    }
}

static void print_text(FILE *f, json_t *c, int all, const char *lang)
{
    size_t max = all ? (size_t)-1 : 25;
    json_t *labels = json_object_get(c, "labels"), *v;
    const char *l;
    char buf[512], name[96];
    {
        brug_msg_arg a[] = {
            BRUG_MSG_S("type", code_name(name, sizeof(name), lang, "show.kind",
                                         json_string_value(json_object_get(c, "type")))),
            BRUG_MSG_ARGS_END};
        fprintf(f, "%s\n  %s\n  %s", json_string_value(json_object_get(c, "label")),
                json_string_value(json_object_get(c, "uri")),
                M(buf, sizeof(buf), lang, "show.type", a));
    }
    v = json_object_get(c, "code");
    if (json_is_string(v)) {
        brug_msg_arg a[] = {BRUG_MSG_S("code", json_string_value(v)), BRUG_MSG_ARGS_END};
        fprintf(f, "   %s", M(buf, sizeof(buf), lang, "show.code", a));
    }
    v = json_object_get(c, "isco_group");
    if (json_is_string(v))
        fprintf(f, "   ISCO: %s", json_string_value(v));
    v = json_object_get(c, "skill_type");
    if (json_is_string(v))
        fprintf(f, "   %s",
                code_name(name, sizeof(name), lang, "show.skill_type", json_string_value(v)));
    v = json_object_get(c, "reuse_level");
    if (json_is_string(v))
        fprintf(f, ", %s", code_name(name, sizeof(name), lang, "show.reuse", json_string_value(v)));
    fputc('\n', f);
    v = json_object_get(c, "collections");
    if (json_array_size(v)) {
        size_t i;
        fprintf(f, "  %s", M(buf, sizeof(buf), lang, "show.collections", NULL));
        for (i = 0; i < json_array_size(v); i++)
            fprintf(f, " %s", json_string_value(json_array_get(v, i)));
        fputc('\n', f);
    }
    v = json_object_get(c, "description");
    if (json_is_string(v))
        fprintf(f, "\n%s\n", json_string_value(v));
    json_object_foreach(labels, l, v)
    {
        json_t *alt = json_object_get(v, "alternative");
        char none[64];
        size_t i;
        brug_msg_arg a[] = {
            BRUG_MSG_S("lang", l),
            BRUG_MSG_S("label", json_is_string(json_object_get(v, "preferred"))
                                    ? json_string_value(json_object_get(v, "preferred"))
                                    : M(none, sizeof(none), lang, "show.no_preferred", NULL)),
            BRUG_MSG_ARGS_END};
        fprintf(f, "\n%s\n", M(buf, sizeof(buf), lang, "show.labels", a));
        for (i = 0; i < json_array_size(alt) && i < max; i++) {
            brug_msg_arg b[] = {BRUG_MSG_S("label", json_string_value(json_array_get(alt, i))),
                                BRUG_MSG_ARGS_END};
            fprintf(f, "  %s\n", M(buf, sizeof(buf), lang, "show.also", b));
        }
    }
    print_refs(f, lang, "show.list.broader", json_object_get(c, "broader"), max);
    print_refs(f, lang, "show.list.narrower", json_object_get(c, "narrower"), max);
    print_refs(f, lang, "show.list.essential_skills", json_object_get(c, "essential_skills"), max);
    print_refs(f, lang, "show.list.optional_skills", json_object_get(c, "optional_skills"), max);
    print_refs(f, lang, "show.list.essential_for", json_object_get(c, "essential_for"), max);
    print_refs(f, lang, "show.list.optional_for", json_object_get(c, "optional_for"), max);
    print_refs(f, lang, "show.list.related_skills", json_object_get(c, "related_skills"), max);
    print_mappings(f, lang, c, max);
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
        print_text(ctx->out, c, all, lang);
    }
    json_decref(c);
    brug_db_close(db);
    return CLI_OK;
}
