/*
 * csv_reader.h - reading RFC 4180 CSV files (libcsv underneath) row by row,
 * with the checks an importer of untrusted files needs.
 *
 * The reader streams a file through libcsv in strict mode and hands each
 * data row to a callback.  It takes care of: a UTF-8 byte-order mark, CRLF
 * and LF record terminators, quoted fields spanning several physical lines,
 * exact physical line numbers (of a record, and of a byte inside a field),
 * a hard maximum field size, invalid UTF-8 and NUL bytes, broken quotes and
 * files that end inside a quoted field (truncated files), and rows whose
 * field count differs from the header's.  Columns are looked up by their
 * header names.  Every error message has the form "FILE:LINE: what".
 *
 * Typical use:
 *     brug__csv r;
 *     brug__csv_init(&r, alloc, "dir/skills_en.csv");
 *     err = brug__csv_read(&r, on_header, on_row, ctx);
 *     if (err && r.failed) report(r.msg);   // reader's own error
 *     brug__csv_release(&r);
 */
#ifndef BRUG__CSV_READER_H
#define BRUG__CSV_READER_H

#include <stddef.h>
#include <stdint.h>

#include "brug/alloc.h"
#include "brug/error.h"

/* Limits: a larger field or a row with more fields is an error. */
#define BRUG__CSV_MAX_FIELD (1u << 20)
#define BRUG__CSV_MAX_FIELDS 256

typedef struct brug__csv brug__csv;

/* Called once after the header row, then once per data row.  A non-zero
 * return stops reading; brug__csv_read returns it (the callback has put its
 * own message wherever it reports errors). */
typedef brug_err (*brug__csv_fn)(void *ctx, brug__csv *csv);

struct brug__csv {
    /* configuration: set by init, may be changed before reading */
    const char *path;        /* read-only: file to read, also the name in messages */
    const brug_alloc *alloc; /* private */
    size_t max_field;        /* bytes; default BRUG__CSV_MAX_FIELD */
    int allow_short_rows;    /* rows may omit trailing fields (they read as "") */

    /* results */
    int failed;    /* read-only: 1 when the reader itself failed */
    char msg[512]; /* read-only: "FILE:LINE: what" when failed */
    uint64_t rows; /* read-only: data rows handed to on_row so far */

    /* private */
    char **hdr; /* header names */
    size_t nhdr;
    char *buf; /* current row: fields, each NUL-terminated */
    size_t len, cap;
    size_t *off;          /* field start offsets into buf */
    unsigned long *fline; /* line each field ends on */
    size_t nf, fcap;
    unsigned long line;      /* physical line being fed (1-based) */
    unsigned long rec_line;  /* first line of the record being built */
    unsigned long next_line; /* line after the last complete record */
    int in_header;
    brug_err err;
    brug__csv_fn on_header;
    brug__csv_fn on_row;
    void *ctx;
};

/* Prepare a reader of path (not opened yet); alloc NULL means libc. */
void brug__csv_init(brug__csv *r, const brug_alloc *alloc, const char *path);

/* Free what the reader holds; it may be initialised again. */
void brug__csv_release(brug__csv *r);

/*
 * Read the whole file: on_header (may be NULL) after the header row, on_row
 * per data row.  Returns BRUG_OK, a callback's error, or the reader's own
 * (BRUG_EIO cannot read, BRUG_EPARSE malformed, BRUG_ETOOBIG over a limit,
 * BRUG_ENOMEM), in which case r->failed is 1 and r->msg explains.
 */
brug_err brug__csv_read(brug__csv *r, brug__csv_fn on_header, brug__csv_fn on_row, void *ctx);

/* Index of the column with this header name (exact, else ignoring case),
 * or -1.  Valid from on_header on. */
int brug__csv_column(const brug__csv *r, const char *name);

/* Number of fields in the current row. */
size_t brug__csv_nfields(const brug__csv *r);

/* Field col of the current row as a NUL-terminated string ("" when col is
 * negative or past the row's end); *len (may be NULL) gets its length.
 * Valid until the callback returns. */
const char *brug__csv_field(const brug__csv *r, int col, size_t *len /* OUT */);

/* First physical line of the current row. */
unsigned long brug__csv_line(const brug__csv *r);

/* Physical line of byte offset within field col of the current row. */
unsigned long brug__csv_field_line(const brug__csv *r, int col, size_t offset);

/* Record "FILE:LINE: what" as the reader's failure and return err; for
 * callbacks that want the reader's message format. */
brug_err brug__csv_fail(brug__csv *r, brug_err err, unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
