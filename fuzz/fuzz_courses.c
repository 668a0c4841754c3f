/*
 * fuzz_courses.c - libFuzzer driver of the course import
 * (brug_courses_import), CSV and JSON.
 *
 * The input is written to a file named "courses" with no extension, so the
 * importer picks the format by the first non-blank byte ('[' or '{' is
 * JSON, anything else CSV).  Each input is imported into a fresh copy of
 * the demo database (taxonomy and demo catalogue), where labels resolve
 * through the stored labels and search; a bit of the input's length picks
 * strict mode and the label language.  On success the catalogue is loaded
 * and every course described, as `brug plan` and the server do.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_demo_db(1);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *file, *dbpath;
    char dbp[600];
    brug_import_opts opts;
    brug_courses *cat = NULL;
    brug_import_report report;
    json_t *doc;
    brug_db *db;
    brug_err err;
    uint32_t i;

    dbpath = fuzz_demo_db(1);
    snprintf(dbp, sizeof(dbp), "%s", fuzz_path("courses.db"));
    fuzz_remove_db(dbp);
    fuzz_copy(dbpath, dbp);
    file = fuzz_path("courses");
    fuzz_write(file, data, size);

    memset(&opts, 0, sizeof(opts));
    brug_import_report_init(&report);
    opts.strict = (int)(size & 1);
    opts.lang = (size & 2) ? "nl" : NULL;
    db = fuzz_db_open(dbp);
    err = brug_courses_import(db, fuzz_path("courses"), &opts, &report);
    if (err != BRUG_OK && brug_errmsg(db)[0] == '\0')
        abort(); /* every failure says what and where */
    if (err == BRUG_OK && report.nfiles != 1)
        abort();
    brug_import_report_release(&report);
    if (err == BRUG_OK) {
        err = brug_courses_load(db, &cat);
        if (err)
            abort(); /* an import that succeeded must load */
        for (i = 0; i < brug_courses_count(cat); i++) {
            doc = brug_courses_describe(cat, i);
            if (!doc)
                abort();
            json_decref(doc);
        }
        brug_courses_free(cat);
    }
    brug_db_close(db);
    fuzz_remove_db(dbp);
    return 0;
}
