/*
 * plan_bridge.c - the one answer to "which courses close the gap of this
 * bridge": brug_bridges_explain()'s missing skills, weighted by their
 * gain, planned with brug_plan_solve() and wrapped with the bridge's ends,
 * score and explanation.  `brug plan`, `brug bridges|path --with-plans`
 * and GET /api/v1/plans all call this (docs/courses.md, "Plans for a
 * bridge", says why gain).
 */
#include <stdlib.h>
#include <string.h>

#include "brug/plan.h"
#include "bridges_int.h"
#include "errbuf.h"

/* A skill of no gain still takes part: listed, and covered when essential. */
#define MIN_WEIGHT 1e-6

static int listed(const char *uri, const char *const *list, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (list[i] && strcmp(list[i], uri) == 0)
            return 1;
    return 0;
}

/* Append the skills of one missing list of an explain document to out. */
static size_t add_gap(const json_t *list, int essential, const char *const *learned,
                      size_t nlearned, brug_plan_skill *out, size_t n)
{
    size_t i;
    json_t *v;
    json_array_foreach(list, i, v)
    {
        const char *uri = json_string_value(json_object_get(v, "uri"));
        double gain = json_number_value(json_object_get(v, "gain"));
        if (!uri || listed(uri, learned, nlearned))
            continue;
        out[n].uri = uri;
        out[n].weight = gain > MIN_WEIGHT ? gain : MIN_WEIGHT;
        out[n].essential = essential;
        n++;
    }
    return n;
}

/* The person's skills: from's (or the given ones) plus the learned ones. */
static const char **person_skills(const brug_bridges *index, const brug_plan_bridge_query *q,
                                  size_t *n)
{
    const brug_onto *onto = index->onto;
    brug_plan_skill *unused = NULL;
    const char **own = NULL, **have;
    size_t nown = 0, nunused = 0;

    *n = 0;
    if (q->from) {
        /* The gap from an occupation to itself is empty; "have" is its skills. */
        if (brug_plan_occupation_gap(onto, q->from, q->from, &unused, &nunused, &own, &nown))
            return NULL;
        free(unused);
    } else {
        own = (const char **)q->skills;
        nown = q->nskills;
    }
    have = malloc((nown + q->nlearned + 1) * sizeof(*have));
    if (have) {
        if (nown)
            memcpy(have, own, nown * sizeof(*have));
        if (q->nlearned)
            memcpy(have + nown, q->learned, q->nlearned * sizeof(*have));
        *n = nown + q->nlearned;
    }
    if (q->from)
        free((void *)own);
    return have;
}

/* The document: the bridge's ends (labels with their language, the shape
 * of every label in brug's JSON, docs/i18n.md), score, explanation, plan. */
static json_t *ends(const brug_onto *onto, const brug_plan_bridge_query *q, const char *lang,
                    const json_t *bridge, json_t *plan)
{
    json_t *from, *doc;
    if (q->from) {
        from = json_pack("{s:s}", "uri", q->from);
        if (from && brug_onto_json_occupation_label(
                        from, "label", onto, brug_onto_occupation_find(onto, q->from), lang)) {
            json_decref(from);
            from = NULL;
        }
    } else {
        from = json_pack("{s:I}", "skills", (json_int_t)q->nskills);
    }
    doc =
        json_pack("{s:o?,s:{s:s,s:O?,s:O?},s:O?,s:O?,s:o}", "from", from, "to", "uri", q->to,
                  "label", json_object_get(bridge, "label"), "label_lang",
                  json_object_get(bridge, "label_lang"), "score", json_object_get(bridge, "score"),
                  "explanation", json_object_get(bridge, "explanation"), "plan", plan);
    return doc;
}

brug_err brug_plan_bridge(const brug_courses *courses, const brug_bridges *index,
                          const brug_plan_bridge_query *q, const brug_plan_opts *opts, json_t **out,
                          char *msg, size_t msgsize)
{
    const char *lang;
    json_t *bridge = NULL, *plan = NULL;
    const json_t *me, *mo;
    brug_plan_skill *need = NULL;
    const char **have = NULL;
    size_t n, nhave = 0;
    brug_err err;

    *out = NULL;
    if (!courses || !index || !q || !q->to || (!q->from && q->nskills && !q->skills)) {
        brug__errbuf(msg, msgsize, "plan: a catalogue, an index and a target are needed");
        return BRUG_EINVAL;
    }
    lang = q->lang ? q->lang : "en";
    err = brug_bridges_explain(index, q->from, q->from ? NULL : q->skills, q->from ? 0 : q->nskills,
                               q->to, lang, &bridge, msg, msgsize);
    if (err)
        return err;
    me = json_object_get(bridge, "missing_essential");
    mo = json_object_get(bridge, "missing_optional");
    need = malloc((json_array_size(me) + json_array_size(mo) + 1) * sizeof(*need));
    have = person_skills(index, q, &nhave);
    if (!need || !have) {
        err = BRUG_ENOMEM;
        brug__errbuf(msg, msgsize, "plan: out of memory");
        goto out;
    }
    n = add_gap(me, 1, q->learned, q->nlearned, need, 0);
    n = add_gap(mo, 0, q->learned, q->nlearned, need, n);
    err = brug_plan_solve(courses, index->onto, lang, need, n, have, nhave, opts, &plan, msg,
                          msgsize);
    if (err)
        goto out;
    *out = ends(index->onto, q, lang, bridge, plan);
    if (!*out) {
        err = BRUG_ENOMEM;
        brug__errbuf(msg, msgsize, "plan: out of memory");
    }
out:
    free(need);
    free((void *)have);
    json_decref(bridge);
    return err;
}
