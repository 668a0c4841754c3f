/*
 * test_people.c - passports and offers: the JSON format round trip,
 * create/replace rules, bulk import, every kind of bad input (the database
 * stays unchanged and the error names FILE:LINE), and complete deletion.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "alloc.h"
#include "helper_people.h"
#include "people.h"
#include "people_vocab.h"

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

#define PASSPORT_A                                                                                 \
    "{\"id\":\"person-A-7f3e\",\"region\":\"AM18\",\"max_km\":30,\"hours\":32,"                    \
    "\"skills\":[{\"uri\":\"" FX_SKILL(                                                            \
        "patient_care") "\",\"evidence\":\"diploma\","                                             \
                        "\"date\":\"2021-06-30\"},{\"uri\":\"" FX_SKILL(                           \
                            "hygiene") "\",\"evidence\":\"self\"}],"                               \
                                       "\"work\":[{\"occupation\":\"" FX_OCC(                      \
                                           "nurse") "\",\"years\":4.5}],"                          \
                                                    "\"drives\":[\"social\",\"investigative\"],"   \
                                                    "\"sectors\":{\"prefer\":[\"care\"],"          \
                                                    "\"exclude\":[\"retail\"]}}"

#define PASSPORT_B                                                                                 \
    "{\"id\":\"person-B\",\"region\":\"PV28\",\"skills\":[{\"uri\":\"" FX_SKILL(                   \
        "programming") "\",\"evidence\":\"credential\",\"date\":\"2020\"}]}"

#define OFFER_1                                                                                    \
    "{\"id\":\"vac-1\",\"type\":\"vacancy\",\"title\":\"Nurse \\\"ward "                           \
    "3\\\"\",\"title_lang\":\"EN\","                                                               \
    "\"employer\":{\"id\":\"emp-1\",\"name\":\"Hospital\",\"sector\":\"care\","                    \
    "\"size\":\"large\"},\"occupation\":\"" FX_OCC(                                                \
        "nurse") "\",\"region\":\"AM18\","                                                         \
                 "\"hours\":36,\"essential\":[\"" FX_SKILL("patient_care") "\",\"" FX_SKILL(       \
                     "hygiene") "\"],\"optional\":[\"" FX_SKILL("communication") "\"]}"

#define OFFER_2                                                                                    \
    "{\"id\":\"pl-2\",\"type\":\"placement\",\"employer\":\"emp-1\",\"occupation\":\"" FX_OCC(     \
        "care_assistant") "\",\"region\":\"AM13\",\"capacity\":3,\"essential\":[\"" FX_SKILL("fee" \
                                                                                             "din" \
                                                                                             "g") "\"],\"drives\":[\"social\"]}"

typedef struct fx {
    char *path;
    brug_db *db;
} fx;

static int setup(void **state)
{
    fx *f = calloc(1, sizeof(*f));
    f->path = test_tmp_path("people.db");
    test_bridges_fixture(f->path);
    assert_int_equal(brug_db_open(f->path, 0, NULL, &f->db), BRUG_OK);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fx *f = *state;
    brug_db_close(f->db);
    test_remove_db(f->path);
    free(f->path);
    free(f);
    return 0;
}

static void people_passport_round_trip(void **state)
{
    fx *f = *state;
    json_t *doc = NULL, *again = NULL;
    json_error_t jerr;
    char *text;

    assert_int_equal(test_put_passport(f->db, PASSPORT_A, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(brug_passport_get(f->db, "person-A-7f3e", &doc), BRUG_OK);
    assert_string_equal(json_string_value(json_object_get(doc, "region")), "AM18");
    assert_int_equal(json_integer_value(json_object_get(doc, "max_km")), 30);
    assert_int_equal(json_array_size(json_object_get(doc, "skills")), 2);
    assert_string_equal(json_string_value(json_object_get(
                            json_array_get(json_object_get(doc, "skills"), 0), "evidence")),
                        "self"); /* sorted by URI: hygiene first */
    assert_string_equal(json_string_value(json_object_get(
                            json_array_get(json_object_get(doc, "skills"), 1), "date")),
                        "2021-06-30");
    assert_string_equal(json_string_value(json_array_get(
                            json_object_get(json_object_get(doc, "sectors"), "exclude"), 0)),
                        "retail");
    /* The export is valid input and reproduces itself. */
    text = json_dumps(doc, JSON_COMPACT);
    assert_int_equal(test_put_passport(f->db, text, BRUG_PUT_REPLACE), BRUG_OK);
    assert_int_equal(brug_passport_get(f->db, "person-A-7f3e", &again), BRUG_OK);
    assert_true(json_equal(doc, again));
    free(text);
    json_decref(doc);
    json_decref(again);
    (void)jerr;
}

static void people_create_replace_rules(void **state)
{
    fx *f = *state;
    assert_int_equal(test_put_passport(f->db, PASSPORT_B, BRUG_PUT_REPLACE), BRUG_ENOTFOUND);
    assert_int_equal(test_put_passport(f->db, PASSPORT_B, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(test_put_passport(f->db, PASSPORT_B, BRUG_PUT_CREATE), BRUG_ECONFLICT);
    assert_non_null(strstr(brug_errmsg(f->db), "person-B"));
    assert_int_equal(test_put_passport(f->db, PASSPORT_B, BRUG_PUT_UPSERT), BRUG_OK);
    assert_int_equal(brug_passport_delete(f->db, "person-B"), BRUG_OK);
    assert_int_equal(brug_passport_delete(f->db, "person-B"), BRUG_ENOTFOUND);
}

static void people_offer_round_trip_and_employer_reference(void **state)
{
    fx *f = *state;
    json_t *doc = NULL;
    char *text;
    assert_int_equal(test_put_offer(f->db, OFFER_2, BRUG_PUT_UPSERT), BRUG_EDANGLING);
    assert_non_null(strstr(brug_errmsg(f->db), "emp-1"));
    assert_int_equal(test_put_offer(f->db, OFFER_1, BRUG_PUT_UPSERT), BRUG_OK);
    assert_int_equal(test_put_offer(f->db, OFFER_2, BRUG_PUT_UPSERT), BRUG_OK);
    assert_int_equal(brug_offer_get(f->db, "pl-2", &doc), BRUG_OK);
    assert_string_equal(json_string_value(json_object_get(doc, "type")), "placement");
    assert_int_equal(json_integer_value(json_object_get(doc, "capacity")), 3);
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(doc, "employer"), "sector")), "care");
    json_decref(doc);
    assert_int_equal(brug_offer_get(f->db, "vac-1", &doc), BRUG_OK);
    assert_string_equal(json_string_value(json_object_get(doc, "title")), "Nurse \"ward 3\"");
    assert_string_equal(json_string_value(json_object_get(doc, "title_lang")), "en"); /* "EN" */
    assert_int_equal(json_array_size(json_object_get(doc, "essential")), 2);
    text = json_dumps(doc, JSON_COMPACT);
    assert_int_equal(test_put_offer(f->db, text, BRUG_PUT_REPLACE), BRUG_OK);
    free(text);
    json_decref(doc);
    assert_int_equal(brug_offer_delete(f->db, "vac-1"), BRUG_OK);
    assert_int_equal(brug_offer_get(f->db, "vac-1", &doc), BRUG_ENOTFOUND);
}

static void people_import_file(void **state)
{
    fx *f = *state;
    char *p = test_people_write("ok.jsonl", PASSPORT_A "\n\n" PASSPORT_B "\n");
    char *o = test_people_write("ok_offers.jsonl", OFFER_1 "\n" OFFER_2 "\n");
    uint64_t n = 0;
    assert_int_equal(count_passports_import(f->db, p, &n), BRUG_OK);
    assert_int_equal(n, 2);
    assert_int_equal(count_offers_import(f->db, o, &n), BRUG_OK);
    assert_int_equal(n, 2);
    remove(p);
    remove(o);
    free(p);
    free(o);
}

/* Each bad record, as line 2 after a good line 1: the import fails with
 * the error code and a FILE:2: message, and the database is unchanged. */
typedef struct bad_case {
    const char *line;
    brug_err err;
    const char *needle;
} bad_case;

static void check_bad(fx *f, const bad_case *cases, size_t n, int passports)
{
    size_t i;
    char *before = test_table_counts(f->db);
    for (i = 0; i < n; i++) {
        char text[4096], where[4200];
        char *path, *after;
        uint64_t count = 99;
        brug_err err;
        snprintf(text, sizeof(text), "%s\n%s\n", passports ? PASSPORT_B : OFFER_1, cases[i].line);
        path = test_people_write("bad.jsonl", text);
        err = passports ? count_passports_import(f->db, path, &count)
                        : count_offers_import(f->db, path, &count);
        if (err != cases[i].err || !strstr(brug_errmsg(f->db), cases[i].needle))
            fail_msg("case %zu: got %s '%s', want %s containing '%s'", i, brug_err_name(err),
                     brug_errmsg(f->db), brug_err_name(cases[i].err), cases[i].needle);
        snprintf(where, sizeof(where), "%s:2: ", path);
        if (!strstr(brug_errmsg(f->db), where))
            fail_msg("case %zu: message '%s' lacks '%s'", i, brug_errmsg(f->db), where);
        assert_int_equal(count, 0);
        after = test_table_counts(f->db);
        assert_string_equal(before, after);
        free(after);
        remove(path);
        free(path);
    }
    free(before);
}

static void people_bad_passports_change_nothing(void **state)
{
    static const bad_case cases[] = {
        {"{\"id\":\"x\",", BRUG_EPARSE, "malformed JSON"},
        {"[1,2]", BRUG_EPARSE, "must be a JSON object"},
        {"{\"region\":\"AM01\",\"skills\":[]}", BRUG_EPARSE, "missing \"id\""},
        {"{\"id\":\"x\",\"region\":\"XX99\",\"skills\":[]}", BRUG_EPARSE, "unknown region"},
        {"{\"id\":\"x\",\"region\":\"AM01\"}", BRUG_EPARSE, "missing \"skills\""},
        {"{\"id\":\"x\",\"region\":\"AM01\",\"skils\":[]}", BRUG_EPARSE, "unknown field \"skils\""},
        {"{\"id\":\"x\",\"region\":\"AM01\",\"skills\":[{\"uri\":\"http://test/skill/nope\"}]}",
         BRUG_EDANGLING, "unknown skill URI"},
        {"{\"id\":\"x\",\"region\":\"AM01\",\"skills\":[{\"uri\":\"" FX_OCC("nurse") "\"}]}",
         BRUG_EDANGLING, "is not a skill"},
        {"{\"id\":\"x\",\"region\":\"AM01\",\"skills\":[{\"uri\":\"" FX_SKILL(
             "hygiene") "\",\"evidence\":\"rumour\"}]}",
         BRUG_EPARSE, "evidence"},
        {"{\"id\":\"x\",\"region\":\"AM01\",\"skills\":[{\"uri\":\"" FX_SKILL(
             "hygiene") "\",\"date\":\"2021-13-01\"}]}",
         BRUG_EPARSE, "date"},
        {"{\"id\":\"x\",\"region\":\"AM01\",\"hours\":200,\"skills\":[]}", BRUG_EPARSE,
         "\"hours\" must be from 1 to 80"},
        {"{\"id\":\"x\",\"region\":\"AM01\",\"max_km\":-3,\"skills\":[]}", BRUG_EPARSE, "max_km"},
        {"{\"id\":\"x\",\"region\":\"AM01\",\"skills\":[],\"drives\":[\"greedy\"]}", BRUG_EPARSE,
         "drives[0]"},
        {"{\"id\":\"x\",\"region\":\"AM01\",\"skills\":[],\"sectors\":{\"prefer\":[\"ict\"],"
         "\"exclude\":[\"ict\"]}}",
         BRUG_EPARSE, "both preferred and excluded"},
        {"{\"id\":\"x\",\"region\":\"AM01\",\"skills\":[],\"work\":[{\"occupation\":\"" FX_SKILL(
             "hygiene") "\"}]}",
         BRUG_EDANGLING, "is not an occupation"},
        {"{\"id\":\"\",\"region\":\"AM01\",\"skills\":[]}", BRUG_EPARSE, "\"id\" must be"},
        {"{\"id\":\"x\",\"id\":\"y\",\"region\":\"AM01\",\"skills\":[]}", BRUG_EPARSE,
         "malformed JSON"},
    };
    fx *f = *state;
    assert_int_equal(test_put_passport(f->db, PASSPORT_A, BRUG_PUT_CREATE), BRUG_OK);
    check_bad(f, cases, sizeof(cases) / sizeof(cases[0]), 1);
}

static void people_bad_offers_change_nothing(void **state)
{
    static const bad_case cases[] = {
        {"{\"id\":\"o\",\"type\":\"job\"}", BRUG_EPARSE, "\"type\" must be"},
        {"{\"id\":\"o\",\"type\":\"vacancy\",\"employer\":\"nobody\",\"occupation\":"
         "\"" FX_OCC("nurse") "\",\"region\":\"AM01\",\"essential\":[\"" FX_SKILL("hygiene") "\"]}",
         BRUG_EDANGLING, "unknown employer \"nobody\""},
        {"{\"id\":\"o\",\"type\":\"vacancy\",\"employer\":{\"id\":\"e\",\"sector\":"
         "\"space\","
         "\"size\":\"small\"}}",
         BRUG_EPARSE, "employer.sector"},
        {"{\"id\":\"o\",\"type\":\"placement\",\"employer\":\"emp-1\",\"occupation\":"
         "\"" FX_OCC("nurse") "\",\"region\":\"AM01\",\"capacity\":0,\"essential\":["
                              "\"" FX_SKILL("hygiene") "\"]}",
         BRUG_EPARSE, "capacity"},
        {"{\"id\":\"o\",\"type\":\"vacancy\",\"employer\":\"emp-1\",\"occupation\":"
         "\"" FX_OCC("nurse") "\",\"region\":\"AM01\",\"essential\":[\"http://test/skill/zzz\"]}",
         BRUG_EDANGLING, "essential[0]: unknown skill URI"},
        {"{\"id\":\"o\",\"type\":\"vacancy\",\"employer\":\"emp-1\",\"occupation\":"
         "\"" FX_OCC("nurse") "\",\"region\":\"AM01\"}",
         BRUG_EPARSE, "at least one skill"},
        {"{\"id\":\"o\",\"type\":\"vacancy\",\"employer\":\"emp-1\",\"occupation\":"
         "\"" FX_SKILL("hygiene") "\",\"region\":\"AM01\",\"essential\":[\"" FX_SKILL(
             "hygiene") "\"]}",
         BRUG_EDANGLING, "is not an occupation"},
        {"not json at all", BRUG_EPARSE, "malformed JSON"},
    };
    fx *f = *state;
    check_bad(f, cases, sizeof(cases) / sizeof(cases[0]), 0);
}

static void people_missing_file_and_long_line(void **state)
{
    fx *f = *state;
    char *before = test_table_counts(f->db), *after, *path;
    char *big = malloc((1u << 20) + 64);
    FILE *fp;
    assert_int_equal(count_passports_import(f->db, "/nonexistent/p.jsonl", NULL), BRUG_EIO);
    assert_non_null(strstr(brug_errmsg(f->db), "/nonexistent/p.jsonl"));
    path = test_tmp_path("long.jsonl");
    fp = fopen(path, "w");
    fputs(PASSPORT_B "\n", fp);
    memset(big, ' ', (1u << 20) + 32);
    big[(1u << 20) + 32] = '\0';
    fputs(big, fp);
    fputs("\n", fp);
    fclose(fp);
    assert_int_equal(count_passports_import(f->db, path, NULL), BRUG_ETOOBIG);
    assert_non_null(strstr(brug_errmsg(f->db), ":2: line longer than"));
    after = test_table_counts(f->db);
    assert_string_equal(before, after);
    remove(path);
    free(path);
    free(big);
    free(before);
    free(after);
}

/* A line of exactly the maximum length is accepted; a NUL byte inside a
 * line is named as such (it used to be reported as an over-long line, or
 * with no newline after it, silently cut the line short). */
static void people_import_line_limits(void **state)
{
    fx *f = *state;
    static const char nul_line[] = "{\"id\":\"x\",\"region\":\"AM01\",\"skills\":[]}\0junk";
    char *before = test_table_counts(f->db), *after, *path;
    size_t spaces = (1u << 20) - strlen(PASSPORT_A), i;
    uint64_t count = 0;
    int last;
    FILE *fp;

    path = test_tmp_path("max.jsonl");
    fp = fopen(path, "w");
    fputs(PASSPORT_B "\n", fp);
    fputs(PASSPORT_A, fp);
    fseek(fp, -1, SEEK_CUR); /* overwrite the closing brace: pad, put it back */
    for (i = 0; i < spaces; i++)
        fputc(' ', fp);
    fputs("}\n", fp);
    fclose(fp);
    assert_int_equal(count_passports_import(f->db, path, &count), BRUG_OK);
    assert_int_equal(count, 2);
    remove(path);
    free(path);
    free(before);
    before = test_table_counts(f->db);

    for (last = 0; last < 2; last++) {
        path = test_tmp_path("nul.jsonl");
        fp = fopen(path, "wb");
        fputs(PASSPORT_B "\n", fp);
        fwrite(nul_line, 1, sizeof(nul_line) - 1, fp);
        if (!last)
            fputs("\n" PASSPORT_A "\n", fp);
        fclose(fp);
        count = 99;
        assert_int_equal(count_passports_import(f->db, path, &count), BRUG_EPARSE);
        if (!strstr(brug_errmsg(f->db), ":2: NUL byte"))
            fail_msg("last %d: got '%s'", last, brug_errmsg(f->db));
        assert_int_equal(count, 0);
        after = test_table_counts(f->db);
        assert_string_equal(before, after);
        free(after);
        remove(path);
        free(path);
    }
    free(before);
}

/* Does the file (or its -wal) contain needle anywhere? */
static int file_contains(const char *path, const char *needle)
{
    FILE *fp = fopen(path, "rb");
    size_t n = strlen(needle), len, i;
    char *buf;
    int found = 0;
    if (!fp)
        return 0;
    fseek(fp, 0, SEEK_END);
    len = (size_t)ftell(fp);
    fseek(fp, 0, SEEK_SET);
    buf = malloc(len + 1);
    len = fread(buf, 1, len, fp);
    fclose(fp);
    for (i = 0; i + n <= len && !found; i++)
        found = memcmp(buf + i, needle, n) == 0;
    free(buf);
    return found;
}

static void people_delete_leaves_nothing_behind(void **state)
{
    fx *f = *state;
    char *only_b, *after, wal[4200], token[BRUG_TOKEN_SIZE];
    char *path2 = test_tmp_path("people_b.db");
    brug_db *db2;

    /* The reference: a database that only ever held B. */
    test_bridges_fixture(path2);
    assert_int_equal(brug_db_open(path2, 0, NULL, &db2), BRUG_OK);
    assert_int_equal(test_put_passport(db2, PASSPORT_B, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(test_put_offer(db2, OFFER_1, BRUG_PUT_CREATE), BRUG_OK);
    only_b = test_table_counts(db2);
    brug_db_close(db2);
    test_remove_db(path2);
    free(path2);

    assert_int_equal(test_put_passport(f->db, PASSPORT_A, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(test_put_passport(f->db, PASSPORT_B, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(test_put_offer(f->db, OFFER_1, BRUG_PUT_CREATE), BRUG_OK);
    /* What the access module keeps about A goes too: token and consent. */
    assert_int_equal(brug_token_create(f->db, BRUG_ROLE_PERSON, "person-A-7f3e", token, NULL),
                     BRUG_OK);
    assert_int_equal(brug_consent_grant(f->db, "person-A-7f3e", "adviser-1"), BRUG_OK);
    snprintf(wal, sizeof(wal), "%s-wal", f->path);
    assert_true(file_contains(f->path, "person-A-7f3e") || file_contains(wal, "person-A-7f3e"));
    assert_int_equal(brug_passport_delete(f->db, "person-A-7f3e"), BRUG_OK);
    /* Every table holds exactly what a database without A holds... */
    after = test_table_counts(f->db);
    assert_string_equal(after, only_b);
    /* ...and no byte of A's id is left in the files. */
    assert_false(file_contains(f->path, "person-A-7f3e"));
    assert_false(file_contains(wal, "person-A-7f3e"));
    assert_true(file_contains(f->path, "person-B") || file_contains(wal, "person-B"));
    free(after);
    free(only_b);
}

/* Skills out of concept id order, one given twice (the strongest evidence
 * stays), and a passport without skills. */
#define PASSPORT_C                                                                                 \
    "{\"id\":\"person-C\",\"region\":\"AM01\",\"max_km\":5,\"skills\":["                           \
    "{\"uri\":\"" FX_SKILL(                                                                        \
        "programming") "\",\"evidence\":\"self\"},"                                                \
                       "{\"uri\":\"" FX_SKILL(                                                     \
                           "hygiene") "\",\"evidence\":\"employer\"},"                             \
                                      "{\"uri\":\"" FX_SKILL(                                      \
                                          "programming") "\",\"evidence\":\"credential\"},"        \
                                                         "{\"uri\":\"" FX_SKILL(                   \
                                                             "cleaning") "\",\"evidence\":"        \
                                                                         "\"diploma\"}]}"
#define PASSPORT_C2                                                                                \
    "{\"id\":\"person-C\",\"region\":\"PV31\",\"skills\":["                                        \
    "{\"uri\":\"" FX_SKILL("safety") "\"},{\"uri\":\"" FX_SKILL("arc_welding") "\"}]}"
#define PASSPORT_D "{\"id\":\"person-D\",\"region\":\"AM30\",\"skills\":[]}"

static int raw_count(const char *path, const char *sql);

static void assert_same_set(const brug__person_set *a, const brug__person_set *b)
{
    uint32_t i;
    assert_int_equal(a->n, b->n);
    for (i = 0; i <= a->n; i++)
        assert_int_equal(a->ptr[i], b->ptr[i]);
    for (i = 0; i < a->n; i++) {
        assert_string_equal(a->ext_id[i], b->ext_id[i]);
        assert_int_equal(a->region[i], b->region[i]);
        assert_int_equal(a->hours[i], b->hours[i]);
        assert_int_equal(a->drives[i], b->drives[i]);
        assert_int_equal(a->max_km[i], b->max_km[i]);
        assert_int_equal(a->prefer[i], b->prefer[i]);
        assert_int_equal(a->exclude[i], b->exclude[i]);
    }
    for (i = 0; i < a->ptr[a->n]; i++) {
        assert_int_equal(a->skill[i], b->skill[i]);
        assert_int_equal(a->evidence[i], b->evidence[i]);
    }
}

/* The set matching loads (packed records) equals the one read from the
 * person_skill rows, as a whole and one passport at a time; returns the
 * whole set (caller releases) and its onto in *onto. */
static void load_checked(brug_db *db, brug_onto **onto, brug__person_set *out)
{
    brug__person_set rows;
    uint32_t i;
    assert_int_equal(brug_onto_load(db, onto), BRUG_OK);
    assert_int_equal(brug__person_set_load(db, *onto, NULL, out), BRUG_OK);
    assert_int_equal(brug__person_set_load_rows(db, *onto, NULL, &rows), BRUG_OK);
    assert_same_set(out, &rows);
    brug__person_set_release(&rows);
    for (i = 0; i < out->n; i++) {
        brug__person_set one, one_rows;
        assert_int_equal(brug__person_set_load(db, *onto, out->ext_id[i], &one), BRUG_OK);
        assert_int_equal(brug__person_set_load_rows(db, *onto, out->ext_id[i], &one_rows), BRUG_OK);
        assert_same_set(&one, &one_rows);
        assert_int_equal(one.n, 1);
        assert_int_equal(one.ptr[1], out->ptr[i + 1] - out->ptr[i]);
        if (one.ptr[1])
            assert_memory_equal(one.skill, out->skill + out->ptr[i], one.ptr[1] * sizeof(uint32_t));
        brug__person_set_release(&one);
        brug__person_set_release(&one_rows);
    }
}

/* The offer set from the packed records equals the one from the
 * offer_skill rows, whole and one offer at a time; returns its size. */
static uint32_t offers_checked(brug_db *db)
{
    brug_onto *onto = NULL;
    brug__offer_set a, b;
    uint32_t i, n;
    assert_int_equal(brug_onto_load(db, &onto), BRUG_OK);
    assert_int_equal(brug__offer_set_load(db, onto, NULL, &a), BRUG_OK);
    assert_int_equal(brug__offer_set_load_rows(db, onto, NULL, &b), BRUG_OK);
    assert_int_equal(a.n, b.n);
    for (i = 0; i <= a.n; i++)
        assert_int_equal(a.ptr[i], b.ptr[i]);
    for (i = 0; i < a.n; i++) {
        brug__offer_set one;
        assert_string_equal(a.ext_id[i], b.ext_id[i]);
        assert_string_equal(a.title[i], b.title[i]);
        assert_string_equal(a.employer[i], b.employer[i]);
        assert_int_equal(a.type[i], b.type[i]);
        assert_int_equal(a.region[i], b.region[i]);
        assert_int_equal(a.hours[i], b.hours[i]);
        assert_int_equal(a.drives[i], b.drives[i]);
        assert_int_equal(a.sector[i], b.sector[i]);
        assert_int_equal(a.capacity[i], b.capacity[i]);
        assert_int_equal(a.occupation[i], b.occupation[i]);
        assert_int_equal(brug__offer_set_load(db, onto, a.ext_id[i], &one), BRUG_OK);
        assert_int_equal(one.n, 1);
        assert_int_equal(one.ptr[1], a.ptr[i + 1] - a.ptr[i]);
        if (one.ptr[1]) {
            assert_memory_equal(one.skill, a.skill + a.ptr[i], one.ptr[1] * sizeof(uint32_t));
            assert_memory_equal(one.essential, a.essential + a.ptr[i], one.ptr[1]);
        }
        brug__offer_set_release(&one);
    }
    for (i = 0; i < a.ptr[a.n]; i++) {
        assert_int_equal(a.skill[i], b.skill[i]);
        assert_int_equal(a.essential[i], b.essential[i]);
    }
    n = a.n;
    brug__offer_set_release(&a);
    brug__offer_set_release(&b);
    brug_onto_free(onto);
    return n;
}

static void people_packed_offers_follow_every_write(void **state)
{
    fx *f = *state;
    json_t *doc = NULL;
    char *text, *p = test_people_write("packed_offers.jsonl", OFFER_1 "\n" OFFER_2 "\n");
    uint64_t n = 0;

    assert_int_equal(test_put_offer(f->db, OFFER_1, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(offers_checked(f->db), 1);
    assert_int_equal(count_passports_import(f->db, p, &n), BRUG_EPARSE);
    assert_int_equal(count_offers_import(f->db, p, &n), BRUG_OK);
    assert_int_equal(offers_checked(f->db), 2);
    /* replace through the exported document, then delete */
    assert_int_equal(brug_offer_get(f->db, "pl-2", &doc), BRUG_OK);
    json_object_set_new(doc, "optional", json_pack("[s]", FX_SKILL("cleaning")));
    text = json_dumps(doc, JSON_COMPACT);
    assert_int_equal(test_put_offer(f->db, text, BRUG_PUT_REPLACE), BRUG_OK);
    free(text);
    json_decref(doc);
    assert_int_equal(offers_checked(f->db), 2);
    assert_int_equal(brug_offer_delete(f->db, "vac-1"), BRUG_OK);
    assert_int_equal(offers_checked(f->db), 1);
    remove(p);
    free(p);
}

/* The onto index of fixture skill concept id. */
static uint32_t skill_index(const brug_onto *onto, int64_t id)
{
    uint32_t i;
    for (i = 0; i < onto->nskill_proper; i++)
        if (onto->skill_id[i] == id)
            return i;
    fail_msg("no skill %lld", (long long)id);
    return 0;
}

/* Position of ext_id in the set, or -1. */
static int find_person(const brug__person_set *s, const char *ext_id)
{
    uint32_t i;
    for (i = 0; i < s->n; i++)
        if (strcmp(s->ext_id[i], ext_id) == 0)
            return (int)i;
    return -1;
}

/* The skills (fixture concept ids) and evidence of one person in the set. */
static void assert_skills(const brug_onto *onto, const brug__person_set *s, const char *ext_id,
                          const int64_t *ids, const uint8_t *ev, uint32_t n)
{
    int p = find_person(s, ext_id);
    uint32_t i;
    assert_true(p >= 0);
    assert_int_equal(s->ptr[p + 1] - s->ptr[p], n);
    for (i = 0; i < n; i++) {
        assert_int_equal(s->skill[s->ptr[p] + i], skill_index(onto, ids[i]));
        assert_int_equal(s->evidence[s->ptr[p] + i], ev[i]);
    }
}

static void people_packed_records_follow_every_write(void **state)
{
    fx *f = *state;
    brug_onto *onto = NULL;
    brug__person_set s;
    char *p = test_people_write("packed.jsonl", PASSPORT_A "\n" PASSPORT_B "\n" PASSPORT_C2 "\n");
    static const int64_t c_ids[] = {21, 27, 40}, c2_ids[] = {30, 37}, a_ids[] = {20, 21};
    static const uint8_t c_ev[] = {1, 2, 3}, c2_ev[] = {0, 0}, a_ev[] = {2, 0};
    uint64_t n = 0;

    /* put: skills in concept id order, the strongest of a repeated skill. */
    assert_int_equal(test_put_passport(f->db, PASSPORT_C, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(test_put_passport(f->db, PASSPORT_D, BRUG_PUT_CREATE), BRUG_OK);
    load_checked(f->db, &onto, &s);
    assert_int_equal(s.n, 2);
    assert_skills(onto, &s, "person-C", c_ids, c_ev, 3);
    assert_skills(onto, &s, "person-D", NULL, NULL, 0);
    assert_int_equal(s.max_km[find_person(&s, "person-C")], 5);
    brug__person_set_release(&s);
    brug_onto_free(onto);

    /* replace */
    assert_int_equal(test_put_passport(f->db, PASSPORT_C2, BRUG_PUT_REPLACE), BRUG_OK);
    load_checked(f->db, &onto, &s);
    assert_skills(onto, &s, "person-C", c2_ids, c2_ev, 2);
    brug__person_set_release(&s);
    brug_onto_free(onto);

    /* import (creating A and B, replacing C) */
    assert_int_equal(count_passports_import(f->db, p, &n), BRUG_OK);
    load_checked(f->db, &onto, &s);
    assert_int_equal(s.n, 4);
    assert_skills(onto, &s, "person-A-7f3e", a_ids, a_ev, 2);
    assert_skills(onto, &s, "person-C", c2_ids, c2_ev, 2);
    brug__person_set_release(&s);
    brug_onto_free(onto);

    /* delete, on the handle that just imported (foreign keys, and so the
     * cascade, are back on) */
    assert_int_equal(brug_passport_delete(f->db, "person-C"), BRUG_OK);
    assert_int_equal(raw_count(f->path, "SELECT count(*) FROM person_skill WHERE person NOT IN "
                                        "(SELECT id FROM person)"),
                     0);
    load_checked(f->db, &onto, &s);
    assert_int_equal(s.n, 3);
    assert_int_equal(find_person(&s, "person-C"), -1);
    assert_skills(onto, &s, "person-A-7f3e", a_ids, a_ev, 2);
    brug__person_set_release(&s);
    brug_onto_free(onto);
    remove(p);
    free(p);
}

/* The one parser (people_parse.c), on each kind of line: accepted (needle
 * NULL) or refused with err and a message containing needle.  A line that
 * jansson also loads gives the same answer through the json_t entry (a
 * single put), which serialises the document and reads it again. */
typedef struct parse_case {
    const char *line;
    brug_err err;
    const char *needle;
} parse_case;

#define SKILLS_OK "\"skills\":[{\"uri\":\"" FX_SKILL("hygiene") "\"}]"
#define P_BASE "{\"id\":\"x\",\"region\":\"AM01\","

static void check_cases(fx *f, const parse_case *cases, size_t n, int passports)
{
    brug__concepts cm;
    brug__passport_rec *p = calloc(1, sizeof(*p)), *pj = calloc(1, sizeof(*pj));
    brug__offer_rec *o = calloc(1, sizeof(*o)), *oj = calloc(1, sizeof(*oj));
    char why[512], whyj[512];
    size_t i;

    assert_int_equal(brug__concepts_load(f->db, &cm), BRUG_OK);
    for (i = 0; i < n; i++) {
        const char *line = cases[i].line;
        json_t *doc = json_loadb(line, strlen(line), JSON_REJECT_DUPLICATES, NULL);
        brug_err err, errj;
        why[0] = whyj[0] = '\0';
        err = passports ? brug__passport_read(line, strlen(line), &cm, &brug__alloc_libc, p, why,
                                              sizeof(why))
                        : brug__offer_read(line, strlen(line), &cm, &brug__alloc_libc, o, why,
                                           sizeof(why));
        if (err != cases[i].err || (cases[i].needle && !strstr(why, cases[i].needle)))
            fail_msg("case %zu: got %s '%s', want %s containing '%s': %s", i, brug_err_name(err),
                     why, brug_err_name(cases[i].err), cases[i].needle ? cases[i].needle : "",
                     line);
        if (doc) {
            errj = passports
                       ? brug__passport_parse(doc, &cm, &brug__alloc_libc, pj, whyj, sizeof(whyj))
                       : brug__offer_parse(doc, &cm, &brug__alloc_libc, oj, whyj, sizeof(whyj));
            assert_int_equal(errj, err);
            /* the same message but for a column number */
            if (strncmp(why, whyj, strcspn(why, "(")) != 0)
                fail_msg("case %zu: '%s' from the text, '%s' from the document", i, why, whyj);
            if (!err && passports) {
                assert_string_equal(p->id, pj->id);
                assert_int_equal(p->nskills, pj->nskills);
                assert_int_equal(p->nwork, pj->nwork);
                assert_int_equal(p->ncreds, pj->ncreds);
            } else if (!err) {
                assert_string_equal(o->id, oj->id);
                assert_int_equal(o->nskills, oj->nskills);
            }
        }
        json_decref(doc);
    }
    brug__concepts_release(&cm);
    brug__passport_rec_release(p, &brug__alloc_libc);
    brug__passport_rec_release(pj, &brug__alloc_libc);
    free(p);
    free(pj);
    free(o);
    free(oj);
}

static void people_parser_passport_cases(void **state)
{
    static const parse_case cases[] = {
        {PASSPORT_A, BRUG_OK, NULL},
        {PASSPORT_B, BRUG_OK, NULL},
        {PASSPORT_A "\r\n", BRUG_OK, NULL},
        {"  {\"id\":\"x\" , \"region\" : \"AM01\",\"max_km\":0,\"hours\":80," SKILLS_OK
         ",\"work\":[{\"occupation\":\"" FX_OCC("nurse") "\"},{\"years\":70,\"occupation\":"
                                                         "\"" FX_OCC(
                                                             "welder") "\"}],\"drives\":["
                                                                       "\"social\",\"social\"],"
                                                                       "\"sectors\":{\"exclude\":["
                                                                       "\"ict\"]}}  ",
         BRUG_OK, NULL},
        {P_BASE "\"work\":[],\"drives\":[],\"sectors\":{}," SKILLS_OK "}", BRUG_OK, NULL},
        {P_BASE "\"skills\":[]}", BRUG_OK, NULL},
        /* escapes, non-ASCII and numbers jansson reads the same way are fine */
        {"{\"id\":\"x\\u0041\\/\\\"\",\"region\":\"AM01\"," SKILLS_OK "}", BRUG_EPARSE,
         "\"id\" must be"},
        {"{\"id\":\"x\\u0041\",\"region\":\"Utrecht\"," SKILLS_OK "}", BRUG_OK, NULL},
        {"{\"id\":\"caf\xc3\xa9\",\"region\":\"AM01\"," SKILLS_OK "}", BRUG_OK, NULL},
        {"{\"id\":\"x\",\t\"region\":\"AM01\"," SKILLS_OK "}", BRUG_OK, NULL},
        {P_BASE "\"max_km\":-0," SKILLS_OK "}", BRUG_OK, NULL},
        /* syntax */
        {"{\"id\":\"x\",", BRUG_EPARSE, "malformed JSON"},
        {"", BRUG_EPARSE, "malformed JSON"},
        {P_BASE SKILLS_OK "} x", BRUG_EPARSE, "malformed JSON"},
        {P_BASE SKILLS_OK "}{}", BRUG_EPARSE, "malformed JSON"},
        {P_BASE SKILLS_OK ",}", BRUG_EPARSE, "malformed JSON"},
        {"{\"id\":\"caf\xc3\",\"region\":\"AM01\"," SKILLS_OK "}", BRUG_EPARSE, "malformed JSON"},
        {"{\"id\":\"x\\u0000y\",\"region\":\"AM01\"," SKILLS_OK "}", BRUG_EPARSE, "\\u0000"},
        {"{\"id\":\"x\",\"region\":\"AM01\\u0000junk\"," SKILLS_OK "}", BRUG_EPARSE, "\\u0000"},
        {P_BASE "\"hours\":99999999999999999999," SKILLS_OK "}", BRUG_EPARSE, "malformed JSON"},
        {P_BASE "\"max_km\":01," SKILLS_OK "}", BRUG_EPARSE, "malformed JSON"},
        /* not an object */
        {"[1,2]", BRUG_EPARSE, "a passport must be a JSON object"},
        {"\"x\"", BRUG_EPARSE, "a passport must be a JSON object"},
        {"null", BRUG_EPARSE, "a passport must be a JSON object"},
        {"7", BRUG_EPARSE, "a passport must be a JSON object"},
        /* missing fields */
        {"{\"region\":\"AM01\"," SKILLS_OK "}", BRUG_EPARSE, "missing \"id\""},
        {"{\"id\":\"x\"," SKILLS_OK "}", BRUG_EPARSE, "missing \"region\""},
        {"{\"id\":\"x\",\"region\":\"AM01\"}", BRUG_EPARSE, "missing \"skills\""},
        {P_BASE "\"skills\":[{}]}", BRUG_EPARSE, "skills[0]: missing \"uri\""},
        {P_BASE SKILLS_OK ",\"work\":[{\"years\":3}]}", BRUG_EPARSE,
         "work[0]: missing \"occupation\""},
        /* unknown fields, at every level */
        {P_BASE "\"skils\":[]}", BRUG_EPARSE, "unknown field \"skils\""},
        {P_BASE "\"skills\":[{\"uri\":\"" FX_SKILL("hygiene") "\",\"level\":2}]}", BRUG_EPARSE,
         "skills[0]: unknown field \"level\""},
        {P_BASE SKILLS_OK ",\"work\":[{\"occupation\":\"" FX_OCC("nurse") "\",\"boss\":1}]}",
         BRUG_EPARSE, "work[0]: unknown field \"boss\""},
        {P_BASE SKILLS_OK ",\"sectors\":{\"like\":[\"ict\"]}}", BRUG_EPARSE,
         "sectors: unknown field \"like\""},
        /* duplicates */
        {"{\"id\":\"x\",\"id\":\"y\",\"region\":\"AM01\"," SKILLS_OK "}", BRUG_EPARSE,
         "duplicate object key \"id\""},
        {P_BASE
         "\"skills\":[{\"uri\":\"" FX_SKILL("hygiene") "\",\"uri\":\"" FX_SKILL("hygiene") "\"}]}",
         BRUG_EPARSE, "skills[0]: malformed JSON: duplicate object key \"uri\""},
        {P_BASE SKILLS_OK ",\"sectors\":{\"prefer\":[],\"prefer\":[]}}", BRUG_EPARSE,
         "sectors: malformed JSON: duplicate object key \"prefer\""},
        /* wrong types, field by field */
        {"{\"id\":7,\"region\":\"AM01\"," SKILLS_OK "}", BRUG_EPARSE, "\"id\" must be a string"},
        {"{\"id\":null,\"region\":\"AM01\"," SKILLS_OK "}", BRUG_EPARSE, "\"id\" must be"},
        {"{\"id\":{\"a\":1},\"region\":\"AM01\"," SKILLS_OK "}", BRUG_EPARSE, "\"id\" must be"},
        {"{\"id\":\"x\",\"region\":18," SKILLS_OK "}", BRUG_EPARSE,
         "\"region\" must be a region code"},
        {P_BASE "\"max_km\":30.0," SKILLS_OK "}", BRUG_EPARSE, "\"max_km\" must be a whole number"},
        {P_BASE "\"hours\":\"36\"," SKILLS_OK "}", BRUG_EPARSE, "\"hours\" must be a whole number"},
        {P_BASE "\"skills\":{}}", BRUG_EPARSE, "\"skills\" must be an array"},
        {P_BASE "\"skills\":[\"" FX_SKILL("hygiene") "\"]}", BRUG_EPARSE,
         "skills[0] must be an object"},
        {P_BASE "\"skills\":[{\"uri\":\"" FX_SKILL("hygiene") "\"},[]]}", BRUG_EPARSE,
         "skills[1] must be an object"},
        {P_BASE "\"skills\":[{\"uri\":7}]}", BRUG_EPARSE, "skills[0].uri: expected the URI"},
        {P_BASE "\"skills\":[{\"uri\":\"" FX_SKILL("hygiene") "\",\"evidence\":1}]}", BRUG_EPARSE,
         "skills[0].evidence"},
        {P_BASE "\"skills\":[{\"uri\":\"" FX_SKILL("hygiene") "\",\"date\":2021}]}", BRUG_EPARSE,
         "skills[0].date"},
        {P_BASE "\"skills\":[{\"uri\":\"" FX_SKILL("hygiene") "\",\"credential\":\"x\"}]}",
         BRUG_EPARSE, "skills[0].credential must be a signed credential object"},
        {P_BASE SKILLS_OK ",\"work\":null}", BRUG_EPARSE, "\"work\" must be an array"},
        {P_BASE SKILLS_OK ",\"work\":[3]}", BRUG_EPARSE, "work[0] must be an object"},
        {P_BASE SKILLS_OK ",\"work\":[{\"occupation\":[]}]}", BRUG_EPARSE,
         "work[0].occupation: expected the URI"},
        {P_BASE SKILLS_OK ",\"work\":[{\"occupation\":\"" FX_OCC("nurse") "\",\"years\":\"3\"}]}",
         BRUG_EPARSE, "work[0].years"},
        {P_BASE SKILLS_OK ",\"drives\":true}", BRUG_EPARSE, "\"drives\" must be an array"},
        {P_BASE SKILLS_OK ",\"drives\":\"social\"}", BRUG_EPARSE, "\"drives\" must be an array"},
        {P_BASE SKILLS_OK ",\"drives\":[\"social\",7]}", BRUG_EPARSE, "drives[1]: expected one of"},
        {P_BASE SKILLS_OK ",\"sectors\":[]}", BRUG_EPARSE, "\"sectors\" must be an object"},
        {P_BASE SKILLS_OK ",\"sectors\":{\"prefer\":\"ict\"}}", BRUG_EPARSE,
         "\"sectors.prefer\" must be an array"},
        {P_BASE SKILLS_OK ",\"sectors\":{\"exclude\":[\"ict\",null]}}", BRUG_EPARSE,
         "sectors.exclude[1]: unknown sector"},
        /* values */
        {"{\"id\":\"\",\"region\":\"AM01\"," SKILLS_OK "}", BRUG_EPARSE, "\"id\" must be"},
        {"{\"id\":\"a/b\",\"region\":\"AM01\"," SKILLS_OK "}", BRUG_EPARSE, "\"id\" must be"},
        {"{\"id\":\"x\",\"region\":\"XX99\"," SKILLS_OK "}", BRUG_EPARSE,
         "unknown region \"XX99\""},
        {"{\"id\":\"x\",\"region\":\"CR17\"," SKILLS_OK "}", BRUG_EPARSE, "is a COROP region"},
        {P_BASE "\"max_km\":501," SKILLS_OK "}", BRUG_EPARSE, "\"max_km\" must be from 0 to 500"},
        {P_BASE "\"hours\":0," SKILLS_OK "}", BRUG_EPARSE, "\"hours\" must be from 1 to 80, got 0"},
        {P_BASE "\"skills\":[{\"uri\":\"http://test/skill/nope\"}]}", BRUG_EDANGLING,
         "skills[0].uri: unknown skill URI \"http://test/skill/nope\""},
        {P_BASE "\"skills\":[{\"uri\":\"" FX_OCC("nurse") "\"}]}", BRUG_EDANGLING,
         "is not a skill"},
        {P_BASE "\"skills\":[{\"uri\":\"" FX_SKILL("hygiene") "\",\"evidence\":\"rumour\"}]}",
         BRUG_EPARSE, "skills[0].evidence: expected self"},
        {P_BASE "\"skills\":[{\"uri\":\"" FX_SKILL("hygiene") "\",\"date\":\"2021-13-01\"}]}",
         BRUG_EPARSE, "skills[0].date"},
        {P_BASE "\"skills\":[{\"uri\":\"" FX_SKILL("hygiene") "\",\"date\":\"2021-01-011\"}]}",
         BRUG_EPARSE, "skills[0].date"},
        {P_BASE SKILLS_OK ",\"drives\":[\"greedy\"]}", BRUG_EPARSE, "drives[0]: expected one of"},
        {P_BASE SKILLS_OK ",\"sectors\":{\"prefer\":[\"ict\"],\"exclude\":[\"ict\"]}}", BRUG_EPARSE,
         "both preferred and excluded"},
        {P_BASE SKILLS_OK ",\"sectors\":{\"prefer\":[\"mining\"]}}", BRUG_EPARSE,
         "sectors.prefer[0]: unknown sector"},
        {P_BASE SKILLS_OK ",\"work\":[{\"occupation\":\"" FX_SKILL("hygiene") "\"}]}",
         BRUG_EDANGLING, "work[0].occupation: \"" FX_SKILL("hygiene") "\" is not an occupation"},
        {P_BASE SKILLS_OK ",\"work\":[{\"occupation\":\"" FX_OCC("nurse") "\",\"years\":70.5}]}",
         BRUG_EPARSE, "work[0].years: expected a number from 0 to 70"},
        {P_BASE SKILLS_OK ",\"work\":[{\"occupation\":\"" FX_OCC("nurse") "\",\"years\":-1}]}",
         BRUG_EPARSE, "work[0].years"},
    };
    check_cases(*state, cases, sizeof(cases) / sizeof(cases[0]), 1);
}

#define U_HYGIENE FX_SKILL("hygiene")
#define U_CLEANING FX_SKILL("cleaning")
#define U_NURSE FX_OCC("nurse")

/* What the parser puts in the record: defaults, merged duplicates, the credential kept. */
static void people_parser_passport_record(void **state)
{
    fx *f = *state;
    brug__concepts cm;
    brug__passport_rec *p = calloc(1, sizeof(*p));
    char why[512];
    static const char line[] = "{\"id\":\"x\\u0041\",\"region\":\"AM01\",\"skills\":["
                               "{\"uri\":\"" U_HYGIENE "\",\"evidence\":\"self\"},"
                               "{\"uri\":\"" U_HYGIENE "\",\"evidence\":\"diploma\","
                               "\"date\":\"2020-02\"},"
                               "{\"uri\":\"" U_CLEANING "\",\"evidence\":\"credential\","
                               "\"credential\":{\"a\":[1,2.5,{\"b\":null}],\"c\":true}}],"
                               "\"work\":[{\"occupation\":\"" U_NURSE "\",\"years\":2}]}";
    char *text;

    assert_int_equal(brug__concepts_load(f->db, &cm), BRUG_OK);
    assert_int_equal(
        brug__passport_read(line, strlen(line), &cm, &brug__alloc_libc, p, why, sizeof(why)),
        BRUG_OK);
    assert_string_equal(p->id, "xA");
    assert_int_equal(p->max_km, 25);
    assert_int_equal(p->hours, 36);
    assert_int_equal(p->nskills, 2);
    assert_int_equal(p->skills[0].evidence, BRUG__EVIDENCE_DIPLOMA);
    assert_string_equal(p->skills[0].date, "2020-02");
    assert_int_equal(p->nwork, 1);
    assert_true(p->work[0].years == 2.0);
    assert_int_equal(p->ncreds, 1);
    assert_int_equal(p->creds[0].at, 2);
    assert_int_equal(p->creds[0].skill, p->skills[1].skill);
    assert_string_equal(p->creds[0].uri, FX_SKILL("cleaning"));
    assert_int_equal(p->creds[0].underlying, BRUG__EVIDENCE_SELF);
    text = json_dumps(p->creds[0].credential, JSON_COMPACT);
    assert_string_equal(text, "{\"a\":[1,2.5,{\"b\":null}],\"c\":true}");
    free(text);
    /* Read again into the same record: the old credential goes. */
    assert_int_equal(brug__passport_read(PASSPORT_B, strlen(PASSPORT_B), &cm, &brug__alloc_libc, p,
                                         why, sizeof(why)),
                     BRUG_OK);
    assert_int_equal(p->ncreds, 0);
    /* A duplicate key inside a credential, and one that stops the parser
     * halfway through it (nothing leaks: ASan). */
    {
        static const char dup[] = P_BASE
            "\"skills\":[{\"uri\":\"" FX_SKILL("hygiene") "\",\"credential\":{\"a\":1,\"a\":2}}]}";
        static const char cut[] = P_BASE
            "\"skills\":[{\"uri\":\"" FX_SKILL("hygiene") "\",\"credential\":{\"a\":[1,{\"b\":";
        static const char after[] = P_BASE "\"skills\":[{\"uri\":\"" FX_SKILL(
            "hygiene") "\",\"credential\":{\"a\":1},\"level\":1}]}";
        assert_int_equal(
            brug__passport_read(dup, strlen(dup), &cm, &brug__alloc_libc, p, why, sizeof(why)),
            BRUG_EPARSE);
        assert_non_null(strstr(why, "skills[0].credential: malformed JSON: duplicate object key"));
        assert_int_equal(
            brug__passport_read(cut, strlen(cut), &cm, &brug__alloc_libc, p, why, sizeof(why)),
            BRUG_EPARSE);
        assert_non_null(strstr(why, "malformed JSON"));
        assert_int_equal(
            brug__passport_read(after, strlen(after), &cm, &brug__alloc_libc, p, why, sizeof(why)),
            BRUG_EPARSE);
        assert_non_null(strstr(why, "skills[0]: unknown field \"level\""));
        assert_int_equal(p->ncreds, 0);
    }
    brug__passport_rec_release(p, &brug__alloc_libc);
    brug__concepts_release(&cm);
    free(p);
}

/* Limits: ids of 128 bytes, 1,000 skills, 100 work entries; one more is refused. */
static void people_parser_limits(void **state)
{
    fx *f = *state;
    brug__concepts cm;
    brug__passport_rec *p = calloc(1, sizeof(*p));
    size_t cap = 200000, len, i;
    char *line = malloc(cap), why[512];
    int over;

    assert_int_equal(brug__concepts_load(f->db, &cm), BRUG_OK);
    for (over = 0; over < 2; over++) {
        len = (size_t)snprintf(line, cap, "{\"id\":\"");
        for (i = 0; i < (size_t)BRUG__ID_MAX + (size_t)over; i++)
            line[len++] = 'i';
        len += (size_t)snprintf(line + len, cap - len, "\",\"region\":\"AM01\",\"skills\":[]}");
        assert_int_equal(
            brug__passport_read(line, len, &cm, &brug__alloc_libc, p, why, sizeof(why)),
            over ? BRUG_EPARSE : BRUG_OK);
        if (over)
            assert_non_null(strstr(why, "\"id\" must be a string of 1 to 128"));

        len = (size_t)snprintf(line, cap, P_BASE "\"skills\":[");
        for (i = 0; i < (size_t)BRUG__MAX_SKILLS + (size_t)over; i++)
            len += (size_t)snprintf(line + len, cap - len,
                                    "%s{\"uri\":\"" FX_SKILL("hygiene") "\"}", i ? "," : "");
        len += (size_t)snprintf(line + len, cap - len, "]}");
        assert_int_equal(
            brug__passport_read(line, len, &cm, &brug__alloc_libc, p, why, sizeof(why)),
            over ? BRUG_EPARSE : BRUG_OK);
        if (over)
            assert_non_null(strstr(why, "more than 1000 skills"));
        else
            assert_int_equal(p->nskills, 1);

        len = (size_t)snprintf(line, cap, P_BASE SKILLS_OK ",\"work\":[");
        for (i = 0; i < (size_t)BRUG__MAX_WORK + (size_t)over; i++)
            len += (size_t)snprintf(line + len, cap - len,
                                    "%s{\"occupation\":\"" FX_OCC("nurse") "\"}", i ? "," : "");
        len += (size_t)snprintf(line + len, cap - len, "]}");
        assert_int_equal(
            brug__passport_read(line, len, &cm, &brug__alloc_libc, p, why, sizeof(why)),
            over ? BRUG_EPARSE : BRUG_OK);
        if (over)
            assert_non_null(strstr(why, "more than 100 work-history entries"));
        else
            assert_int_equal(p->nwork, BRUG__MAX_WORK);
    }
    /* Every byte at every position of an id: taken when it is printable
     * ASCII other than '"', '\\' and '/' (raw control bytes and lone
     * non-ASCII bytes are not JSON or not UTF-8; DEL is not printable). */
    for (i = 0; i < 256 * 16; i++) {
        unsigned b = (unsigned)(i / 16), at = (unsigned)(i % 16);
        int n = snprintf(line, cap,
                         "{\"id\":\"%.*sX%.*s\",\"region\":\"AM01\","
                         "\"skills\":[]}",
                         (int)at, "abcdefghijklmnop", (int)(15 - at), "abcdefghijklmnop");
        int want = b >= 0x20 && b <= 0x7e && b != '\\' && b != '"' && b != '/';
        brug_err err;
        line[7 + at] = (char)b;
        err = brug__passport_read(line, (size_t)n, &cm, &brug__alloc_libc, p, why, sizeof(why));
        if ((err == BRUG_OK) != want)
            fail_msg("byte 0x%02x at %u: the parser %s it (%s)", b, at, want ? "refused" : "took",
                     why);
    }
    brug__passport_rec_release(p, &brug__alloc_libc);
    brug__concepts_release(&cm);
    free(line);
    free(p);
}

#define OFFER_BASE                                                                                 \
    "\"id\":\"o\",\"type\":\"vacancy\",\"employer\":\"emp-1\",\"occupation\":\"" FX_OCC(           \
        "nurse") "\",\"region\":\"AM18\""
#define ESS_OK ",\"essential\":[\"" FX_SKILL("hygiene") "\"]"
#define EMP_OBJ(x)                                                                                 \
    "{\"id\":\"o\",\"type\":\"vacancy\",\"employer\":" x                                           \
    ",\"occupation\":\"" FX_OCC("nurse") "\",\"region\":\"AM18\"" ESS_OK "}"
#define TITLE200                                                                                   \
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" \
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" \
    "xxxxxxxxxxxxxxxx"
static void people_parser_offer_cases(void **state)
{
    static const parse_case cases[] = {
        {OFFER_1, BRUG_OK, NULL},
        {OFFER_2, BRUG_OK, NULL},
        {"{" OFFER_BASE ESS_OK "}", BRUG_OK, NULL},
        {"{\"optional\":[\"" FX_SKILL("hygiene") "\",\"" FX_SKILL(
             "cleaning") "\"],\"essential\":[\"" FX_SKILL("hygiene") "\"]," OFFER_BASE
                                                                     ",\"hours\":80,\"capacity\":"
                                                                     "10000,\"drives\":[\"social\"]"
                                                                     ",\"title\":\"Nurse\"}",
         BRUG_OK, NULL},
        {EMP_OBJ("{\"id\":\"e2\",\"sector\":\"ict\",\"size\":\"micro\",\"name\":\"Byte BV\"}"),
         BRUG_OK, NULL},
        {"{" OFFER_BASE ESS_OK ",\"title\":\"caf\xc3\xa9\"}", BRUG_OK, NULL},
        {"{" OFFER_BASE ESS_OK ",\"title\":\"" TITLE200 "\"}", BRUG_OK, NULL},
        {"{" OFFER_BASE ESS_OK ",\"title\":\"" TITLE200 "x\"}", BRUG_EPARSE,
         "\"title\" must be a string of at most 200 bytes"},
        {"[]", BRUG_EPARSE, "an offer must be a JSON object"},
        {"not json at all", BRUG_EPARSE, "malformed JSON"},
        {"{" OFFER_BASE "}", BRUG_EPARSE, "at least one skill"},
        {"{" OFFER_BASE ",\"essential\":[]}", BRUG_EPARSE, "at least one skill"},
        {"{\"id\":\"o\",\"type\":\"job\"}", BRUG_EPARSE, "\"type\" must be"},
        {"{\"id\":\"o\",\"employer\":\"emp-1\",\"occupation\":\"" FX_OCC(
             "nurse") "\",\"region\":\"AM18\"" ESS_OK "}",
         BRUG_EPARSE, "missing \"type\""},
        {"{\"id\":\"o\",\"type\":\"vacancy\",\"occupation\":\"" FX_OCC(
             "nurse") "\",\"region\":\"AM18\"" ESS_OK "}",
         BRUG_EPARSE, "missing \"employer\""},
        {"{\"id\":\"o\",\"type\":\"vacancy\",\"employer\":\"e\",\"region\":\"AM18\"" ESS_OK "}",
         BRUG_EPARSE, "missing \"occupation\""},
        {"{" OFFER_BASE ESS_OK ",\"hours\":0}", BRUG_EPARSE, "\"hours\" must be from 1 to 80"},
        {"{" OFFER_BASE ESS_OK ",\"capacity\":10001}", BRUG_EPARSE, "\"capacity\" must be from"},
        {"{" OFFER_BASE ESS_OK ",\"capacity\":2.0}", BRUG_EPARSE,
         "\"capacity\" must be a whole number"},
        {"{" OFFER_BASE ESS_OK ",\"title\":null}", BRUG_EPARSE, "\"title\" must be a string"},
        {"{" OFFER_BASE ESS_OK ",\"title\":\"Verpleegkundige\",\"title_lang\":\"nl-BE\"}", BRUG_OK,
         NULL},
        {"{" OFFER_BASE ESS_OK ",\"title_lang\":\"Nederlands\"}", BRUG_EPARSE,
         "\"title_lang\" must be a language code"},
        {"{" OFFER_BASE ESS_OK ",\"title_lang\":7}", BRUG_EPARSE,
         "\"title_lang\" must be a language code"},
        {"{" OFFER_BASE ESS_OK ",\"title\":7}", BRUG_EPARSE, "\"title\" must be a string"},
        {"{" OFFER_BASE ESS_OK ",\"colour\":\"red\"}", BRUG_EPARSE, "unknown field \"colour\""},
        {"{" OFFER_BASE ESS_OK ",\"region\":\"AM18\"}", BRUG_EPARSE,
         "duplicate object key \"region\""},
        {"{" OFFER_BASE ",\"essential\":\"" FX_SKILL("hygiene") "\"}", BRUG_EPARSE,
         "\"essential\" must be an array of skill URIs"},
        {"{" OFFER_BASE ",\"optional\":{}}", BRUG_EPARSE,
         "\"optional\" must be an array of skill URIs"},
        {"{" OFFER_BASE ",\"essential\":[\"" FX_OCC("nurse") "\"]}", BRUG_EDANGLING,
         "essential[0]: \"" FX_OCC("nurse") "\" is not a skill"},
        {"{" OFFER_BASE ",\"essential\":[\"http://test/skill/zzz\"]}", BRUG_EDANGLING,
         "essential[0]: unknown skill URI"},
        {"{" OFFER_BASE
         ",\"optional\":[\"" FX_SKILL("hygiene") "\",{\"uri\":\"" FX_SKILL("hygiene") "\"}]}",
         BRUG_EPARSE, "optional[1]: expected the URI of an ESCO skill"},
        {"{" OFFER_BASE ESS_OK ",\"drives\":[\"greedy\"]}", BRUG_EPARSE, "drives[0]"},
        {"{" OFFER_BASE ESS_OK ",\"drives\":{}}", BRUG_EPARSE, "\"drives\" must be an array"},
        {EMP_OBJ("{\"id\":\"e\",\"sector\":\"ict\"}"), BRUG_EPARSE, "employer: missing \"size\""},
        {EMP_OBJ("{\"sector\":\"ict\",\"size\":\"small\"}"), BRUG_EPARSE,
         "employer: missing \"id\""},
        {EMP_OBJ("{\"id\":\"e\",\"sector\":\"ict\",\"size\":\"huge\"}"), BRUG_EPARSE,
         "employer.size: expected micro"},
        {EMP_OBJ("{\"id\":\"e\",\"sector\":\"space\",\"size\":\"small\"}"), BRUG_EPARSE,
         "employer.sector: unknown sector"},
        {EMP_OBJ("{\"id\":\"e\",\"sector\":\"ict\",\"size\":\"small\",\"boss\":\"x\"}"),
         BRUG_EPARSE, "employer: unknown field \"boss\""},
        {EMP_OBJ("{\"id\":\"e\",\"id\":\"f\",\"sector\":\"ict\",\"size\":\"small\"}"), BRUG_EPARSE,
         "employer: malformed JSON: duplicate object key \"id\""},
        {EMP_OBJ("{\"id\":\"e\",\"sector\":\"ict\",\"size\":\"small\",\"name\":false}"),
         BRUG_EPARSE, "employer.name must be a string"},
        {EMP_OBJ("\"\""), BRUG_EPARSE, "\"employer\" id must be"},
        {EMP_OBJ("[]"), BRUG_EPARSE, "\"employer\" must be an employer id or"},
        {EMP_OBJ("3"), BRUG_EPARSE, "\"employer\" must be an employer id or"},
        {"{\"id\":\"o\",\"type\":\"vacancy\",\"employer\":\"emp-1\",\"occupation\":\"" FX_SKILL(
             "hygiene") "\",\"region\":\"AM18\"" ESS_OK "}",
         BRUG_EDANGLING, "occupation: \"" FX_SKILL("hygiene") "\" is not an occupation"},
        {"{\"id\":\"o\",\"type\":\"vacancy\",\"employer\":\"emp-1\",\"occupation\":1,"
         "\"region\":\"AM18\"" ESS_OK "}",
         BRUG_EPARSE, "occupation: expected the URI of an ESCO occupation"},
    };
    fx *f = *state;
    brug__concepts cm;
    brug__offer_rec *o = calloc(1, sizeof(*o));
    const char *line = cases[3].line;
    char why[512];
    uint32_t k, ess = 0;

    check_cases(f, cases, sizeof(cases) / sizeof(cases[0]), 0);
    /* A skill in both lists is essential, once. */
    assert_int_equal(brug__concepts_load(f->db, &cm), BRUG_OK);
    assert_int_equal(
        brug__offer_read(line, strlen(line), &cm, &brug__alloc_libc, o, why, sizeof(why)), BRUG_OK);
    assert_int_equal(o->nskills, 2);
    for (k = 0; k < o->nskills; k++)
        ess += o->skills[k].evidence;
    assert_int_equal(ess, 1);
    assert_string_equal(o->title, "Nurse");
    assert_int_equal(o->capacity, 10000);
    brug__concepts_release(&cm);
    free(o);
}

/* More lines than the reader thread keeps in flight: a bad line far into
 * the file still names its line and leaves nothing; without it every line
 * is stored, in order (the last of a repeated id wins). */
static void people_import_many_lines(void **state)
{
    fx *f = *state;
    char *before = test_table_counts(f->db), *after, *path, line[256];
    size_t cap = 64 * 1024, len = 0;
    char *text = malloc(cap);
    uint64_t n = 0;
    json_t *doc = NULL;
    int i;

    for (i = 1; i <= 200; i++) {
        snprintf(line, sizeof(line),
                 i == 151
                     ? "{\"id\":\"p%d\",\"region\":\"AM01\",\"skills\":[{\"uri\":\"nope\"}]}\n"
                     : "{\"id\":\"p%d\",\"region\":\"AM01\",\"max_km\":%d,\"skills\":[{\"uri\":"
                       "\"" FX_SKILL("hygiene") "\"}]}\n",
                 i % 190, i);
        assert_true(len + strlen(line) < cap);
        memcpy(text + len, line, strlen(line) + 1);
        len += strlen(line);
    }
    path = test_people_write("many.jsonl", text);
    assert_int_equal(count_passports_import(f->db, path, &n), BRUG_EDANGLING);
    assert_non_null(strstr(brug_errmsg(f->db), "many.jsonl:151: skills[0].uri"));
    after = test_table_counts(f->db);
    assert_string_equal(before, after);
    free(after);
    remove(path);
    free(path);

    /* the same file without the bad line */
    memmove(strstr(text, "{\"id\":\"p151\""), strstr(text, "{\"id\":\"p152\""),
            strlen(strstr(text, "{\"id\":\"p152\"")) + 1);
    path = test_people_write("many.jsonl", text);
    assert_int_equal(count_passports_import(f->db, path, &n), BRUG_OK);
    assert_int_equal(n, 199);
    assert_int_equal(brug_passport_get(f->db, "p5", &doc), BRUG_OK);
    assert_int_equal(json_integer_value(json_object_get(doc, "max_km")), 195);
    json_decref(doc);
    assert_int_equal(raw_count(f->path, "SELECT count(*) FROM person"), 189);
    remove(path);
    free(path);
    free(text);
    free(before);
}

static void raw_sql(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    char *msg = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
        fail_msg("%s: %s", sql, msg);
    sqlite3_close(db);
}

static int raw_count(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    int n;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

/* A database written before the packed records (people schema 1) is read
 * from its rows while open read-only, and packed when opened for writing. */
static void people_migration_packs_existing_passports(void **state)
{
    fx *f = *state;
    brug_db *ro;
    brug_onto *onto = NULL;
    brug__person_set before, after;
    static const int64_t c_ids[] = {21, 27, 40};
    static const uint8_t c_ev[] = {1, 2, 3};

    assert_int_equal(test_put_passport(f->db, PASSPORT_A, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(test_put_passport(f->db, PASSPORT_C, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(test_put_passport(f->db, PASSPORT_D, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(test_put_offer(f->db, OFFER_1, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(test_put_offer(f->db, OFFER_2, BRUG_PUT_CREATE), BRUG_OK);
    brug_db_close(f->db);
    f->db = NULL;
    raw_sql(f->path, "ALTER TABLE person DROP COLUMN skills;"
                     "ALTER TABLE offer DROP COLUMN skills; DROP TABLE people_rev;"
                     "ALTER TABLE offer DROP COLUMN title_lang;"
                     "UPDATE schema_version SET version = 1 WHERE module = 'people'");

    assert_int_equal(brug_db_open(f->path, BRUG_OPEN_READONLY, NULL, &f->db), BRUG_OK);
    assert_int_equal(brug_onto_load(f->db, &onto), BRUG_OK);
    assert_int_equal(brug__person_set_load(f->db, onto, NULL, &before), BRUG_OK);
    assert_int_equal(before.n, 3);
    assert_skills(onto, &before, "person-C", c_ids, c_ev, 3);
    brug_onto_free(onto);
    /* (the set lives on its handle's allocator: keep that handle open) */
    ro = f->db;

    assert_int_equal(brug_db_open(f->path, 0, NULL, &f->db), BRUG_OK);
    assert_int_equal(
        raw_count(f->path, "SELECT version FROM schema_version WHERE module = 'people'"), 5);
    assert_int_equal(raw_count(f->path, "SELECT count(*) FROM offer WHERE skills IS NULL"), 0);
    assert_int_equal(offers_checked(f->db), 2);
    assert_int_equal(raw_count(f->path, "SELECT count(*) FROM person WHERE skills IS NULL"), 0);
    assert_int_equal(raw_count(f->path, "SELECT count(*) FROM person WHERE length(skills) = 0"), 1);
    load_checked(f->db, &onto, &after);
    assert_same_set(&before, &after);
    brug__person_set_release(&before);
    brug__person_set_release(&after);
    brug_onto_free(onto);
    brug_db_close(ro);
}

/* A database written with brug's own numbering of labour-market regions
 * (regions schema 0) gets CBS's codes when opened for writing: old AM16
 * "Groot Amsterdam" is CBS AM18, old AM10 FoodValley AM38; a course's ISO
 * province code becomes CBS's.  A passport may name its region by name,
 * and stores the code; a COROP region is refused with a reason. */
static void people_migration_moves_regions_to_cbs_codes(void **state)
{
    fx *f = *state;
    json_t *doc = NULL;
    char why[512];

    assert_int_equal(test_put_passport(f->db, PASSPORT_A, BRUG_PUT_CREATE), BRUG_OK);
    assert_int_equal(test_put_offer(f->db, OFFER_1, BRUG_PUT_CREATE), BRUG_OK);
    brug_db_close(f->db);
    f->db = NULL;
    raw_sql(f->path,
            "UPDATE person SET region = 'AM16'; UPDATE offer SET region = 'AM10';"
            "INSERT INTO course(code, title, provider, mode, region, hours, cost_cents)"
            " VALUES('c1', 'T', 'P', 2, 'NL-NB', 1, 100), ('c2', 'T', 'P', 2, 'CR17', 1, 1);"
            "INSERT OR REPLACE INTO region(code, name, kind, lat, lon, population)"
            " VALUES('AM16', 'Groot Amsterdam', 'labour_market_region', 0, 0, 0);"
            "DELETE FROM schema_version WHERE module = 'regions'");
    assert_int_equal(brug_db_open(f->path, 0, NULL, &f->db), BRUG_OK);
    assert_int_equal(
        raw_count(f->path, "SELECT version FROM schema_version WHERE module = 'regions'"), 1);
    assert_int_equal(raw_count(f->path, "SELECT count(*) FROM person WHERE region = 'AM18'"), 1);
    assert_int_equal(raw_count(f->path, "SELECT count(*) FROM offer WHERE region = 'AM38'"), 1);
    assert_int_equal(raw_count(f->path, "SELECT count(*) FROM course WHERE region = 'PV30'"), 1);
    assert_int_equal(raw_count(f->path, "SELECT count(*) FROM course WHERE region = 'CR17'"), 1);
    assert_int_equal(raw_count(f->path, "SELECT count(*) FROM region WHERE code = 'AM16'"), 0);
    assert_int_equal(raw_count(f->path, "SELECT count(*) FROM region WHERE code = 'AM38'"), 1);
    assert_int_equal(brug_passport_get(f->db, "person-A-7f3e", &doc), BRUG_OK);
    assert_string_equal(json_string_value(json_object_get(doc, "region")), "AM18");
    /* By name, stored as the code. */
    json_object_set_new(doc, "region", json_string("Zuidoost-Brabant"));
    assert_int_equal(brug_passport_put(f->db, doc, BRUG_PUT_REPLACE), BRUG_OK);
    json_decref(doc);
    assert_int_equal(brug_passport_get(f->db, "person-A-7f3e", &doc), BRUG_OK);
    assert_string_equal(json_string_value(json_object_get(doc, "region")), "AM28");
    json_object_set_new(doc, "region", json_string("CR17"));
    assert_int_equal(brug_passport_put(f->db, doc, BRUG_PUT_REPLACE), BRUG_EPARSE);
    snprintf(why, sizeof(why), "%s", brug_errmsg(f->db));
    assert_non_null(strstr(why, "COROP region"));
    json_object_set_new(doc, "region", json_string("AM16"));
    assert_int_equal(brug_passport_put(f->db, doc, BRUG_PUT_REPLACE), BRUG_EPARSE);
    assert_non_null(strstr(brug_errmsg(f->db), "unknown region"));
    json_decref(doc);
}

static void people_vocabulary_lists_codes(void **state)
{
    json_t *v = NULL;
    (void)state;
    assert_int_equal(brug_people_vocabulary(&v), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(v, "drives")), 6);
    assert_int_equal(json_array_size(json_object_get(v, "regions")), 47);
    assert_int_equal(json_array_size(json_object_get(v, "evidence")), 4);
    json_decref(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(people_passport_round_trip, setup, teardown),
        cmocka_unit_test_setup_teardown(people_create_replace_rules, setup, teardown),
        cmocka_unit_test_setup_teardown(people_offer_round_trip_and_employer_reference, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(people_import_file, setup, teardown),
        cmocka_unit_test_setup_teardown(people_bad_passports_change_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(people_bad_offers_change_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(people_missing_file_and_long_line, setup, teardown),
        cmocka_unit_test_setup_teardown(people_import_line_limits, setup, teardown),
        cmocka_unit_test_setup_teardown(people_delete_leaves_nothing_behind, setup, teardown),
        cmocka_unit_test_setup_teardown(people_packed_records_follow_every_write, setup, teardown),
        cmocka_unit_test_setup_teardown(people_parser_passport_cases, setup, teardown),
        cmocka_unit_test_setup_teardown(people_parser_passport_record, setup, teardown),
        cmocka_unit_test_setup_teardown(people_parser_limits, setup, teardown),
        cmocka_unit_test_setup_teardown(people_packed_offers_follow_every_write, setup, teardown),
        cmocka_unit_test_setup_teardown(people_parser_offer_cases, setup, teardown),
        cmocka_unit_test_setup_teardown(people_import_many_lines, setup, teardown),
        cmocka_unit_test_setup_teardown(people_migration_packs_existing_passports, setup, teardown),
        cmocka_unit_test_setup_teardown(people_migration_moves_regions_to_cbs_codes, setup,
                                        teardown),
        cmocka_unit_test(people_vocabulary_lists_codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
