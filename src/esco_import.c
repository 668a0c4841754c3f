/*
 * esco_import.c - brug_import_esco(): reading ESCO's CSV download layout
 * (v1.1 and v1.2, any languages, several folders at once) into the
 * ontology tables, in one transaction.
 *
 * Files are recognised by name and read in phases over all folders, so
 * that every concept is known before relations name it:
 *   1. concept files: ISCOGroups, skillGroups, skills, occupations
 *      (they define concepts and give labels and notes in their language);
 *   2. skillsHierarchy (broader edges; defines hierarchy-only skill groups);
 *   3. collections (membership; labels and descriptions in their language
 *      for concepts that no concept file of that language described, which
 *      is how Dutch skills get names when skills_nl.csv is missing);
 *   4. relation files (occupation-skill, skill-skill, broader), and the
 *      concept schemes (conceptSchemes: labels, descriptions and top
 *      concepts; store_schemes.c).
 * A URI is known when a file of this import or an earlier import defined
 * it.  Re-importing replaces, for the concepts and languages read, their
 * labels and notes, and replaces the relation kinds and collections the
 * import includes; concept ids stay stable.  The transaction, the URI
 * table, dangling references, languages and the report are the import
 * session's (import_session.c); SQL lives in store_import.c.
 */
#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "brug/import.h"
#include "brug/onto.h"
#include "arena.h"
#include "csv_reader.h"
#include "onto.h"
#include "import_session.h"
#include "backend.h"
#include "store_import.h"
#include "store_schemes.h"

typedef enum file_kind {
    FK_ISCO,
    FK_SKILL_GROUPS,
    FK_SKILLS,
    FK_OCCUPATIONS,
    FK_HIERARCHY,
    FK_COLLECTION,
    FK_BROADER_OCC,
    FK_BROADER_SKILL,
    FK_OCC_SKILL,
    FK_SKILL_SKILL,
    FK_SCHEME,
} file_kind;

/* Column lists; a leading '?' marks an optional column. */
static const char *const cols_isco[] = {
    "conceptUri",   "preferredLabel", "?altLabels",  "?hiddenLabels", "?status", "?modifiedDate",
    "?description", "?scopeNote",     "?definition", "code",          NULL};
static const char *const cols_skill_groups[] = {
    "conceptUri",   "preferredLabel", "?altLabels",  "?hiddenLabels", "?status", "?modifiedDate",
    "?description", "?scopeNote",     "?definition", "?code",         NULL};
static const char *const cols_skills[] = {
    "conceptUri",  "preferredLabel", "altLabels",   "hiddenLabels", "?status",    "?modifiedDate",
    "description", "?scopeNote",     "?definition", "skillType",    "reuseLevel", NULL};
static const char *const cols_occupations[] = {
    "conceptUri",  "preferredLabel", "altLabels",   "hiddenLabels",
    "?status",     "?modifiedDate",  "description", "?scopeNote",
    "?definition", "code",           "iscoGroup",   "?regulatedProfessionNote",
    NULL};
static const char *const cols_hierarchy[] = {"Level 0 URI",
                                             "Level 0 preferred term",
                                             "Level 1 URI",
                                             "Level 1 preferred term",
                                             "Level 2 URI",
                                             "Level 2 preferred term",
                                             "Level 3 URI",
                                             "Level 3 preferred term",
                                             "?Description",
                                             "?Scope note",
                                             "?Level 0 code",
                                             "?Level 1 code",
                                             "?Level 2 code",
                                             "?Level 3 code",
                                             NULL};
static const char *const cols_collection[] = {"conceptUri", "preferredLabel", "?altLabels",
                                              "?description", NULL};
static const char *const cols_scheme[] = {"conceptSchemeUri", "preferredLabel", "?description",
                                          "?status",          "?hasTopConcept", NULL};
static const char *const cols_broader[] = {"conceptUri", "broaderUri", NULL};
static const char *const cols_occ_skill[] = {"occupationUri", "relationType", "skillUri", NULL};
static const char *const cols_skill_skill[] = {"originalSkillUri", "relationType",
                                               "relatedSkillUri", NULL};

/* Column slots of the concept files: their lists above follow this order. */
enum {
    C_URI,
    C_PREF,
    C_ALT,
    C_HIDDEN,
    C_STATUS,
    C_MODIFIED,
    C_DESC,
    C_SCOPE,
    C_DEF,
    C_X1,
    C_X2,
    C_X3
};

typedef struct file_type {
    const char *prefix; /* file name before "_LANG.csv" / ".csv" */
    file_kind kind;
    int phase;
    int lang_required;      /* 0: relation files, language-neutral */
    const char *collection; /* collection name for FK_COLLECTION */
    const char *name;       /* kind name in the report */
    const char *const *cols;
} file_type;

static const file_type file_types[] = {
    {"ISCOGroups", FK_ISCO, 1, 1, NULL, "isco_groups", cols_isco},
    {"skillGroups", FK_SKILL_GROUPS, 1, 1, NULL, "skill_groups", cols_skill_groups},
    {"skills", FK_SKILLS, 1, 1, NULL, "skills", cols_skills},
    {"occupations", FK_OCCUPATIONS, 1, 1, NULL, "occupations", cols_occupations},
    {"skillsHierarchy", FK_HIERARCHY, 2, 1, NULL, "skills_hierarchy", cols_hierarchy},
    {"greenSkillsCollection", FK_COLLECTION, 3, 1, "green", "green_collection", cols_collection},
    {"digitalSkillsCollection", FK_COLLECTION, 3, 1, "digital", "digital_collection",
     cols_collection},
    {"transversalSkillsCollection", FK_COLLECTION, 3, 1, "transversal", "transversal_collection",
     cols_collection},
    {"languageSkillsCollection", FK_COLLECTION, 3, 1, "language", "language_collection",
     cols_collection},
    {"digCompSkillsCollection", FK_COLLECTION, 3, 1, "digcomp", "digcomp_collection",
     cols_collection},
    {"researchSkillsCollection", FK_COLLECTION, 3, 1, "research", "research_skills_collection",
     cols_collection},
    {"researchOccupationsCollection", FK_COLLECTION, 3, 1, "research",
     "research_occupations_collection", cols_collection},
    {"broaderRelationsOccPillar", FK_BROADER_OCC, 4, 0, NULL, "broader_relations", cols_broader},
    {"broaderRelationsSkillPillar", FK_BROADER_SKILL, 4, 0, NULL, "broader_relations",
     cols_broader},
    {"occupationSkillRelations", FK_OCC_SKILL, 4, 0, NULL, "occupation_skill_relations",
     cols_occ_skill},
    {"skillSkillRelations", FK_SKILL_SKILL, 4, 0, NULL, "skill_skill_relations", cols_skill_skill},
    {"conceptSchemes", FK_SCHEME, 4, 1, NULL, "concept_schemes", cols_scheme},
};
#define NTYPES (sizeof(file_types) / sizeof(file_types[0]))

/* A file found in one of the folders. */
typedef struct found_file {
    char *path;
    const file_type *type;
    int lang;     /* index into imp.langs, -1 for language-neutral */
    size_t dir;   /* position of its folder in the call */
    int suffixed; /* relation file with a language suffix (ESCO >= 1.2) */
} found_file;

typedef brug__ient cent;

typedef struct imp {
    brug__isession *s;
    brug_db *db;
    const brug_import_opts *opts;
    brug_import_report *rep;
    brug__istore *st;

    found_file *files;
    size_t nfiles, files_cap;

    /* the file being read */
    const found_file *cur;
    int col[16];
    brug__csv *csv;
    int64_t coll_id;
} imp;

/* ---- helpers ---------------------------------------------------------- */

static brug_err oom(imp *im)
{
    return brug__db_error(im->db, BRUG_ENOMEM, "out of memory");
}

static cent *find(const imp *im, const char *uri, size_t len)
{
    return brug__isession_find(im->s, uri, len);
}

static const char *kind_word(int kind)
{
    switch (kind) {
    case BRUG_KIND_OCCUPATION:
        return "an occupation";
    case BRUG_KIND_SKILL:
        return "a skill";
    case BRUG_KIND_SKILL_GROUP:
        return "a skill group";
    case BRUG_KIND_ISCO_GROUP:
        return "an ISCO group";
    default:
        return "a concept";
    }
}

/* ---- concepts, labels, notes ------------------------------------------ */

/* The bit of the current file's language. */
static uint32_t lang_bit(const imp *im)
{
    return 1u << im->cur->lang;
}

static const char *lang_code(const imp *im)
{
    return im->s->langs[im->cur->lang];
}

/* Before writing labels or notes of e in the current language: delete
 * what an earlier import stored for it, once. */
static brug_err touch_lang(imp *im, cent *e)
{
    uint32_t bit = lang_bit(im);
    brug_err err;
    if (!e->existed || (e->cleared & bit))
        return BRUG_OK;
    err = brug__istore_clear_concept_lang(im->st, e->id, lang_code(im));
    if (!err)
        e->cleared |= bit;
    return err;
}

static int is_blank(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Write the labels in a field: one per line (and, with bars, also split at
 * " | " as the collection files do). */
static brug_err put_labels(imp *im, cent *e, int role, const char *s, size_t len, int bars)
{
    const char *end = s + len;
    brug_err err;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *stop = nl ? nl : end;
        const char *next = nl ? nl + 1 : end;
        if (bars) {
            const char *b;
            for (b = s; b + 3 <= stop; b++)
                if (b[0] == ' ' && b[1] == '|' && b[2] == ' ')
                    break;
            if (b + 3 <= stop) {
                stop = b;
                next = b + 3;
            }
        }
        while (s < stop && is_blank((unsigned char)*s))
            s++;
        while (stop > s && is_blank((unsigned char)stop[-1]))
            stop--;
        if (stop > s) {
            err = brug__istore_label(im->st, e->id, lang_code(im), role, s, (size_t)(stop - s),
                                     &im->rep->labels);
            if (err)
                return err;
            im->s->label_langs |= lang_bit(im);
        }
        s = next;
    }
    return BRUG_OK;
}

static brug_err put_pref(imp *im, cent *e, const char *s, size_t len)
{
    uint32_t bit = lang_bit(im);
    brug_err err;
    while (len && is_blank((unsigned char)*s)) {
        s++;
        len--;
    }
    while (len && is_blank((unsigned char)s[len - 1]))
        len--;
    if (!len || (e->pref & bit))
        return BRUG_OK;
    err = brug__istore_label(im->st, e->id, lang_code(im), 0, s, len, &im->rep->labels);
    if (!err) {
        e->pref |= bit;
        im->s->label_langs |= bit;
    }
    return err;
}

/* A field of the current row by column slot. */
static const char *fld(const imp *im, int slot, size_t *len)
{
    return brug__csv_field(im->csv, im->col[slot], len);
}

static brug_err put_note(imp *im, cent *e, const char *kind, int slot)
{
    size_t len;
    const char *s = fld(im, slot, &len);
    while (len && is_blank((unsigned char)s[len - 1]))
        len--;
    if (!len)
        return BRUG_OK;
    return brug__istore_note(im->st, e->id, lang_code(im), kind, s, len, &im->rep->notes);
}

/* A data error at the current row: "FILE:LINE: what". */
static brug_err row_error(imp *im, brug_err err, int slot, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static brug_err row_error(imp *im, brug_err err, int slot, const char *fmt, ...)
{
    char what[400];
    va_list ap;
    unsigned long line =
        slot >= 0 ? brug__csv_field_line(im->csv, im->col[slot], 0) : brug__csv_line(im->csv);
    va_start(ap, fmt);
    vsnprintf(what, sizeof(what), fmt, ap);
    va_end(ap);
    return brug__csv_fail(im->csv, err, line, "%s", what);
}

/* The non-empty URI in a column, trimmed. */
static brug_err get_uri(imp *im, int slot, const char **uri, size_t *len, int required)
{
    const char *s = fld(im, slot, len);
    while (*len && is_blank((unsigned char)*s)) {
        s++;
        (*len)--;
    }
    while (*len && is_blank((unsigned char)s[*len - 1]))
        (*len)--;
    *uri = s;
    if (!*len && required)
        return row_error(im, BRUG_EPARSE, slot, "empty %s",
                         im->cur->type->cols[slot][0] == '?' ? im->cur->type->cols[slot] + 1
                                                             : im->cur->type->cols[slot]);
    return BRUG_OK;
}

/*
 * Define (insert or update) the concept uri of kind from the current row.
 * primary: a concept file (its values override); otherwise the hierarchy,
 * which only fills in what no concept file gave.
 */
static brug_err define(imp *im, const char *uri, size_t ulen, brug__concept_rec *rec, int primary,
                       cent **out)
{
    int known = 0;
    brug_err err = brug__isession_define(im->s, uri, ulen, rec, primary, out, &known);
    if (err == BRUG_EPARSE)
        return row_error(im, BRUG_EPARSE, -1, "%.*s is %s, but this file makes it %s", (int)ulen,
                         uri, kind_word(known), kind_word(rec->kind));
    return err;
}

static int parse_skill_type(const char *s)
{
    if (!s[0])
        return BRUG_SKILL_TYPE_NONE;
    if (strcmp(s, "knowledge") == 0)
        return BRUG_SKILL_TYPE_KNOWLEDGE;
    if (strcmp(s, "skill/competence") == 0)
        return BRUG_SKILL_TYPE_COMPETENCE;
    return -1;
}

static int parse_reuse(const char *s)
{
    static const char *const names[] = {"", "transversal", "cross-sector", "sector-specific",
                                        "occupation-specific"};
    int i;
    for (i = 0; i < 5; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

/* A concept file row: ISCO groups, skill groups, skills, occupations. */
static brug_err row_concept(void *ctx, brug__csv *csv)
{
    imp *im = ctx;
    file_kind fk = im->cur->type->kind;
    brug__concept_rec rec;
    const char *uri;
    size_t ulen;
    cent *e;
    brug_err err;

    (void)csv;
    memset(&rec, 0, sizeof(rec));
    err = get_uri(im, C_URI, &uri, &ulen, 1);
    if (err)
        return err;
    rec.status = fld(im, C_STATUS, NULL);
    rec.modified = fld(im, C_MODIFIED, NULL);
    switch (fk) {
    case FK_ISCO:
        rec.kind = BRUG_KIND_ISCO_GROUP;
        rec.code = fld(im, C_X1, NULL);
        break;
    case FK_SKILL_GROUPS:
        rec.kind = BRUG_KIND_SKILL_GROUP;
        rec.code = fld(im, C_X1, NULL);
        break;
    case FK_SKILLS:
        rec.kind = BRUG_KIND_SKILL;
        rec.skill_type = parse_skill_type(fld(im, C_X1, NULL));
        if (rec.skill_type < 0)
            return row_error(im, BRUG_EPARSE, C_X1,
                             "unknown skillType '%s' (expected knowledge or skill/competence)",
                             fld(im, C_X1, NULL));
        rec.reuse_level = parse_reuse(fld(im, C_X2, NULL));
        if (rec.reuse_level < 0)
            return row_error(im, BRUG_EPARSE, C_X2,
                             "unknown reuseLevel '%s' (expected transversal, cross-sector, "
                             "sector-specific or occupation-specific)",
                             fld(im, C_X2, NULL));
        break;
    default:
        rec.kind = BRUG_KIND_OCCUPATION;
        rec.code = fld(im, C_X1, NULL);
        rec.isco_group = fld(im, C_X2, NULL);
        break;
    }
    err = define(im, uri, ulen, &rec, 1, &e);
    if (!err)
        err = touch_lang(im, e);
    if (err)
        return err;
    e->primary |= lang_bit(im);
    {
        size_t len;
        const char *s = fld(im, C_PREF, &len);
        err = put_pref(im, e, s, len);
        if (!err) {
            s = fld(im, C_ALT, &len);
            err = put_labels(im, e, 1, s, len, 0);
        }
        if (!err) {
            s = fld(im, C_HIDDEN, &len);
            err = put_labels(im, e, 2, s, len, 0);
        }
    }
    if (!err)
        err = put_note(im, e, "description", C_DESC);
    if (!err)
        err = put_note(im, e, "scopeNote", C_SCOPE);
    if (!err)
        err = put_note(im, e, "definition", C_DEF);
    if (!err && fk == FK_OCCUPATIONS)
        err = put_note(im, e, "regulatedProfessionNote", C_X3);
    return err;
}

/* Count (or, in strict mode, refuse) a row naming an unknown URI. */
static brug_err dangling(imp *im, int slot, const char *uri, size_t ulen)
{
    const char *col = im->cur->type->cols[slot];
    char where[4096 + 32];
    brug_err err;
    if (col[0] == '?')
        col++;
    snprintf(where, sizeof(where), "%s:%lu", im->cur->path,
             im->opts->strict ? brug__csv_field_line(im->csv, im->col[slot], 0)
                              : brug__csv_line(im->csv));
    err = brug__isession_dangling(im->s, where, col, uri, ulen);
    if (err == BRUG_EDANGLING)
        brug__csv_fail(im->csv, err, brug__csv_field_line(im->csv, im->col[slot], 0),
                       "%s %.*s is not defined by any imported file (--strict)", col, (int)ulen,
                       uri);
    return err;
}

/* The known concept a relation column names; *e NULL when dangling (counted). */
static brug_err ref(imp *im, int slot, cent **e)
{
    const char *uri;
    size_t ulen;
    brug_err err = get_uri(im, slot, &uri, &ulen, 1);
    *e = NULL;
    if (err)
        return err;
    *e = find(im, uri, ulen);
    if (!*e)
        return dangling(im, slot, uri, ulen);
    return BRUG_OK;
}

/* skillsHierarchy: Level N URI / preferred term / code, deepest level carries
 * the description.  Rows omit trailing empty columns. */
static brug_err row_hierarchy(void *ctx, brug__csv *csv)
{
    imp *im = ctx;
    cent *lv[4] = {NULL, NULL, NULL, NULL};
    int i, deepest = -1;
    brug_err err;
    (void)csv;
    for (i = 0; i < 4; i++) {
        brug__concept_rec rec;
        const char *uri;
        size_t ulen, plen;
        const char *pref;
        err = get_uri(im, 2 * i, &uri, &ulen, 0);
        if (err)
            return err;
        if (!ulen)
            continue;
        memset(&rec, 0, sizeof(rec));
        rec.kind = BRUG_KIND_SKILL_GROUP;
        rec.code = fld(im, 10 + i, NULL);
        {
            cent *known = find(im, uri, ulen);
            if (known && known->kind != BRUG_KIND_SKILL_GROUP) {
                /* A skill used as a hierarchy node keeps its kind. */
                lv[i] = known;
                deepest = i;
                continue;
            }
        }
        err = define(im, uri, ulen, &rec, 0, &lv[i]);
        if (err)
            return err;
        deepest = i;
        if (!(lv[i]->primary & lang_bit(im))) {
            err = touch_lang(im, lv[i]);
            if (err)
                return err;
            pref = fld(im, 2 * i + 1, &plen);
            err = put_pref(im, lv[i], pref, plen);
            if (err)
                return err;
        }
    }
    for (i = 1; i < 4; i++) {
        int j;
        if (!lv[i])
            continue;
        for (j = i - 1; j >= 0 && !lv[j]; j--)
            ;
        if (j >= 0 && lv[j] != lv[i]) {
            err = brug__istore_broader(im->st, lv[i]->id, lv[j]->id, &im->rep->broader);
            if (err)
                return err;
        }
    }
    if (deepest >= 0 && lv[deepest]->kind == BRUG_KIND_SKILL_GROUP &&
        !(lv[deepest]->primary & lang_bit(im))) {
        err = put_note(im, lv[deepest], "description", 8);
        if (!err)
            err = put_note(im, lv[deepest], "scopeNote", 9);
        return err;
    }
    return BRUG_OK;
}

/* Collections: membership, plus labels for concepts no concept file of this
 * language described. */
static brug_err row_collection(void *ctx, brug__csv *csv)
{
    imp *im = ctx;
    cent *e;
    brug_err err = ref(im, 0, &e);
    size_t len;
    const char *s;
    (void)csv;
    if (err || !e)
        return err;
    err = brug__istore_member(im->st, im->coll_id, e->id, &im->rep->collection_members);
    if (err || (e->primary & lang_bit(im)))
        return err;
    err = touch_lang(im, e);
    if (err)
        return err;
    s = fld(im, 1, &len);
    err = put_pref(im, e, s, len);
    if (!err) {
        s = fld(im, 2, &len);
        err = put_labels(im, e, 1, s, len, 1);
    }
    if (!err)
        err = put_note(im, e, "description", 3);
    return err;
}

static brug_err row_broader(void *ctx, brug__csv *csv)
{
    imp *im = ctx;
    cent *a, *b;
    brug_err err = ref(im, 0, &a);
    (void)csv;
    if (err || !a)
        return err;
    err = ref(im, 1, &b);
    if (err || !b)
        return err;
    return brug__istore_broader(im->st, a->id, b->id, &im->rep->broader);
}

/* relationType: 1 essential, 0 optional, -1 after reporting an error. */
static int relation_type(imp *im, int slot)
{
    const char *t = fld(im, slot, NULL);
    if (strcmp(t, "essential") == 0)
        return 1;
    if (strcmp(t, "optional") == 0)
        return 0;
    row_error(im, BRUG_EPARSE, slot, "unknown relationType '%s' (expected essential or optional)",
              t);
    return -1;
}

static brug_err row_occ_skill(void *ctx, brug__csv *csv)
{
    imp *im = ctx;
    cent *o, *s;
    int ess = relation_type(im, 1);
    brug_err err;
    (void)csv;
    if (ess < 0)
        return BRUG_EPARSE;
    err = ref(im, 0, &o);
    if (err || !o)
        return err;
    err = ref(im, 2, &s);
    if (err || !s)
        return err;
    if (o->kind != BRUG_KIND_OCCUPATION)
        return row_error(im, BRUG_EPARSE, 0, "occupationUri %s is %s, not an occupation", o->uri,
                         kind_word(o->kind));
    if (s->kind != BRUG_KIND_SKILL && s->kind != BRUG_KIND_SKILL_GROUP)
        return row_error(im, BRUG_EPARSE, 2, "skillUri %s is %s, not a skill", s->uri,
                         kind_word(s->kind));
    return brug__istore_occ_skill(im->st, o->id, s->id, ess,
                                  ess ? BRUG__REL_WEIGHT_ESSENTIAL : BRUG__REL_WEIGHT_OPTIONAL,
                                  &im->rep->occupation_skill);
}

static brug_err row_skill_skill(void *ctx, brug__csv *csv)
{
    imp *im = ctx;
    cent *a, *b;
    int ess = relation_type(im, 1);
    brug_err err;
    (void)csv;
    if (ess < 0)
        return BRUG_EPARSE;
    err = ref(im, 0, &a);
    if (err || !a)
        return err;
    err = ref(im, 2, &b);
    if (err || !b)
        return err;
    if ((a->kind != BRUG_KIND_SKILL && a->kind != BRUG_KIND_SKILL_GROUP) ||
        (b->kind != BRUG_KIND_SKILL && b->kind != BRUG_KIND_SKILL_GROUP))
        return row_error(im, BRUG_EPARSE, a->kind == BRUG_KIND_SKILL ? 2 : 0,
                         "skill-skill relation between %s and %s", kind_word(a->kind),
                         kind_word(b->kind));
    return brug__istore_skill_skill(im->st, a->id, b->id, ess, &im->rep->skill_skill);
}

/* A concept scheme: its label and description in the file's language and
 * (when the column is there) its top concepts, which replace those an
 * earlier import stored.  Top concepts are URIs separated by commas and
 * line breaks; ones this database does not hold are kept (a scheme's
 * reader leaves them out). */
static brug_err row_scheme(void *ctx, brug__csv *csv)
{
    imp *im = ctx;
    const char *uri, *s, *end;
    size_t ulen, len, slen = 0;
    const char *status = im->col[3] >= 0 ? fld(im, 3, &slen) : NULL;
    int64_t id;
    brug_err err = get_uri(im, 0, &uri, &ulen, 1);
    (void)csv;
    if (!err)
        err = brug__scheme_put(im->db, uri, ulen, status, slen, &id);
    if (!err) {
        s = fld(im, 1, &len);
        while (len && is_blank((unsigned char)*s)) {
            s++;
            len--;
        }
        while (len && is_blank((unsigned char)s[len - 1]))
            len--;
        err = brug__scheme_text(im->db, id, lang_code(im), "label", s, len);
    }
    if (!err && im->col[2] >= 0) {
        s = fld(im, 2, &len);
        while (len && is_blank((unsigned char)s[len - 1]))
            len--;
        err = brug__scheme_text(im->db, id, lang_code(im), "description", s, len);
    }
    if (err || im->col[4] < 0)
        return err;
    s = fld(im, 4, &len);
    end = s + len;
    err = brug__scheme_clear_tops(im->db, id);
    while (!err && s < end) {
        const char *stop = s;
        while (stop < end && *stop != ',' && *stop != '\n')
            stop++;
        while (s < stop && is_blank((unsigned char)*s))
            s++;
        len = (size_t)(stop - s);
        while (len && is_blank((unsigned char)s[len - 1]))
            len--;
        if (len)
            err = brug__scheme_top(im->db, id, s, len);
        s = stop + 1;
    }
    return err;
}

/* ---- reading one file ------------------------------------------------- */

static brug_err on_header(void *ctx, brug__csv *csv)
{
    imp *im = ctx;
    const char *const *c;
    int i;
    for (i = 0, c = im->cur->type->cols; *c; c++, i++) {
        int opt = (*c)[0] == '?';
        im->col[i] = brug__csv_column(csv, *c + opt);
        if (im->col[i] < 0 && !opt)
            return brug__csv_fail(csv, BRUG_EPARSE, brug__csv_line(csv), "missing column %s", *c);
    }
    return BRUG_OK;
}

/* Dispatch a data row and report progress. */
static brug_err on_row(void *ctx, brug__csv *csv)
{
    imp *im = ctx;
    brug_err err;
    switch (im->cur->type->kind) {
    case FK_ISCO:
    case FK_SKILL_GROUPS:
    case FK_SKILLS:
    case FK_OCCUPATIONS:
        err = row_concept(im, csv);
        break;
    case FK_HIERARCHY:
        err = row_hierarchy(im, csv);
        break;
    case FK_COLLECTION:
        err = row_collection(im, csv);
        break;
    case FK_BROADER_OCC:
    case FK_BROADER_SKILL:
        err = row_broader(im, csv);
        break;
    case FK_OCC_SKILL:
        err = row_occ_skill(im, csv);
        break;
    case FK_SCHEME:
        err = row_scheme(im, csv);
        break;
    default:
        err = row_skill_skill(im, csv);
        break;
    }
    if (!err)
        brug__isession_rows(im->s, csv->rows, 0, 0, 0);
    return err;
}

static const char *lang_of(const imp *im, const found_file *f)
{
    return im->s->langs[f->lang];
}

static brug_err read_file(imp *im, const found_file *f)
{
    brug__csv csv;
    brug_err err = brug__isession_file(im->s, f->path, f->type->name,
                                       f->lang >= 0 ? lang_of(im, f) : NULL, "csv");
    if (err)
        return err;
    im->cur = f;
    im->csv = &csv;
    memset(im->col, -1, sizeof(im->col));
    if (f->type->kind == FK_COLLECTION) {
        err = brug__istore_collection(im->st, f->type->collection, &im->coll_id);
        if (err)
            return err;
    }
    brug__csv_init(&csv, &im->db->alloc, f->path);
    csv.allow_short_rows = f->type->kind == FK_HIERARCHY;
    err = brug__csv_read(&csv, on_header, on_row, im);
    if (err && csv.failed) {
        brug__db_error(im->db, err, "%s", csv.msg);
    } else if (err && err != BRUG_ENOMEM) {
        /* A database failure while storing a row: say which row. */
        char msg[sizeof(im->db->errmsg)];
        snprintf(msg, sizeof(msg), "%s", im->db->errmsg);
        brug__db_error(im->db, err, "%s:%lu: %s", f->path, brug__csv_line(&csv), msg);
    }
    brug__isession_rows(im->s, csv.rows, 0, 0, !err);
    brug__csv_release(&csv);
    im->csv = NULL;
    return err;
}

/* ---- finding files ---------------------------------------------------- */

static int lang_index(imp *im, const char *code, size_t n)
{
    return brug__isession_lang(im->s, code, n);
}

/* Match "PREFIX.csv" or "PREFIX_LANG.csv"; *lang and *lang_len are set for the latter. */
static const file_type *match_name(const char *name, const char **lang, size_t *lang_len)
{
    size_t n = strlen(name), i;
    if (n < 5 || strcmp(name + n - 4, ".csv") != 0)
        return NULL;
    for (i = 0; i < NTYPES; i++) {
        size_t p = strlen(file_types[i].prefix);
        if (strncmp(name, file_types[i].prefix, p) != 0)
            continue;
        if (name[p] == '.' && p + 4 == n) {
            if (file_types[i].lang_required)
                return NULL;
            *lang = NULL;
            *lang_len = 0;
            return &file_types[i];
        }
        if (name[p] == '_') {
            size_t l = n - 4 - (p + 1), k;
            if (l < 2 || l > 8)
                continue;
            for (k = 0; k < l; k++)
                if (!isalpha((unsigned char)name[p + 1 + k]) && name[p + 1 + k] != '-')
                    break;
            if (k < l)
                continue;
            *lang = name + p + 1;
            *lang_len = l;
            return &file_types[i];
        }
    }
    return NULL;
}

/* Remember a *.csv file no reader uses, for the report. */
static brug_err note_ignored(imp *im, const char *dir, const char *name)
{
    brug_import_report *rep = im->rep;
    size_t n = strlen(name);
    char **v, *p;
    if (n < 5 || strcmp(name + n - 4, ".csv") != 0)
        return BRUG_OK;
    v = brug__reallocarray(&rep->alloc_, rep->ignored, rep->nignored + 1, sizeof(*v));
    if (!v)
        return oom(im);
    rep->ignored = v;
    n += strlen(dir) + 2;
    p = brug__malloc(&rep->alloc_, n);
    if (!p)
        return oom(im);
    snprintf(p, n, "%s%s%s", dir, dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/", name);
    rep->ignored[rep->nignored++] = p;
    return BRUG_OK;
}

static brug_err scan_dir(imp *im, const char *dir, size_t di)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    size_t before = im->nfiles;
    if (!d)
        return brug__db_error(im->db, BRUG_EIO, "%s: cannot open folder", dir);
    for (de = readdir(d); de; de = readdir(d)) {
        const char *lang;
        size_t lang_len, n;
        const file_type *t = match_name(de->d_name, &lang, &lang_len);
        found_file *f;
        if (!t) {
            brug_err err = note_ignored(im, dir, de->d_name);
            if (err) {
                closedir(d);
                return err;
            }
            continue;
        }
        if (im->nfiles == im->files_cap) {
            size_t cap = im->files_cap ? 2 * im->files_cap : 32;
            found_file *v = brug__reallocarray(&im->db->alloc, im->files, cap, sizeof(*v));
            if (!v) {
                closedir(d);
                return oom(im);
            }
            im->files = v;
            im->files_cap = cap;
        }
        f = &im->files[im->nfiles];
        memset(f, 0, sizeof(*f));
        f->type = t;
        f->dir = di;
        f->lang = -1;
        if (lang) {
            int li = lang_index(im, lang, lang_len);
            if (li < 0) {
                char msg[sizeof(im->db->errmsg)];
                snprintf(msg, sizeof(msg), "%s", im->db->errmsg);
                closedir(d);
                return brug__db_error(im->db, BRUG_ETOOBIG, "%s: %s", dir, msg);
            }
            /* Relation files carry the language only for their label columns. */
            if (t->lang_required)
                f->lang = li;
            else
                f->suffixed = 1;
        }
        n = strlen(dir) + strlen(de->d_name) + 2;
        f->path = brug__arena_alloc(&im->s->arena, n);
        if (!f->path) {
            closedir(d);
            return oom(im);
        }
        snprintf(f->path, n, "%s%s%s", dir, dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/",
                 de->d_name);
        im->nfiles++;
    }
    closedir(d);
    if (im->nfiles == before)
        return brug__db_error(im->db, BRUG_EINVAL,
                              "%s: no ESCO CSV files (occupations_LANG.csv, skills_LANG.csv, "
                              "occupationSkillRelations.csv, ...)",
                              dir);
    return BRUG_OK;
}

static int file_order(const void *a, const void *b)
{
    const found_file *x = a, *y = b;
    if (x->type->phase != y->type->phase)
        return x->type->phase - y->type->phase;
    if (x->type != y->type)
        return x->type < y->type ? -1 : 1;
    if (x->dir != y->dir)
        return x->dir < y->dir ? -1 : 1;
    return strcmp(x->path, y->path);
}

/* ---- version ---------------------------------------------------------- */

/* "1.1.1" from a path component such as "esco-1.1.1", "v1.2.0" or
 * "ESCO dataset - v1.1.1 - classification - en - csv". */
static int version_in(const char *comp, size_t n, char *out, size_t size)
{
    size_t i;
    int esco = 0;
    for (i = 0; i + 4 <= n; i++)
        if (strncasecmp(comp + i, "esco", 4) == 0)
            esco = 1;
    for (i = 0; i < n; i++) {
        size_t j = i, dots = 0;
        if (!isdigit((unsigned char)comp[i]) || (i > 0 && isdigit((unsigned char)comp[i - 1])))
            continue;
        while (j < n && (isdigit((unsigned char)comp[j]) ||
                         (comp[j] == '.' && j + 1 < n && isdigit((unsigned char)comp[j + 1])))) {
            dots += comp[j] == '.';
            j++;
        }
        if (dots >= 1 && (esco || (i == 1 && (comp[0] == 'v' || comp[0] == 'V') && j == n))) {
            snprintf(out, size, "%.*s", (int)(j - i), comp + i);
            return 1;
        }
        i = j;
    }
    return 0;
}

static void derive_version(imp *im, const char *const *dirs, size_t ndirs, char *out, size_t size)
{
    size_t d, i;
    int plain = 0, suffixed = 0;
    out[0] = '\0';
    for (d = 0; d < ndirs; d++) {
        char *real = realpath(dirs[d], NULL); /* libc allocation, freed below */
        const char *p = real ? real : dirs[d];
        const char *end = p + strlen(p);
        /* Search components from the deepest up. */
        while (end > p) {
            const char *start = end;
            while (start > p && start[-1] != '/')
                start--;
            if (version_in(start, (size_t)(end - start), out, size)) {
                free(real);
                return;
            }
            end = start > p ? start - 1 : p;
        }
        free(real);
    }
    for (i = 0; i < im->nfiles; i++) {
        if (im->files[i].type->lang_required)
            continue;
        if (im->files[i].suffixed)
            suffixed = 1;
        else
            plain = 1;
    }
    if (suffixed)
        snprintf(out, size, "1.2");
    else if (plain)
        snprintf(out, size, "1.1");
}

/* ---- the import ------------------------------------------------------- */

/* Delete the relation kinds and collection memberships this import re-reads. */
static brug_err clear_replaced(imp *im)
{
    int occ_skill = 0, skill_skill = 0, broader_occ = 0, broader_skill = 0;
    const char *done[NTYPES];
    size_t ndone = 0, i, k;
    brug_err err = BRUG_OK;
    for (i = 0; i < im->nfiles && !err; i++) {
        const file_type *t = im->files[i].type;
        switch (t->kind) {
        case FK_OCC_SKILL:
            if (!occ_skill++)
                err = brug__istore_clear_occ_skill(im->st);
            break;
        case FK_SKILL_SKILL:
            if (!skill_skill++)
                err = brug__istore_clear_skill_skill(im->st);
            break;
        case FK_BROADER_OCC:
            if (!broader_occ++)
                err =
                    brug__istore_clear_broader(im->st, BRUG_KIND_OCCUPATION, BRUG_KIND_ISCO_GROUP);
            break;
        case FK_BROADER_SKILL:
            /* The hierarchy file only adds edges (a subset of these), so a
             * language folder with just the hierarchy keeps the pillar's. */
            if (!broader_skill++)
                err = brug__istore_clear_broader(im->st, BRUG_KIND_SKILL, BRUG_KIND_SKILL_GROUP);
            break;
        case FK_COLLECTION:
            for (k = 0; k < ndone; k++)
                if (strcmp(done[k], t->collection) == 0)
                    break;
            if (k == ndone) {
                int64_t id;
                done[ndone++] = t->collection;
                err = brug__istore_collection(im->st, t->collection, &id);
                if (!err)
                    err = brug__istore_clear_members(im->st, id);
            }
            break;
        default:
            break;
        }
    }
    return err;
}

static brug_err run_import(imp *im, const char *const *dirs, size_t ndirs, char *version,
                           size_t vsize)
{
    size_t i;
    brug_err err;

    for (i = 0; i < ndirs; i++) {
        err = scan_dir(im, dirs[i], i);
        if (err)
            return err;
    }
    qsort(im->files, im->nfiles, sizeof(*im->files), file_order);
    if (im->opts->taxonomy_version && im->opts->taxonomy_version[0])
        snprintf(version, vsize, "%s", im->opts->taxonomy_version);
    else
        derive_version(im, dirs, ndirs, version, vsize);
    err = clear_replaced(im);
    for (i = 0; i < im->nfiles && !err; i++)
        err = read_file(im, &im->files[i]);
    return err;
}

brug_err brug_import_esco(brug_db *db, const char *const *dirs, size_t ndirs,
                          const brug_import_opts *opts, brug_import_report *report)
{
    brug__isession s;
    char version[64] = "";
    imp im;
    brug_err err;

    if (!db)
        return BRUG_EINVAL;
    if (!dirs || ndirs == 0)
        return brug__db_error(db, BRUG_EINVAL, "import esco: no folders given");
    err = brug__isession_begin(&s, db, opts, report, "esco", BRUG__IS_ONTOLOGY);
    memset(&im, 0, sizeof(im));
    im.s = &s;
    im.db = db;
    im.opts = s.opts;
    im.rep = s.rep;
    im.st = s.st;
    if (!err)
        err = run_import(&im, dirs, ndirs, version, sizeof(version));
    /* The single commit point: everything above, and the indexes derived
     * from the ontology tables, commit or roll back here. */
    err = brug__isession_finish(&s, err, version);
    brug__free(&db->alloc, im.files);
    return err;
}
