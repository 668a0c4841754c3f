/*
 * import.h - importing a skills taxonomy: ESCO's CSV download layout.
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
 * Progress: called when a file starts (rows == 0), every few thousand rows,
 * and when it ends (done == 1).  file is the path being read.  Must not call
 * back into the database.
 */
typedef void (*brug_import_progress_fn)(void *ctx, const char *file, uint64_t rows, int done);

typedef struct brug_import_opts {
    int strict;                       /* a dangling relation is an error */
    const char *taxonomy_version;     /* NULL: derived from the folder names
                                         ("esco-1.1.1", "v1.2.0"), else the layout */
    brug_import_progress_fn progress; /* NULL: none */
    void *progress_ctx;
} brug_import_opts;

/* How many dangling relations the report keeps as examples. */
#define BRUG_IMPORT_MAX_EXAMPLES 10

/* One file read. */
typedef struct brug_import_file {
    char *path;        /* as opened (DIR/name) */
    const char *kind;  /* "occupations", "skills", "occupation_skill_relations", ...; static */
    char lang[16];     /* "en", "nl", ...; "" for language-independent files */
    uint64_t rows;     /* data rows */
    uint64_t dangling; /* rows skipped for naming an undefined URI */
} brug_import_file;

/* A skipped relation: where ("DIR/file.csv:LINE") and the unknown URI. */
typedef struct brug_import_dangling {
    char *where;
    char *uri;
} brug_import_dangling;

/*
 * What an import did.  Initialise with brug_import_report_init(), release
 * with brug_import_report_release(); all fields are read-only for callers.
 * Counts are rows written (a label or relation already present counts once).
 */
typedef struct brug_import_report {
    brug_import_file *files;
    size_t nfiles;
    char **ignored; /* *.csv files in the folders that no reader uses
                       (conceptSchemes_LANG.csv, misspelt names) */
    size_t nignored;
    uint64_t concepts; /* concepts defined (new or updated) */
    uint64_t occupations, skills, skill_groups, isco_groups;
    uint64_t labels; /* label rows */
    uint64_t notes;  /* descriptions, definitions, scope notes */
    uint64_t occupation_skill, skill_skill, broader, collection_members;
    uint64_t dangling; /* relations skipped (all files) */
    brug_import_dangling examples[BRUG_IMPORT_MAX_EXAMPLES];
    size_t nexamples;
    char taxonomy_version[64];
    char languages[128]; /* "en,nl": languages with labels after the import */
    double seconds;      /* wall time of the import */
    brug_alloc alloc_;   /* private: allocator of the strings above */
} brug_import_report;

/* An empty report. */
BRUG_API void brug_import_report_init(brug_import_report *report);

/* Free what the report holds and empty it; NULL is a no-op. */
BRUG_API void brug_import_report_release(brug_import_report *report);

/*
 * The report as a JSON document:
 *   {"taxonomy_version", "languages": ["en","nl"], "seconds",
 *    "files": [{"path","kind","lang","rows","dangling"}], "ignored": [paths],
 *    "written": {"concepts","occupations","skills","skill_groups","isco_groups",
 *                "labels","notes","occupation_skill","skill_skill","broader",
 *                "collection_members"},
 *    "dangling": {"count": n, "examples": [{"where","uri"}]}}
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

#endif
