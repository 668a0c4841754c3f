/*
 * cmd_search.c - `brug search TEXT`: occupations and skills whose labels
 * match TEXT, best first (see include/brug/search.h for the matching and
 * ranking rules).
 */
#include <string.h>

#include "cli.h"
#include "brug/msg.h"

enum { OPT_JSON = 256, OPT_TYPE, OPT_LANG, OPT_LIMIT, OPT_OFFSET };

static const cli_opt opts[] = {
    {"type", OPT_TYPE, "T", "occupation, skill or any (default any)"},
    {"lang", OPT_LANG, "L",
     "match and show labels in this language only (nl, en, ...); default any"},
    {"limit", OPT_LIMIT, "N", "at most N results (1..1000, default 10)"},
    {"offset", OPT_OFFSET, "N", "skip the first N results (default 0)"},
    {"json", OPT_JSON, NULL, "print {\"results\":[{uri,type,label,score}...]}"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_search = {
    "search", "TEXT...", "find occupations and skills by label (any language, typos allowed)",
    opts,     run,
};

static const char *role_name(int role)
{
    return role == 0 ? "preferred" : role == 1 ? "alternative" : "hidden";
}

static void print_plain(FILE *f, const brug_search_results *r)
{
    size_t i;
    for (i = 0; i < r->count; i++) {
        const brug_search_hit *h = &r->hits[i];
        fprintf(f, "%.3f  %-10s  %s  <%s>", h->score,
                h->kind == BRUG_KIND_OCCUPATION ? "occupation" : "skill", h->label, h->uri);
        if (strcmp(h->matched, h->label) != 0)
            fprintf(f, "  (%s %s label: %s)", h->matched_lang, role_name(h->matched_role),
                    h->matched);
        fputc('\n', f);
    }
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    const char *val;
    int key, json = 0, i, rc = CLI_OK;
    unsigned long n;
    brug_search_opts o;
    brug_search_results *res = NULL;
    brug_db *db;
    brug_err err;
    char text[BRUG_SEARCH_MAX_QUERY + 1], langbuf[8];
    const char *lang_arg = NULL;
    size_t len = 0;

    brug_search_opts_init(&o);
    cli_args_init(&a, &cli_cmd_search, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        switch (key) {
        case OPT_JSON:
            json = 1;
            break;
        case OPT_TYPE:
            if (strcmp(val, "occupation") == 0)
                o.type = BRUG_SEARCH_OCCUPATION;
            else if (strcmp(val, "skill") == 0)
                o.type = BRUG_SEARCH_SKILL;
            else if (strcmp(val, "any") == 0)
                o.type = BRUG_SEARCH_ANY;
            else {
                fprintf(ctx->err,
                        "brug search: --type must be occupation, skill or any, not '%s'\n", val);
                return CLI_USAGE;
            }
            break;
        case OPT_LANG:
            lang_arg = val;
            break;
        case OPT_LIMIT:
            if (cli_count_parse(ctx, "limit", val, BRUG_SEARCH_MAX_LIMIT, &n))
                return CLI_USAGE;
            o.limit = n;
            break;
        case OPT_OFFSET:
            if (cli_uint_parse(ctx, "offset", val, BRUG_SEARCH_MAX_OFFSET, &n))
                return CLI_USAGE;
            o.offset = n;
            break;
        }
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    if (a.npos == 0) {
        fprintf(ctx->err, "brug search: what to search for? (brug search TEXT)\n");
        return CLI_USAGE;
    }
    /* Several arguments are one query: brug search software developer. */
    text[0] = '\0';
    for (i = 0; i < a.npos && len < BRUG_SEARCH_MAX_QUERY; i++) {
        size_t k = strlen(a.pos[i]);
        if (i)
            text[len++] = ' ';
        if (k > BRUG_SEARCH_MAX_QUERY - len) {
            k = BRUG_SEARCH_MAX_QUERY - len;
            /* Cut between characters: inside one the text is no longer UTF-8. */
            while (k > 0 && ((unsigned char)a.pos[i][k] & 0xC0) == 0x80)
                k--;
        }
        memcpy(text + len, a.pos[i], k);
        len += k;
        text[len] = '\0';
    }

    db = cli_db_open(ctx, BRUG_OPEN_READONLY);
    if (!db)
        return CLI_FAIL;
    o.lang = cli_lang(ctx, db, lang_arg, NULL, langbuf);
    if (lang_arg && !o.lang) {
        brug_db_close(db);
        return CLI_USAGE;
    }
    err = brug_search_run(db, text, &o, &res);
    if (err) {
        rc = cli_fail(ctx, db, err, "search");
        brug_db_close(db);
        return rc;
    }
    if (json) {
        json_t *doc;
        err = brug_search_results_json(res, &doc);
        if (err) {
            rc = cli_fail(ctx, NULL, err, "search");
        } else {
            json_dumpf(doc, ctx->out, JSON_COMPACT | JSON_REAL_PRECISION(6));
            fputc('\n', ctx->out);
            json_decref(doc);
        }
    } else if (res->count == 0) {
        char msg[512];
        brug_msg_arg args[] = {BRUG_MSG_S("text", text), BRUG_MSG_ARGS_END};
        brug_msg_format(msg, sizeof(msg), o.lang, o.offset ? "search.none_more" : "search.none",
                        args);
        fprintf(ctx->err, "brug: %s\n", msg);
    } else {
        print_plain(ctx->out, res);
    }
    brug_search_results_free(res);
    brug_db_close(db);
    return rc;
}
