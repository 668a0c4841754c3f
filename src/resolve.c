/*
 * resolve.c - one concept for what a person typed, or the candidates to
 * choose from (see brug/resolve.h for the rule, docs/i18n.md for why the
 * thresholds are what they are).  Built on brug_search_run(); the
 * sentences come from the message catalogue.
 */
#include <string.h>

#include "brug/msg.h"
#include "brug/resolve.h"
#include "fold.h"
#include "backend.h"

void brug_resolve_opts_init(brug_resolve_opts *opts)
{
    memset(opts, 0, sizeof(*opts));
    opts->type = BRUG_SEARCH_ANY;
}

static const char *kind_name(brug_kind k)
{
    return k == BRUG_KIND_OCCUPATION ? "occupation" : "skill";
}

static json_t *hit_json(const brug_search_hit *h)
{
    json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:f}", "uri", h->uri, "label", h->label, "type",
                          kind_name(h->kind), "matched", h->matched ? h->matched : h->label,
                          "score", h->score);
    if (o)
        json_object_set_new(o, "label_lang",
                            h->label_lang && h->label_lang[0] ? json_string(h->label_lang)
                                                              : json_null());
    return o;
}

/* Whether hit h's matching label is text, folded (case, accents, punctuation). */
static int same_folded(brug__fold_buf *a, brug__fold_buf *b, const char *text,
                       const brug_search_hit *h)
{
    if (!h->matched || brug__fold(a, text, strlen(text)) ||
        brug__fold(b, h->matched, strlen(h->matched)))
        return 0;
    return a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
}

/* The index of the one hit whose preferred label is text (rule 2), or -1. */
static long exact_preferred(const brug_search_results *r, const char *text, const char *lang,
                            const brug_alloc *alloc)
{
    brug__fold_buf a, b;
    size_t i, n = 0, nlang = 0;
    long any = -1, in_lang = -1;
    brug__fold_init(&a, alloc);
    brug__fold_init(&b, alloc);
    for (i = 0; i < r->count; i++) {
        const brug_search_hit *h = &r->hits[i];
        if (h->matched_role != 0 || !same_folded(&a, &b, text, h))
            continue;
        n++;
        any = (long)i;
        if (lang && h->matched_lang && strcmp(h->matched_lang, lang) == 0) {
            nlang++;
            in_lang = (long)i;
        }
    }
    brug__fold_release(&a);
    brug__fold_release(&b);
    if (n == 1)
        return any;
    if (nlang == 1)
        return in_lang;
    return -1;
}

static brug_err chosen(json_t *doc, const brug_search_hit *h, const char *how)
{
    json_t *c = hit_json(h);
    if (!c || json_object_update(doc, c) || json_object_set_new(doc, "how", json_string(how))) {
        json_decref(c);
        return BRUG_ENOMEM;
    }
    json_object_del(doc, "matched");
    json_decref(c);
    return BRUG_OK;
}

brug_err brug_resolve(brug_db *db, const char *text, const brug_resolve_opts *opts, json_t **out)
{
    brug_resolve_opts defaults;
    brug_search_opts so;
    brug_search_results *r = NULL;
    json_t *doc, *cands;
    const char *lang, *kind;
    char msg[512];
    brug_err err;
    long pick = -1;
    size_t i;

    *out = NULL;
    if (!opts) {
        brug_resolve_opts_init(&defaults);
        opts = &defaults;
    }
    if (!text || !text[strspn(text, " \t")])
        return brug__db_error(db, BRUG_EINVAL, "resolve: empty text");
    lang = opts->lang && opts->lang[0] && strcmp(opts->lang, "any") != 0 ? opts->lang : NULL;
    kind = opts->type == BRUG_SEARCH_OCCUPATION ? "resolve.kind.occupation"
           : opts->type == BRUG_SEARCH_SKILL    ? "resolve.kind.skill"
                                                : "resolve.kind.any";
    if (strstr(text, "://")) {
        doc = json_pack("{s:s, s:s, s:s, s:[]}", "query", text, "uri", text, "how", "uri",
                        "candidates");
        if (!doc)
            return brug__db_error(db, BRUG_ENOMEM, "out of memory");
        *out = doc;
        return BRUG_OK;
    }
    brug_search_opts_init(&so);
    so.type = opts->type;
    so.lang = lang;
    so.limit = 10;
    err = brug_search_run(db, text, &so, &r);
    if (err)
        return err;
    if (r->count == 0) {
        char what[64];
        brug_msg_arg a[] = {BRUG_MSG_S("text", text), BRUG_MSG_S("kind", what), BRUG_MSG_ARGS_END};
        brug_msg_format(what, sizeof(what), lang, kind, NULL);
        brug_msg_format(msg, sizeof(msg), lang, "resolve.none", a);
        brug_search_results_free(r);
        return brug__db_error(db, BRUG_ENOTFOUND, "%s", msg);
    }
    doc = json_pack("{s:s}", "query", text);
    cands = json_array();
    if (!doc || !cands || json_object_set_new(doc, "candidates", cands)) {
        json_decref(doc);
        brug_search_results_free(r);
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    }
    for (i = 0; i < r->count && i < BRUG_RESOLVE_CANDIDATES; i++)
        json_array_append_new(cands, hit_json(&r->hits[i]));
    for (i = 0; i < json_array_size(cands); i++)
        json_object_del(json_array_get(cands, i), "matched");

    pick = exact_preferred(r, text, lang, &db->alloc);
    err = BRUG_OK;
    if (pick >= 0) {
        err = chosen(doc, &r->hits[pick], "label");
    } else if (r->hits[0].score >= BRUG_RESOLVE_MIN_SCORE &&
               (r->count == 1 || r->hits[0].score - r->hits[1].score >= BRUG_RESOLVE_MARGIN)) {
        err = chosen(doc, &r->hits[0], "search");
    } else if (opts->first) {
        err = chosen(doc, &r->hits[0], "first");
    } else {
        char what[64];
        brug_msg_arg a[] = {BRUG_MSG_S("text", text), BRUG_MSG_S("kind", what), BRUG_MSG_ARGS_END};
        brug_msg_format(what, sizeof(what), lang, kind, NULL);
        brug_msg_format(
            msg, sizeof(msg), lang,
            r->hits[0].score < BRUG_RESOLVE_MIN_SCORE ? "resolve.weak" : "resolve.ambiguous", a);
        json_object_set_new(doc, "message", json_string(msg));
        brug_search_results_free(r);
        *out = doc;
        return brug__db_error(db, BRUG_EAMBIGUOUS, "%s", msg);
    }
    brug_search_results_free(r);
    if (err) {
        json_decref(doc);
        return brug__db_error(db, err, "out of memory");
    }
    *out = doc;
    return BRUG_OK;
}
