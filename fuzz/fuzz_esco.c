/*
 * fuzz_esco.c - libFuzzer driver of the ESCO import (brug_import_esco).
 *
 * The first byte of the input picks which file of the ESCO download layout
 * the rest is (occupations_en.csv, skills_en.csv, the relation files ...).
 * The file is written into a folder that also holds the small valid
 * taxonomy of tests/data/ok_basic/en (the fuzzed file replacing its
 * namesake), so relation rows can name real concepts, and the folder is
 * imported into a fresh copy of an empty database.  The selector's next
 * bit turns on strict mode.  An import either succeeds or
 * fails with a "FILE:LINE: what" message; it must never crash or leak.
 */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const names[] = {
    "occupations_en.csv",
    "skills_en.csv",
    "occupationSkillRelations.csv",
    "skillSkillRelations.csv",
    "broaderRelationsSkillPillar.csv",
    "broaderRelationsOccPillar.csv",
    "skillsHierarchy_en.csv",
    "ISCOGroups_en.csv",
    "skillGroups_en.csv",
    "greenSkillsCollection_en.csv",
    "transversalSkillsCollection_en.csv",
    "occupations_nl.csv",
};
#define NNAMES (sizeof(names) / sizeof(names[0]))

/* The valid files of ok_basic/en, copied into the scratch folder's esco/. */
static const char *const basic[] = {
    "ISCOGroups_en.csv",
    "broaderRelationsOccPillar.csv",
    "broaderRelationsSkillPillar.csv",
    "greenSkillsCollection_en.csv",
    "occupationSkillRelations.csv",
    "occupations_en.csv",
    "skillGroups_en.csv",
    "skillSkillRelations.csv",
    "skillsHierarchy_en.csv",
    "skills_en.csv",
    "transversalSkillsCollection_en.csv",
};
#define NBASIC (sizeof(basic) / sizeof(basic[0]))

static char dir[512];

static void restore(const char *name)
{
    char src[1024], dst[1024];
    size_t i;

    snprintf(dst, sizeof(dst), "%s/%s", dir, name);
    for (i = 0; i < NBASIC; i++) {
        if (!strcmp(basic[i], name)) {
            snprintf(src, sizeof(src), "%s/tests/data/ok_basic/en/%s", fuzz_source_dir(), name);
            fuzz_copy(src, dst);
            return;
        }
    }
    unlink(dst);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    size_t i;

    (void)argc;
    (void)argv;
    snprintf(dir, sizeof(dir), "%s", fuzz_path("esco-1.1.1"));
    if (mkdir(dir, 0700) != 0)
        abort();
    for (i = 0; i < NBASIC; i++)
        restore(basic[i]);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *name, *dirs[1];
    char path[1024], dbp[600];
    brug_import_report rep;
    brug_import_opts opts;
    brug_db *db;
    brug_err err;
    json_t *doc;

    if (size < 1)
        return 0;
    if (!dir[0])
        LLVMFuzzerInitialize(NULL, NULL);
    name = names[data[0] % NNAMES];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    fuzz_write(path, data + 1, size - 1);

    snprintf(dbp, sizeof(dbp), "%s", fuzz_path("esco.db"));
    fuzz_remove_db(dbp);
    fuzz_copy(fuzz_empty_db(), dbp);
    db = fuzz_db_open(dbp);
    brug_import_report_init(&rep);
    dirs[0] = dir;
    memset(&opts, 0, sizeof(opts));
    opts.strict = (data[0] / NNAMES) & 1; /* the next bit of the selector byte */
    err = brug_import_esco(db, dirs, 1, &opts, &rep);
    if (err != BRUG_OK && brug_errmsg(db)[0] == '\0')
        abort(); /* every failure says what and where */
    doc = brug_import_report_json(&rep);
    json_decref(doc);
    brug_import_report_release(&rep);
    brug_db_close(db);
    fuzz_remove_db(dbp);
    restore(name);
    return 0;
}
