/*
 * labels_import.c - brug_import_labels(): supplementary labels from
 * outside a taxonomy's release, on the import session.
 *
 * Two layouts, told apart by the header row: ESCO's national crosswalk
 * reports (metadata rows "Mapping project name,...", "Classification 1
 * Language,nl", ..., then the header "Classification 1 URI,...,Mapping
 * Relation"), whose "Classification 1 PrefLabel" is a preferred label of
 * the ESCO concept at "Classification 1 URL" in the crosswalk's language;
 * and a plain CSV with the header uri,lang,role,text.  Labels go through
 * brug__mwriter_supp_label, which never lets them override a release
 * label.  With opts->mappings a crosswalk's other side becomes a second
 * taxonomy (concepts urn:uuid:UUID of kind skill, scheme = "Classification
 * 2 Name", labels in fr and nl, code = its ID) with the typed mapping
 * from the ESCO concept.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "brug/import.h"
#include "brug/onto.h"
#include "csv_reader.h"
#include "import_session.h"
#include "backend.h"
#include "store_mapping.h"

enum { L_PLAIN = 1, L_CROSSWALK };

/* Crosswalk columns. */
enum { X_URL, X_PREF, X_URI2, X_ID2, X_FR2, X_NL2, X_REL, X_NCOLS };

static const char *const x_names[X_NCOLS] = {
    "Classification 1 URL", "Classification 1 PrefLabel",    "Classification 2 URI",
    "Classification 2 ID",  "Classification 2 PrefLabel FR", "Classification 2 PrefLabel NL",
    "Mapping Relation"};

typedef struct limp {
    brug__isession *s;
    brug_db *db;
    brug__mwriter *mw;
    brug__csv *csv;
    const char *path;
    const char *source; /* file name, shown with each label */
    int layout;
    int in_data; /* crosswalk: past the header row */
    int col[X_NCOLS];
    int pcol[4]; /* plain: uri, lang, role, text */
    char lang[16];
    char scheme[128];
} limp;

static brug_err row_fail(limp *l, brug_err err, const char *fmt, const char *arg)
{
    return brug__csv_fail(l->csv, err, brug__csv_line(l->csv), fmt, arg);
}

static int parse_role(const char *s)
{
    if (strcasecmp(s, "preferred") == 0 || strcasecmp(s, "pref") == 0 ||
        strcasecmp(s, "prefLabel") == 0)
        return 0;
    if (strcasecmp(s, "alternative") == 0 || strcasecmp(s, "alt") == 0 ||
        strcasecmp(s, "altLabel") == 0)
        return 1;
    if (strcasecmp(s, "hidden") == 0 || strcasecmp(s, "hiddenLabel") == 0)
        return 2;
    return -1;
}

/* A supplementary label of the concept uri; dangling when uri is unknown. */
static brug_err supp(limp *l, const char *uri, const char *lang, int role, const char *text)
{
    brug__ient *e = brug__isession_find(l->s, uri, strlen(uri));
    int li;
    char where[4096 + 32];
    if (!text[0])
        return BRUG_OK;
    if (!e) {
        snprintf(where, sizeof(where), "%s:%lu", l->path, brug__csv_line(l->csv));
        return brug__isession_dangling(l->s, where, "uri", uri, strlen(uri));
    }
    li = brug__isession_lang(l->s, lang, strlen(lang));
    if (li < 0)
        return BRUG_ETOOBIG;
    if (role == 0) {
        if (e->pref & (1u << li))
            return BRUG_OK; /* this import gave it one already */
        e->pref |= 1u << li;
    }
    l->s->label_langs |= 1u << li;
    return brug__mwriter_supp_label(l->mw, e->id, l->s->langs[li], role, text, l->source,
                                    &l->s->rep->supplementary_labels,
                                    &l->s->rep->kept_release_labels);
}

static brug_err plain_row(limp *l)
{
    const char *uri = brug__csv_field(l->csv, l->pcol[0], NULL);
    const char *lang = brug__csv_field(l->csv, l->pcol[1], NULL);
    const char *rs = brug__csv_field(l->csv, l->pcol[2], NULL);
    int role = parse_role(rs);
    if (!uri[0])
        return row_fail(l, BRUG_EPARSE, "empty uri%s", "");
    if (!lang[0] || strlen(lang) >= 16)
        return row_fail(l, BRUG_EPARSE, "lang '%s' is not a language code", lang);
    if (role < 0)
        return row_fail(l, BRUG_EPARSE, "role '%s' is not preferred, alternative or hidden", rs);
    return supp(l, uri, lang, role, brug__csv_field(l->csv, l->pcol[3], NULL));
}

/* The other side of a crosswalk row as a concept of the second taxonomy. */
static brug_err other_side(limp *l, const char *esco_uri, int rel)
{
    const char *uuid = brug__csv_field(l->csv, l->col[X_URI2], NULL);
    const char *id = brug__csv_field(l->csv, l->col[X_ID2], NULL);
    char uri[256];
    brug__concept_rec rec;
    brug__ient *e, *esco = brug__isession_find(l->s, esco_uri, strlen(esco_uri));
    int known = 0, i;
    brug_err err;
    static const char *const langs[2] = {"fr", "nl"};
    if (!uuid[0] || !esco)
        return BRUG_OK;
    snprintf(uri, sizeof(uri), "urn:uuid:%s", uuid);
    e = brug__isession_find(l->s, uri, strlen(uri));
    if (!e || !e->defined) {
        memset(&rec, 0, sizeof(rec));
        rec.kind = BRUG_KIND_SKILL;
        rec.code = id;
        err = brug__isession_define(l->s, uri, strlen(uri), &rec, 1, &e, &known);
        if (err == BRUG_EPARSE)
            return row_fail(l, err, "%s is already a concept of another kind", uri);
        if (!err)
            err = brug__mwriter_scheme(l->mw, e->id, l->scheme);
        for (i = 0; i < 2 && !err; i++) {
            const char *t = brug__csv_field(l->csv, l->col[i ? X_NL2 : X_FR2], NULL);
            int li = brug__isession_lang(l->s, langs[i], 2);
            if (li < 0)
                return BRUG_ETOOBIG;
            if (e->existed && !(e->cleared & (1u << li))) {
                err = brug__istore_clear_concept_lang(l->s->st, e->id, langs[i]);
                e->cleared |= 1u << li;
            }
            if (!err && t[0] && !(e->pref & (1u << li))) {
                e->pref |= 1u << li;
                l->s->label_langs |= 1u << li;
                err = brug__istore_label(l->s->st, e->id, langs[i], 0, t, strlen(t),
                                         &l->s->rep->labels);
            }
        }
        if (err)
            return err;
    }
    return brug__mwriter_mapping(l->mw, esco->id, rel, uri, l->source, &l->s->rep->mappings);
}

static brug_err crosswalk_row(limp *l)
{
    const char *first = brug__csv_field(l->csv, 0, NULL);
    brug__csv *c = l->csv;
    if (!l->in_data) {
        int i;
        if (strcmp(first, "Classification 1 Language") == 0)
            snprintf(l->lang, sizeof(l->lang), "%s", brug__csv_field(c, 1, NULL));
        else if (strcmp(first, "Classification 2 Name") == 0)
            snprintf(l->scheme, sizeof(l->scheme), "%s", brug__csv_field(c, 1, NULL));
        if (strcmp(first, "Classification 1 URI") != 0)
            return BRUG_OK;
        for (i = 0; i < X_NCOLS; i++) {
            size_t k, n = brug__csv_nfields(c);
            l->col[i] = -1;
            for (k = 0; k < n; k++)
                if (strcmp(brug__csv_field(c, (int)k, NULL), x_names[i]) == 0)
                    l->col[i] = (int)k;
            if (l->col[i] < 0 &&
                (i == X_URL || i == X_PREF || (l->s->opts->mappings && i == X_REL)))
                return row_fail(l, BRUG_EPARSE, "missing column %s", x_names[i]);
        }
        if (!l->lang[0])
            return row_fail(l, BRUG_EPARSE, "%s",
                            "no \"Classification 1 Language\" row before the header");
        if (!l->scheme[0])
            snprintf(l->scheme, sizeof(l->scheme), "crosswalk");
        l->in_data = 1;
        return BRUG_OK;
    }
    {
        const char *uri = brug__csv_field(c, l->col[X_URL], NULL);
        brug_err err;
        if (!uri[0])
            return row_fail(l, BRUG_EPARSE, "empty %s", x_names[X_URL]);
        err = supp(l, uri, l->lang, 0, brug__csv_field(c, l->col[X_PREF], NULL));
        if (!err && l->s->opts->mappings) {
            const char *rs = brug__csv_field(c, l->col[X_REL], NULL);
            int rel = brug__match_parse(strncmp(rs, "skos:", 5) == 0 ? rs + 5 : rs);
            if (!rel)
                return row_fail(l, BRUG_EPARSE,
                                "Mapping Relation '%s' is not skos:exactMatch, closeMatch, "
                                "broadMatch, narrowMatch or relatedMatch",
                                rs);
            err = other_side(l, uri, rel);
        }
        return err;
    }
}

static brug_err on_header(void *ctx, brug__csv *csv)
{
    limp *l = ctx;
    static const char *const plain[4] = {"uri", "lang", "role", "text"};
    int i;
    l->csv = csv;
    if (brug__csv_column(csv, "Mapping project name") == 0) {
        l->layout = L_CROSSWALK;
        return BRUG_OK;
    }
    for (i = 0; i < 4; i++) {
        l->pcol[i] = brug__csv_column(csv, plain[i]);
        if (l->pcol[i] < 0)
            return brug__csv_fail(csv, BRUG_EPARSE, 1,
                                  "not a labels file: expected the header uri,lang,role,text or "
                                  "an ESCO crosswalk report (missing column %s)",
                                  plain[i]);
    }
    l->layout = L_PLAIN;
    return BRUG_OK;
}

static brug_err on_row(void *ctx, brug__csv *csv)
{
    limp *l = ctx;
    brug_err err;
    l->csv = csv;
    err = l->layout == L_PLAIN ? plain_row(l) : crosswalk_row(l);
    if (!err)
        brug__isession_rows(l->s, csv->rows, 0, 0, 0);
    return err;
}

static brug_err read_one(brug__isession *s, brug__mwriter *mw, const char *path)
{
    brug__csv csv;
    limp l;
    const char *base = strrchr(path, '/');
    brug_err err = brug__isession_file(s, path, "labels", NULL, "csv");
    if (err)
        return err;
    memset(&l, 0, sizeof(l));
    l.s = s;
    l.db = s->db;
    l.mw = mw;
    l.path = path;
    l.source = base ? base + 1 : path;
    brug__csv_init(&csv, &s->db->alloc, path);
    err = brug__csv_read(&csv, on_header, on_row, &l);
    if (err && csv.failed)
        brug__db_error(s->db, err, "%s", csv.msg);
    else if (!err && l.layout == L_CROSSWALK && !l.in_data)
        err =
            brug__db_error(s->db, BRUG_EPARSE, "%s: no \"Classification 1 URI\" header row", path);
    brug__isession_rows(s, csv.rows, 0, 0, !err);
    brug__csv_release(&csv);
    return err;
}

brug_err brug_import_labels(brug_db *db, const char *const *paths, size_t npaths,
                            const brug_import_opts *opts, brug_import_report *report)
{
    brug__isession s;
    brug__mwriter *mw = NULL;
    size_t i;
    brug_err err;
    if (!db)
        return BRUG_EINVAL;
    if (!paths || npaths == 0)
        return brug__db_error(db, BRUG_EINVAL, "import labels: no files given");
    err = brug__isession_begin(&s, db, opts, report, "labels", BRUG__IS_ONTOLOGY);
    if (!err)
        err = brug__mwriter_open(db, &mw);
    for (i = 0; i < npaths && !err; i++)
        err = read_one(&s, mw, paths[i]);
    brug__mwriter_close(mw);
    return brug__isession_finish(&s, err, NULL);
}
