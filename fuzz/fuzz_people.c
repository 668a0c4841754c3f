/*
 * fuzz_people.c - libFuzzer driver of the passport and offer imports
 * (brug_passports_import, brug_offers_import: JSON Lines).
 *
 * The input is one JSON Lines file, imported first as passports and then
 * as offers into a fresh copy of the demo database (so records can name
 * real ESCO-layout URIs).  Whatever was imported is read back with
 * brug_passport_get / brug_offer_get for the ids the file names, as the
 * export and the server do.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

/* The import's record count (0 after a failure), through the report. */
static brug_err count_import(brug_db *db, const char *path, uint64_t *count, int passports)
{
    brug_import_report rep;
    brug_err err;
    brug_import_report_init(&rep);
    err = passports ? brug_passports_import(db, path, NULL, &rep)
                    : brug_offers_import(db, path, NULL, &rep);
    if (count)
        *count = rep.records;
    brug_import_report_release(&rep);
    return err;
}

static brug_err count_passports_import(brug_db *db, const char *path, uint64_t *count)
{
    return count_import(db, path, count, 1);
}

static brug_err count_offers_import(brug_db *db, const char *path, uint64_t *count)
{
    return count_import(db, path, count, 0);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_demo_db(0);
    return 0;
}

/* Read back the record of each line that parses as an object with an id. */
static void read_back(brug_db *db, const uint8_t *data, size_t size, int offers)
{
    const char *p = (const char *)data, *end = p + size, *nl;
    json_t *line, *got;
    json_t *id;

    while (p < end) {
        nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            nl = end;
        line = json_loadb(p, (size_t)(nl - p), JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY, NULL);
        id = json_is_object(line) ? json_object_get(line, "id") : NULL;
        if (json_is_string(id)) {
            got = NULL;
            if (offers)
                brug_offer_get(db, json_string_value(id), &got);
            else
                brug_passport_get(db, json_string_value(id), &got);
            json_decref(got);
        }
        json_decref(line);
        p = nl + 1;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char dbp[600], file[600];
    uint64_t count;
    brug_db *db;
    brug_err err;

    snprintf(dbp, sizeof(dbp), "%s", fuzz_path("people.db"));
    fuzz_remove_db(dbp);
    fuzz_copy(fuzz_demo_db(0), dbp);
    snprintf(file, sizeof(file), "%s", fuzz_path("people.jsonl"));
    fuzz_write(file, data, size);

    db = fuzz_db_open(dbp);
    count = 0;
    err = count_passports_import(db, file, &count);
    if (err != BRUG_OK && brug_errmsg(db)[0] == '\0')
        abort(); /* every failure says what and where */
    if (err == BRUG_OK)
        read_back(db, data, size, 0);
    count = 0;
    err = count_offers_import(db, file, &count);
    if (err != BRUG_OK && brug_errmsg(db)[0] == '\0')
        abort();
    if (err == BRUG_OK)
        read_back(db, data, size, 1);
    brug_db_close(db);
    fuzz_remove_db(dbp);
    return 0;
}
