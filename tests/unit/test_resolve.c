/*
 * test_resolve.c - brug_resolve: a URI passes, a preferred label (any case,
 * accents, language) is taken, a shared label is settled by the person's
 * language or asked, a clear search hit is taken, a typo or a vague text
 * returns the candidates with a sentence in the person's language (or the
 * best with first), nothing found is ENOTFOUND with a sentence.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_test.h"
#include "store.h"

#define NS "http://example.org/"

static const char fixture_sql[] = "INSERT INTO concept(id, uri, kind) VALUES"
                                  " (1, '" NS "occ/welder', 1),"
                                  " (2, '" NS "occ/heat-pump-technician', 1),"
                                  " (3, '" NS "occ/heat-pump-engineer', 1),"
                                  " (4, '" NS "occ/fitter', 1),"
                                  " (5, '" NS "occ/mechanic', 1),"
                                  " (6, '" NS "skill/install-heat-pumps', 2),"
                                  " (7, '" NS "occ/cafe-owner', 1);"
                                  "INSERT INTO label(concept, lang, role, text) VALUES"
                                  " (1, 'en', 0, 'welder'),"
                                  " (1, 'nl', 0, 'lasser'),"
                                  " (2, 'en', 0, 'heat pump technician'),"
                                  " (2, 'en', 1, 'heat pump installer'),"
                                  " (2, 'nl', 0, 'warmtepomptechnicus'),"
                                  " (3, 'en', 0, 'heat pump engineer'),"
                                  " (3, 'nl', 0, 'warmtepompingenieur'),"
                                  " (4, 'en', 0, 'fitter'),"
                                  " (4, 'nl', 0, 'monteur'),"
                                  " (5, 'en', 0, 'monteur'),"
                                  " (5, 'nl', 0, 'automonteur'),"
                                  " (6, 'en', 0, 'install heat pumps'),"
                                  " (7, 'en', 0, 'café owner');";

typedef struct fx {
    char *path;
    brug_db *db;
} fx;

static int fx_setup(void **state)
{
    fx *f = calloc(1, sizeof(*f));
    assert_non_null(f);
    f->path = test_tmp_path("resolve.db");
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

static const char *s(json_t *doc, const char *key)
{
    return json_string_value(json_object_get(doc, key));
}

/* Resolve and expect OK with this URI and how. */
static void expect(brug_db *db, const char *text, brug_search_type type, const char *lang,
                   const char *uri, const char *how)
{
    brug_resolve_opts o;
    json_t *doc = NULL;
    brug_resolve_opts_init(&o);
    o.type = type;
    o.lang = lang;
    if (brug_resolve(db, text, &o, &doc) != BRUG_OK)
        fail_msg("resolve '%s': %s", text, brug_errmsg(db));
    assert_string_equal(s(doc, "uri"), uri);
    assert_string_equal(s(doc, "how"), how);
    assert_string_equal(s(doc, "query"), text);
    json_decref(doc);
}

static json_t *expect_ambiguous(brug_db *db, const char *text, brug_search_type type,
                                const char *lang)
{
    brug_resolve_opts o;
    json_t *doc = NULL;
    brug_resolve_opts_init(&o);
    o.type = type;
    o.lang = lang;
    assert_int_equal(brug_resolve(db, text, &o, &doc), BRUG_EAMBIGUOUS);
    assert_non_null(doc);
    assert_null(json_object_get(doc, "uri"));
    assert_true(json_array_size(json_object_get(doc, "candidates")) >= 1);
    assert_string_equal(s(doc, "message"), brug_errmsg(db));
    return doc;
}

static void resolve_uri_and_labels(void **state)
{
    fx *f = *state;
    expect(f->db, NS "anything", BRUG_SEARCH_OCCUPATION, "en", NS "anything", "uri");
    /* A preferred label, any case, accents or language. */
    expect(f->db, "WELDER", BRUG_SEARCH_OCCUPATION, NULL, NS "occ/welder", "label");
    expect(f->db, "lasser", BRUG_SEARCH_OCCUPATION, "en", NS "occ/welder", "label");
    expect(f->db, "cafe owner", BRUG_SEARCH_ANY, NULL, NS "occ/cafe-owner", "label");
    /* "monteur" is a fitter in Dutch and a mechanic in English: the
     * person's language settles it; without one, ask. */
    expect(f->db, "monteur", BRUG_SEARCH_OCCUPATION, "nl", NS "occ/fitter", "label");
    expect(f->db, "monteur", BRUG_SEARCH_OCCUPATION, "en", NS "occ/mechanic", "label");
    json_decref(expect_ambiguous(f->db, "monteur", BRUG_SEARCH_OCCUPATION, NULL));
}

static void resolve_search_clear_or_asked(void **state)
{
    fx *f = *state;
    json_t *doc, *c;
    /* An alternative label, far ahead of the rest: taken by search. */
    expect(f->db, "heat pump installer", BRUG_SEARCH_OCCUPATION, "en",
           NS "occ/heat-pump-technician", "search");
    /* Two occupations equally near: asked, with both and their labels. */
    doc = expect_ambiguous(f->db, "heat pump", BRUG_SEARCH_OCCUPATION, "nl");
    assert_int_equal(json_array_size(json_object_get(doc, "candidates")), 2);
    c = json_array_get(json_object_get(doc, "candidates"), 0);
    assert_string_equal(s(c, "type"), "occupation");
    assert_string_equal(s(c, "label_lang"), "nl");
    assert_true(strncmp(s(c, "label"), "warmtepomp", 10) == 0);
    assert_true(json_real_value(json_object_get(c, "score")) > 0.5);
    assert_non_null(strstr(s(doc, "message"), "past bij meer dan één beroep"));
    json_decref(doc);
    /* A typo is weak: asked, in English without a language. */
    doc = expect_ambiguous(f->db, "weldr", BRUG_SEARCH_OCCUPATION, NULL);
    assert_string_equal(s(doc, "message"),
                        "'weldr' matches no occupation well; choose one of these or try another "
                        "name");
    c = json_array_get(json_object_get(doc, "candidates"), 0);
    assert_string_equal(s(c, "uri"), NS "occ/welder");
    assert_true(json_real_value(json_object_get(c, "score")) < BRUG_RESOLVE_MIN_SCORE);
    json_decref(doc);
}

static void resolve_first_none_and_bad(void **state)
{
    fx *f = *state;
    brug_resolve_opts o;
    json_t *doc = NULL;
    brug_resolve_opts_init(&o);
    o.type = BRUG_SEARCH_OCCUPATION;
    o.first = 1;
    assert_int_equal(brug_resolve(f->db, "weldr", &o, &doc), BRUG_OK);
    assert_string_equal(s(doc, "uri"), NS "occ/welder");
    assert_string_equal(s(doc, "how"), "first");
    json_decref(doc);
    o.first = 0;
    o.lang = "nl";
    assert_int_equal(brug_resolve(f->db, "xyzzyq", &o, &doc), BRUG_ENOTFOUND);
    assert_null(doc);
    assert_string_equal(brug_errmsg(f->db), "geen beroep gevonden voor 'xyzzyq'; probeer een "
                                            "andere naam of geef de URI");
    assert_int_equal(brug_resolve(f->db, "  ", &o, &doc), BRUG_EINVAL);
    assert_int_equal(brug_resolve(f->db, NULL, NULL, &doc), BRUG_EINVAL);
    /* Skills only: the skill, not the occupations. */
    o.type = BRUG_SEARCH_SKILL;
    o.lang = "en";
    assert_int_equal(brug_resolve(f->db, "heat pumps", &o, &doc), BRUG_OK);
    assert_string_equal(s(doc, "uri"), NS "skill/install-heat-pumps");
    assert_string_equal(s(doc, "type"), "skill");
    json_decref(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(resolve_uri_and_labels),
        cmocka_unit_test(resolve_search_clear_or_asked),
        cmocka_unit_test(resolve_first_none_and_bad),
    };
    return cmocka_run_group_tests_name("resolve", tests, fx_setup, fx_teardown);
}
