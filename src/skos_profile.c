/*
 * skos_profile.c - loading a SKOS import profile (see skos_profile.h)
 * from a built-in JSON text or a file, expanding compact names.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "brug/onto.h"
#include "skos_profile.h"
#include "store_mapping.h"

static const char *const default_prefixes[][2] = {
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"skos", "http://www.w3.org/2004/02/skos/core#"},
    {"skosxl", "http://www.w3.org/2008/05/skos-xl#"},
    {"dcterms", "http://purl.org/dc/terms/"},
    {"dct", "http://purl.org/dc/terms/"},
    {"iso-thes", "http://purl.org/iso25964/skos-thes#"},
    {"esco", "http://data.europa.eu/esco/model#"},
    {"cnlo", "https://linkeddata.competentnl.nl/def/competentnl#"},
    {"cnluwvo", "https://linkeddata.competentnl.nl/uwv/def/competentnl_uwv#"},
};

typedef struct loader {
    brug__skos_profile *p;
    json_t *prefixes;
    char *why;
    size_t whysize;
} loader;

static brug_err bad(loader *l, const char *fmt, const char *arg)
{
    snprintf(l->why, l->whysize, fmt, arg);
    return BRUG_EPARSE;
}

/* The full URI of a compact or full name, in the arena. */
static brug_err expand(loader *l, const char *name, const char **out)
{
    const char *colon = strchr(name, ':');
    size_t n, i;
    const char *ns = NULL;
    char *u;
    *out = NULL;
    if (!colon || strncmp(colon, "://", 3) == 0) {
        *out = brug__arena_strdup(&l->p->arena, name);
        return *out ? BRUG_OK : BRUG_ENOMEM;
    }
    n = (size_t)(colon - name);
    if (l->prefixes) {
        json_t *v = NULL;
        const char *k;
        json_object_foreach(l->prefixes, k, v)
        {
            if (strlen(k) == n && strncmp(k, name, n) == 0 && json_is_string(v))
                ns = json_string_value(v);
        }
    }
    for (i = 0; !ns && i < sizeof(default_prefixes) / sizeof(default_prefixes[0]); i++)
        if (strlen(default_prefixes[i][0]) == n && strncmp(default_prefixes[i][0], name, n) == 0)
            ns = default_prefixes[i][1];
    if (!ns)
        return bad(l, "unknown prefix in '%s' (add it to \"prefixes\")", name);
    u = brug__arena_alloc(&l->p->arena, strlen(ns) + strlen(colon + 1) + 1);
    if (!u)
        return BRUG_ENOMEM;
    memcpy(u, ns, strlen(ns));
    memcpy(u + strlen(ns), colon + 1, strlen(colon + 1) + 1);
    *out = u;
    return BRUG_OK;
}

/* Map every name of the array v (NULL allowed) to val in map. */
static brug_err put_all(loader *l, brug__strmap *map, json_t *v, const char *key, uint32_t val)
{
    size_t i;
    json_t *e;
    if (!v || json_is_null(v))
        return BRUG_OK;
    if (!json_is_array(v))
        return bad(l, "\"%s\" must be an array of names", key);
    json_array_foreach(v, i, e)
    {
        const char *u;
        brug_err err;
        if (!json_is_string(e))
            return bad(l, "\"%s\" must be an array of names", key);
        err = expand(l, json_string_value(e), &u);
        if (!err)
            err = brug__strmap_put(map, u, val);
        if (err)
            return err;
    }
    return BRUG_OK;
}

static uint32_t code(int c, int arg)
{
    return (uint32_t)c << 8 | (uint32_t)arg;
}

static brug_err load_doc(loader *l, json_t *doc)
{
    static const char *const kinds[] = {NULL, "occupation", "skill", "skill_group", "isco_group"};
    static const char *const roles[] = {"preferred", "alternative", "hidden"};
    brug__skos_profile *p = l->p;
    json_t *v, *e;
    const char *k, *u;
    size_t i;
    int r;
    brug_err err;

    if (!json_is_object(doc))
        return bad(l, "%s", "a profile is a JSON object");
    l->prefixes = json_object_get(doc, "prefixes");
    v = json_object_get(doc, "name");
    p->name = brug__arena_strdup(&p->arena, json_is_string(v) ? json_string_value(v) : "custom");
    v = json_object_get(doc, "scheme");
    if (json_is_string(v))
        p->scheme = brug__arena_strdup(&p->arena, json_string_value(v));
    if (!p->name || (json_is_string(v) && !p->scheme))
        return BRUG_ENOMEM;
    err = expand(l, "rdf:type", &u);
    if (!err)
        err = brug__strmap_put(&p->preds, u, code(BRUG__P_TYPE, 0));
    v = json_object_get(doc, "classes");
    if (!json_is_object(v))
        return bad(l, "%s", "\"classes\" must be an object (occupation, skill, ...)");
    for (r = 1; r <= 4 && !err; r++)
        err = put_all(l, &p->classes, json_object_get(v, kinds[r]), kinds[r], (uint32_t)r);
    v = json_object_get(doc, "labels");
    for (r = 0; r < 3 && !err; r++)
        err = put_all(l, &p->preds, json_object_get(v, roles[r]), roles[r], code(BRUG__P_LABEL, r));
    if (!err)
        err = put_all(l, &p->preds, json_object_get(doc, "literal_form"), "literal_form",
                      code(BRUG__P_FORM, 0));
    v = json_object_get(doc, "notes");
    if (json_is_object(v))
        json_object_foreach(v, k, e)
        {
            if (err || p->nnotes == BRUG__SKOS_MAX_NOTES)
                break;
            p->notes[p->nnotes] = brug__arena_strdup(&p->arena, k);
            if (!p->notes[p->nnotes])
                return BRUG_ENOMEM;
            err = put_all(l, &p->preds, e, k, code(BRUG__P_NOTE, (int)p->nnotes));
            p->nnotes++;
        }
    v = json_object_get(doc, "node_literal");
    if (!err && json_is_object(v)) {
        json_t *t = json_object_get(v, "text"), *g = json_object_get(v, "lang");
        if (json_is_string(t))
            err = expand(l, json_string_value(t), &u);
        if (!err && json_is_string(t))
            err = brug__strmap_put(&p->preds, u, code(BRUG__P_NODE_TEXT, 0));
        if (!err && json_is_string(g))
            err = expand(l, json_string_value(g), &u);
        if (!err && json_is_string(g))
            err = brug__strmap_put(&p->preds, u, code(BRUG__P_NODE_LANG, 0));
    }
    if (!err)
        err = put_all(l, &p->preds, json_object_get(doc, "broader"), "broader",
                      code(BRUG__P_BROADER, 0));
    if (!err)
        err = put_all(l, &p->preds, json_object_get(doc, "narrower"), "narrower",
                      code(BRUG__P_NARROWER, 0));
    if (!err)
        err = put_all(l, &p->preds, json_object_get(doc, "code"), "code", code(BRUG__P_CODE, 0));
    if (!err)
        err = put_all(l, &p->preds, json_object_get(doc, "skill_type"), "skill_type",
                      code(BRUG__P_SKILL_TYPE, 0));
    if (!err)
        err = put_all(l, &p->preds, json_object_get(doc, "reuse_level"), "reuse_level",
                      code(BRUG__P_REUSE, 0));
    if (!err)
        err = put_all(l, &p->preds, json_object_get(doc, "status"), "status",
                      code(BRUG__P_STATUS, 0));
    v = json_object_get(doc, "mappings");
    if (json_is_object(v))
        json_object_foreach(v, k, e)
        {
            int rel = brug__match_parse(k);
            if (err)
                break;
            if (!rel)
                return bad(l,
                           "unknown mapping relation \"%s\" (exact, close, broad, narrow, "
                           "related)",
                           k);
            err = put_all(l, &p->preds, e, k, code(BRUG__P_MAP, rel));
        }
    v = json_object_get(doc, "requires");
    if (v && !json_is_array(v))
        return bad(l, "%s", "\"requires\" must be an array of {\"predicate\", \"weight\"}");
    json_array_foreach(v, i, e)
    {
        json_t *pr = json_object_get(e, "predicate"), *w = json_object_get(e, "weight");
        if (err)
            break;
        if (!json_is_string(pr) || !json_is_number(w) || json_number_value(w) < 0 ||
            json_number_value(w) > 1)
            return bad(l, "%s",
                       "each \"requires\" entry needs a \"predicate\" and a \"weight\" in [0, 1]");
        if (p->nweights == BRUG__SKOS_MAX_REQUIRES)
            return bad(l, "%s", "too many \"requires\" predicates");
        err = expand(l, json_string_value(pr), &u);
        if (!err)
            err = brug__strmap_put(&p->preds, u, code(BRUG__P_REQUIRES, (int)p->nweights));
        p->weights[p->nweights++] = json_number_value(w);
    }
    v = json_object_get(doc, "essential_from");
    p->essential_from = json_is_number(v) ? json_number_value(v) : 1.0;
    v = json_object_get(doc, "default_lang");
    p->default_lang =
        brug__arena_strdup(&p->arena, json_is_string(v) ? json_string_value(v) : "en");
    if (!err && !p->default_lang)
        err = BRUG_ENOMEM;
    return err;
}

brug_err brug__skos_profile_load(brug__skos_profile *p, const brug_alloc *alloc,
                                 const char *name_or_path, char *why, size_t whysize)
{
    loader l;
    json_error_t je;
    json_t *doc = NULL;
    size_t i;
    brug_err err;

    memset(p, 0, sizeof(*p));
    brug__arena_init(&p->arena, alloc, 1 << 14);
    why[0] = '\0';
    if (brug__strmap_init(&p->preds, &p->arena, 64) ||
        brug__strmap_init(&p->classes, &p->arena, 16))
        return BRUG_ENOMEM;
    if (!name_or_path || !name_or_path[0])
        name_or_path = "esco";
    for (i = 0; brug__skos_builtins[i].name; i++)
        if (strcmp(brug__skos_builtins[i].name, name_or_path) == 0)
            doc = json_loads(brug__skos_builtins[i].json, 0, &je);
    if (!doc && !strchr(name_or_path, '/') && !strstr(name_or_path, ".json")) {
        snprintf(why, whysize, "unknown profile '%s' (esco, competentnl, or a profile file)",
                 name_or_path);
        return BRUG_EINVAL;
    }
    if (!doc) {
        doc = json_load_file(name_or_path, 0, &je);
        if (!doc) {
            snprintf(why, whysize, "%s:%d:%d: %s", name_or_path, je.line, je.column, je.text);
            return je.line > 0 ? BRUG_EPARSE : BRUG_EINVAL;
        }
    }
    memset(&l, 0, sizeof(l));
    l.p = p;
    l.why = why;
    l.whysize = whysize;
    err = load_doc(&l, doc);
    json_decref(doc);
    if (err == BRUG_ENOMEM)
        snprintf(why, whysize, "out of memory");
    return err;
}

void brug__skos_profile_release(brug__skos_profile *p)
{
    brug__arena_release(&p->arena);
    memset(p, 0, sizeof(*p));
}
