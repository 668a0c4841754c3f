/*
 * test_search.c - label search: matching (exact, words, prefixes,
 * compounds, typos, alternative labels), ranking, type and language
 * filters, paging, hostile queries and allocation failures on a small
 * fixture; and on the real ESCO (imported with brug_import_esco) that the
 * queries of issue 2 find the concept a person means in the top 3; and
 * that a term passed to the backend is searched as text, never as syntax.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_test.h"
#include "store.h"
#include "store_search.h"

#define NS "http://example.org/"

/* Concepts: id, uri, kind (1 occupation, 2 skill, 3 skill group). */
static const char fixture_sql[] = "INSERT INTO concept(id, uri, kind) VALUES"
                                  " (1, '" NS "occ/general-nurse', 1),"
                                  " (2, '" NS "occ/specialist-nurse', 1),"
                                  " (3, '" NS "occ/software-developer', 1),"
                                  " (4, '" NS "occ/heat-pump-technician', 1),"
                                  " (5, '" NS "occ/welder', 1),"
                                  " (6, '" NS "skill/install-heat-pumps', 2),"
                                  " (7, '" NS "skill/develop-software', 2),"
                                  " (8, '" NS "skill/nurse-trees', 2),"
                                  " (9, '" NS "occ/data-analyst', 1),"
                                  " (10, '" NS "occ/statistician', 1),"
                                  " (11, '" NS "group/software', 3),"
                                  " (12, '" NS "occ/care-assistant', 1),"
                                  " (13, '" NS "skill/c-sharp', 2),"
                                  " (14, '" NS "skill/c-plus-plus', 2);"
                                  "INSERT INTO label(concept, lang, role, text) VALUES"
                                  " (1, 'en', 0, 'nurse responsible for general care'),"
                                  " (1, 'nl', 0, 'algemeen verpleegkundige'),"
                                  " (1, 'nl', 1, 'verpleegkundige algemene zorg'),"
                                  " (2, 'en', 0, 'specialist nurse'),"
                                  " (2, 'nl', 0, 'gespecialiseerd verpleegkundige'),"
                                  " (3, 'en', 0, 'software developer'),"
                                  " (3, 'en', 1, 'programmer'),"
                                  " (3, 'nl', 0, 'software ontwikkelaar'),"
                                  " (4, 'en', 0, 'heat pump technician'),"
                                  " (4, 'en', 1, 'heat pump installer'),"
                                  " (4, 'nl', 0, 'technicus verwarming'),"
                                  " (4, 'nl', 1, 'warmtepomp monteur'),"
                                  " (5, 'en', 0, 'welder'),"
                                  " (5, 'nl', 0, 'lasser'),"
                                  " (5, 'nl', 2, 'lasser-monteur'),"
                                  " (6, 'en', 0, 'install heat pumps'),"
                                  " (6, 'nl', 0, 'warmtepompen installeren'),"
                                  " (7, 'en', 0, 'develop software'),"
                                  " (7, 'nl', 0, 'software ontwikkelen'),"
                                  " (8, 'en', 0, 'nurse trees'),"
                                  " (9, 'en', 0, 'data analyst'),"
                                  " (10, 'en', 0, 'statistician'),"
                                  " (10, 'en', 1, 'data analyst'),"
                                  " (11, 'en', 0, 'software'),"
                                  " (12, 'en', 0, 'care assistant'),"
                                  " (12, 'en', 2, 'carer'),"
                                  " (13, 'en', 0, 'C#'),"
                                  " (14, 'en', 0, 'C++');";

typedef struct fx {
    char *path;
    brug_db *db;
} fx;

static int fx_setup(void **state)
{
    fx *f = calloc(1, sizeof(*f));
    assert_non_null(f);
    f->path = test_tmp_path("search.db");
    f->db = test_db_create(f->path);
    assert_int_equal(brug__db_exec(f->db, fixture_sql), BRUG_OK);
    assert_int_equal(brug_search_reindex(f->db), BRUG_OK);
    *state = f;
    return 0;
}

static int fx_teardown(void **state)
{
    fx *f = *state;
    brug_db_close(f->db);
    test_remove_db(f->path);
    free(f->path);
    free(f);
    return 0;
}

static brug_search_results *run(brug_db *db, const char *q, brug_search_type type, const char *lang,
                                size_t limit)
{
    brug_search_opts o;
    brug_search_results *r = NULL;
    brug_search_opts_init(&o);
    o.type = type;
    o.lang = lang;
    o.limit = limit;
    if (brug_search_run(db, q, &o, &r) != BRUG_OK)
        fail_msg("search '%s': %s", q, brug_errmsg(db));
    assert_non_null(r);
    return r;
}

/* The 0-based rank of uri in r, or -1. */
static int rank_of(const brug_search_results *r, const char *uri)
{
    size_t i;
    for (i = 0; i < r->count; i++)
        if (strcmp(r->hits[i].uri, uri) == 0)
            return (int)i;
    return -1;
}

static void expect_first(brug_db *db, const char *q, const char *uri)
{
    brug_search_results *r = run(db, q, BRUG_SEARCH_ANY, NULL, 10);
    if (r->count == 0 || strcmp(r->hits[0].uri, uri) != 0)
        fail_msg("search '%s': expected %s first, got %s", q, uri,
                 r->count ? r->hits[0].uri : "nothing");
    brug_search_results_free(r);
}

static void search_exact_label_scores_one(void **state)
{
    fx *f = *state;
    brug_search_results *r = run(f->db, "Lasser", BRUG_SEARCH_ANY, NULL, 10);
    assert_true(r->count >= 1);
    assert_string_equal(r->hits[0].uri, NS "occ/welder");
    assert_true(r->hits[0].score == 1.0);
    assert_int_equal(r->hits[0].kind, BRUG_KIND_OCCUPATION);
    assert_string_equal(r->hits[0].matched, "lasser");
    assert_string_equal(r->hits[0].matched_lang, "nl");
    assert_int_equal(r->hits[0].matched_role, 0);
    /* Shown in the language of the label that matched. */
    assert_string_equal(r->hits[0].label, "lasser");
    brug_search_results_free(r);
    expect_first(f->db, "WELDER", NS "occ/welder");
    /* Both fold to "c": the one written as typed first. */
    expect_first(f->db, "c++", NS "skill/c-plus-plus");
    expect_first(f->db, " C# ", NS "skill/c-sharp");
    expect_first(f->db, "  welder!  ", NS "occ/welder");
}

static void search_words_prefixes_compounds_typos(void **state)
{
    fx *f = *state;
    brug_search_results *r;
    /* A prefix, as typed. */
    r = run(f->db, "verpleegkund", BRUG_SEARCH_ANY, NULL, 10);
    assert_int_equal(r->count, 2);
    assert_true(rank_of(r, NS "occ/general-nurse") >= 0);
    assert_true(rank_of(r, NS "occ/specialist-nurse") >= 0);
    brug_search_results_free(r);
    /* A compound written together where the label has two words. */
    expect_first(f->db, "softwareontwikkelaar", NS "occ/software-developer");
    /* ... and apart where the label has one. */
    expect_first(f->db, "warmte pompen installeren", NS "skill/install-heat-pumps");
    /* Two words written as one, split into vocabulary words. */
    expect_first(f->db, "warmtepompmonteur", NS "occ/heat-pump-technician");
    /* Other forms of a word (Snowball stems, English and Dutch). */
    expect_first(f->db, "nurses", NS "occ/specialist-nurse");
    expect_first(f->db, "lassers", NS "occ/welder");
    expect_first(f->db, "welders", NS "occ/welder");
    expect_first(f->db, "software developers", NS "occ/software-developer");
    r = run(f->db, "verpleegkundigen", BRUG_SEARCH_ANY, NULL, 10);
    assert_int_equal(r->count, 2);
    brug_search_results_free(r);
    /* Typos. */
    expect_first(f->db, "sofware developer", NS "occ/software-developer");
    expect_first(f->db, "softwar develper", NS "occ/software-developer");
    expect_first(f->db, "statistcian", NS "occ/statistician");
    /* A word inside a compound. */
    r = run(f->db, "pompen", BRUG_SEARCH_ANY, NULL, 10);
    assert_true(rank_of(r, NS "skill/install-heat-pumps") == 0);
    brug_search_results_free(r);
    /* Alternative and hidden labels. */
    expect_first(f->db, "warmtepomp", NS "occ/heat-pump-technician");
    expect_first(f->db, "programmer", NS "occ/software-developer");
    expect_first(f->db, "carer", NS "occ/care-assistant");
    /* Skill groups are not searched. */
    r = run(f->db, "software", BRUG_SEARCH_ANY, NULL, 10);
    assert_int_equal(rank_of(r, NS "group/software"), -1);
    assert_true(r->count >= 2);
    brug_search_results_free(r);
}

static void search_ranking(void **state)
{
    fx *f = *state;
    brug_search_results *r;
    size_t i;
    /* Preferred beats alternative for the same text. */
    r = run(f->db, "data analyst", BRUG_SEARCH_ANY, NULL, 10);
    assert_int_equal(r->count, 2);
    assert_string_equal(r->hits[0].uri, NS "occ/data-analyst");
    assert_string_equal(r->hits[1].uri, NS "occ/statistician");
    assert_true(r->hits[0].score > r->hits[1].score);
    assert_int_equal(r->hits[1].matched_role, 1);
    assert_string_equal(r->hits[1].label, "statistician");
    brug_search_results_free(r);
    /* A whole word beats a prefix; exact beats both. */
    r = run(f->db, "welder", BRUG_SEARCH_ANY, NULL, 10);
    assert_true(r->hits[0].score == 1.0);
    brug_search_results_free(r);
    /* The occupation whose label ends in the word (its head) first; the
     * skill "nurse trees" still found. */
    r = run(f->db, "nurse", BRUG_SEARCH_ANY, NULL, 10);
    assert_int_equal(r->count, 3);
    assert_string_equal(r->hits[0].uri, NS "occ/specialist-nurse");
    assert_true(rank_of(r, NS "skill/nurse-trees") > 0);
    /* Best first, scores in (0, 1]. */
    for (i = 0; i < r->count; i++) {
        assert_true(r->hits[i].score > 0 && r->hits[i].score <= 1);
        if (i)
            assert_true(r->hits[i - 1].score >= r->hits[i].score);
    }
    assert_int_equal(r->total, 3);
    brug_search_results_free(r);
    /* A typo ranks below the correct spelling of the same label. */
    {
        brug_search_results *good = run(f->db, "software developer", BRUG_SEARCH_ANY, NULL, 1);
        brug_search_results *typo = run(f->db, "sofware developer", BRUG_SEARCH_ANY, NULL, 1);
        assert_true(good->hits[0].score > typo->hits[0].score);
        brug_search_results_free(good);
        brug_search_results_free(typo);
    }
}

static void search_type_lang_limit_offset(void **state)
{
    fx *f = *state;
    brug_search_results *r, *all;
    size_t i;

    r = run(f->db, "software", BRUG_SEARCH_SKILL, NULL, 10);
    assert_int_equal(r->count, 1);
    assert_string_equal(r->hits[0].uri, NS "skill/develop-software");
    brug_search_results_free(r);
    r = run(f->db, "software", BRUG_SEARCH_OCCUPATION, NULL, 10);
    assert_int_equal(r->count, 1);
    assert_int_equal(r->hits[0].kind, BRUG_KIND_OCCUPATION);
    brug_search_results_free(r);

    /* The language never hides a hit: "lasser" on an English page finds
     * the welder (shown in English, found by its Dutch label) ... */
    r = run(f->db, "lasser", BRUG_SEARCH_ANY, "en", 10);
    assert_true(r->count >= 1);
    assert_string_equal(r->hits[0].uri, NS "occ/welder");
    assert_string_equal(r->hits[0].label, "welder");
    assert_string_equal(r->hits[0].label_lang, "en");
    assert_string_equal(r->hits[0].matched, "lasser");
    assert_string_equal(r->hits[0].matched_lang, "nl");
    brug_search_results_free(r);
    r = run(f->db, "welder", BRUG_SEARCH_ANY, "nl", 10);
    assert_true(r->count >= 1);
    assert_string_equal(r->hits[0].uri, NS "occ/welder");
    assert_string_equal(r->hits[0].label_lang, "nl");
    brug_search_results_free(r);
    /* ... only_lang (ESCO's /search) restricts the labels that match ... */
    {
        brug_search_opts o;
        brug_search_opts_init(&o);
        o.lang = "en";
        o.only_lang = 1;
        assert_int_equal(brug_search_run(f->db, "lasser", &o, &r), BRUG_OK);
        assert_int_equal(r->count, 0);
        brug_search_results_free(r);
        o.lang = "nl";
        assert_int_equal(brug_search_run(f->db, "lasser", &o, &r), BRUG_OK);
        assert_int_equal(r->count, 1);
        brug_search_results_free(r);
    }
    /* ... and the language picks the label shown. */
    r = run(f->db, "verpleegkundige", BRUG_SEARCH_ANY, "nl", 10);
    assert_int_equal(r->count, 2);
    for (i = 0; i < r->count; i++)
        assert_string_equal(r->hits[i].label_lang, "nl");
    brug_search_results_free(r);
    r = run(f->db, "heat pump", BRUG_SEARCH_OCCUPATION, "en", 10);
    assert_string_equal(r->hits[0].label, "heat pump technician");
    brug_search_results_free(r);
    /* A language a concept has no label in falls back to English. */
    r = run(f->db, "statistician", BRUG_SEARCH_ANY, "en", 10);
    assert_string_equal(r->hits[0].label, "statistician");
    brug_search_results_free(r);
    r = run(f->db, "welder", BRUG_SEARCH_ANY, "any", 10);
    assert_int_equal(r->count, 1);
    brug_search_results_free(r);

    /* limit and offset page through the same order. */
    all = run(f->db, "e", BRUG_SEARCH_ANY, NULL, 100);
    r = run(f->db, "nurse", BRUG_SEARCH_ANY, NULL, 1);
    assert_int_equal(r->count, 1);
    assert_int_equal(r->total, 3);
    brug_search_results_free(r);
    brug_search_results_free(all);
    all = run(f->db, "nurse", BRUG_SEARCH_ANY, NULL, 10);
    for (i = 0; i < all->count; i++) {
        brug_search_opts o;
        brug_search_opts_init(&o);
        o.limit = 1;
        o.offset = i;
        assert_int_equal(brug_search_run(f->db, "nurse", &o, &r), BRUG_OK);
        assert_int_equal(r->count, 1);
        assert_string_equal(r->hits[0].uri, all->hits[i].uri);
        brug_search_results_free(r);
    }
    {
        brug_search_opts o;
        brug_search_opts_init(&o);
        o.offset = all->count;
        assert_int_equal(brug_search_run(f->db, "nurse", &o, &r), BRUG_OK);
        assert_int_equal(r->count, 0);
        brug_search_results_free(r);
        /* Out-of-range options are errors that say which. */
        o.offset = BRUG_SEARCH_MAX_OFFSET + 1;
        assert_int_equal(brug_search_run(f->db, "nurse", &o, &r), BRUG_EINVAL);
        assert_null(r);
        assert_non_null(strstr(brug_errmsg(f->db), "offset"));
        brug_search_opts_init(&o);
        o.limit = BRUG_SEARCH_MAX_LIMIT + 1;
        assert_int_equal(brug_search_run(f->db, "nurse", &o, &r), BRUG_EINVAL);
        assert_non_null(strstr(brug_errmsg(f->db), "limit"));
        brug_search_opts_init(&o);
        o.type = (brug_search_type)7;
        assert_int_equal(brug_search_run(f->db, "nurse", &o, &r), BRUG_EINVAL);
        /* NULL options are the defaults. */
        assert_int_equal(brug_search_run(f->db, "nurse", NULL, &r), BRUG_OK);
        assert_int_equal(r->count, all->count);
        brug_search_results_free(r);
    }
    brug_search_results_free(all);
}

static void search_hostile_queries(void **state)
{
    fx *f = *state;
    static const char *const queries[] = {
        "",
        " ",
        "\"",
        "\"\"\"",
        "*",
        "**",
        "nurse*",
        "\"nurse",
        "nurse\"",
        "-nurse",
        "nurse -trees",
        "NEAR(nurse trees)",
        "NEAR",
        "AND",
        "OR",
        "NOT",
        "nurse OR welder",
        "nurse AND NOT trees",
        "^nurse",
        "folded:nurse",
        "{folded}: nurse",
        "(",
        ")",
        "nurse)",
        "'; DROP TABLE label; --",
        "a",
        "x y z q w e r t y u i o p",
        "%",
        "_",
        "\\",
        "\x01\x02",
        "😀 nurse",
        "ǅ",
        "ﬀ",
    };
    size_t i, n = 200000;
    brug_search_results *r;
    char *big;
    for (i = 0; i < sizeof(queries) / sizeof(queries[0]); i++) {
        brug_err err = brug_search_run(f->db, queries[i], NULL, &r);
        if (err)
            fail_msg("query '%s' failed: %s", queries[i], brug_errmsg(f->db));
        brug_search_results_free(r);
    }
    /* Nothing to search for is an empty result, not an error. */
    r = run(f->db, " -- ", BRUG_SEARCH_ANY, NULL, 10);
    assert_int_equal(r->count, 0);
    brug_search_results_free(r);
    /* FTS syntax is plain text: the quoted word still matches. */
    r = run(f->db, "\"nurse\" NEAR", BRUG_SEARCH_ANY, NULL, 10);
    brug_search_results_free(r);
    expect_first(f->db, "welder*", NS "occ/welder");
    /* Very long input. */
    big = malloc(n + 1);
    assert_non_null(big);
    for (i = 0; i < n; i++)
        big[i] = "nurse \"*-( "[i % 11];
    big[n] = '\0';
    assert_int_equal(brug_search_run(f->db, big, NULL, &r), BRUG_OK);
    brug_search_results_free(r);
    memset(big, 'q', n);
    assert_int_equal(brug_search_run(f->db, big, NULL, &r), BRUG_OK);
    assert_int_equal(r->count, 0);
    brug_search_results_free(r);
    free(big);
    /* Invalid UTF-8 and NULL text are errors. */
    assert_int_equal(brug_search_run(f->db, "nurse\xC3", NULL, &r), BRUG_EINVAL);
    assert_null(r);
    assert_non_null(strstr(brug_errmsg(f->db), "UTF-8"));
    assert_int_equal(brug_search_run(f->db, NULL, NULL, &r), BRUG_EINVAL);
    brug_search_results_free(NULL);
}

static void search_json_document(void **state)
{
    fx *f = *state;
    json_t *doc = NULL, *arr, *hit;
    const char *key;
    json_t *v;
    size_t nkeys = 0;
    brug_search_opts o;
    brug_search_opts_init(&o);
    o.lang = "en";
    assert_int_equal(brug_search(f->db, "welder", &o, &doc), BRUG_OK);
    arr = json_object_get(doc, "results");
    assert_int_equal(json_object_size(doc), 1);
    assert_int_equal(json_array_size(arr), 1);
    hit = json_array_get(arr, 0);
    json_object_foreach(hit, key, v) nkeys++;
    assert_int_equal(nkeys, 7);
    assert_string_equal(json_string_value(json_object_get(hit, "label_lang")), "en");
    assert_string_equal(json_string_value(json_object_get(hit, "matched")), "welder");
    assert_string_equal(json_string_value(json_object_get(hit, "matched_lang")), "en");
    assert_string_equal(json_string_value(json_object_get(hit, "uri")), NS "occ/welder");
    assert_string_equal(json_string_value(json_object_get(hit, "type")), "occupation");
    assert_string_equal(json_string_value(json_object_get(hit, "label")), "welder");
    assert_true(json_real_value(json_object_get(hit, "score")) == 1.0);
    json_decref(doc);
    assert_int_equal(brug_search(f->db, "nothing like this", NULL, &doc), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(doc, "results")), 0);
    json_decref(doc);
    assert_int_equal(brug_search(f->db, "develop software", NULL, &doc), BRUG_OK);
    hit = json_array_get(json_object_get(doc, "results"), 0);
    assert_string_equal(json_string_value(json_object_get(hit, "type")), "skill");
    json_decref(doc);
}

static void search_reindex_follows_label_changes(void **state)
{
    fx *f = *state;
    brug_search_results *r = run(f->db, "kraanmachinist", BRUG_SEARCH_ANY, NULL, 10);
    assert_int_equal(r->count, 0);
    brug_search_results_free(r);
    assert_int_equal(brug__db_exec(f->db, "INSERT INTO label(concept, lang, role, text)"
                                          " VALUES (5, 'nl', 1, 'kraanmachinist')"),
                     BRUG_OK);
    assert_int_equal(brug_search_reindex(f->db), BRUG_OK);
    expect_first(f->db, "kraanmachinist", NS "occ/welder");
    assert_int_equal(brug__db_exec(f->db, "DELETE FROM label WHERE text = 'kraanmachinist'"),
                     BRUG_OK);
    assert_int_equal(brug_search_reindex(f->db), BRUG_OK);
    r = run(f->db, "kraanmachinist", BRUG_SEARCH_ANY, NULL, 10);
    assert_int_equal(r->count, 0);
    brug_search_results_free(r);
}

/* The label query a backend runs: one query of tokens. */
typedef struct qbuild {
    brug__search_tok tok[16];
    char text[256];
    size_t ntok, ntext;
} qbuild;

static void qb_op(qbuild *b, int kind)
{
    memset(&b->tok[b->ntok], 0, sizeof(b->tok[0]));
    b->tok[b->ntok++].kind = (uint8_t)kind;
}

static void qb_term(qbuild *b, const char *w, int prefix)
{
    size_t n = strlen(w);
    brug__search_tok *t = &b->tok[b->ntok++];
    t->kind = BRUG__SEARCH_TERM;
    t->prefix = (uint8_t)prefix;
    t->off = (uint32_t)b->ntext;
    t->len = (uint32_t)n;
    memcpy(b->text + b->ntext, w, n);
    b->ntext += n;
}

static int count_row(void *ctx, const brug__search_row *row)
{
    (void)row;
    ++*(size_t *)ctx;
    return 0;
}

static size_t qb_count(brug_db *db, const qbuild *b)
{
    brug__search_query q = {b->tok, b->ntok, b->text};
    size_t n = 0;
    assert_int_equal(brug__search_match(db, &q, 0, NULL, 100, count_row, &n), BRUG_OK);
    return n;
}

static size_t one_term(brug_db *db, const char *w, int prefix)
{
    qbuild b = {0};
    qb_term(&b, w, prefix);
    return qb_count(db, &b);
}

/* A term is text, whatever it holds: operators, quotes, stars and
 * parentheses in a term never become query syntax at the backend. */
static void search_terms_are_text_not_syntax(void **state)
{
    fx *f = *state;
    qbuild b = {0};
    assert_int_equal(brug__db_exec(f->db, "INSERT INTO label(concept, lang, role, text)"
                                          " VALUES (12, 'en', 1, 'do not resuscitate')"),
                     BRUG_OK);
    assert_int_equal(brug_search_reindex(f->db), BRUG_OK);
    /* An operator word alone (a syntax error as FTS5) is the word. */
    assert_int_equal(one_term(f->db, "NOT", 0), 1);
    assert_int_equal(one_term(f->db, "AND", 0), 0);
    /* Quotes inside a term: the words as a phrase, not "nurse OR software". */
    assert_int_equal(one_term(f->db, "nurse\" OR \"software", 0), 0);
    assert_true(one_term(f->db, "nurse", 0) > 0);
    /* A star inside a term is not a prefix: no label has the word "soft". */
    assert_int_equal(one_term(f->db, "soft*", 0), 0);
    assert_true(one_term(f->db, "soft", 1) >= 4);
    /* Parentheses and a column filter in a term are text too. */
    assert_int_equal(one_term(f->db, "folded : (nurse", 0), 0);
    /* The tokens themselves do combine: (nurse OR welder) AND specialist. */
    qb_op(&b, BRUG__SEARCH_OPEN);
    qb_term(&b, "nurse", 0);
    qb_op(&b, BRUG__SEARCH_OR);
    qb_term(&b, "welder", 0);
    qb_op(&b, BRUG__SEARCH_CLOSE);
    qb_op(&b, BRUG__SEARCH_AND);
    qb_term(&b, "specialist", 0);
    assert_int_equal(qb_count(f->db, &b), 1);
}

static void search_read_only_and_deterministic(void **state)
{
    fx *f = *state;
    brug_db *ro = NULL;
    brug_search_results *a, *b;
    size_t i;
    assert_int_equal(brug_db_open(f->path, BRUG_OPEN_READONLY, NULL, &ro), BRUG_OK);
    a = run(ro, "software", BRUG_SEARCH_ANY, NULL, 10);
    b = run(f->db, "software", BRUG_SEARCH_ANY, NULL, 10);
    assert_int_equal(a->count, b->count);
    for (i = 0; i < a->count; i++) {
        assert_string_equal(a->hits[i].uri, b->hits[i].uri);
        assert_true(a->hits[i].score == b->hits[i].score);
    }
    brug_search_results_free(a);
    brug_search_results_free(b);
    /* Reindexing needs a writable handle. */
    assert_int_not_equal(brug_search_reindex(ro), BRUG_OK);
    brug_db_close(ro);
}

static void search_survives_allocation_failures(void **state)
{
    fx *f = *state;
    size_t n;
    int ok = 0;
    (void)state;
    for (n = 2; n < 400 && !ok; n++) {
        test_failing_alloc fa;
        brug_db *db = NULL;
        brug_search_results *r = NULL;
        brug_err err;
        test_failing_alloc_init(&fa, 0);
        assert_int_equal(brug_db_open(f->path, 0, &fa.alloc, &db), BRUG_OK);
        fa.count = 0;
        fa.fail_at = n;
        err = brug_search_run(db, "sofware developer", NULL, &r);
        if (err == BRUG_OK) {
            assert_non_null(r);
            assert_string_equal(r->hits[0].uri, NS "occ/software-developer");
            ok = 1;
        } else {
            assert_int_equal(err, BRUG_ENOMEM);
            assert_null(r);
        }
        brug_search_results_free(r);
        fa.fail_at = 0;
        brug_db_close(db);
    }
    assert_true(ok);
}

/* --- The real ESCO ------------------------------------------------------- */

#define ESCO "http://data.europa.eu/esco/occupation/"

typedef struct real {
    char *path;
    brug_db *db;
} real;

static int real_setup(void **state)
{
    const char *en = test_esco_dir("en");
    char endir[4096], nldir[4096];
    const char *dirs[2];
    real *x;
    if (!en) {
        *state = NULL;
        return 0;
    }
    snprintf(endir, sizeof(endir), "%s", en);
    snprintf(nldir, sizeof(nldir), "%s", test_esco_dir("nl"));
    dirs[0] = endir;
    dirs[1] = nldir;
    x = calloc(1, sizeof(*x));
    assert_non_null(x);
    x->path = test_tmp_path("search_esco.db");
    x->db = test_db_create(x->path);
    if (brug_import_esco(x->db, dirs, 2, NULL, NULL) != BRUG_OK)
        fail_msg("import: %s", brug_errmsg(x->db));
    *state = x;
    return 0;
}

static int real_teardown(void **state)
{
    real *x = *state;
    if (!x)
        return 0;
    brug_db_close(x->db);
    test_remove_db(x->path);
    free(x->path);
    free(x);
    return 0;
}

static void expect_top3(brug_db *db, const char *q, brug_search_type type, const char *uri)
{
    brug_search_results *r = run(db, q, type, NULL, 3);
    int k = rank_of(r, uri);
    if (k < 0) {
        size_t i;
        for (i = 0; i < r->count; i++)
            print_message("  %s: %.3f %s %s\n", q, r->hits[i].score, r->hits[i].uri,
                          r->hits[i].label);
        fail_msg("search '%s': %s not in the top 3", q, uri);
    }
    brug_search_results_free(r);
}

static void search_esco_issue_queries(void **state)
{
    real *x = *state;
    if (!x)
        skip();
    /* algemeen verpleegkundige / nurse responsible for general care */
    expect_top3(x->db, "verpleegkundige", BRUG_SEARCH_ANY,
                ESCO "8d3e8aaa-791b-4c75-a465-f3f827028f50");
    expect_top3(x->db, "verpleegkund", BRUG_SEARCH_ANY,
                ESCO "8d3e8aaa-791b-4c75-a465-f3f827028f50");
    /* No ESCO label is just "nurse": specialist nurse is what it means. */
    expect_top3(x->db, "nurse", BRUG_SEARCH_ANY, ESCO "18e14e61-495b-44cc-a7c6-df4c625934ba");
    /* ESCO writes "software ontwikkelaar"; the English "software developer". */
    expect_top3(x->db, "softwareontwikkelaar", BRUG_SEARCH_ANY,
                ESCO "f2b15a0e-e65a-438a-affb-29b9d50b77d1");
    expect_top3(x->db, "sofware developer", BRUG_SEARCH_ANY,
                ESCO "f2b15a0e-e65a-438a-affb-29b9d50b77d1");
    /* Plurals find the singular labels. */
    expect_top3(x->db, "nurses", BRUG_SEARCH_OCCUPATION,
                ESCO "18e14e61-495b-44cc-a7c6-df4c625934ba");
    expect_top3(x->db, "verpleegkundigen", BRUG_SEARCH_ANY,
                ESCO "8d3e8aaa-791b-4c75-a465-f3f827028f50");
    /* lasser / welder */
    expect_top3(x->db, "lasser", BRUG_SEARCH_ANY, ESCO "7aedaa07-3884-4c5b-88f9-80997b2aa54b");
    /* "warmtepomp monteur" is an alternative label of the refrigeration,
     * air conditioning and heat pump technician. */
    expect_top3(x->db, "warmtepomp", BRUG_SEARCH_ANY, ESCO "8234eee9-1647-460d-8d62-7fe02cb884b0");
    expect_top3(x->db, "warmtepomp", BRUG_SEARCH_OCCUPATION,
                ESCO "8234eee9-1647-460d-8d62-7fe02cb884b0");
}

static void search_esco_filters(void **state)
{
    real *x = *state;
    brug_search_results *r;
    size_t i;
    if (!x)
        skip();
    r = run(x->db, "software", BRUG_SEARCH_SKILL, NULL, 20);
    assert_int_equal(r->count, 20);
    for (i = 0; i < r->count; i++)
        assert_int_equal(r->hits[i].kind, BRUG_KIND_SKILL);
    brug_search_results_free(r);
    r = run(x->db, "verpleegkundige", BRUG_SEARCH_OCCUPATION, "nl", 5);
    assert_int_equal(r->count, 5);
    for (i = 0; i < r->count; i++) {
        assert_string_equal(r->hits[i].matched_lang, "nl");
        assert_string_equal(r->hits[i].label_lang, "nl");
        assert_int_equal(r->hits[i].kind, BRUG_KIND_OCCUPATION);
    }
    brug_search_results_free(r);
    /* "lasser" is Dutch: an English search still finds the welder first
     * (by its Dutch label, shown in English), and "welder" on a Dutch
     * page finds it too; only ESCO's /search (only_lang) keeps to one
     * language. */
    r = run(x->db, "lasser", BRUG_SEARCH_OCCUPATION, "en", 10);
    assert_true(r->count > 0);
    assert_string_equal(r->hits[0].label, "welder");
    assert_string_equal(r->hits[0].label_lang, "en");
    assert_string_equal(r->hits[0].matched_lang, "nl");
    brug_search_results_free(r);
    r = run(x->db, "welder", BRUG_SEARCH_OCCUPATION, "nl", 10);
    assert_true(r->count > 0);
    assert_string_equal(r->hits[0].label, "lasser");
    assert_string_equal(r->hits[0].label_lang, "nl");
    brug_search_results_free(r);
    {
        brug_search_opts o;
        brug_search_opts_init(&o);
        o.lang = "en";
        o.only_lang = 1;
        assert_int_equal(brug_search_run(x->db, "lasser", &o, &r), BRUG_OK);
        for (i = 0; i < r->count; i++)
            assert_string_equal(r->hits[i].matched_lang, "en");
        brug_search_results_free(r);
    }
    r = run(x->db, "nurse", BRUG_SEARCH_ANY, NULL, 2);
    assert_int_equal(r->count, 2);
    assert_true(r->total > 2);
    brug_search_results_free(r);
    /* A very broad prefix stays bounded and answers. */
    r = run(x->db, "a", BRUG_SEARCH_ANY, NULL, 10);
    assert_int_equal(r->count, 10);
    brug_search_results_free(r);
}

int main(void)
{
    const struct CMUnitTest fixture_tests[] = {
        cmocka_unit_test(search_exact_label_scores_one),
        cmocka_unit_test(search_words_prefixes_compounds_typos),
        cmocka_unit_test(search_ranking),
        cmocka_unit_test(search_type_lang_limit_offset),
        cmocka_unit_test(search_hostile_queries),
        cmocka_unit_test(search_json_document),
        cmocka_unit_test(search_reindex_follows_label_changes),
        cmocka_unit_test(search_terms_are_text_not_syntax),
        cmocka_unit_test(search_read_only_and_deterministic),
        cmocka_unit_test(search_survives_allocation_failures),
    };
    const struct CMUnitTest esco_tests[] = {
        cmocka_unit_test(search_esco_issue_queries),
        cmocka_unit_test(search_esco_filters),
    };
    int fails = cmocka_run_group_tests_name("search_fixture", fixture_tests, fx_setup, fx_teardown);
    fails += cmocka_run_group_tests_name("search_esco", esco_tests, real_setup, real_teardown);
    return fails;
}
