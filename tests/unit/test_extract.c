/*
 * test_extract.c - skill extraction: the tokenizer's spans, folding and
 * UTF-8 errors; the word lists; and brug_extract() on the demo taxonomy
 * (Dutch inflections and compounds, negation, boilerplate, overlapping
 * matches, spans, limits, bad options, user synonyms, threads), plus the
 * issue's welder sentence and the pruned query postings on the real ESCO
 * when it is there.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "helper_test.h"

#define NS "http://data.brug.example/demo/"

typedef struct fx {
    test_failing_alloc fa; /* the real ESCO's database allocates through it */
    char *path;
    brug_db *db;
    brug_onto *onto;
    brug_extract_index *ix;
} fx;

static void import_dirs(brug_db *db, const char *a, const char *b)
{
    const char *dirs[2];
    dirs[0] = a;
    dirs[1] = b;
    if (brug_import_esco(db, dirs, 2, NULL, NULL) != BRUG_OK)
        fail_msg("import: %s", brug_errmsg(db));
}

static int demo_setup(void **state)
{
    fx *f = calloc(1, sizeof(*f));
    char en[4096], nl[4096];
    assert_non_null(f);
    snprintf(en, sizeof en, "%s/data/demo/en", test_source_dir());
    snprintf(nl, sizeof nl, "%s/data/demo/nl", test_source_dir());
    f->path = test_tmp_path("extract_demo.db");
    f->db = test_db_create(f->path);
    import_dirs(f->db, en, nl);
    assert_int_equal(brug_onto_load(f->db, &f->onto), BRUG_OK);
    assert_int_equal(brug_extract_index_build(f->db, f->onto, NULL, &f->ix), BRUG_OK);
    *state = f;
    return 0;
}

static int fx_teardown(void **state)
{
    fx *f = *state;
    if (!f)
        return 0;
    brug_extract_index_free(f->ix);
    brug_onto_free(f->onto);
    brug_db_close(f->db);
    test_remove_db(f->path);
    free(f->path);
    free(f);
    return 0;
}

/* The document for text (asserts success). */
static json_t *ex(const fx *f, const char *text, const char *lang, brug_extract_type type)
{
    brug_extract_opts o;
    json_t *doc = NULL;
    char msg[256];
    brug_extract_opts_init(&o);
    o.lang = lang;
    o.type = type;
    if (brug_extract(f->ix, text, strlen(text), &o, &doc, msg, sizeof msg) != BRUG_OK)
        fail_msg("extract '%s': %s", text, msg);
    return doc;
}

/* The item of uri in list key, or NULL. */
static json_t *find(json_t *doc, const char *key, const char *uri)
{
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(doc, key), i, e)
    {
        if (strcmp(json_string_value(json_object_get(e, "uri")), uri) == 0)
            return e;
    }
    return NULL;
}

static int has_how(json_t *item, const char *how)
{
    size_t i;
    json_t *h;
    json_array_foreach(json_object_get(item, "how"), i, h)
    {
        if (strcmp(json_string_value(h), how) == 0)
            return 1;
    }
    return 0;
}

static void extract_tokenizer_spans_and_folding(void **state)
{
    brug__xtext t;
    size_t bad = 0;
    static const char s[] = "Café-eigenaar, children's\nÉCOLE. 3D";
    (void)state;
    brug__xtext_init(&t, NULL);
    assert_int_equal(brug__xtext_tokenize(&t, s, strlen(s), &bad), BRUG_OK);
    assert_int_equal(t.n, 5);
    assert_string_equal(brug__xtok_word(&t, 0), "cafe");
    assert_int_equal(t.tok[0].start, 0);
    assert_int_equal(t.tok[0].end, 5); /* "Café" is 5 bytes */
    assert_string_equal(brug__xtok_word(&t, 1), "eigenaar");
    assert_string_equal(brug__xtok_word(&t, 2), "childrens");
    assert_true(t.tok[2].flags & BRUG__XT_CLAUSE);
    assert_string_equal(brug__xtok_word(&t, 3), "ecole");
    assert_true(t.tok[3].flags & BRUG__XT_LINE);
    assert_true(t.tok[3].flags & BRUG__XT_SENT);
    assert_true(t.tok[4].flags & BRUG__XT_SENT);
    assert_int_equal(t.tok[4].digit, 1);
    /* a bad byte is named by its offset */
    assert_int_equal(brug__xtext_tokenize(&t, "ab\xC3(", 4, &bad), BRUG_EINVAL);
    assert_int_equal(bad, 2);
    assert_int_equal(brug__xtext_tokenize(&t, "", 0, &bad), BRUG_OK);
    assert_int_equal(t.n, 0);
    brug__xtext_release(&t);
}

static void extract_word_lists(void **state)
{
    (void)state;
    assert_true(brug__x_is_stop(BRUG__XL_NL, "de", 2));
    assert_false(brug__x_is_stop(BRUG__XL_EN, "de", 2));
    assert_true(brug__x_is_stop(BRUG__XL_EN, "the", 3));
    assert_true(brug__x_is_negation("geen", 4));
    assert_true(brug__x_is_negation("niet", 4));
    assert_true(brug__x_is_negation("without", 7));
    assert_false(brug__x_is_negation("lassen", 6));
    assert_true(brug__x_is_contrast("maar", 4));
    assert_true(brug__x_is_filler("experience", 10));
    assert_false(brug__x_is_filler("welding", 7));
    /* the lists are binary-searched: the first, a middle and the last of
     * each found, words between them not */
    assert_true(brug__x_is_particle("aan", 3));
    assert_true(brug__x_is_particle("op", 2));
    assert_true(brug__x_is_particle("weg", 3));
    assert_false(brug__x_is_particle("de", 2));
    assert_true(brug__x_is_particle_follower("aan", 3));
    assert_true(brug__x_is_particle_follower("en", 2));
    assert_true(brug__x_is_particle_follower("zonder", 6));
    assert_false(brug__x_is_particle_follower("het", 3));
    /* the pay words, longer than the other lists' words among them */
    {
        static const char *const pay[] = {"arbeidsvoorwaarden",
                                          "benefits",
                                          "bruto",
                                          "cao",
                                          "leaseauto",
                                          "pensioen",
                                          "pensioenregeling",
                                          "pension",
                                          "reiskosten",
                                          "reiskostenvergoeding",
                                          "remuneration",
                                          "salaris",
                                          "salarisindicatie",
                                          "salary",
                                          "sollicitatie",
                                          "solliciteren",
                                          "vakantiedagen",
                                          "vakantiegeld",
                                          "wage"};
        size_t i;
        for (i = 0; i < sizeof(pay) / sizeof(pay[0]); i++)
            assert_true(brug__x_is_pay(pay[i], strlen(pay[i])));
        assert_false(brug__x_is_pay("salarisadministratie", 20));
        assert_false(brug__x_is_pay("sal", 3));
    }
}

/* A Dutch infinitive and the present stem a CV writes meet in one stem. */
static void extract_dutch_present_stems(void **state)
{
    static const char *const pairs[][2] = {
        {"bestellen", "bestel"}, {"leggen", "leg"}, {"schrijven", "schrijf"}, {"lezen", "lees"},
        {"geven", "geef"},       {"maken", "maak"}, {"tellen", "tel"},        {"reizen", "reis"},
    };
    brug__xstem st;
    size_t i;
    (void)state;
    assert_int_equal(brug__xstem_init(&st), BRUG_OK);
    for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
        char a[72];
        size_t na, nb;
        const char *s = brug__xstem_word(&st, BRUG__XL_NL, pairs[i][0], strlen(pairs[i][0]), &na);
        assert_non_null(s);
        memcpy(a, s, na);
        s = brug__xstem_word(&st, BRUG__XL_NL, pairs[i][1], strlen(pairs[i][1]), &nb);
        assert_non_null(s);
        if (na != nb || memcmp(a, s, na) != 0)
            fail_msg("%s -> %.*s, %s -> %.*s", pairs[i][0], (int)na, a, pairs[i][1], (int)nb, s);
    }
    /* English stems are Snowball's own */
    {
        size_t n;
        const char *s = brug__xstem_word(&st, BRUG__XL_EN, "travelling", 10, &n);
        assert_int_equal(n, 6);
        assert_memory_equal(s, "travel", 6);
    }
    brug__xstem_release(&st);
}

static void extract_dutch_inflection_and_compound(void **state)
{
    fx *f = *state;
    json_t *doc = ex(f, "wijkverpleegkundigen", "nl", BRUG_EXTRACT_OCCUPATION), *e;
    e = find(doc, "occupations", NS "occupation/district-nurse");
    assert_non_null(e);
    assert_true(has_how(e, "stem"));
    assert_string_equal(json_string_value(json_object_get(e, "label_lang")), "nl");
    json_decref(doc);
    doc = ex(f, "Ik werk als aluminiumconstructielasser.", "nl", BRUG_EXTRACT_OCCUPATION);
    e = find(doc, "occupations", NS "occupation/structural-welder");
    assert_non_null(e);
    assert_true(has_how(e, "compound"));
    /* the span is the compound word */
    assert_int_equal(
        json_integer_value(json_array_get(json_array_get(json_object_get(e, "spans"), 0), 0)), 12);
    json_decref(doc);
}

static int has_span(json_t *item, json_int_t start, json_int_t end)
{
    size_t i;
    json_t *sp;
    json_array_foreach(json_object_get(item, "spans"), i, sp)
    {
        if (json_integer_value(json_array_get(sp, 0)) == start &&
            json_integer_value(json_array_get(sp, 1)) == end)
            return 1;
    }
    return 0;
}

/* A separable verb's parts apart ("ik handel ... af" is "afhandelen"),
 * joined by te, or in its participle, and a verb with -t: the verb
 * supports the skill whose label holds the whole verb. */
static void extract_dutch_verbs(void **state)
{
    fx *f = *state;
    json_t *doc = ex(f, "Ik handel de correspondentie af.", "nl", BRUG_EXTRACT_SKILL), *e;
    e = find(doc, "skills", NS "skill/handle-correspondence");
    assert_non_null(e);
    assert_true(has_span(e, 3, 9));   /* "handel" */
    assert_true(has_span(e, 29, 31)); /* "af", a span with its verb */
    json_decref(doc);
    /* the particle binds to the verb after the conjunction first */
    doc =
        ex(f, "Ik neem de telefoon aan en handel de correspondentie af.", "nl", BRUG_EXTRACT_SKILL);
    e = find(doc, "skills", NS "skill/handle-correspondence");
    assert_non_null(e);
    assert_true(has_span(e, 27, 33)); /* "handel" */
    json_decref(doc);
    doc = ex(f, "Ik probeer klachten van klanten af te handelen.", "nl", BRUG_EXTRACT_SKILL);
    e = find(doc, "skills", NS "skill/handle-customer-complaints");
    assert_non_null(e);
    assert_true(has_span(e, 38, 46)); /* "handelen" */
    json_decref(doc);
    /* the -t of "je installeert" (Snowball keeps it): the verb supports
     * the skill whose label holds "installeren" */
    doc = ex(f, "Je installeert warmtepompen bij klanten.", "nl", BRUG_EXTRACT_SKILL);
    e = find(doc, "skills", NS "skill/install-heat-pumps");
    assert_non_null(e);
    assert_true(has_span(e, 3, 14)); /* "installeert" */
    json_decref(doc);
    /* "afgehandeld" is "afhandelen": the label "correspondentie
     * afhandelen" matches as a phrase */
    doc = ex(f, "Ik heb de correspondentie afgehandeld.", "nl", BRUG_EXTRACT_SKILL);
    e = find(doc, "skills", NS "skill/handle-correspondence");
    assert_non_null(e);
    assert_true(has_how(e, "label"));
    assert_true(has_span(e, 10, 37));
    json_decref(doc);
}

static void extract_negation_and_boilerplate(void **state)
{
    fx *f = *state;
    json_t *doc = ex(f, "Ik ben TIG-lasser", "auto", BRUG_EXTRACT_BOTH);
    assert_string_equal(json_string_value(json_object_get(doc, "lang")), "nl");
    assert_non_null(find(doc, "occupations", NS "occupation/tig-welder"));
    json_decref(doc);
    doc = ex(f, "Ik ben geen TIG-lasser", "nl", BRUG_EXTRACT_BOTH);
    assert_null(find(doc, "occupations", NS "occupation/tig-welder"));
    json_decref(doc);
    doc = ex(f, "No experience installing heat pumps, but I weld.", "en", BRUG_EXTRACT_SKILL);
    assert_null(find(doc, "skills", NS "skill/install-heat-pumps"));
    json_decref(doc);
    doc =
        ex(f, "Wij bieden:\nwarmtepompen installeren\nsalaris EUR 3000\n", "nl", BRUG_EXTRACT_BOTH);
    assert_int_equal(json_array_size(json_object_get(doc, "skills")), 0);
    assert_int_equal(json_array_size(json_object_get(doc, "occupations")), 0);
    json_decref(doc);
    /* after an empty line the offer section is over */
    doc = ex(f, "Wij bieden:\nsalaris EUR 3000\n\nIk installeer warmtepompen\n", "nl",
             BRUG_EXTRACT_SKILL);
    assert_non_null(find(doc, "skills", NS "skill/install-heat-pumps"));
    json_decref(doc);
}

static void extract_overlaps_and_spans(void **state)
{
    fx *f = *state;
    static const char text[] = "I am a heat pump service engineer and I installed heat pumps";
    json_t *doc = ex(f, text, "en", BRUG_EXTRACT_BOTH), *e, *sp;
    size_t i, k;
    assert_non_null(find(doc, "occupations", NS "occupation/heat-pump-service-engineer"));
    assert_non_null(find(doc, "occupations", NS "occupation/service-technician"));
    e = find(doc, "skills", NS "skill/install-heat-pumps");
    assert_non_null(e);
    assert_true(has_how(e, "label"));
    /* every span lies in the text, ascending */
    json_array_foreach(json_object_get(doc, "skills"), i, e)
    {
        json_int_t last = -1;
        json_array_foreach(json_object_get(e, "spans"), k, sp)
        {
            json_int_t a = json_integer_value(json_array_get(sp, 0));
            json_int_t b = json_integer_value(json_array_get(sp, 1));
            assert_true(a >= last && a < b && b <= (json_int_t)strlen(text));
            last = a;
        }
        assert_true(json_real_value(json_object_get(e, "score")) > 0);
        assert_true(json_real_value(json_object_get(e, "score")) <= 1);
    }
    json_decref(doc);
}

static void extract_limits_and_errors(void **state)
{
    fx *f = *state;
    brug_extract_opts o;
    json_t *doc = NULL;
    char msg[256];
    char *big;
    brug_extract_opts_init(&o);
    /* empty text: empty lists */
    assert_int_equal(brug_extract(f->ix, "", 0, &o, &doc, msg, sizeof msg), BRUG_OK);
    assert_int_equal(json_array_size(json_object_get(doc, "skills")), 0);
    json_decref(doc);
    assert_int_equal(brug_extract(f->ix, NULL, 0, NULL, &doc, NULL, 0), BRUG_OK);
    json_decref(doc);
    /* invalid UTF-8 names the offset */
    assert_int_equal(brug_extract(f->ix, "lasser \xFF", 8, &o, &doc, msg, sizeof msg), BRUG_EINVAL);
    assert_null(doc);
    assert_non_null(strstr(msg, "byte offset 7"));
    /* too long */
    big = malloc(BRUG_EXTRACT_MAX_TEXT + 2);
    assert_non_null(big);
    memset(big, 'a', BRUG_EXTRACT_MAX_TEXT + 1);
    assert_int_equal(brug_extract(f->ix, big, BRUG_EXTRACT_MAX_TEXT + 1, &o, &doc, msg, sizeof msg),
                     BRUG_ETOOBIG);
    free(big);
    /* one clause of the largest size made of Dutch particles ("op in op
     * in ..."): each looks back a bounded window for its verb, so this
     * takes a fraction of a second (a scan to the clause's start made it
     * quadratic: minutes) */
    {
        size_t k, n = BRUG_EXTRACT_MAX_TEXT / 6 * 6;
        big = malloc(n);
        assert_non_null(big);
        for (k = 0; k < n; k += 6)
            memcpy(big + k, "op in ", 6);
        o.lang = "nl";
        assert_int_equal(brug_extract(f->ix, big, n, &o, &doc, msg, sizeof msg), BRUG_OK);
        json_decref(doc);
        o.lang = NULL;
        free(big);
    }
    /* bad options */
    o.lang = "fr";
    assert_int_equal(brug_extract(f->ix, "x", 1, &o, &doc, msg, sizeof msg), BRUG_EINVAL);
    o.lang = NULL;
    o.top = BRUG_EXTRACT_MAX_TOP + 1;
    assert_int_equal(brug_extract(f->ix, "x", 1, &o, &doc, msg, sizeof msg), BRUG_EINVAL);
    o.top = 1;
    assert_int_equal(brug_extract(f->ix, "heat pumps welder nurse", 23, &o, &doc, msg, sizeof msg),
                     BRUG_OK);
    assert_true(json_array_size(json_object_get(doc, "skills")) <= 1);
    json_decref(doc);
    /* text with a NUL byte is fine (a separator) */
    assert_int_equal(brug_extract(f->ix, "lasser\0lasser", 13, NULL, &doc, msg, sizeof msg),
                     BRUG_OK);
    json_decref(doc);
    brug_extract_index_free(NULL);
}

static void extract_user_synonyms(void **state)
{
    fx *f = *state;
    brug_extract_build_opts bo;
    brug_extract_index *ix = NULL;
    char *path = test_tmp_path("synonyms.tsv");
    FILE *fp = fopen(path, "w");
    brug_extract_opts o;
    json_t *doc;
    char msg[128];
    assert_non_null(fp);
    fprintf(fp, "# test\nwarmtepompwerk\t" NS "skill/install-heat-pumps\tnl\n");
    fclose(fp);
    memset(&bo, 0, sizeof bo);
    bo.synonyms_path = path;
    assert_int_equal(brug_extract_index_build(f->db, f->onto, &bo, &ix), BRUG_OK);
    brug_extract_opts_init(&o);
    o.lang = "nl";
    assert_int_equal(brug_extract(ix, "warmtepompwerk", 14, &o, &doc, msg, sizeof msg), BRUG_OK);
    assert_true(has_how(find(doc, "skills", NS "skill/install-heat-pumps"), "synonym"));
    json_decref(doc);
    brug_extract_index_free(ix);
    fp = fopen(path, "w");
    assert_non_null(fp);
    fprintf(fp, "ok\t" NS "skill/install-heat-pumps\nbad line\n");
    fclose(fp);
    assert_int_equal(brug_extract_index_build(f->db, f->onto, &bo, &ix), BRUG_EPARSE);
    assert_null(ix);
    assert_non_null(strstr(brug_errmsg(f->db), ":2:"));
    bo.synonyms_path = "/nonexistent/synonyms.tsv";
    assert_int_equal(brug_extract_index_build(f->db, f->onto, &bo, &ix), BRUG_EIO);
    remove(path);
    free(path);
}

typedef struct thread_arg {
    const fx *f;
    char *out;
} thread_arg;

/* Proximity: the same words, a label's two words together or far apart;
 * the bag of words (BM25, coverage) is the same, the far one scores less. */
static void extract_proximity(void **state)
{
    fx *f = *state;
    json_t *near =
        ex(f, "We plan the work with the suppliers and the carriers.", "en", BRUG_EXTRACT_SKILL);
    json_t *far =
        ex(f, "We plan with the suppliers and the carriers the work.", "en", BRUG_EXTRACT_SKILL);
    json_t *a = find(near, "skills", NS "skill/plan-and-organise-work");
    json_t *b = find(far, "skills", NS "skill/plan-and-organise-work");
    assert_non_null(a);
    assert_non_null(b);
    assert_false(has_how(a, "label"));
    assert_true(json_real_value(json_object_get(a, "score")) >
                json_real_value(json_object_get(b, "score")) + 0.01);
    /* a skill none of whose labels has two words in the sentence: as before */
    a = find(near, "skills", NS "skill/purchase-goods");
    b = find(far, "skills", NS "skill/purchase-goods");
    assert_non_null(a);
    assert_non_null(b);
    assert_true(json_real_value(json_object_get(a, "score")) -
                    json_real_value(json_object_get(b, "score")) <
                0.005);
    json_decref(near);
    json_decref(far);
}

/* The index keeps the workspaces of finished extractions for the next
 * ones: an extraction that runs out of memory anywhere (its workspace
 * half used, in the middle of a sentence's BM25 and label coverage) must
 * not leave one behind that changes a later answer. */
static void extract_out_of_memory_leaves_the_index_clean(void **state)
{
    const char *text =
        "Ik ben TIG-lasser en installeer warmtepompen. Ik werk veilig en ik heb mijn VCA. "
        "As a team leader I plan the work with the suppliers and the carriers, manage the "
        "budget, train new staff and report to the board. Verpleegkundige in de thuiszorg: "
        "wondzorg, medicatie en overleg met de huisarts. We develop web applications in Java "
        "and Python, design databases and test software. I keep the accounts, prepare tax "
        "returns and advise clients on investments. Chef in a busy restaurant: I cook, order "
        "food supplies and keep the kitchen clean and safe. I teach mathematics to secondary "
        "school pupils and mentor new teachers. Forklift driver in a warehouse: loading, "
        "unloading, stock control and shipping documents. Electrician installing solar panels, "
        "wiring and switchboards in new houses; maintenance of lifts and escalators.";
    fx *f = *state;
    char msg[256], *want, *got;
    json_t *doc = NULL;
    size_t n, failed = 0;
    if (!f)
        skip();
    assert_int_equal(brug_extract(f->ix, text, strlen(text), NULL, &doc, msg, sizeof msg), BRUG_OK);
    want = json_dumps(doc, JSON_SORT_KEYS);
    json_decref(doc);
    /* fail the nth allocation of one extraction, for every n until one
     * runs through; after each, the same text gives the same document */
    for (n = 1; n < 10000; n++) {
        brug_err err;
        f->fa.count = 0;
        f->fa.fail_at = n;
        err = brug_extract(f->ix, text, strlen(text), NULL, &doc, msg, sizeof msg);
        f->fa.fail_at = 0;
        if (err == BRUG_OK) {
            json_decref(doc);
            break;
        }
        assert_int_equal(err, BRUG_ENOMEM);
        assert_null(doc);
        failed++;
        assert_int_equal(brug_extract(f->ix, text, strlen(text), NULL, &doc, msg, sizeof msg),
                         BRUG_OK);
        got = json_dumps(doc, JSON_SORT_KEYS);
        json_decref(doc);
        assert_string_equal(got, want);
        free(got);
    }
    assert_true(failed >= 2);
    free(want);
}

static void *worker(void *p)
{
    thread_arg *a = p;
    int i;
    for (i = 0; i < 20; i++) {
        json_t *doc =
            ex(a->f, "Ik ben TIG-lasser en installeer warmtepompen.", "nl", BRUG_EXTRACT_BOTH);
        free(a->out);
        a->out = json_dumps(doc, JSON_COMPACT);
        json_decref(doc);
    }
    return NULL;
}

static void extract_threads_share_an_index(void **state)
{
    fx *f = *state;
    pthread_t t[2];
    thread_arg a[2] = {{f, NULL}, {f, NULL}};
    int i;
    for (i = 0; i < 2; i++)
        assert_int_equal(pthread_create(&t[i], NULL, worker, &a[i]), 0);
    for (i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    assert_non_null(a[0].out);
    assert_string_equal(a[0].out, a[1].out);
    free(a[0].out);
    free(a[1].out);
}

static int real_setup(void **state)
{
    const char *en = test_esco_dir("en");
    char endir[4096], nldir[4096];
    fx *f;
    if (!en) {
        *state = NULL;
        return 0;
    }
    snprintf(endir, sizeof endir, "%s", en);
    snprintf(nldir, sizeof nldir, "%s", test_esco_dir("nl"));
    f = calloc(1, sizeof(*f));
    assert_non_null(f);
    f->path = test_tmp_path("extract_esco.db");
    test_failing_alloc_init(&f->fa, 0);
    test_remove_db(f->path);
    assert_int_equal(brug_db_open(f->path, BRUG_OPEN_CREATE, &f->fa.alloc, &f->db), BRUG_OK);
    import_dirs(f->db, endir, nldir);
    assert_int_equal(brug_onto_load(f->db, &f->onto), BRUG_OK);
    assert_int_equal(brug_extract_index_build(f->db, f->onto, NULL, &f->ix), BRUG_OK);
    *state = f;
    return 0;
}

#define ESCO_SKILL "http://data.europa.eu/esco/skill/"

static void extract_esco_welder(void **state)
{
    fx *f = *state;
    json_t *doc;
    if (!f)
        skip();
    doc = ex(f, "ik heb tien jaar als lasser gewerkt, MIG/MAG en TIG, en ik heb mijn VCA", "auto",
             BRUG_EXTRACT_BOTH);
    assert_string_equal(json_string_value(json_object_get(doc, "lang")), "nl");
    /* MAG, TIG, MIG welding and the construction safety of VCA */
    assert_non_null(find(doc, "skills", ESCO_SKILL "60ff3eac-7d4d-4e51-87b8-74c3b5d62498"));
    assert_non_null(find(doc, "skills", ESCO_SKILL "a51adea8-bf02-488a-a0d8-b0961caca5b0"));
    assert_non_null(find(doc, "skills", ESCO_SKILL "f015c5d5-6a1c-4f63-9012-a05f4f34105e"));
    assert_non_null(find(doc, "skills", ESCO_SKILL "86df7af2-f9f3-4c06-a500-7f1fba9e78fe"));
    assert_non_null(
        find(doc, "occupations",
             "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b"));
    json_decref(doc);
}

/* A Dutch word that ESCO's Dutch text does not translate reads as its
 * English cognate ("montessori" here is the English word). */
static void extract_esco_cognates(void **state)
{
    fx *f = *state;
    json_t *doc, *e;
    if (!f)
        skip();
    doc = ex(f, "Ik werk op een school volgens de montessori principes.", "nl", BRUG_EXTRACT_SKILL);
    /* Montessori teaching principles, its word a span */
    e = find(doc, "skills", ESCO_SKILL "2c093216-a54d-4106-99d8-aefb68efcc30");
    assert_non_null(e);
    assert_true(has_span(e, 33, 43));
    json_decref(doc);
}

/* The postings a query reads for its own words: every posting in a label,
 * then of the others at most BRUG__X_DESC_REACH per kind, those of the
 * largest sc, each part in concept order; on the real ESCO some terms are
 * pruned. */
static void extract_index_prunes_description_postings(void **state)
{
    fx *f = *state;
    const brug_extract_index *ix;
    uint32_t t;
    size_t pruned = 0;
    if (!f)
        skip();
    ix = f->ix;
    for (t = 1; t <= ix->nterm; t++) {
        uint32_t j, q = ix->qpost_ptr[t], ql = ix->qpost_lab_end[t], qd = ql,
                    qe = ix->qpost_ptr[t + 1];
        size_t kept[2] = {0, 0}, desc[2] = {0, 0};
        float least_kept[2] = {1e30f, 1e30f}, most_left[2] = {0, 0};
        assert_true(q <= ql && ql <= qe);
        for (j = ix->post_ptr[t]; j < ix->post_ptr[t + 1]; j++) {
            const brug__xpost *p = &ix->post[j];
            int kind = p->concept >= ix->nskill;
            if (ix->post_lab[j]) {
                /* every posting in a label, in the first part */
                assert_true(q < ql);
                assert_int_equal(ix->qpost[q].concept, p->concept);
                assert_true(ix->qpost[q].sc == p->sc);
                assert_int_equal(ix->qpost[q].lab, ix->post_lab[j]);
                q++;
                continue;
            }
            desc[kind]++;
            if (qd < qe && ix->qpost[qd].concept == p->concept) {
                assert_true(ix->qpost[qd].sc == p->sc);
                assert_int_equal(ix->qpost[qd].lab, 0);
                qd++;
                kept[kind]++;
                if (p->sc < least_kept[kind])
                    least_kept[kind] = p->sc;
            } else if (p->sc > most_left[kind]) {
                most_left[kind] = p->sc;
            }
        }
        /* nothing else, each part in concept order */
        assert_int_equal(q, ql);
        assert_int_equal(qd, qe);
        for (int kind = 0; kind < 2; kind++) {
            size_t want = desc[kind] < BRUG__X_DESC_REACH ? desc[kind] : BRUG__X_DESC_REACH;
            assert_int_equal(kept[kind], want);
            if (kept[kind] < desc[kind]) {
                assert_true(most_left[kind] <= least_kept[kind]);
                pruned++;
            }
        }
    }
    assert_true(pruned > 100);
    /* a translation's impact list: the same two parts */
    for (t = 1; t <= ix->nterm; t++) {
        uint32_t j, ql = ix->tpost_lab_end[t];
        assert_true(ix->tpost_ptr[t] <= ql && ql <= ix->tpost_ptr[t + 1]);
        for (j = ix->tpost_ptr[t]; j < ix->tpost_ptr[t + 1]; j++) {
            assert_int_equal(ix->tpost[j].lab != 0, j < ql);
            if (j > ix->tpost_ptr[t] && j != ql)
                assert_true(ix->tpost[j - 1].concept < ix->tpost[j].concept);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(extract_tokenizer_spans_and_folding),
        cmocka_unit_test(extract_word_lists),
        cmocka_unit_test(extract_dutch_present_stems),
        cmocka_unit_test_setup_teardown(extract_dutch_inflection_and_compound, demo_setup,
                                        fx_teardown),
        cmocka_unit_test_setup_teardown(extract_dutch_verbs, demo_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(extract_negation_and_boilerplate, demo_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(extract_overlaps_and_spans, demo_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(extract_limits_and_errors, demo_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(extract_user_synonyms, demo_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(extract_threads_share_an_index, demo_setup, fx_teardown),
        cmocka_unit_test_setup_teardown(extract_proximity, demo_setup, fx_teardown),
    };
    /* one import of the real ESCO for the tests that read it */
    const struct CMUnitTest real[] = {
        cmocka_unit_test(extract_esco_welder),
        cmocka_unit_test(extract_esco_cognates),
        cmocka_unit_test(extract_index_prunes_description_postings),
        cmocka_unit_test(extract_out_of_memory_leaves_the_index_clean),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    return failed + cmocka_run_group_tests(real, real_setup, fx_teardown);
}
