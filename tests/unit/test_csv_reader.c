/*
 * test_csv_reader.c - the CSV reader: header lookup, BOM, CRLF and LF,
 * quoted fields spanning lines, exact line numbers of rows and of bytes
 * inside fields, ragged rows, limits, and errors in "FILE:LINE: what" form.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_test.h"
#include "csv_reader.h"

/* Write text (n bytes) to a fresh temporary file; returns its path. */
static char *write_tmp(const char *name, const char *text, size_t n)
{
    char *path = test_tmp_path(name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, n, f), n);
    fclose(f);
    return path;
}

/* Collected rows: "LINE|f1|f2|..." per row. */
typedef struct rows {
    char out[4096];
    size_t n;
    int col_b;
    brug_err fail_at_row; /* return BRUG_EINVAL at this row (1-based), 0 never */
} rows;

static brug_err hdr(void *ctx, brug__csv *csv)
{
    rows *r = ctx;
    r->col_b = brug__csv_column(csv, "b");
    return BRUG_OK;
}

static brug_err row(void *ctx, brug__csv *csv)
{
    rows *r = ctx;
    size_t i;
    if (r->fail_at_row && csv->rows == (uint64_t)r->fail_at_row)
        return BRUG_EINVAL;
    r->n += (size_t)snprintf(r->out + r->n, sizeof(r->out) - r->n, "%lu", brug__csv_line(csv));
    for (i = 0; i < brug__csv_nfields(csv); i++)
        r->n += (size_t)snprintf(r->out + r->n, sizeof(r->out) - r->n, "|%s",
                                 brug__csv_field(csv, (int)i, NULL));
    r->n += (size_t)snprintf(r->out + r->n, sizeof(r->out) - r->n, "\n");
    return BRUG_OK;
}

static brug_err read_text(const char *text, size_t n, rows *out, int short_ok, char *msg,
                          size_t msgsize)
{
    char *path = write_tmp("csv.csv", text, n);
    brug__csv r;
    brug_err err;
    memset(out->out, 0, sizeof(out->out));
    out->n = 0;
    brug__csv_init(&r, NULL, path);
    r.allow_short_rows = short_ok;
    err = brug__csv_read(&r, hdr, row, out);
    if (msg) {
        /* the message without the temporary path */
        const char *m = strstr(r.msg, ".csv:");
        snprintf(msg, msgsize, "%s", m ? m + 4 : r.msg);
    }
    brug__csv_release(&r);
    remove(path);
    free(path);
    return err;
}

#define TEXT(s) s, sizeof(s) - 1

static void csv_lf_and_multiline_fields(void **state)
{
    rows r = {{0}, 0, -1, 0};
    (void)state;
    assert_int_equal(read_text(TEXT("a,b\n1,\"x\ny\nz\"\n\"q\"\"uote\",2\n3,4"), &r, 0, NULL, 0),
                     BRUG_OK);
    assert_string_equal(r.out, "2|1|x\ny\nz\n5|q\"uote|2\n6|3|4\n");
    assert_int_equal(r.col_b, 1);
}

static void csv_bom_crlf(void **state)
{
    rows r = {{0}, 0, -1, 0};
    (void)state;
    assert_int_equal(read_text(TEXT("\xEF\xBB\xBF"
                                    "A,B\r\n1,\"x\ny\"\r\n2,\"p\r\nq\"\r\n3,\"\"\r\n"),
                               &r, 0, NULL, 0),
                     BRUG_OK);
    /* header names match ignoring case when no exact match exists */
    assert_int_equal(r.col_b, 1);
    assert_string_equal(r.out, "2|1|x\ny\n4|2|p\r\nq\n6|3|\n");
}

static void csv_blank_lines_keep_line_numbers(void **state)
{
    rows r = {{0}, 0, -1, 0};
    (void)state;
    assert_int_equal(read_text(TEXT("a,b\n\n1,2\n\n\n3,4\n"), &r, 0, NULL, 0), BRUG_OK);
    assert_string_equal(r.out, "3|1|2\n6|3|4\n");
}

static void csv_ragged_rows(void **state)
{
    rows r = {{0}, 0, -1, 0};
    char msg[600];
    (void)state;
    assert_int_equal(read_text(TEXT("a,b,c\n1\n1,2\n1,2,3\n"), &r, 1, NULL, 0), BRUG_OK);
    assert_string_equal(r.out, "2|1\n3|1|2\n4|1|2|3\n");
    assert_int_equal(read_text(TEXT("a,b,c\n1,2,3\n1,2\n"), &r, 0, msg, sizeof(msg)), BRUG_EPARSE);
    assert_string_equal(msg, ":3: 2 fields, but the header has 3 (truncated row?)");
}

static void csv_errors_name_the_line(void **state)
{
    rows r = {{0}, 0, -1, 0};
    char msg[600];
    (void)state;
    assert_int_equal(read_text(TEXT("a,b\n1,\"x\n\ny\"z\n"), &r, 0, msg, sizeof(msg)), BRUG_EPARSE);
    assert_string_equal(msg, ":4: malformed quoting: a '\"' inside an unquoted field, or text "
                             "after a closing quote");
    assert_int_equal(read_text(TEXT("a,b\n1,2\n3,\"open\nstill open\n"), &r, 0, msg, sizeof(msg)),
                     BRUG_EPARSE);
    assert_string_equal(msg, ":3: a quoted field never ends (truncated file or a missing '\"')");
    assert_int_equal(read_text(TEXT("a,b\n1,\"ok\nbad \xC3\x28\"\n"), &r, 0, msg, sizeof(msg)),
                     BRUG_EPARSE);
    assert_string_equal(msg, ":3: invalid UTF-8 (byte 0xc3) in column b");
    /* overlong encoding and a surrogate are invalid too */
    assert_int_equal(read_text(TEXT("a,b\n\xC0\xAF,1\n"), &r, 0, NULL, 0), BRUG_EPARSE);
    assert_int_equal(read_text(TEXT("a,b\n1,\xED\xA0\x80\n"), &r, 0, NULL, 0), BRUG_EPARSE);
    assert_int_equal(read_text(TEXT(""), &r, 0, msg, sizeof(msg)), BRUG_EPARSE);
    assert_string_equal(msg, ":1: empty file: expected a header row");
}

static brug_err probe(void *ctx, brug__csv *csv)
{
    unsigned long *l = ctx;
    const char *f = brug__csv_field(csv, 1, NULL);
    l[0] = brug__csv_field_line(csv, 1, 0);
    l[1] = brug__csv_field_line(csv, 1, (size_t)(strstr(f, "l3") - f));
    l[2] = brug__csv_field_line(csv, 1, (size_t)(strstr(f, "l4") - f));
    l[3] = brug__csv_line(csv);
    return BRUG_OK;
}

static void csv_field_lines(void **state)
{
    char *path = write_tmp("fl2.csv", TEXT("a,b\n1,\"l2\nl3\nl4\"\n"));
    brug__csv r;
    unsigned long l[4] = {0, 0, 0, 0};
    (void)state;
    brug__csv_init(&r, NULL, path);
    assert_int_equal(brug__csv_read(&r, NULL, probe, l), BRUG_OK);
    assert_int_equal(l[0], 2);
    assert_int_equal(l[1], 3);
    assert_int_equal(l[2], 4);
    assert_int_equal(l[3], 2);
    assert_int_equal(r.rows, 1);
    brug__csv_release(&r);
    remove(path);
    free(path);
}

static void csv_callback_error_and_limits(void **state)
{
    rows r = {{0}, 0, -1, 2};
    char *path;
    brug__csv c;
    (void)state;
    /* A callback's error stops reading and is returned as is. */
    assert_int_equal(read_text(TEXT("a,b\n1,2\n3,4\n5,6\n"), &r, 0, NULL, 0), BRUG_EINVAL);
    assert_string_equal(r.out, "2|1|2\n");
    /* max_field */
    r.fail_at_row = 0;
    path = write_tmp("big.csv", TEXT("a,b\n1,\"0123456789abcdef\"\n"));
    brug__csv_init(&c, NULL, path);
    c.max_field = 8;
    assert_int_equal(brug__csv_read(&c, hdr, row, &r), BRUG_ETOOBIG);
    assert_true(c.failed);
    assert_non_null(strstr(c.msg, ".csv:2: field 2 is longer than 8 bytes"));
    brug__csv_release(&c);
    remove(path);
    free(path);
    /* a field still open far past the limit is stopped while reading */
    {
        size_t n = 40000, i;
        char *big = malloc(n + 16);
        assert_non_null(big);
        memcpy(big, "a,b\n1,\"", 7);
        for (i = 7; i < n; i++)
            big[i] = (i % 50) ? 'x' : '\n';
        path = write_tmp("open.csv", big, n);
        free(big);
        brug__csv_init(&c, NULL, path);
        c.max_field = 8;
        assert_int_equal(brug__csv_read(&c, hdr, row, &r), BRUG_ETOOBIG);
        assert_non_null(strstr(c.msg, "a field is longer than 8 bytes"));
        brug__csv_release(&c);
        remove(path);
        free(path);
    }
    /* a missing file */
    brug__csv_init(&c, NULL, "/nonexistent/x.csv");
    assert_int_equal(brug__csv_read(&c, hdr, row, &r), BRUG_EIO);
    assert_non_null(strstr(c.msg, "/nonexistent/x.csv:0: cannot open"));
    brug__csv_release(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(csv_lf_and_multiline_fields),       cmocka_unit_test(csv_bom_crlf),
        cmocka_unit_test(csv_blank_lines_keep_line_numbers), cmocka_unit_test(csv_ragged_rows),
        cmocka_unit_test(csv_errors_name_the_line),          cmocka_unit_test(csv_field_lines),
        cmocka_unit_test(csv_callback_error_and_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
