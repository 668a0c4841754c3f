/*
 * store_concept.c - taxonomy statistics and single-concept descriptions,
 * read straight from the ontology tables into jansson documents.
 */
#include <string.h>

#include <sqlite3.h>

#include "brug/concept.h"
#include "store.h"

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
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
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
        err = query_into(db,
                         "SELECT c.name, count(m.concept) FROM collection c "
                         "LEFT JOIN collection_member m ON m.collection = c.id GROUP BY c.id "
                         "ORDER BY c.id",
                         coll, 0);
    if (err) {
        json_decref(root);
        return err;
    }
    *out = root;
    return BRUG_OK;
}
