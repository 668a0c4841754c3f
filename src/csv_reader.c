/*
 * csv_reader.c - streaming CSV reader over libcsv with line tracking,
 * size limits and UTF-8 validation (see csv_reader.h).
 *
 * The file is read in blocks and each block is handed to libcsv one
 * physical line at a time (split after every '\n'), so the reader always
 * knows the line being parsed: a field ends on that line, and it started
 * as many lines earlier as it contains '\n' bytes.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <csv.h>
#include <utf8proc.h>

#include "alloc.h"
#include "csv_reader.h"

#define READ_BLOCK 65536
#define CSV_BLOCK 16384 /* libcsv's buffer growth step */

void brug__csv_init(brug__csv *r, const brug_alloc *alloc, const char *path)
{
    memset(r, 0, sizeof(*r));
    r->path = path;
    r->alloc = alloc;
    r->max_field = BRUG__CSV_MAX_FIELD;
}

void brug__csv_release(brug__csv *r)
{
    size_t i;
    for (i = 0; i < r->nhdr; i++)
        brug__free(r->alloc, r->hdr[i]);
    brug__free(r->alloc, r->hdr);
    brug__free(r->alloc, r->buf);
    brug__free(r->alloc, r->off);
    brug__free(r->alloc, r->fline);
    r->hdr = NULL;
    r->nhdr = 0;
    r->buf = NULL;
    r->off = NULL;
    r->fline = NULL;
    r->len = r->cap = r->nf = r->fcap = 0;
}

brug_err brug__csv_fail(brug__csv *r, brug_err err, unsigned long line, const char *fmt, ...)
{
    va_list ap;
    int n;
    if (r->failed)
        return r->err ? r->err : err;
    n = snprintf(r->msg, sizeof(r->msg), "%s:%lu: ", r->path, line);
    if (n < 0 || (size_t)n >= sizeof(r->msg))
        n = 0;
    va_start(ap, fmt);
    vsnprintf(r->msg + n, sizeof(r->msg) - (size_t)n, fmt, ap);
    va_end(ap);
    r->failed = 1;
    r->err = err;
    return err;
}

static unsigned long count_nl(const char *s, size_t len)
{
    unsigned long n = 0;
    const char *end = s + len;
    const char *p = memchr(s, '\n', len);
    while (p) {
        n++;
        p = memchr(p + 1, '\n', (size_t)(end - p - 1));
    }
    return n;
}

/* Offset of the first invalid UTF-8 sequence or NUL byte in s, or len. */
static size_t bad_utf8(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n;
        if (s[i] >= 0x01 && s[i] < 0x80) {
            i++;
            continue;
        }
        if (s[i] == 0)
            return i;
        n = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0 || cp < 0)
            return i;
        i += (size_t)n;
    }
    return len;
}

static int grow_fields(brug__csv *r)
{
    size_t cap = r->fcap ? 2 * r->fcap : 32;
    size_t *off = brug__reallocarray(r->alloc, r->off, cap, sizeof(*off));
    unsigned long *fl;
    if (!off)
        return 0;
    r->off = off;
    fl = brug__reallocarray(r->alloc, r->fline, cap, sizeof(*fl));
    if (!fl)
        return 0;
    r->fline = fl;
    r->fcap = cap;
    return 1;
}

/* libcsv field callback: validate and append the field to the row. */
static void on_field(void *s, size_t len, void *data)
{
    brug__csv *r = data;
    const char *f = s ? s : "";
    unsigned long nl;
    size_t bad;

    if (r->err)
        return;
    if (!s)
        len = 0;
    nl = count_nl(f, len);
    if (r->nf == 0)
        r->rec_line = r->line - nl;
    if (len > r->max_field) {
        brug__csv_fail(r, BRUG_ETOOBIG, r->line - nl, "field %zu is longer than %zu bytes",
                       r->nf + 1, r->max_field);
        return;
    }
    bad = bad_utf8((const unsigned char *)f, len);
    if (bad < len) {
        unsigned long line = r->line - count_nl(f + bad, len - bad);
        char where[96];
        if (r->nf < r->nhdr)
            snprintf(where, sizeof(where), "column %.80s", r->hdr[r->nf]);
        else
            snprintf(where, sizeof(where), "field %zu", r->nf + 1);
        if (f[bad] == 0)
            brug__csv_fail(r, BRUG_EPARSE, line, "NUL byte in %s", where);
        else
            brug__csv_fail(r, BRUG_EPARSE, line, "invalid UTF-8 (byte 0x%02x) in %s",
                           (unsigned char)f[bad], where);
        return;
    }
    if (r->nf == BRUG__CSV_MAX_FIELDS) {
        brug__csv_fail(r, BRUG_ETOOBIG, r->rec_line, "more than %d fields in a row",
                       BRUG__CSV_MAX_FIELDS);
        return;
    }
    if (r->nf == r->fcap && !grow_fields(r)) {
        brug__csv_fail(r, BRUG_ENOMEM, r->line, "out of memory");
        return;
    }
    if (r->cap - r->len < len + 1) {
        size_t cap = r->cap ? r->cap : 4096;
        char *b;
        while (cap - r->len < len + 1)
            cap *= 2;
        b = brug__realloc(r->alloc, r->buf, cap);
        if (!b) {
            brug__csv_fail(r, BRUG_ENOMEM, r->line, "out of memory");
            return;
        }
        r->buf = b;
        r->cap = cap;
    }
    r->off[r->nf] = r->len;
    r->fline[r->nf] = r->line;
    r->nf++;
    memcpy(r->buf + r->len, f, len);
    r->len += len;
    r->buf[r->len++] = '\0';
}

static brug_err take_header(brug__csv *r)
{
    size_t i;
    r->hdr = brug__calloc(r->alloc, r->nf, sizeof(*r->hdr));
    if (!r->hdr)
        return brug__csv_fail(r, BRUG_ENOMEM, r->rec_line, "out of memory");
    for (i = 0; i < r->nf; i++) {
        r->hdr[i] = brug__strdup(r->alloc, r->buf + r->off[i]);
        if (!r->hdr[i]) {
            r->nhdr = i;
            return brug__csv_fail(r, BRUG_ENOMEM, r->rec_line, "out of memory");
        }
    }
    r->nhdr = r->nf;
    return BRUG_OK;
}

/* libcsv record callback: the header, or a data row for the callback. */
static void on_record(int c, void *data)
{
    brug__csv *r = data;
    brug_err err;
    (void)c;
    if (r->err)
        return;
    if (r->in_header) {
        r->in_header = 0;
        if (take_header(r))
            return;
        err = r->on_header ? r->on_header(r->ctx, r) : BRUG_OK;
        if (err) {
            r->err = err;
            return;
        }
    } else {
        if (r->nf > r->nhdr) {
            brug__csv_fail(r, BRUG_EPARSE, r->rec_line, "%zu fields, but the header has %zu", r->nf,
                           r->nhdr);
            return;
        }
        if (r->nf < r->nhdr && !r->allow_short_rows) {
            brug__csv_fail(r, BRUG_EPARSE, r->rec_line,
                           "%zu fields, but the header has %zu (truncated row?)", r->nf, r->nhdr);
            return;
        }
        r->rows++;
        err = r->on_row(r->ctx, r);
        if (err) {
            r->err = err;
            return;
        }
    }
    r->nf = 0;
    r->len = 0;
    r->next_line = r->line + 1;
}

int brug__csv_column(const brug__csv *r, const char *name)
{
    size_t i;
    for (i = 0; i < r->nhdr; i++)
        if (strcmp(r->hdr[i], name) == 0)
            return (int)i;
    for (i = 0; i < r->nhdr; i++)
        if (strcasecmp(r->hdr[i], name) == 0)
            return (int)i;
    return -1;
}

size_t brug__csv_nfields(const brug__csv *r)
{
    return r->nf;
}

const char *brug__csv_field(const brug__csv *r, int col, size_t *len)
{
    const char *s;
    if (col < 0 || (size_t)col >= r->nf) {
        if (len)
            *len = 0;
        return "";
    }
    s = r->buf + r->off[col];
    if (len)
        *len = ((size_t)col + 1 < r->nf ? r->off[col + 1] : r->len) - r->off[col] - 1;
    return s;
}

unsigned long brug__csv_line(const brug__csv *r)
{
    return r->rec_line;
}

unsigned long brug__csv_field_line(const brug__csv *r, int col, size_t offset)
{
    size_t len;
    const char *s = brug__csv_field(r, col, &len);
    if (col < 0 || (size_t)col >= r->nf)
        return r->rec_line;
    if (offset > len)
        offset = len;
    return r->fline[col] - count_nl(s + offset, len - offset);
}

/* Feed one chunk (a physical line, or the tail of a block) to libcsv. */
static brug_err feed(brug__csv *r, struct csv_parser *p, const char *s, size_t len)
{
    size_t done = csv_parse(p, s, len, on_field, on_record, r);
    if (r->err)
        return r->err;
    if (done < len) {
        if (csv_error(p) == CSV_ENOMEM)
            return brug__csv_fail(r, BRUG_ENOMEM, r->line, "out of memory");
        return brug__csv_fail(r, BRUG_EPARSE, r->line,
                              "malformed quoting: a '\"' inside an unquoted field, or text "
                              "after a closing quote");
    }
    /* A field still open past the limit (its buffer grows in CSV_BLOCK
     * steps); a finished one is checked exactly in on_field. */
    if (csv_get_buffer_size(p) > r->max_field + CSV_BLOCK)
        return brug__csv_fail(r, BRUG_ETOOBIG, r->line, "a field is longer than %zu bytes",
                              r->max_field);
    return BRUG_OK;
}

static brug_err parse_stream(brug__csv *r, FILE *f, struct csv_parser *p)
{
    char *block = brug__malloc(r->alloc, READ_BLOCK);
    size_t n;
    int first = 1;
    brug_err err = BRUG_OK;

    if (!block)
        return brug__csv_fail(r, BRUG_ENOMEM, 1, "out of memory");
    r->line = 1;
    while (!err) {
        const char *s = block, *end;
        n = fread(block, 1, READ_BLOCK, f);
        if (n == 0)
            break;
        end = block + n;
        if (first) {
            first = 0;
            if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
                s += 3;
        }
        while (!err && s < end) {
            const char *nl = memchr(s, '\n', (size_t)(end - s));
            const char *stop = nl ? nl + 1 : end;
            err = feed(r, p, s, (size_t)(stop - s));
            s = stop;
            if (nl)
                r->line++;
        }
    }
    if (!err && ferror(f))
        err = brug__csv_fail(r, BRUG_EIO, r->line, "read error: %s", strerror(errno));
    brug__free(r->alloc, block);
    return err;
}

brug_err brug__csv_read(brug__csv *r, brug__csv_fn on_header, brug__csv_fn on_row, void *ctx)
{
    struct csv_parser p;
    FILE *f;
    brug_err err;

    r->on_header = on_header;
    r->on_row = on_row;
    r->ctx = ctx;
    r->next_line = 1;
    r->in_header = 1;
    r->rows = 0;
    r->nf = r->len = 0;
    r->err = BRUG_OK;
    r->failed = 0;
    r->msg[0] = '\0';
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return brug__csv_fail(r, BRUG_ENOMEM, 0, "out of memory");
    /* libcsv grows its field buffer by this much at a time: 16 KiB keeps a
     * field at the 1 MiB limit to 64 reallocations instead of 8192. */
    csv_set_blk_size(&p, CSV_BLOCK);
    f = fopen(r->path, "rb");
    if (!f) {
        csv_free(&p);
        return brug__csv_fail(r, BRUG_EIO, 0, "cannot open: %s", strerror(errno));
    }
    err = parse_stream(r, f, &p);
    fclose(f);
    if (!err) {
        /* The record a file's last line leaves open (no final newline, or an
         * unterminated quote) ends here. */
        if (csv_fini(&p, on_field, on_record, r) != 0 && !r->err)
            err = brug__csv_fail(r, BRUG_EPARSE, r->nf ? r->rec_line : r->next_line,
                                 "a quoted field never ends (truncated file or a missing '\"')");
        else
            err = r->err;
    }
    csv_free(&p);
    if (!err && r->in_header)
        err = brug__csv_fail(r, BRUG_EPARSE, 1, "empty file: expected a header row");
    return err;
}
