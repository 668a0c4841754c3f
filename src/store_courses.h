/*
 * store_courses.h - the course catalogue's tables, reached by the importer
 * (courses_import.c) and the loader without touching SQLite directly.
 *
 * A writer holds the prepared statements of an import, which runs inside
 * the import session's transaction (import_session.c).
 */
#ifndef BRUG__STORE_COURSES_H
#define BRUG__STORE_COURSES_H

#include "brug/db.h"
#include "courses.h"

typedef struct brug__courses_writer brug__courses_writer;

/* Prepare the statements (inside the caller's transaction). */
brug_err brug__courses_writer_open(brug_db *db, brug__courses_writer **out /* OUT */);

/* 1 when uri names a stored skill or skill group, 0 when not, -1 on error
 * (message on db). */
int brug__courses_writer_skill_known(brug__courses_writer *w, const char *uri);

/* Store one course, replacing a stored course with the same id
 * (*replaced = 1 then).  rec->region must already be canonical. */
brug_err brug__courses_writer_put(brug__courses_writer *w, const brug__course_rec *rec,
                                  int *replaced /* OUT */);

/* Finalize the statements and free the writer; NULL is a no-op. */
void brug__courses_writer_close(brug__courses_writer *w);

/* Call fn for every preferred (role 0) and alternative (role 1) label of
 * every stored skill and skill group, preferred labels first and labels in
 * lang (may be NULL) before other languages.  fn returns non-zero to stop
 * with that error. */
brug_err brug__courses_each_skill_label(brug_db *db, const char *lang,
                                        brug_err (*fn)(void *ctx, const char *uri,
                                                       const char *text),
                                        void *ctx);

/* Number of stored courses, or -1 on error. */
int64_t brug__courses_stored_count(brug_db *db);

#endif
