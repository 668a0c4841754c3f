/*
 * store_onto.c - the ontology's tables and the loader that turns them into
 * an in-memory brug_onto snapshot.
 *
 * Schema (module "ontology"):
 *   concept(id, uri, kind, code, isco_group, skill_type, reuse_level, status, modified)
 *     kind: brug_kind; code: ESCO code of an occupation, ISCO code of an
 *     ISCO group, code of a skill group; isco_group: an occupation's 4-digit
 *     ISCO unit group.
 *   label(concept, lang, role, text)      role 0 preferred, 1 alternative, 2 hidden
 *   note(concept, lang, kind, text)       kind: description, definition, scopeNote, ...
 *   broader(concept, broader)             hierarchy edges of every kind
 *   occupation_skill(occupation, skill, essential, weight)
 *     weight: the relation's weight in its profile (ESCO: essential 1.0,
 *     optional 0.5; onto.h); step 2 gave every older row its ESCO weight.
 *   skill_skill(skill, related, essential)
 *   collection(id, name, uri), collection_member(collection, concept)
 */
#include <string.h>

#include <sqlite3.h>

#include "onto.h"
#include "store.h"

static const brug__migration ontology_steps[] = {
    {1, "CREATE TABLE concept("
        " id INTEGER PRIMARY KEY,"
        " uri TEXT NOT NULL UNIQUE,"
        " kind INTEGER NOT NULL,"
        " code TEXT,"
        " isco_group TEXT,"
        " skill_type INTEGER NOT NULL DEFAULT 0,"
        " reuse_level INTEGER NOT NULL DEFAULT 0,"
        " status TEXT,"
        " modified TEXT);"
        "CREATE INDEX concept_by_kind ON concept(kind);"
        "CREATE TABLE label("
        " concept INTEGER NOT NULL,"
        " lang TEXT NOT NULL,"
        " role INTEGER NOT NULL,"
        " text TEXT NOT NULL,"
        " PRIMARY KEY(concept, lang, role, text)) WITHOUT ROWID;"
        "CREATE TABLE note("
        " concept INTEGER NOT NULL,"
        " lang TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " text TEXT NOT NULL,"
        " PRIMARY KEY(concept, lang, kind)) WITHOUT ROWID;"
        "CREATE TABLE broader("
        " concept INTEGER NOT NULL,"
        " broader INTEGER NOT NULL,"
        " PRIMARY KEY(concept, broader)) WITHOUT ROWID;"
        "CREATE INDEX broader_by_broader ON broader(broader);"
        "CREATE TABLE occupation_skill("
        " occupation INTEGER NOT NULL,"
        " skill INTEGER NOT NULL,"
        " essential INTEGER NOT NULL,"
        " PRIMARY KEY(occupation, skill)) WITHOUT ROWID;"
        "CREATE INDEX occupation_skill_by_skill ON occupation_skill(skill);"
        "CREATE TABLE skill_skill("
        " skill INTEGER NOT NULL,"
        " related INTEGER NOT NULL,"
        " essential INTEGER NOT NULL,"
        " PRIMARY KEY(skill, related)) WITHOUT ROWID;"
        "CREATE TABLE collection("
        " id INTEGER PRIMARY KEY,"
        " name TEXT NOT NULL UNIQUE,"
        " uri TEXT);"
        "CREATE TABLE collection_member("
        " collection INTEGER NOT NULL,"
        " concept INTEGER NOT NULL,"
        " PRIMARY KEY(collection, concept)) WITHOUT ROWID;"},
    {2, "ALTER TABLE occupation_skill ADD COLUMN weight REAL;"
        "UPDATE occupation_skill SET weight = CASE WHEN essential THEN 1.0 ELSE 0.5 END;"},
};

const brug__schema_module brug__schema_ontology = {
    "ontology", ontology_steps, sizeof(ontology_steps) / sizeof(ontology_steps[0])};

/* Maps concept ids to (kind, dense index) while loading. */
typedef struct id_map {
    int64_t max_id;
    uint8_t *kind; /* BRUG_KIND_* or 0 */
    uint32_t *idx;
} id_map;

typedef struct loader {
    brug_db *db;
    brug_onto *onto;
    id_map ids;
} loader;

static brug_err oom(loader *ld)
{
    return brug__db_error(ld->db, BRUG_ENOMEM, "out of memory loading the ontology");
}

static const char *arena_text(loader *ld, sqlite3_stmt *st, int col)
{
    const char *t = (const char *)sqlite3_column_text(st, col);
    return brug__arena_strdup(&ld->onto->arena, t ? t : "");
}

/* Run a query and hand each row to fn; stops at the first error. */
static brug_err each_row(loader *ld, const char *sql, brug_err (*fn)(loader *, sqlite3_stmt *))
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(ld->db, sql, &st);
    int rc;
    if (err)
        return err;
    for (rc = sqlite3_step(st); rc == SQLITE_ROW; rc = sqlite3_step(st)) {
        err = fn(ld, st);
        if (err) {
            sqlite3_finalize(st);
            return err;
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? BRUG_OK : brug__db_sqlerr(ld->db, rc, "load ontology");
}

static brug_err count_query(loader *ld, const char *sql, int64_t *out)
{
    sqlite3_stmt *st;
    brug_err err = brug__db_prepare(ld->db, sql, &st);
    int rc;
    if (err)
        return err;
    rc = sqlite3_step(st);
    *out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? BRUG_OK : brug__db_sqlerr(ld->db, rc, "load ontology");
}

static brug_err row_lang(loader *ld, sqlite3_stmt *st)
{
    brug_onto *o = ld->onto;
    const char *l = (const char *)sqlite3_column_text(st, 0);
    if (!l || o->nlang >= BRUG__ONTO_MAX_LANG || strlen(l) >= sizeof(o->lang[0]))
        return BRUG_OK;
    memcpy(o->lang[o->nlang++], l, strlen(l) + 1);
    return BRUG_OK;
}

static brug_err row_collection(loader *ld, sqlite3_stmt *st)
{
    brug_onto *o = ld->onto;
    int64_t id = sqlite3_column_int64(st, 0);
    if (o->ncollections >= BRUG__ONTO_MAX_COLLECTIONS || id < 0)
        return BRUG_OK;
    o->collection_name[o->ncollections] = arena_text(ld, st, 1);
    if (!o->collection_name[o->ncollections])
        return oom(ld);
    o->ncollections++;
    return BRUG_OK;
}

static void map_id(loader *ld, int64_t id, brug_kind kind, uint32_t idx)
{
    if (id >= 0 && id <= ld->ids.max_id) {
        ld->ids.kind[id] = (uint8_t)kind;
        ld->ids.idx[id] = idx;
    }
}

static brug_err row_occupation(loader *ld, sqlite3_stmt *st)
{
    brug_onto *o = ld->onto;
    uint32_t i = o->nocc++;
    o->occ_id[i] = sqlite3_column_int64(st, 0);
    o->occ_uri[i] = arena_text(ld, st, 1);
    o->occ_isco[i] = arena_text(ld, st, 2);
    o->occ_code[i] = arena_text(ld, st, 3);
    o->occ_broader[i] = BRUG_NO_INDEX;
    if (!o->occ_uri[i] || !o->occ_isco[i] || !o->occ_code[i])
        return oom(ld);
    map_id(ld, o->occ_id[i], BRUG_KIND_OCCUPATION, i);
    return brug__strmap_put(&o->occ_by_uri, o->occ_uri[i], i);
}

static brug_err row_unit_group(loader *ld, sqlite3_stmt *st)
{
    brug_onto *o = ld->onto;
    uint32_t i = o->nisco++;
    o->isco_code[i] = arena_text(ld, st, 1);
    if (!o->isco_code[i])
        return oom(ld);
    map_id(ld, sqlite3_column_int64(st, 0), BRUG_KIND_ISCO_GROUP, i);
    return brug__strmap_put(&o->isco_by_code, o->isco_code[i], i);
}

static brug_err row_skill(loader *ld, sqlite3_stmt *st)
{
    brug_onto *o = ld->onto;
    uint32_t i = o->nskill++;
    int kind = sqlite3_column_int(st, 4);
    o->skill_id[i] = sqlite3_column_int64(st, 0);
    o->skill_uri[i] = arena_text(ld, st, 1);
    if (!o->skill_uri[i])
        return oom(ld);
    o->skill_type[i] = (uint8_t)sqlite3_column_int(st, 2);
    o->skill_reuse[i] = (uint8_t)sqlite3_column_int(st, 3);
    o->skill_is_group[i] = kind == BRUG_KIND_SKILL_GROUP;
    if (kind == BRUG_KIND_SKILL)
        o->nskill_proper = i + 1;
    map_id(ld, o->skill_id[i], BRUG_KIND_SKILL, i);
    return brug__strmap_put(&o->skill_by_uri, o->skill_uri[i], i);
}

static int lookup(const loader *ld, int64_t id, brug_kind kind, uint32_t *idx)
{
    if (id < 0 || id > ld->ids.max_id || ld->ids.kind[id] != kind)
        return 0;
    *idx = ld->ids.idx[id];
    return 1;
}

static brug_err row_label(loader *ld, sqlite3_stmt *st)
{
    brug_onto *o = ld->onto;
    int64_t id = sqlite3_column_int64(st, 0);
    const char *lang = (const char *)sqlite3_column_text(st, 1);
    uint32_t idx, l;
    const char **slot;

    for (l = 0; l < o->nlang; l++)
        if (lang && strcmp(o->lang[l], lang) == 0)
            break;
    if (l == o->nlang)
        return BRUG_OK;
    if (lookup(ld, id, BRUG_KIND_OCCUPATION, &idx))
        slot = &o->occ_label[(size_t)idx * o->nlang + l];
    else if (lookup(ld, id, BRUG_KIND_SKILL, &idx))
        slot = &o->skill_label[(size_t)idx * o->nlang + l];
    else
        return BRUG_OK;
    if (*slot)
        return BRUG_OK;
    *slot = arena_text(ld, st, 2);
    return *slot ? BRUG_OK : oom(ld);
}

/* Occupation and ISCO unit group descriptions (the text facet of
 * bridges) and ESCO's
 * regulatedProfessionNote, which holds a URI ending in "/regulated" or
 * "/unregulated" (any other text is kept as not regulated). */
static brug_err row_note(loader *ld, sqlite3_stmt *st)
{
    brug_onto *o = ld->onto;
    const char *lang = (const char *)sqlite3_column_text(st, 1);
    const char *kind = (const char *)sqlite3_column_text(st, 2);
    const char *text = (const char *)sqlite3_column_text(st, 3);
    int64_t id = sqlite3_column_int64(st, 0);
    const char **slot;
    uint32_t idx, l;
    size_t n;

    if (!kind || !text)
        return BRUG_OK;
    for (l = 0; l < o->nlang; l++)
        if (lang && strcmp(o->lang[l], lang) == 0)
            break;
    if (lookup(ld, id, BRUG_KIND_ISCO_GROUP, &idx)) {
        if (l == o->nlang || strcmp(kind, "description") != 0)
            return BRUG_OK;
        slot = &o->isco_desc[(size_t)idx * o->nlang + l];
        if (*slot)
            return BRUG_OK;
        *slot = arena_text(ld, st, 3);
        return *slot ? BRUG_OK : oom(ld);
    }
    if (!lookup(ld, id, BRUG_KIND_OCCUPATION, &idx))
        return BRUG_OK;
    if (strcmp(kind, "regulatedProfessionNote") == 0) {
        n = strlen(text);
        if (n >= 10 && strcmp(text + n - 10, "/regulated") == 0)
            o->occ_regulated[idx] = 1;
        return BRUG_OK;
    }
    if (l == o->nlang)
        return BRUG_OK;
    slot = &o->occ_desc[(size_t)idx * o->nlang + l];
    if (*slot)
        return BRUG_OK;
    *slot = arena_text(ld, st, 3);
    return *slot ? BRUG_OK : oom(ld);
}

/* Alternative labels of occupations, joined by newlines per language
 * (for the text facet of bridges). */
static brug_err row_alt_label(loader *ld, sqlite3_stmt *st)
{
    brug_onto *o = ld->onto;
    const char *lang = (const char *)sqlite3_column_text(st, 1);
    const char *text = (const char *)sqlite3_column_text(st, 2);
    const char **slot, *old;
    uint32_t idx, l;
    size_t n, m;
    char *s;

    if (!text || !lookup(ld, sqlite3_column_int64(st, 0), BRUG_KIND_OCCUPATION, &idx))
        return BRUG_OK;
    for (l = 0; l < o->nlang; l++)
        if (lang && strcmp(o->lang[l], lang) == 0)
            break;
    if (l == o->nlang)
        return BRUG_OK;
    slot = &o->occ_alt[(size_t)idx * o->nlang + l];
    old = *slot;
    n = old ? strlen(old) : 0;
    m = strlen(text);
    if (n + m > 65536)
        return BRUG_OK; /* enough words for a profile */
    s = brug__arena_alloc(&o->arena, n + m + 2);
    if (!s)
        return oom(ld);
    if (n) {
        memcpy(s, old, n);
        s[n++] = '\n';
    }
    memcpy(s + n, text, m + 1);
    *slot = s;
    return BRUG_OK;
}

/* Growable list of CSR entries, filled by the relation queries. */
typedef struct entry_list {
    brug__csr_entry *v;
    size_t n, cap;
    const brug_alloc *alloc;
} entry_list;

static int entry_push(entry_list *l, uint32_t row, uint32_t col, uint8_t tag, float val)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 4096;
        brug__csr_entry *v = brug__reallocarray(l->alloc, l->v, cap, sizeof(*v));
        if (!v)
            return 0;
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n].row = row;
    l->v[l->n].col = col;
    l->v[l->n].val = val;
    l->v[l->n].tag = tag;
    l->n++;
    return 1;
}

typedef struct rel_loader {
    loader base;
    entry_list occ_skill, skill_broader, skill_related;
} rel_loader;

static brug_err row_occ_skill(loader *ld, sqlite3_stmt *st)
{
    rel_loader *rl = (rel_loader *)ld;
    uint32_t o, s;
    if (!lookup(ld, sqlite3_column_int64(st, 0), BRUG_KIND_OCCUPATION, &o) ||
        !lookup(ld, sqlite3_column_int64(st, 1), BRUG_KIND_SKILL, &s))
        return BRUG_OK;
    return entry_push(&rl->occ_skill, o, s, (uint8_t)(sqlite3_column_int(st, 2) != 0),
                      (float)sqlite3_column_double(st, 3))
               ? BRUG_OK
               : oom(ld);
}

static brug_err row_broader(loader *ld, sqlite3_stmt *st)
{
    rel_loader *rl = (rel_loader *)ld;
    int64_t c = sqlite3_column_int64(st, 0), b = sqlite3_column_int64(st, 1);
    uint32_t ci, bi;
    if (lookup(ld, c, BRUG_KIND_OCCUPATION, &ci)) {
        if (lookup(ld, b, BRUG_KIND_OCCUPATION, &bi) && ld->onto->occ_broader[ci] == BRUG_NO_INDEX)
            ld->onto->occ_broader[ci] = bi;
        return BRUG_OK;
    }
    if (lookup(ld, c, BRUG_KIND_SKILL, &ci) && lookup(ld, b, BRUG_KIND_SKILL, &bi))
        return entry_push(&rl->skill_broader, ci, bi, 0, 0) ? BRUG_OK : oom(ld);
    return BRUG_OK;
}

static brug_err row_skill_skill(loader *ld, sqlite3_stmt *st)
{
    rel_loader *rl = (rel_loader *)ld;
    uint32_t a, b;
    if (!lookup(ld, sqlite3_column_int64(st, 0), BRUG_KIND_SKILL, &a) ||
        !lookup(ld, sqlite3_column_int64(st, 1), BRUG_KIND_SKILL, &b))
        return BRUG_OK;
    return entry_push(&rl->skill_related, a, b, (uint8_t)(sqlite3_column_int(st, 2) != 0), 0)
               ? BRUG_OK
               : oom(ld);
}

static brug_err row_member(loader *ld, sqlite3_stmt *st)
{
    brug_onto *o = ld->onto;
    int64_t coll = sqlite3_column_int64(st, 0);
    uint32_t bit, idx;
    /* Collections are loaded in id order; find the bit by position. */
    for (bit = 0; bit < o->ncollections; bit++)
        if (strcmp(o->collection_name[bit], (const char *)sqlite3_column_text(st, 2)) == 0)
            break;
    (void)coll;
    if (bit == o->ncollections)
        return BRUG_OK;
    if (lookup(ld, sqlite3_column_int64(st, 1), BRUG_KIND_OCCUPATION, &idx))
        o->occ_collections[idx] |= 1u << bit;
    else if (lookup(ld, sqlite3_column_int64(st, 1), BRUG_KIND_SKILL, &idx))
        o->skill_collections[idx] |= 1u << bit;
    return BRUG_OK;
}

/* A relation without a weight (written by hand), and every relation of a
 * database opened read-only before ontology step 2 (no weight column),
 * has its ESCO weight. */
#define OCC_SKILL_SQL                                                                              \
    "SELECT occupation, skill, essential, "                                                        \
    "coalesce(weight, CASE WHEN essential THEN 1.0 ELSE 0.5 END) FROM occupation_skill"
#define OCC_SKILL_SQL_V1                                                                           \
    "SELECT occupation, skill, essential, CASE WHEN essential THEN 1.0 ELSE 0.5 END "              \
    "FROM occupation_skill"

static int has_rel_weight(loader *ld)
{
    sqlite3_stmt *st;
    int yes;
    if (brug__db_prepare(
            ld->db, "SELECT 1 FROM pragma_table_info('occupation_skill') WHERE name = 'weight'",
            &st))
        return 1;
    yes = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return yes;
}

/* The queries that fill a snapshot, in order, each with its row handler. */
static const struct {
    const char *sql;
    brug_err (*row)(loader *, sqlite3_stmt *);
} load_steps[] = {
    {"SELECT id, uri, coalesce(isco_group, ''), coalesce(code, '') FROM concept "
     "WHERE kind = 1 ORDER BY uri",
     row_occupation},
    {"SELECT id, code FROM concept WHERE kind = 4 AND length(code) = 4 ORDER BY code",
     row_unit_group},
    {"SELECT id, uri, skill_type, reuse_level, kind FROM concept WHERE kind IN (2, 3) "
     "ORDER BY kind, uri",
     row_skill},
    {"SELECT concept, lang, text FROM label WHERE role = 0", row_label},
    {"SELECT concept, lang, text FROM label WHERE role = 1 ORDER BY concept, lang, text",
     row_alt_label},
    {"SELECT concept, lang, kind, text FROM note "
     "WHERE kind IN ('description', 'regulatedProfessionNote')",
     row_note},
    {OCC_SKILL_SQL, row_occ_skill},
    {"SELECT concept, broader FROM broader", row_broader},
    {"SELECT skill, related, essential FROM skill_skill", row_skill_skill},
    {"SELECT m.collection, m.concept, c.name FROM collection_member m "
     "JOIN collection c ON c.id = m.collection",
     row_member},
};

#define ALLOC_ARRAY(ptr, n) ((ptr) = brug__arena_calloc(&o->arena, (size_t)(n) + 1, sizeof(*(ptr))))

static brug_err load(rel_loader *rl)
{
    loader *ld = &rl->base;
    brug_onto *o = ld->onto;
    int64_t nocc, nskill, nisco, max_id;
    brug_err err;

    size_t i;

    err = count_query(ld, "SELECT count(*) FROM concept WHERE kind = 1", &nocc);
    if (!err)
        err = count_query(ld, "SELECT count(*) FROM concept WHERE kind IN (2, 3)", &nskill);
    if (!err)
        err = count_query(ld, "SELECT count(*) FROM concept WHERE kind = 4 AND length(code) = 4",
                          &nisco);
    if (!err)
        err = count_query(ld, "SELECT coalesce(max(id), 0) FROM concept", &max_id);
    if (err)
        return err;
    if (nocc == 0)
        return brug__db_error(ld->db, BRUG_EEMPTY,
                              "the database holds no occupations: import a taxonomy first");
    if (nocc >= UINT32_MAX / 2 || nskill >= UINT32_MAX / 2 || nisco >= UINT32_MAX / 2 ||
        max_id >= INT32_MAX)
        return brug__db_error(ld->db, BRUG_ETOOBIG, "ontology too large");

    ld->ids.max_id = max_id;
    ld->ids.kind = brug__calloc(&o->alloc, (size_t)max_id + 1, 1);
    ld->ids.idx = brug__malloc(&o->alloc, ((size_t)max_id + 1) * sizeof(uint32_t));
    if (!ld->ids.kind || !ld->ids.idx)
        return oom(ld);

    err = each_row(ld, "SELECT DISTINCT lang FROM label ORDER BY lang <> 'en', lang", row_lang);
    if (!err)
        err = each_row(ld, "SELECT id, name FROM collection ORDER BY id", row_collection);
    if (err)
        return err;

    if (!ALLOC_ARRAY(o->occ_id, nocc) || !ALLOC_ARRAY(o->occ_uri, nocc) ||
        !ALLOC_ARRAY(o->occ_label, nocc * (o->nlang ? o->nlang : 1)) ||
        !ALLOC_ARRAY(o->occ_isco, nocc) || !ALLOC_ARRAY(o->occ_code, nocc) ||
        !ALLOC_ARRAY(o->occ_desc, nocc * (o->nlang ? o->nlang : 1)) ||
        !ALLOC_ARRAY(o->occ_alt, nocc * (o->nlang ? o->nlang : 1)) ||
        !ALLOC_ARRAY(o->occ_regulated, nocc) || !ALLOC_ARRAY(o->occ_broader, nocc) ||
        !ALLOC_ARRAY(o->occ_collections, nocc) || !ALLOC_ARRAY(o->occ_unit_group, nocc) ||
        !ALLOC_ARRAY(o->isco_code, nisco) ||
        !ALLOC_ARRAY(o->isco_desc, nisco * (o->nlang ? o->nlang : 1)) ||
        !ALLOC_ARRAY(o->skill_id, nskill) || !ALLOC_ARRAY(o->skill_uri, nskill) ||
        !ALLOC_ARRAY(o->skill_label, nskill * (o->nlang ? o->nlang : 1)) ||
        !ALLOC_ARRAY(o->skill_type, nskill) || !ALLOC_ARRAY(o->skill_reuse, nskill) ||
        !ALLOC_ARRAY(o->skill_is_group, nskill) || !ALLOC_ARRAY(o->skill_collections, nskill))
        return oom(ld);
    err = brug__strmap_init(&o->occ_by_uri, &o->arena, (uint32_t)nocc);
    if (!err)
        err = brug__strmap_init(&o->skill_by_uri, &o->arena, (uint32_t)nskill);
    if (!err)
        err = brug__strmap_init(&o->isco_by_code, &o->arena, (uint32_t)nisco);
    if (err)
        return err == BRUG_ENOMEM ? oom(ld) : err;

    /* Concepts first (they fill the id map), then what refers to them. */
    for (i = 0; i < sizeof(load_steps) / sizeof(load_steps[0]); i++) {
        const char *sql = load_steps[i].sql;
        if (load_steps[i].row == row_occ_skill && !has_rel_weight(ld))
            sql = OCC_SKILL_SQL_V1;
        err = each_row(ld, sql, load_steps[i].row);
        if (err)
            return err;
    }

    for (i = 0; i < o->nocc; i++) {
        uint32_t g;
        o->occ_unit_group[i] =
            brug__strmap_get(&o->isco_by_code, o->occ_isco[i], &g) ? g : BRUG_NO_INDEX;
    }
    err = brug__csr_build(&o->occ_skills, &o->arena, o->nocc, o->nskill, rl->occ_skill.v,
                          rl->occ_skill.n, 1, 1);
    if (!err)
        err = brug__csr_transpose(&o->skill_occs, &o->arena, &o->occ_skills);
    if (!err)
        err = brug__csr_build(&o->skill_broader, &o->arena, o->nskill, o->nskill,
                              rl->skill_broader.v, rl->skill_broader.n, 0, 0);
    if (!err)
        err = brug__csr_transpose(&o->skill_narrower, &o->arena, &o->skill_broader);
    if (!err)
        err = brug__csr_build(&o->skill_related, &o->arena, o->nskill, o->nskill,
                              rl->skill_related.v, rl->skill_related.n, 0, 1);
    if (err)
        return err == BRUG_ENOMEM ? oom(ld) : brug__db_error(ld->db, err, "ontology relations");
    return BRUG_OK;
}

brug_err brug__sqlite_onto_load(brug_db *db, brug_onto **out)
{
    rel_loader rl;
    brug_onto *o;
    brug_err err;

    *out = NULL;
    o = brug__calloc(&db->alloc, 1, sizeof(*o));
    if (!o)
        return brug__db_error(db, BRUG_ENOMEM, "out of memory loading the ontology");
    o->alloc = db->alloc;
    brug__arena_init(&o->arena, &o->alloc, 1 << 20);

    memset(&rl, 0, sizeof(rl));
    rl.base.db = db;
    rl.base.onto = o;
    rl.occ_skill.alloc = rl.skill_broader.alloc = rl.skill_related.alloc = &o->alloc;
    err = load(&rl);
    brug__free(&o->alloc, rl.base.ids.kind);
    brug__free(&o->alloc, rl.base.ids.idx);
    brug__free(&o->alloc, rl.occ_skill.v);
    brug__free(&o->alloc, rl.skill_broader.v);
    brug__free(&o->alloc, rl.skill_related.v);
    if (err) {
        brug_onto_free(o);
        return err;
    }
    *out = o;
    return BRUG_OK;
}
