/*
 * fuzz_csv.c - libFuzzer driver of the CSV reader (src/csv_reader.h): the
 * fuzzed bytes are a file read twice, once with the defaults and once with
 * short rows allowed and a small field limit, touching every field, its
 * length and line numbers the way the importers do.
 */
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "csv_reader.h"

/* Sums what it reads so the reads cannot be optimised away. */
typedef struct sink {
    size_t bytes;
    unsigned long lines;
    int id_col;
} sink;

static brug_err on_header(void *ctx, brug__csv *csv)
{
    sink *s = ctx;

    s->id_col = brug__csv_column(csv, "conceptUri");
    if (s->id_col < 0)
        s->id_col = brug__csv_column(csv, "id");
    return BRUG_OK;
}

static brug_err on_row(void *ctx, brug__csv *csv)
{
    sink *s = ctx;
    size_t i, n = brug__csv_nfields(csv), len;
    const char *f;

    s->lines += brug__csv_line(csv);
    for (i = 0; i <= n; i++) { /* one past the end reads "" */
        f = brug__csv_field(csv, (int)i, &len);
        if (strlen(f) > len)
            abort(); /* a field's length must cover its text */
        s->bytes += len;
        s->lines += brug__csv_field_line(csv, (int)i, len / 2);
    }
    (void)brug__csv_field(csv, -1, NULL);
    if (s->id_col >= 0 && brug__csv_field(csv, s->id_col, NULL)[0] == '!')
        return brug__csv_fail(csv, BRUG_EPARSE, brug__csv_line(csv), "bang id at field %d",
                              s->id_col);
    return BRUG_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_path("input.csv");
    brug__csv r;
    sink s;
    brug_err err;
    int pass;

    fuzz_write(path, data, size);
    for (pass = 0; pass < 2; pass++) {
        memset(&s, 0, sizeof(s));
        brug__csv_init(&r, NULL, path);
        if (pass == 1) {
            r.allow_short_rows = 1;
            r.max_field = 64;
        }
        err = brug__csv_read(&r, on_header, on_row, &s);
        if (err != BRUG_OK && r.failed && r.msg[0] == '\0')
            abort(); /* a failure must say what and where */
        if (err == BRUG_OK && r.failed)
            abort();
        brug__csv_release(&r);
    }
    return 0;
}
