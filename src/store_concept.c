/*
 * store_concept.c - taxonomy statistics and single-concept descriptions,
 * read straight from the ontology tables into jansson documents.
 */
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "brug/concept.h"
#include "brug/onto.h"
#include "store.h"
#include "store_mapping.h"
#include "store_schemes.h"

static const char *const kind_names[] = {"none", "occupation", "skill", "skill_group",
                                         "isco_group"};

static const char *kind_name(int kind)
{
    return kind >= 1 && kind <= 4 ? kind_names[kind] : "none";
}

/* Run sql and, for each row, set obj[col0 as text] (or nested by col1) to col_last. */
static brug_err query_into(brug_db *db, const char *sql, json_t *obj, int nested)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db, sql, &st);
    int rc;
    if (err)
        return err;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        const char *k0 = (const char *)sqlite3_column_text(st, 0);
        json_t *target = obj;
        if (!k0)
            k0 = "";
        if (nested) {
            target = json_object_get(obj, k0);
            if (!target) {
                target = json_object();
                json_object_set_new(obj, k0, target);
            }
            k0 = kind_name(sqlite3_column_int(st, 1));
        }
        json_object_set_new(target, k0, json_integer(sqlite3_column_int64(st, nested ? 2 : 1)));
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, "stats");
}

static brug_err count_into(brug_db *db, const char *sql, json_t *obj, const char *key)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(db, sql, &st);
    int rc;
    if (err)
        return err;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        json_object_set_new(obj, key, json_integer(sqlite3_column_int64(st, 0)));
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? BRUG_OK : brug__db_sqlerr(db, rc, "stats");
}

brug_err brug_db_stats(brug_db *db, json_t **out)
{
    json_t *root = json_object(), *concepts = json_object(), *labels = json_object(),
           *rel = json_object(), *coll = json_object();
    char version[128];
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

    err = query_into(db,
                     "SELECT CASE kind WHEN 1 THEN 'occupation' WHEN 2 THEN 'skill' "
                     "WHEN 3 THEN 'skill_group' WHEN 4 THEN 'isco_group' ELSE 'other' END, "
                     "count(*) FROM concept GROUP BY kind",
                     concepts, 0);
    if (!err)
        err = query_into(db,
                         "SELECT l.lang, c.kind, count(*) FROM label l JOIN concept c "
                         "ON c.id = l.concept WHERE l.role = 0 GROUP BY l.lang, c.kind",
                         labels, 1);
    if (!err)
        err = count_into(db, "SELECT count(*) FROM occupation_skill", rel, "occupation_skill");
    if (!err)
        err = count_into(db, "SELECT count(*) FROM occupation_skill WHERE essential", rel,
                         "essential");
    if (!err)
        err = count_into(db, "SELECT count(*) FROM occupation_skill WHERE NOT essential", rel,
                         "optional");
    if (!err)
        err = count_into(db, "SELECT count(*) FROM skill_skill", rel, "skill_skill");
    if (!err)
        err = count_into(db, "SELECT count(*) FROM broader", rel, "broader");
    if (!err)
        err = count_into(db, "SELECT count(DISTINCT skill) FROM occupation_skill", rel,
                         "linked_skills");
    if (!err)
        err = query_into(db,
                         "SELECT c.name, count(m.concept) FROM collection c "
                         "LEFT JOIN collection_member m ON m.collection = c.id GROUP BY c.id "
                         "ORDER BY c.id",
                         coll, 0);
    if (!err) {
        json_t *cov = NULL;
        err = brug__mapping_coverage_json(db, &cov);
        if (!err)
            json_object_set_new(root, "coverage", cov);
    }
    if (err) {
        json_decref(root);
        return err;
    }
    *out = root;
    return BRUG_OK;
}

/* The preferred label of concept id c.id in ?2, else English, else any, else the URI. */
#define LABEL_SQL(alias)                                                                           \
    "coalesce((SELECT text FROM label WHERE concept = " alias ".id AND role = 0 AND lang = ?2),"   \
    " (SELECT text FROM label WHERE concept = " alias ".id AND role = 0 AND lang = 'en'),"         \
    " (SELECT text FROM label WHERE concept = " alias ".id AND role = 0 ORDER BY lang LIMIT 1),"   \
    " " alias ".uri)"
/* The language of that label (NULL when the URI stands in). */
#define LABEL_LANG_SQL(alias)                                                                      \
    "(SELECT lang FROM label WHERE concept = " alias ".id AND role = 0"                            \
    " ORDER BY lang = ?2 DESC, lang = 'en' DESC, lang LIMIT 1)"

static const char *const skill_type_names[] = {NULL, "knowledge", "skill/competence"};
static const char *const reuse_names[] = {NULL, "transversal", "cross-sector", "sector-specific",
                                          "occupation-specific"};

static json_t *name_or_null(const char *const *names, size_t n, int v)
{
    return v > 0 && (size_t)v < n && names[v] ? json_string(names[v]) : json_null();
}

static json_t *text_or_null(sqlite3_stmt *st, int col)
{
    return sqlite3_column_type(st, col) == SQLITE_TEXT
               ? json_string((const char *)sqlite3_column_text(st, col))
               : json_null();
}

/* A list of {"uri","type","label","label_lang"[,extra]} from a query binding ?1 = id, ?2 =
 * lang, whose last column is the label's language. */
static brug_err ref_list(brug_db *db, const char *sql, int64_t id, const char *lang, json_t **out,
                         const char *extra_key)
{
    sqlite3_stmt *st;
    json_t *arr = json_array();
    brug_err err;
    int rc;

    *out = NULL;
    if (!arr)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    err = brug__db_prepare(db, sql, &st);
    if (err) {
        json_decref(arr);
        return err;
    }
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        json_t *o = json_pack("{s:s, s:s, s:s}", "uri", (const char *)sqlite3_column_text(st, 0),
                              "type", kind_name(sqlite3_column_int(st, 1)), "label",
                              (const char *)sqlite3_column_text(st, 2));
        if (!o)
            break;
        json_object_set_new(o, "label_lang", text_or_null(st, sqlite3_column_count(st) - 1));
        if (extra_key && sqlite3_column_type(st, 3) == SQLITE_INTEGER)
            json_object_set_new(o, extra_key,
                                name_or_null(skill_type_names, 3, sqlite3_column_int(st, 3)));
        else if (extra_key && sqlite3_column_type(st, 3) == SQLITE_TEXT)
            json_object_set_new(o, extra_key,
                                json_string((const char *)sqlite3_column_text(st, 3)));
        json_array_append_new(arr, o);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        json_decref(arr);
        return rc == SQLITE_ROW ? brug__db_error(db, BRUG_ENOMEM, "out of memory")
                                : brug__db_sqlerr(db, rc, "describe");
    }
    *out = arr;
    return BRUG_OK;
}

static brug_err add_list(brug_db *db, json_t *root, const char *key, const char *sql, int64_t id,
                         const char *lang, const char *extra_key)
{
    json_t *arr;
    brug_err err = ref_list(db, sql, id, lang, &arr, extra_key);
    if (err)
        return err;
    json_object_set_new(root, key, arr);
    return BRUG_OK;
}

static brug_err add_labels(brug_db *db, json_t *root, int64_t id)
{
    static const char *const roles[] = {"preferred", "alternative", "hidden"};
    sqlite3_stmt *st;
    json_t *labels = json_object();
    brug_err err = brug__db_prepare(
        db, "SELECT lang, role, text FROM label WHERE concept = ?1 ORDER BY lang, role, text", &st);
    int rc;
    if (err) {
        json_decref(labels);
        return err;
    }
    sqlite3_bind_int64(st, 1, id);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        const char *lang = (const char *)sqlite3_column_text(st, 0);
        int role = sqlite3_column_int(st, 1);
        json_t *l = json_object_get(labels, lang), *text;
        if (role < 0 || role > 2)
            continue;
        if (!l) {
            l = json_pack("{s:n, s:[], s:[]}", "preferred", "alternative", "hidden");
            json_object_set_new(labels, lang, l);
        }
        text = json_string((const char *)sqlite3_column_text(st, 2));
        if (role == 0)
            json_object_set_new(l, "preferred", text);
        else
            json_array_append_new(json_object_get(l, roles[role]), text);
    }
    sqlite3_finalize(st);
    json_object_set_new(root, "labels", labels);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, "describe");
}

static brug_err add_notes(brug_db *db, json_t *root, int64_t id, const char *lang)
{
    sqlite3_stmt *st;
    json_t *notes = json_object();
    brug_err err = brug__db_prepare(db,
                                    "SELECT kind, text, lang FROM note WHERE concept = ?1 ORDER BY "
                                    "lang <> ?2, lang <> 'en', lang",
                                    &st);
    int rc;
    if (err) {
        json_decref(notes);
        return err;
    }
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        const char *kind = (const char *)sqlite3_column_text(st, 0);
        /* Rows come best language first: keep the first of each kind. */
        if (!json_object_get(notes, kind)) {
            json_object_set_new(notes, kind, json_string((const char *)sqlite3_column_text(st, 1)));
            if (strcmp(kind, "description") == 0)
                json_object_set_new(root, "description_lang", text_or_null(st, 2));
        }
    }
    sqlite3_finalize(st);
    json_object_set_new(root, "description", json_incref(json_object_get(notes, "description")));
    if (!json_object_get(root, "description") ||
        json_is_null(json_object_get(root, "description"))) {
        json_object_set_new(root, "description", json_null());
        json_object_set_new(root, "description_lang", json_null());
    }
    json_object_set_new(root, "notes", notes);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(db, rc, "describe");
}

brug_err brug_concept_describe(brug_db *db, const char *uri, const char *lang, json_t **out)
{
    sqlite3_stmt *st;
    json_t *root, *coll;
    brug_err err;
    int64_t id;
    int kind, rc;

    *out = NULL;
    if (!lang || !lang[0])
        lang = "en";
    err = brug__db_prepare(
        db,
        "SELECT c.id, c.kind, c.code, c.isco_group, c.skill_type, "
        "c.reuse_level, c.status, " LABEL_SQL("c") ", " LABEL_LANG_SQL("c") " FROM concept c "
                                                                            "WHERE c.uri = ?1",
        &st);
    if (err)
        return err;
    sqlite3_bind_text(st, 1, uri, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(st);
        if (rc == SQLITE_DONE)
            return brug__db_error(db, BRUG_ENOTFOUND, "no concept with URI %s", uri);
        return brug__db_sqlerr(db, rc, "describe");
    }
    id = sqlite3_column_int64(st, 0);
    kind = sqlite3_column_int(st, 1);
    root = json_pack("{s:s, s:s, s:s}", "uri", uri, "type", kind_name(kind), "label",
                     (const char *)sqlite3_column_text(st, 7));
    if (root)
        json_object_set_new(root, "label_lang", text_or_null(st, 8));
    if (!root) {
        sqlite3_finalize(st);
        return brug__db_error(db, BRUG_ENOMEM, "out of memory");
    }
    if (sqlite3_column_type(st, 2) == SQLITE_TEXT)
        json_object_set_new(root, "code", json_string((const char *)sqlite3_column_text(st, 2)));
    if (kind == BRUG_KIND_OCCUPATION && sqlite3_column_type(st, 3) == SQLITE_TEXT)
        json_object_set_new(root, "isco_group",
                            json_string((const char *)sqlite3_column_text(st, 3)));
    if (kind == BRUG_KIND_SKILL) {
        json_object_set_new(root, "skill_type",
                            name_or_null(skill_type_names, 3, sqlite3_column_int(st, 4)));
        json_object_set_new(root, "reuse_level",
                            name_or_null(reuse_names, 5, sqlite3_column_int(st, 5)));
    }
    if (sqlite3_column_type(st, 6) == SQLITE_TEXT)
        json_object_set_new(root, "status", json_string((const char *)sqlite3_column_text(st, 6)));
    sqlite3_finalize(st);

    err = add_labels(db, root, id);
    if (!err)
        err = add_notes(db, root, id, lang);
    if (!err)
        err = add_list(db, root, "broader",
                       "SELECT c.uri, c.kind, " LABEL_SQL("c") ", " LABEL_LANG_SQL(
                           "c") " FROM broader b JOIN concept c "
                                "ON c.id = b.broader WHERE b.concept = ?1 ORDER BY c.uri",
                       id, lang, NULL);
    if (!err)
        err = add_list(db, root, "narrower",
                       "SELECT c.uri, c.kind, " LABEL_SQL("c") ", " LABEL_LANG_SQL(
                           "c") " FROM broader b JOIN concept c "
                                "ON c.id = b.concept WHERE b.broader = ?1 ORDER BY 3",
                       id, lang, NULL);
    if (!err && kind == BRUG_KIND_OCCUPATION) {
        static const char sql[] =
            "SELECT c.uri, c.kind, " LABEL_SQL("c") ", c.skill_type, " LABEL_LANG_SQL(
                "c") " FROM occupation_skill r JOIN concept c ON c.id = r.skill "
                     "WHERE r.occupation = ?1 AND r.essential = %d ORDER BY 3";
        char buf[sizeof(sql) + 8];
        snprintf(buf, sizeof(buf), sql, 1);
        err = add_list(db, root, "essential_skills", buf, id, lang, "skill_type");
        if (!err) {
            snprintf(buf, sizeof(buf), sql, 0);
            err = add_list(db, root, "optional_skills", buf, id, lang, "skill_type");
        }
    }
    if (!err && kind == BRUG_KIND_SKILL) {
        static const char sql[] = "SELECT c.uri, c.kind, " LABEL_SQL("c") ", " LABEL_LANG_SQL(
            "c") " FROM occupation_skill r JOIN concept c ON c.id = r.occupation "
                 "WHERE r.skill = ?1 AND r.essential = %d ORDER BY 3";
        char buf[sizeof(sql) + 8];
        snprintf(buf, sizeof(buf), sql, 1);
        err = add_list(db, root, "essential_for", buf, id, lang, NULL);
        if (!err) {
            snprintf(buf, sizeof(buf), sql, 0);
            err = add_list(db, root, "optional_for", buf, id, lang, NULL);
        }
        if (!err)
            err = add_list(db, root, "related_skills",
                           "SELECT c.uri, c.kind, " LABEL_SQL(
                               "c") ", CASE r.essential WHEN 1 "
                                    "THEN 'essential' ELSE 'optional' END, " LABEL_LANG_SQL(
                                        "c") " FROM skill_skill r JOIN concept c "
                                             "ON c.id = r.related WHERE r.skill = ?1 ORDER BY 3",
                           id, lang, "relation");
    }
    if (!err) {
        coll = json_array();
        err = brug__db_prepare(db,
                               "SELECT c.name FROM collection_member m JOIN collection c "
                               "ON c.id = m.collection WHERE m.concept = ?1 ORDER BY c.name",
                               &st);
        if (!err) {
            sqlite3_bind_int64(st, 1, id);
            for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st))
                json_array_append_new(coll, json_string((const char *)sqlite3_column_text(st, 0)));
            sqlite3_finalize(st);
            if (rc != SQLITE_DONE)
                err = brug__db_sqlerr(db, rc, "describe");
        }
        json_object_set_new(root, "collections", coll);
    }
    if (!err)
        err = brug__mapping_describe(db, root, id, lang);
    if (!err)
        err = brug__scheme_top_of(db, root, uri, lang);
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
