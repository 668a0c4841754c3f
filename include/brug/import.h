/*
 * import.h - importing a skills taxonomy: ESCO's CSV download layout, SKOS
 * in Turtle / N-Triples (ESCO RDF, CompetentNL) and supplementary labels;
 * the report and options every import shares.
 *
 * brug_import_esco() reads one or more folders of ESCO CSV files (versions
 * 1.1 and 1.2, any languages: an English and a Dutch folder merge into one
 * taxonomy with labels in both) into the database, in ONE transaction: on
 * any error the database is exactly as before.  Columns are found by their
 * header names.  A relation naming a URI that no file (and no earlier
 * import) defines is counted, reported and skipped, or with opts->strict
 * stops the import.  Importing the same data again changes nothing.
 *
 * Example:
 * Every importer (ESCO CSV here, SKOS below, supplementary labels, and
 * courses, passports and offers in plan.h and people.h) takes the same
 * brug_import_opts and fills the same brug_import_report.
 *
 *     const char *dirs[] = {"esco/en", "esco/nl"};
 *     brug_import_report rep;
 *     brug_import_report_init(&rep);
 *     if (brug_import_esco(db, dirs, 2, NULL, &rep) != BRUG_OK)
 *         fprintf(stderr, "%s\n", brug_errmsg(db));   // "dir/x.csv:12: ..."
 *     brug_import_report_release(&rep);
 */
#ifndef BRUG_IMPORT_H
#define BRUG_IMPORT_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "brug/db.h"

/*
 * Progress of any import (ESCO, SKOS, labels, courses, passports,
 * offers): called when a file starts (rows == 0), every few thousand
 * rows or records, and when it ends (done == 1).  Must not call back into
 * the database.
 */
typedef struct brug_import_progress {
    const char *file; /* the path being read */
    uint64_t rows;    /* rows, triples or records read so far in this file */
    uint64_t bytes;   /* bytes read so far, when the importer knows (else 0) */
    uint64_t total;   /* the file's size in bytes, when known (else 0) */
    int done;         /* 1 at the end of the file */
} brug_import_progress;

typedef void (*brug_import_progress_fn)(void *ctx, const brug_import_progress *p);

/* Options of every import; zeroed (or NULL) means the defaults. */
typedef struct brug_import_opts {
    int strict;                       /* a dangling reference (a relation naming an undefined
                                         URI, a course skill label that resolves to nothing)
                                         is an error */
    const char *taxonomy_version;     /* ESCO, SKOS: NULL derives it from the folder or file
                                         names ("esco-1.1.1", "v1.2.0"), else the layout */
    brug_import_progress_fn progress; /* NULL: none */
    void *progress_ctx;
    const char *lang;    /* courses: try labels in this language first (NULL: all) */
    const char *profile; /* SKOS: "esco", "competentnl" or a profile file (NULL: "esco") */
    int mappings;        /* labels: also load the crosswalk's other side as a taxonomy with
                            typed mappings (see docs/import.md) */
} brug_import_opts;

/* How many dangling references / unresolved labels the report keeps as examples. */
#define BRUG_IMPORT_MAX_EXAMPLES 10

/* One file read. */
typedef struct brug_import_file {
    char *path;        /* as opened (DIR/name) */
    const char *kind;  /* "occupations", "skills", "turtle", "courses", ...; static */
    char lang[16];     /* "en", "nl", ...; "" for language-independent files */
    char format[8];    /* "csv", "json", "jsonl", "ttl", "nt" */
    uint64_t rows;     /* data rows, triples or records */
    uint64_t dangling; /* rows skipped for naming an undefined URI */
} brug_import_file;

/* A skipped reference: where ("DIR/file.csv:LINE") and the unknown URI
 * (or, for courses, the label that resolved to nothing). */
typedef struct brug_import_dangling {
    char *where;
    char *uri;
} brug_import_dangling;

/* A label a courses import resolved to a skill: where, the label, the
 * skill's URI and how ("label" or "search"). */
typedef struct brug_import_resolved {
    char *where;
    char *label;
    char *uri;
    const char *how; /* static */
} brug_import_resolved;

/* Label coverage after an import: of `total` concepts of a kind in the
 * taxonomy's own release (not in a second taxonomy such as CompetentNL),
 * `preferred` have a preferred label in lang (release or supplementary). */
typedef struct brug_import_coverage {
    char lang[16];
    const char *kind; /* "skills", "occupations"; static */
    uint64_t preferred, total;
} brug_import_coverage;

#define BRUG_IMPORT_MAX_COVERAGE 32

/*
 * What an import did: one shape for every kind.  Initialise with
 * brug_import_report_init(), release with brug_import_report_release();
 * all fields are read-only for callers.  Counts are rows written (a label
 * or relation already present counts once); fields an importer does not
 * use stay 0.
 */
typedef struct brug_import_report {
    const char *kind; /* "esco", "skos", "labels", "courses", "passports", "offers"; static */
    brug_import_file *files;
    size_t nfiles;
    char **ignored; /* *.csv files in the folders that no reader uses
                       (conceptSchemes_LANG.csv, misspelt names) */
    size_t nignored;
    uint64_t records;  /* courses, passports or offers stored */
    uint64_t replaced; /* of which replaced a stored one with the same id */
    uint64_t concepts; /* concepts defined (new or updated) */
    uint64_t occupations, skills, skill_groups, isco_groups;
    uint64_t labels;               /* label rows */
    uint64_t supplementary_labels; /* labels import: rows stored as supplementary */
    uint64_t kept_release_labels;  /* labels import: skipped, the release has one */
    uint64_t notes;                /* descriptions, definitions, scope notes */
    uint64_t occupation_skill, skill_skill, broader, collection_members;
    uint64_t mappings; /* exact/close/broad/narrow/related matches */
    uint64_t dangling; /* references skipped (all files) */
    brug_import_dangling examples[BRUG_IMPORT_MAX_EXAMPLES];
    size_t nexamples;
    brug_import_resolved *resolved; /* courses: labels resolved to skills */
    size_t nresolved;
    char taxonomy_version[64];
    char languages[128]; /* "en,nl": languages with labels after the import */
    brug_import_coverage coverage[BRUG_IMPORT_MAX_COVERAGE];
    size_t ncoverage;
    double seconds;    /* wall time of the import */
    brug_alloc alloc_; /* private: allocator of the strings above */
} brug_import_report;

/* An empty report. */
BRUG_API void brug_import_report_init(brug_import_report *report);

/* Free what the report holds and empty it; NULL is a no-op. */
BRUG_API void brug_import_report_release(brug_import_report *report);

/*
 * The report as a JSON document, the same keys for every kind of import:
 *   {"kind", "taxonomy_version", "languages": ["en","nl"], "seconds",
 *    "files": [{"path","kind","lang","format","rows","dangling"}], "ignored": [paths],
 *    "records", "replaced",
 *    "written": {"concepts","occupations","skills","skill_groups","isco_groups",
 *                "labels","supplementary_labels","kept_release_labels","notes",
 *                "occupation_skill","skill_skill","broader","collection_members",
 *                "mappings"},
 *    "dangling": {"count": n, "examples": [{"where","uri"}]},
 *    "resolved": [{"where","label","uri","how"}],
 *    "coverage": [{"lang","kind","preferred","total"}]}
 * The caller frees it with json_decref(); NULL when out of memory.
 */
BRUG_API json_t *brug_import_report_json(const brug_import_report *report);

/*
 * Import ESCO CSV folders dirs[0..ndirs-1] into db in one transaction.
 * Files are recognised by name (occupations_LANG.csv, skills_LANG.csv,
 * ISCOGroups_LANG.csv, skillGroups_LANG.csv, skillsHierarchy_LANG.csv, the
 * *Collection_LANG.csv files, occupationSkillRelations[_LANG].csv,
 * skillSkillRelations[_LANG].csv, broaderRelations{Occ,Skill}Pillar[_LANG].csv);
 * others are ignored.  opts may be NULL (defaults); report may be NULL.
 *
 * Returns BRUG_OK; BRUG_EINVAL (no folders, a folder without ESCO files);
 * BRUG_EIO (unreadable file); BRUG_EPARSE (malformed CSV, missing column,
 * unknown relationType ...); BRUG_ETOOBIG (field over the size limit);
 * BRUG_EDANGLING (strict mode); BRUG_ENOMEM; BRUG_EDB.  The message on db
 * reads "FILE:LINE: what is wrong".  On error the database is unchanged and
 * the report holds what was read up to the failure.
 */
BRUG_API brug_err brug_import_esco(brug_db *db, const char *const *dirs, size_t ndirs,
                                   const brug_import_opts *opts, brug_import_report *report);

/*
 * Import SKOS concepts from Turtle (.ttl) or N-Triples (.nt) files
 * paths[0..npaths-1] into db in one transaction, read with libserd
 * (streaming; prefixed names expanded).  opts->profile names which
 * classes are occupations and skills and which predicates give labels
 * (skos: and skosxl:, whose literalForm is joined to the concept),
 * notes, hierarchy, codes, mappings to other taxonomies and the
 * occupation -> skill relations with their weights: "esco",
 * "competentnl" or the path of a profile file (docs/import.md).
 *
 * Returns BRUG_OK; BRUG_EINVAL (no files, unknown profile); BRUG_EIO;
 * BRUG_EPARSE (malformed RDF: the message reads "FILE:LINE:COL: what",
 * or a malformed profile); BRUG_EDANGLING (strict mode); BRUG_ENOMEM;
 * BRUG_EDB.  On error the database is unchanged.
 */
BRUG_API brug_err brug_import_skos(brug_db *db, const char *const *paths, size_t npaths,
                                   const brug_import_opts *opts, brug_import_report *report);

/*
 * Import supplementary labels from paths[0..npaths-1] in one transaction:
 * ESCO's national crosswalk layout (metadata lines, then "Classification
 * 1 URI", ..., "Mapping Relation"; its Classification 1 PrefLabel is a
 * preferred label of the ESCO concept in the crosswalk's language) or a
 * plain CSV with the header uri,lang,role,text (role: preferred,
 * alternative or hidden).  A supplementary label never overrides a label
 * of the taxonomy's own release: a preferred label is skipped (counted in
 * kept_release_labels) when the concept has one in that language, and a
 * later release import replaces supplementary labels of the languages it
 * describes.  Labels are searchable and shown with their source (the file
 * name).  With opts->mappings the crosswalk's other side is stored as a
 * second taxonomy with typed mappings.  URIs no import defined are
 * dangling (skipped and counted, or an error with opts->strict).
 */
BRUG_API brug_err brug_import_labels(brug_db *db, const char *const *paths, size_t npaths,
                                     const brug_import_opts *opts, brug_import_report *report);

#endif
