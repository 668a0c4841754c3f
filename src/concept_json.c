/*
 * concept_json.c - the taxonomy's statistics (brug_db_stats), one
 * concept's description (brug_concept_describe) and one concept scheme's
 * (brug_scheme_describe) as JSON documents, built from the records of
 * concept.h and store_schemes.h that the backend hands out.
 */
#include <stdio.h>
#include <string.h>

#include "brug/concept.h"
#include "brug/onto.h"
#include "backend.h"
#include "concept.h"
#include "json_list.h"
#include "people.h"
#include "store_mapping.h"
#include "store_schemes.h"

static const char *const kind_names[] = {"none", "occupation", "skill", "skill_group",
                                         "isco_group"};

static const char *kind_name(int kind)
{
    return kind >= 1 && kind <= 4 ? kind_names[kind] : "none";
}

/* --- Statistics ------------------------------------------------------- */

typedef struct stats_ctx {
    json_t *obj;
    const char *key; /* for single counts */
} stats_ctx;

static brug_err on_kind_count(void *ctx, const brug__count_rec *c)
{
    stats_ctx *s = ctx;
    json_object_set_new(s->obj, c->kind >= 1 && c->kind <= 4 ? kind_names[c->kind] : "other",
                        json_integer(c->n));
    return BRUG_OK;
}

static brug_err on_label_count(void *ctx, const brug__count_rec *c)
{
    stats_ctx *s = ctx;
    const char *lang = c->key ? c->key : "";
    json_t *target = json_object_get(s->obj, lang);
    if (!target) {
        target = json_object();
        json_object_set_new(s->obj, lang, target);
    }
    json_object_set_new(target, kind_name(c->kind), json_integer(c->n));
    return BRUG_OK;
}

static brug_err on_keyed_count(void *ctx, const brug__count_rec *c)
{
    stats_ctx *s = ctx;
    json_object_set_new(s->obj, c->key ? c->key : "", json_integer(c->n));
    return BRUG_OK;
}

static brug_err on_single_count(void *ctx, const brug__count_rec *c)
{
    stats_ctx *s = ctx;
    json_object_set_new(s->obj, s->key, json_integer(c->n));
    return BRUG_OK;
}

static brug_err count_into(brug_db *db, int what, json_t *obj, const char *key)
{
    stats_ctx s = {obj, key};
    return brug__db_count(db, what, on_single_count, &s);
}

static brug_err on_coverage(void *ctx, const brug__coverage_rec *c)
{
    return brug__json_list_add(ctx, json_pack("{s:s, s:s, s:I, s:I}", "lang", c->lang, "kind",
                                              c->kind == BRUG_KIND_SKILL ? "skills" : "occupations",
                                              "preferred", (json_int_t)c->preferred, "total",
                                              (json_int_t)c->total));
}

brug_err brug_db_stats(brug_db *db, json_t **out)
{
    json_t *root = json_object(), *concepts = json_object(), *labels = json_object(),
           *rel = json_object(), *coll = json_object();
    char version[128];
    stats_ctx s;
    brug_err err;
    int k;

    *out = NULL;
    if (!root || !concepts || !labels || !rel || !coll) {
        json_decref(root);
        json_decref(concepts);
        json_decref(labels);
        json_decref(rel);
        json_decref(coll);
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    }
    if (brug_db_meta_get(db, "taxonomy_version", version, sizeof(version)) == BRUG_OK)
        json_object_set_new(root, "taxonomy_version", json_string(version));
    else
        json_object_set_new(root, "taxonomy_version", json_null());
    db->errmsg[0] = '\0';
    json_object_set_new(root, "concepts", concepts);
    json_object_set_new(root, "labels", labels);
    json_object_set_new(root, "relations", rel);
    json_object_set_new(root, "collections", coll);
    for (k = 1; k <= 4; k++)
        json_object_set_new(concepts, kind_names[k], json_integer(0));

    s.obj = concepts;
    err = brug__db_count(db, BRUG__STAT_CONCEPTS, on_kind_count, &s);
    s.obj = labels;
    if (!err)
        err = brug__db_count(db, BRUG__STAT_LABELS, on_label_count, &s);
    if (!err)
        err = count_into(db, BRUG__STAT_OCC_SKILL, rel, "occupation_skill");
    if (!err)
        err = count_into(db, BRUG__STAT_OCC_ESSENTIAL, rel, "essential");
    if (!err)
        err = count_into(db, BRUG__STAT_OCC_OPTIONAL, rel, "optional");
    if (!err)
        err = count_into(db, BRUG__STAT_SKILL_SKILL, rel, "skill_skill");
    if (!err)
        err = count_into(db, BRUG__STAT_BROADER, rel, "broader");
    if (!err)
        err = count_into(db, BRUG__STAT_LINKED_SKILLS, rel, "linked_skills");
    s.obj = coll;
    if (!err)
        err = brug__db_count(db, BRUG__STAT_COLLECTIONS, on_keyed_count, &s);
    if (!err) {
        brug__json_list cov;
        json_t *arr = NULL;
        err = brug__json_list_begin(db, &cov, &arr);
        if (!err)
            err =
                brug__json_list_end(&cov, brug__mapping_coverage_each(db, on_coverage, &cov), &arr);
        if (!err)
            json_object_set_new(root, "coverage", arr);
    }
    if (err) {
        json_decref(root);
        return err;
    }
    *out = root;
    return BRUG_OK;
}

/* --- One concept ------------------------------------------------------ */

static const char *const skill_type_names[] = {NULL, "knowledge", "skill/competence"};
static const char *const reuse_names[] = {NULL, "transversal", "cross-sector", "sector-specific",
                                          "occupation-specific"};

static json_t *name_or_null(const char *const *names, size_t n, int v)
{
    return v > 0 && (size_t)v < n && names[v] ? json_string(names[v]) : json_null();
}

typedef struct head_ctx {
    const char *uri;
    json_t *root;
    int64_t id;
    int kind;
} head_ctx;

static brug_err on_head(void *ctx, const brug__concept_head *h)
{
    head_ctx *c = ctx;
    json_t *root =
        json_pack("{s:s, s:s, s:s}", "uri", c->uri, "type", kind_name(h->kind), "label", h->label);
    c->id = h->id;
    c->kind = h->kind;
    if (!root)
        return BRUG_ENOMEM;
    json_object_set_new(root, "label_lang", brug__json_text_or_null(h->label_lang));
    if (h->code)
        json_object_set_new(root, "code", json_string(h->code));
    if (h->kind == BRUG_KIND_OCCUPATION && h->isco_group)
        json_object_set_new(root, "isco_group", json_string(h->isco_group));
    if (h->kind == BRUG_KIND_SKILL) {
        json_object_set_new(root, "skill_type", name_or_null(skill_type_names, 3, h->skill_type));
        json_object_set_new(root, "reuse_level", name_or_null(reuse_names, 5, h->reuse_level));
    }
    if (h->status)
        json_object_set_new(root, "status", json_string(h->status));
    c->root = root;
    return BRUG_OK;
}

static brug_err on_label(void *ctx, const brug__concept_label *lb)
{
    static const char *const roles[] = {"preferred", "alternative", "hidden"};
    json_t *labels = ctx, *l, *text;
    if (lb->role < 0 || lb->role > 2)
        return BRUG_OK;
    l = json_object_get(labels, lb->lang);
    if (!l) {
        l = json_pack("{s:n, s:[], s:[]}", "preferred", "alternative", "hidden");
        json_object_set_new(labels, lb->lang, l);
    }
    text = json_string(lb->text);
    if (lb->role == 0)
        json_object_set_new(l, "preferred", text);
    else
        json_array_append_new(json_object_get(l, roles[lb->role]), text);
    return BRUG_OK;
}

typedef struct notes_ctx {
    json_t *root, *notes;
} notes_ctx;

static brug_err on_note(void *ctx, const brug__concept_note *n)
{
    notes_ctx *c = ctx;
    /* Notes come best language first: keep the first of each kind. */
    if (!json_object_get(c->notes, n->kind)) {
        json_object_set_new(c->notes, n->kind, json_string(n->text));
        if (strcmp(n->kind, "description") == 0)
            json_object_set_new(c->root, "description_lang", brug__json_text_or_null(n->lang));
    }
    return BRUG_OK;
}

typedef struct refs_ctx {
    brug_db *db;
    json_t *arr;
    const char *extra_key; /* "skill_type", "relation" or NULL */
} refs_ctx;

static brug_err on_ref(void *ctx, const brug__concept_ref *r)
{
    refs_ctx *c = ctx;
    json_t *o =
        json_pack("{s:s, s:s, s:s}", "uri", r->uri, "type", kind_name(r->kind), "label", r->label);
    if (!o)
        return brug__db_error(c->db, BRUG_ENOMEM, "out of memory");
    json_object_set_new(o, "label_lang", brug__json_text_or_null(r->label_lang));
    if (c->extra_key && strcmp(c->extra_key, "skill_type") == 0 && r->skill_type >= 0)
        json_object_set_new(o, c->extra_key, name_or_null(skill_type_names, 3, r->skill_type));
    else if (c->extra_key && strcmp(c->extra_key, "relation") == 0 && r->relation)
        json_object_set_new(o, c->extra_key, json_string(r->relation));
    json_array_append_new(c->arr, o);
    return BRUG_OK;
}

static brug_err add_list(brug_db *db, json_t *root, const char *key, int rel, int64_t id,
                         const char *lang, const char *extra_key)
{
    refs_ctx c = {db, json_array(), extra_key};
    brug_err err;
    if (!c.arr)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    err = brug__concept_refs(db, id, lang, rel, on_ref, &c);
    if (err) {
        json_decref(c.arr);
        return err;
    }
    json_object_set_new(root, key, c.arr);
    return BRUG_OK;
}

static brug_err on_collection(void *ctx, const char *name)
{
    json_array_append_new(ctx, json_string(name));
    return BRUG_OK;
}

static brug_err on_mapping(void *ctx, const brug__mapping_rec *m)
{
    const char *name = brug__match_name(m->in ? brug__match_inverse(m->relation) : m->relation);
    json_t *o = json_pack(
        "{s:s, s:s, s:s, s:o, s:o, s:o, s:o}", "relation", name ? name : "related", "direction",
        m->in ? "in" : "out", "uri", m->uri, "label", brug__json_text_or_null(m->label),
        "label_lang", brug__json_text_or_null(m->label_lang), "type",
        m->kind >= 1 && m->kind <= 4 ? json_string(kind_names[m->kind]) : json_null(), "scheme",
        brug__json_text_or_null(m->scheme));
    if (o)
        json_array_append_new(ctx, o);
    return BRUG_OK;
}

static brug_err on_scheme_name(void *ctx, const char *name)
{
    json_object_set_new(ctx, "scheme", json_string(name));
    return BRUG_OK;
}

static brug_err on_supp_label(void *ctx, const brug__supp_label_rec *l)
{
    static const char *const roles[] = {"preferred", "alternative", "hidden"};
    json_array_append_new(ctx,
                          json_pack("{s:s, s:s, s:s, s:s}", "lang", l->lang, "role",
                                    l->role >= 0 && l->role <= 2 ? roles[l->role] : "alternative",
                                    "text", l->text, "source", l->source));
    return BRUG_OK;
}

/* root["mappings"], ["supplementary_labels"] and ["scheme"] (null for the
 * main release) of concept id. */
static brug_err add_mappings(brug_db *db, json_t *root, int64_t id, const char *lang)
{
    json_t *maps = json_array(), *supp = json_array();
    brug_err err;
    if (!maps || !supp) {
        json_decref(maps);
        json_decref(supp);
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    }
    json_object_set_new(root, "mappings", maps);
    json_object_set_new(root, "supplementary_labels", supp);
    err = brug__mapping_each(db, id, lang, on_mapping, maps);
    if (!err) {
        json_object_set_new(root, "scheme", json_null());
        err = brug__mapping_scheme_of(db, id, on_scheme_name, root);
    }
    if (!err)
        err = brug__supp_labels(db, id, on_supp_label, supp);
    return err;
}

static brug_err on_top_of(void *ctx, const brug__concept_ref *r)
{
    refs_ctx *c = ctx;
    json_t *o = json_pack("{s:s, s:s}", "uri", r->uri, "label", r->label);
    if (!o)
        return brug__db_error(c->db, BRUG_ENOMEM, "out of memory");
    json_object_set_new(o, "label_lang", brug__json_text_or_null(r->label_lang));
    json_array_append_new(c->arr, o);
    return BRUG_OK;
}

/* root["top_concept_of"]: the schemes uri is a top concept of. */
static brug_err add_top_of(brug_db *db, json_t *root, const char *uri, const char *lang)
{
    refs_ctx c = {db, json_array(), NULL};
    brug_err err = brug__scheme_top_of(db, uri, lang, on_top_of, &c);
    json_object_set_new(root, "top_concept_of", c.arr);
    return err;
}

brug_err brug_concept_describe(brug_db *db, const char *uri, const char *lang, json_t **out)
{
    head_ctx h = {uri, NULL, 0, 0};
    notes_ctx nc;
    json_t *root, *labels, *coll;
    brug_err err;

    *out = NULL;
    if (!lang || !lang[0])
        lang = "en";
    err = brug__concept_head_get(db, uri, lang, on_head, &h);
    if (err == BRUG_ENOMEM && !h.root)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    if (err)
        return err;
    root = h.root;

    labels = json_object();
    err = brug__concept_labels(db, h.id, on_label, labels);
    json_object_set_new(root, "labels", labels);
    if (!err) {
        nc.root = root;
        nc.notes = json_object();
        err = brug__concept_notes(db, h.id, lang, on_note, &nc);
        json_object_set_new(root, "description",
                            json_incref(json_object_get(nc.notes, "description")));
        if (!json_object_get(root, "description") ||
            json_is_null(json_object_get(root, "description"))) {
            json_object_set_new(root, "description", json_null());
            json_object_set_new(root, "description_lang", json_null());
        }
        json_object_set_new(root, "notes", nc.notes);
    }
    if (!err)
        err = add_list(db, root, "broader", BRUG__REL_BROADER, h.id, lang, NULL);
    if (!err)
        err = add_list(db, root, "narrower", BRUG__REL_NARROWER, h.id, lang, NULL);
    if (!err && h.kind == BRUG_KIND_OCCUPATION) {
        err = add_list(db, root, "essential_skills", BRUG__REL_ESSENTIAL_SKILLS, h.id, lang,
                       "skill_type");
        if (!err)
            err = add_list(db, root, "optional_skills", BRUG__REL_OPTIONAL_SKILLS, h.id, lang,
                           "skill_type");
    }
    if (!err && h.kind == BRUG_KIND_SKILL) {
        err = add_list(db, root, "essential_for", BRUG__REL_ESSENTIAL_FOR, h.id, lang, NULL);
        if (!err)
            err = add_list(db, root, "optional_for", BRUG__REL_OPTIONAL_FOR, h.id, lang, NULL);
        if (!err)
            err = add_list(db, root, "related_skills", BRUG__REL_RELATED_SKILLS, h.id, lang,
                           "relation");
    }
    if (!err) {
        coll = json_array();
        err = brug__concept_collections(db, h.id, on_collection, coll);
        json_object_set_new(root, "collections", coll);
    }
    if (!err)
        err = add_mappings(db, root, h.id, lang);
    if (!err)
        err = add_top_of(db, root, uri, lang);
    if (err) {
        json_decref(root);
        return err;
    }
    *out = root;
    return BRUG_OK;
}

brug_err brug_concept_profile_source(brug_db *db, const char *uri, char *out, size_t size)
{
    return brug__mapping_profile_source(db, uri, out, size) < 0 ? BRUG_EDB : BRUG_OK;
}

/* --- A concept scheme ------------------------------------------------- */

typedef struct scheme_ctx {
    json_t *root;
    const char *uri;
    int64_t id;
} scheme_ctx;

static brug_err on_scheme_head(void *ctx, const brug__scheme_head *h)
{
    scheme_ctx *c = ctx;
    json_object_set_new(c->root, "label", json_string(h->label ? h->label : c->uri));
    json_object_set_new(c->root, "label_lang", brug__json_text_or_null(h->label_lang));
    json_object_set_new(c->root, "description", brug__json_text_or_null(h->description));
    json_object_set_new(c->root, "description_lang", brug__json_text_or_null(h->description_lang));
    json_object_set_new(c->root, "status", brug__json_text_or_null(h->status));
    c->id = h->id;
    return BRUG_OK;
}

static brug_err on_scheme_label(void *ctx, const brug__concept_label *l)
{
    json_object_set_new(ctx, l->lang, json_string(l->text));
    return BRUG_OK;
}

brug_err brug_scheme_describe(brug_db *db, const char *uri, const char *lang, json_t **out)
{
    scheme_ctx c = {NULL, uri, 0};
    refs_ctx tops = {db, NULL, NULL};
    json_t *labels;
    int64_t missing = 0;
    brug_err err;

    *out = NULL;
    if (!db || !uri)
        return BRUG_EINVAL;
    if (!lang || !lang[0])
        lang = "en";
    c.root = json_pack("{s:s}", "uri", uri);
    if (!c.root)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    err = brug__scheme_head_get(db, uri, lang, on_scheme_head, &c);
    if (!err) {
        labels = json_object();
        json_object_set_new(c.root, "labels", labels);
        err = brug__scheme_labels(db, c.id, on_scheme_label, labels);
    }
    if (!err) {
        tops.arr = json_array();
        err = brug__scheme_tops(db, c.id, lang, on_ref, &tops, &missing);
        json_object_set_new(c.root, "top_concepts", tops.arr);
        json_object_set_new(c.root, "top_concepts_not_stored", json_integer(missing));
    }
    if (err) {
        json_decref(c.root);
        return err;
    }
    *out = c.root;
    return BRUG_OK;
}

/* --- Row counts (a test aid) ------------------------------------------ */

static brug_err on_table(void *ctx, const brug__count_rec *c)
{
    json_object_set_new(ctx, c->key, json_integer(c->n));
    return BRUG_OK;
}

brug_err brug__db_table_counts(brug_db *db, json_t **out)
{
    json_t *doc = json_object();
    brug_err err;
    *out = NULL;
    if (!doc)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    err = brug__db_table_each(db, on_table, doc);
    if (err) {
        json_decref(doc);
        return err;
    }
    *out = doc;
    return BRUG_OK;
}
