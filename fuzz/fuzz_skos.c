/*
 * fuzz_skos.c - libFuzzer driver of the SKOS import (brug_import_skos:
 * Turtle through libserd, under a built-in profile).
 *
 * The first byte picks the profile (esco or competentnl) and the syntax
 * (Turtle or N-Triples); the rest is the file, imported into a fresh empty
 * database.  Every failure must say what and where; a success must leave
 * a database whose concepts describe without error.
 */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_empty_db();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char file[600], dbp[600];
    const char *paths[1] = {file};
    brug_import_opts opts;
    brug_import_report rep;
    brug_db *db;
    brug_err err;
    json_t *doc = NULL;
    size_t i;

    if (size < 1)
        return 0;
    snprintf(file, sizeof(file), "%s", fuzz_path((data[0] & 2) ? "skos.nt" : "skos.ttl"));
    fuzz_write(file, data + 1, size - 1);
    snprintf(dbp, sizeof(dbp), "%s", fuzz_path("skos.db"));
    fuzz_remove_db(dbp);
    fuzz_copy(fuzz_empty_db(), dbp);
    db = fuzz_db_open(dbp);
    memset(&opts, 0, sizeof(opts));
    opts.profile = (data[0] & 1) ? "competentnl" : "esco";
    opts.strict = (data[0] >> 2) & 1;
    brug_import_report_init(&rep);
    err = brug_import_skos(db, paths, 1, &opts, &rep);
    if (err != BRUG_OK && brug_errmsg(db)[0] == '\0')
        abort(); /* every failure says what and where */
    for (i = 0; err == BRUG_OK && i < rep.nexamples; i++)
        if (!rep.examples[i].where || !rep.examples[i].uri)
            abort();
    doc = brug_import_report_json(&rep);
    json_decref(doc);
    brug_import_report_release(&rep);
    brug_db_close(db);
    fuzz_remove_db(dbp);
    return 0;
}
