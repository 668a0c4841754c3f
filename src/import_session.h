/*
 * import_session.h - the one import session every importer runs on (ESCO
 * CSV, SKOS, supplementary labels, courses, passports, offers).
 *
 * A session owns what all imports share: the single write transaction
 * (begin ... finish: commit, or roll back on any error so the database is
 * exactly as before), the report (files, counters, dangling references
 * with examples, languages, label coverage, wall time), the progress
 * callback, and, for taxonomy imports (BRUG__IS_ONTOLOGY), the URI table
 * of concepts known to the import (stored before it, or defined by it)
 * with the ontology writer (store_import.h), the languages seen, and the
 * derived indexes rebuilt before commit.  Importers parse their formats
 * and call the session; only store*.c talk to SQLite.
 *
 *     brug__isession s;
 *     err = brug__isession_begin(&s, db, opts, report, "esco", BRUG__IS_ONTOLOGY);
 *     if (!err) { ... brug__isession_define(&s, uri, len, kind, &e) ... }
 *     err = brug__isession_finish(&s, err);   // commits or rolls back; always releases
 */
#ifndef BRUG__IMPORT_SESSION_H
#define BRUG__IMPORT_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "brug/import.h"
#include "arena.h"
#include "store_import.h"
#include "strmap.h"

#define BRUG__IS_MAX_LANGS 32

enum {
    BRUG__IS_ONTOLOGY = 1, /* open the ontology writer, load stored concepts, rebuild the
                              search index and record languages at the end */
    BRUG__IS_BULK = 2,     /* bulk loading: a large page cache and no foreign-key checks
                              for the transaction (set before it begins, restored after) */
};

/* A concept known to the session. */
typedef struct brug__ient {
    const char *uri;  /* in the session's arena */
    int64_t id;       /* concept id; 0 until stored */
    uint8_t kind;     /* brug_kind */
    uint8_t existed;  /* stored before this import */
    uint8_t defined;  /* defined by this import */
    uint32_t cleared; /* languages (bits of the session's language list) whose old
                         labels/notes the importer deleted */
    uint32_t primary; /* languages a primary source described (importer's use) */
    uint32_t pref;    /* languages with a preferred label written */
} brug__ient;

typedef struct brug__isession {
    brug_db *db;
    brug_import_report *rep;
    const brug_import_opts *opts; /* never NULL inside a session */
    unsigned flags;
    brug__arena arena; /* URIs and importers' scratch that lives as long as the session */
    brug__istore *st;  /* the ontology writer (BRUG__IS_ONTOLOGY) */
    brug__ient **ents; /* entries live in the arena: a brug__ient pointer stays valid for
                          the whole session */
    uint32_t nents, ents_cap;
    brug__strmap uris; /* URI -> index into ents */
    char langs[BRUG__IS_MAX_LANGS][16];
    int nlangs;
    uint32_t label_langs;   /* languages labels were written in */
    brug_import_file *file; /* the file being read (in rep->files) */
    uint64_t next_progress;
    double t0;
    int bulk_cache; /* BRUG__IS_BULK: the page cache size to restore */
    int bulk_on;
    brug_import_report local_;
    brug_import_opts defaults_;
} brug__isession;

/*
 * Start an import of kind ("esco", "skos", ...): empty the report (NULL:
 * a private one), open the transaction, and with BRUG__IS_ONTOLOGY load
 * the stored concepts.  On error nothing is open; the caller still calls
 * brug__isession_finish() (which then only releases).
 */
brug_err brug__isession_begin(brug__isession *s, brug_db *db, const brug_import_opts *opts,
                              brug_import_report *report, const char *kind, unsigned flags);

/* The entry of uri (len bytes), or NULL. */
brug__ient *brug__isession_find(const brug__isession *s, const char *uri, size_t len);

/* A new entry (the caller checked it is not present); NULL when out of memory
 * (the message is set).  Entry pointers stay valid until the session ends. */
brug__ient *brug__isession_add(brug__isession *s, const char *uri, size_t len, int64_t id,
                               int kind);

/*
 * Define the concept uri of kind: add it when new, store rec (rec->uri and
 * rec->kind are filled in) and count it in the report the first time.
 * With primary 0 an already defined concept is left as it is.  A concept
 * known with another kind is BRUG_EPARSE, with the two kinds in *conflict
 * (the caller words the message where it knows the location).
 */
brug_err brug__isession_define(brug__isession *s, const char *uri, size_t len,
                               brug__concept_rec *rec, int primary, brug__ient **out /* OUT */,
                               int *conflict /* OUT: the known kind on BRUG_EPARSE */);

/*
 * A reference at where ("FILE:LINE" or "FILE:LINE:COL") to an undefined
 * uri: counted with an example (and in the current file), or with
 * opts->strict BRUG_EDANGLING with the message "WHERE: WHAT URI is not
 * defined by any imported file (--strict)".
 */
brug_err brug__isession_dangling(brug__isession *s, const char *where, const char *what,
                                 const char *uri, size_t len);

/* The index of language code (n bytes) in the session, added when new;
 * -1 when there are too many (the message is set). */
int brug__isession_lang(brug__isession *s, const char *code, size_t n);

/* A new file in the report; it becomes the current one and progress starts. */
brug_err brug__isession_file(brug__isession *s, const char *path, const char *kind,
                             const char *lang, const char *format);

/* Rows (and bytes of total) read so far in the current file; calls the
 * progress callback every few thousand rows, and at done. */
void brug__isession_rows(brug__isession *s, uint64_t rows, uint64_t bytes, uint64_t total,
                         int done);

/* A copy of s in the report's allocator (for report strings); NULL when out of memory. */
char *brug__isession_strdup(brug__isession *s, const char *str);

/* Out of memory: set the message, return BRUG_ENOMEM. */
brug_err brug__isession_oom(brug__isession *s);

/*
 * End the session.  With err == BRUG_OK: (ontology imports) record the
 * version and languages, forget supplementary-label records whose label a
 * release import replaced, rebuild the search index, compute label
 * coverage, then commit.  Otherwise roll back.  Always releases what the
 * session holds and sets report->seconds.  Returns the first error.
 */
brug_err brug__isession_finish(brug__isession *s, brug_err err, const char *version);

#endif
