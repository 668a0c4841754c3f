/*
 * cmd_credential.c - `brug credential issue|verify|revoke|list|status`:
 * skill credentials (Open Badges 3.0 AchievementCredentials with an
 * eddsa-jcs-2022 proof, include/brug/credential.h).  verify prints one
 * line per check and exits 0 when the proof and the dates verify (1
 * otherwise, and with --require-trusted also for an issuer brug does not
 * know).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum {
    OPT_ISSUER = 256,
    OPT_SUBJECT,
    OPT_SKILL,
    OPT_NAME,
    OPT_DESCRIPTION,
    OPT_VALID_FROM,
    OPT_VALID_UNTIL,
    OPT_EVIDENCE,
    OPT_OUT,
    OPT_REQUIRE_TRUSTED,
    OPT_JSON,
};

static const cli_opt opts[] = {
    {"issuer", OPT_ISSUER, "ID", "issue: the issuer (list: only its credentials)"},
    {"subject", OPT_SUBJECT, "ID", "issue: the passport id the credential is about"},
    {"skill", OPT_SKILL, "URI", "issue: an ESCO skill URI (repeat for several)"},
    {"name", OPT_NAME, "TEXT", "issue: the achievement's name (default: the first skill's label)"},
    {"description", OPT_DESCRIPTION, "TEXT", "issue: what was achieved and how it was assessed"},
    {"valid-from", OPT_VALID_FROM, "TIME", "issue: start of validity (default now)"},
    {"valid-until", OPT_VALID_UNTIL, "DATE", "issue: expiry, YYYY-MM-DD or a dateTime"},
    {"evidence", OPT_EVIDENCE, "TYPE:NAME",
     "issue: course:NAME, assessment:NAME or evc:NAME (repeat for several)"},
    {"out", OPT_OUT, "FILE", "issue: write the credential to FILE instead of standard output"},
    {"require-trusted", OPT_REQUIRE_TRUSTED, NULL,
     "verify: fail unless a registered issuer signed it"},
    {"json", OPT_JSON, NULL, "verify, list: print JSON"},
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_credential = {
    "credential",
    "issue | verify FILE | revoke ID | list | status LIST",
    "issue, verify and revoke verifiable skill credentials",
    opts,
    run,
};

#define MAX_REPEAT 100

typedef struct issue_args {
    const char *issuer, *subject, *name, *description, *valid_from, *valid_until, *out;
    const char *skills[MAX_REPEAT], *evidence[MAX_REPEAT];
    int nskills, nevidence;
} issue_args;

static void print_json(FILE *f, json_t *doc)
{
    json_dumpf(doc, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    fputc('\n', f);
}

static int issue(cli_ctx *ctx, const issue_args *ia)
{
    json_t *req, *skills = json_array(), *ev = json_array(), *cred = NULL;
    brug_db *db;
    brug_err err;
    int i;

    if (!ia->issuer || !ia->subject || !ia->nskills) {
        fprintf(ctx->err, "brug credential issue: --issuer, --subject and --skill are needed\n");
        json_decref(skills);
        json_decref(ev);
        return CLI_USAGE;
    }
    for (i = 0; i < ia->nskills; i++)
        json_array_append_new(skills, json_string(ia->skills[i]));
    for (i = 0; i < ia->nevidence; i++) {
        const char *colon = strchr(ia->evidence[i], ':');
        if (!colon || colon == ia->evidence[i] || !colon[1]) {
            fprintf(ctx->err, "brug credential issue: --evidence must be TYPE:NAME, got %s\n",
                    ia->evidence[i]);
            json_decref(skills);
            json_decref(ev);
            return CLI_USAGE;
        }
        json_array_append_new(ev, json_pack("{s:s#,s:s}", "type", ia->evidence[i],
                                            (int)(colon - ia->evidence[i]), "name", colon + 1));
    }
    req = json_pack("{s:s,s:s,s:o,s:o}", "issuer", ia->issuer, "subject", ia->subject, "skills",
                    skills, "evidence", ev);
    if (ia->name)
        json_object_set_new(req, "name", json_string(ia->name));
    if (ia->description)
        json_object_set_new(req, "description", json_string(ia->description));
    if (ia->valid_from)
        json_object_set_new(req, "valid_from", json_string(ia->valid_from));
    if (ia->valid_until)
        json_object_set_new(req, "valid_until", json_string(ia->valid_until));
    db = cli_db_open(ctx, 0);
    if (!db) {
        json_decref(req);
        return CLI_FAIL;
    }
    err = brug_credential_issue(db, req, NULL, &cred);
    json_decref(req);
    if (err) {
        cli_fail(ctx, db, err, "credential issue");
        brug_db_close(db);
        return CLI_FAIL;
    }
    if (ia->out) {
        FILE *f = fopen(ia->out, "w");
        if (!f) {
            fprintf(ctx->err, "brug: %s: %s\n", ia->out, strerror(errno));
            json_decref(cred);
            brug_db_close(db);
            return CLI_FAIL;
        }
        print_json(f, cred);
        if (fclose(f) != 0) {
            fprintf(ctx->err, "brug: %s: cannot write it\n", ia->out);
            json_decref(cred);
            brug_db_close(db);
            return CLI_FAIL;
        }
    } else {
        print_json(ctx->out, cred);
    }
    fprintf(ctx->err, "brug: issued %s\n", json_string_value(json_object_get(cred, "id")));
    json_decref(cred);
    brug_db_close(db);
    return CLI_OK;
}

static char *read_all(cli_ctx *ctx, const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    size_t cap = 65536, n = 0;
    char *buf;
    if (!f) {
        fprintf(ctx->err, "brug: %s: %s\n", path, strerror(errno));
        return NULL;
    }
    buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        if (cap >= (8u << 20)) {
            fprintf(ctx->err, "brug: %s: larger than 8 MiB\n", path);
            free(buf);
            buf = NULL;
            break;
        }
        cap *= 2;
        {
            char *p = realloc(buf, cap);
            if (!p) {
                free(buf);
                buf = NULL;
            } else {
                buf = p;
            }
        }
    }
    if (f != stdin)
        fclose(f);
    *len = n;
    return buf;
}

static int verify(cli_ctx *ctx, const char *path, int trusted_only, int json)
{
    size_t len = 0, i;
    char *text = read_all(ctx, path, &len);
    json_t *rep = NULL, *c;
    brug_db *db;
    brug_err err;

    if (!text)
        return CLI_FAIL;
    db = cli_db_open(ctx, BRUG_OPEN_READONLY);
    if (!db) {
        free(text);
        return CLI_FAIL;
    }
    err =
        brug_credential_verify(db, text, len, trusted_only ? BRUG_VERIFY_REQUIRE_TRUSTED : 0, &rep);
    free(text);
    if (!rep) {
        cli_fail(ctx, db, err, "credential verify");
        brug_db_close(db);
        return CLI_FAIL;
    }
    if (json) {
        print_json(ctx->out, rep);
    } else {
        json_array_foreach(json_object_get(rep, "checks"), i, c)
        {
            int ok = json_is_true(json_object_get(c, "ok"));
            int skipped = json_is_true(json_object_get(c, "skipped"));
            fprintf(ctx->out, "%-6s %-5s %s\n", json_string_value(json_object_get(c, "check")),
                    skipped ? "skip"
                    : ok    ? "ok"
                            : "FAIL",
                    json_string_value(json_object_get(c, "message")));
        }
        fprintf(ctx->out, "%s, issuer %s\n",
                json_is_true(json_object_get(rep, "verified")) ? "verified" : "NOT verified",
                json_is_true(json_object_get(rep, "trusted")) ? "trusted" : "not trusted");
    }
    if (err)
        fprintf(ctx->err, "brug: %s\n", brug_errmsg(db));
    json_decref(rep);
    brug_db_close(db);
    return err ? CLI_FAIL : CLI_OK;
}

static int simple(cli_ctx *ctx, const char *verb, const char *arg, const char *issuer, int json)
{
    int readonly = strcmp(verb, "revoke") != 0;
    brug_db *db = cli_db_open(ctx, readonly ? BRUG_OPEN_READONLY : 0);
    json_t *doc = NULL, *c;
    size_t i;
    brug_err err;
    if (!db)
        return CLI_FAIL;
    if (strcmp(verb, "revoke") == 0) {
        err = brug_credential_revoke(db, arg, NULL);
        if (!err)
            fprintf(ctx->err, "brug: credential %s revoked\n", arg);
    } else if (strcmp(verb, "status") == 0) {
        err = brug_status_list_get(db, arg, &doc);
        if (!err)
            print_json(ctx->out, doc);
    } else {
        err = brug_credential_list(db, issuer, &doc);
        if (!err && json)
            print_json(ctx->out, doc);
        else if (!err)
            json_array_foreach(doc, i, c)
            {
                json_t *rev = json_object_get(c, "revoked");
                fprintf(ctx->out, "%s %-16s %-16s issued %s%s%s\n",
                        json_string_value(json_object_get(c, "id")),
                        json_string_value(json_object_get(c, "issuer")),
                        json_string_value(json_object_get(c, "subject")),
                        json_string_value(json_object_get(c, "issued")),
                        json_is_string(rev) ? ", revoked " : "",
                        json_is_string(rev) ? json_string_value(rev) : "");
            }
    }
    json_decref(doc);
    if (err) {
        cli_fail(ctx, db, err, "credential");
        brug_db_close(db);
        return CLI_FAIL;
    }
    brug_db_close(db);
    return CLI_OK;
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    cli_args a;
    issue_args ia;
    const char *val, *verb;
    int key, trusted = 0, json = 0;

    memset(&ia, 0, sizeof(ia));
    cli_args_init(&a, &cli_cmd_credential, argc, argv, ctx->err);
    for (key = cli_args_next(&a, &val); key > 0; key = cli_args_next(&a, &val)) {
        switch (key) {
        case OPT_ISSUER:
            ia.issuer = val;
            break;
        case OPT_SUBJECT:
            ia.subject = val;
            break;
        case OPT_SKILL:
        case OPT_EVIDENCE:
            if ((key == OPT_SKILL ? ia.nskills : ia.nevidence) == MAX_REPEAT) {
                fprintf(ctx->err, "brug credential: at most %d --skill and --evidence each\n",
                        MAX_REPEAT);
                return CLI_USAGE;
            }
            if (key == OPT_SKILL)
                ia.skills[ia.nskills++] = val;
            else
                ia.evidence[ia.nevidence++] = val;
            break;
        case OPT_NAME:
            ia.name = val;
            break;
        case OPT_DESCRIPTION:
            ia.description = val;
            break;
        case OPT_VALID_FROM:
            ia.valid_from = val;
            break;
        case OPT_VALID_UNTIL:
            ia.valid_until = val;
            break;
        case OPT_OUT:
            ia.out = val;
            break;
        case OPT_REQUIRE_TRUSTED:
            trusted = 1;
            break;
        case OPT_JSON:
            json = 1;
            break;
        }
    }
    if (key == CLI_ARGS_HELP)
        return CLI_OK;
    if (key == CLI_ARGS_ERROR)
        return CLI_USAGE;
    verb = a.npos ? a.pos[0] : "";
    if (a.npos == 1 && strcmp(verb, "issue") == 0)
        return issue(ctx, &ia);
    if (a.npos == 2 && strcmp(verb, "verify") == 0)
        return verify(ctx, a.pos[1], trusted, json);
    if ((a.npos == 2 && (strcmp(verb, "revoke") == 0 || strcmp(verb, "status") == 0)) ||
        (a.npos == 1 && strcmp(verb, "list") == 0))
        return simple(ctx, verb, a.npos == 2 ? a.pos[1] : NULL, ia.issuer, json);
    fprintf(ctx->err, "brug credential: expected 'issue', 'verify FILE', 'revoke ID', 'list' or "
                      "'status LIST'; see --help\n");
    return CLI_USAGE;
}
