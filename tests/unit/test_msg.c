/*
 * test_msg.c - the message catalogue: every key in every language with the
 * same placeholders (as the build's msgc checks, read back from the compiled
 * table), rendering with typed arguments, locale formatting of numbers,
 * money and dates, the English fallback, and language code normalization.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_test.h"

/* The sorted placeholder names of t joined by ',' into out. */
static void names_of(const char *t, char *out, size_t size)
{
    char names[16][64];
    int n = 0, i, j;
    size_t len = 0;
    while (*t) {
        if ((t[0] == '{' && t[1] == '{') || (t[0] == '}' && t[1] == '}')) {
            t += 2;
            continue;
        }
        if (*t == '{') {
            const char *e = strchr(t, '}');
            assert_non_null(e);
            assert_true(e - t - 1 < 64 && n < 16);
            memcpy(names[n], t + 1, (size_t)(e - t - 1));
            names[n][e - t - 1] = '\0';
            for (j = 0; j < n && strcmp(names[j], names[n]); j++)
                ;
            n += j == n;
            t = e + 1;
            continue;
        }
        t++;
    }
    for (i = 1; i < n; i++)
        for (j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char tmp[64];
            memcpy(tmp, names[j], 64);
            memcpy(names[j], names[j - 1], 64);
            memcpy(names[j - 1], tmp, 64);
        }
    out[0] = '\0';
    for (i = 0; i < n; i++)
        len += (size_t)snprintf(out + len, size - len, "%s%s", i ? "," : "", names[i]);
}

static void msg_catalogue_complete(void **state)
{
    const char *const *langs = brug_msg_langs();
    size_t i, l, n = brug_msg_count();
    (void)state;
    assert_string_equal(langs[0], "en");
    assert_non_null(langs[1]);
    assert_true(n > 20);
    for (i = 0; i < n; i++) {
        const char *key = brug_msg_key(i);
        char ref[512], got[512];
        assert_non_null(key);
        if (i)
            assert_true(strcmp(brug_msg_key(i - 1), key) < 0);
        names_of(brug_msg_template("en", key), ref, sizeof(ref));
        for (l = 1; langs[l]; l++) {
            const char *t = brug_msg_template(langs[l], key);
            assert_non_null(t);
            assert_true(t[0] != '\0');
            names_of(t, got, sizeof(got));
            if (strcmp(ref, got) != 0)
                fail_msg("%s in %s: placeholders {%s}, English has {%s}", key, langs[l], got, ref);
        }
    }
    assert_null(brug_msg_key(n));
}

static void msg_render_arguments(void **state)
{
    char buf[256];
    brug_msg_arg a[] = {BRUG_MSG_M("budget", 1295.5), BRUG_MSG_ARGS_END};
    brug_msg_arg none[] = {BRUG_MSG_ARGS_END};
    (void)state;
    brug_msg_format(buf, sizeof(buf), "en", "plan.why.budget", a);
    assert_string_equal(buf, "costs more than the budget of €1,295.50");
    brug_msg_format(buf, sizeof(buf), "nl", "plan.why.budget", a);
    assert_string_equal(buf, "kost meer dan het budget van € 1.295,50");
    /* A missing argument stays visible; an unknown key renders as itself. */
    brug_msg_format(buf, sizeof(buf), "en", "plan.why.budget", none);
    assert_string_equal(buf, "costs more than the budget of {budget}");
    brug_msg_format(buf, sizeof(buf), "nl", "no.such.key", NULL);
    assert_string_equal(buf, "no.such.key");
    assert_null(brug_msg_template("nl", "no.such.key"));
}

static void msg_render_truncates(void **state)
{
    char buf[8];
    size_t n;
    (void)state;
    n = brug_msg_format(buf, sizeof(buf), "en", "plan.why.optional", NULL);
    assert_int_equal(n, strlen("optional; none of the chosen courses teaches it"));
    assert_string_equal(buf, "optiona");
    n = brug_msg_format(buf, 0, "en", "plan.why.optional", NULL);
    assert_int_equal(n, strlen("optional; none of the chosen courses teaches it"));
}

static void msg_format_numbers(void **state)
{
    char buf[64];
    (void)state;
    brug_format_number(buf, sizeof(buf), "en", 13896, 0);
    assert_string_equal(buf, "13,896");
    brug_format_number(buf, sizeof(buf), "nl", 13896, 0);
    assert_string_equal(buf, "13.896");
    brug_format_number(buf, sizeof(buf), "nl", 12.5, 1);
    assert_string_equal(buf, "12,5");
    brug_format_number(buf, sizeof(buf), "en", 12.0, 1);
    assert_string_equal(buf, "12");
    brug_format_number(buf, sizeof(buf), "en", -1234567.891, 2);
    assert_string_equal(buf, "-1,234,567.89");
    brug_format_number(buf, sizeof(buf), "en", 999, 0);
    assert_string_equal(buf, "999");
    brug_format_money(buf, sizeof(buf), "nl", 295);
    assert_string_equal(buf, "€ 295,00");
    brug_format_money(buf, sizeof(buf), "en", 295);
    assert_string_equal(buf, "€295.00");
    brug_format_money(buf, sizeof(buf), "nl-BE", 0.005);
    assert_string_equal(buf, "€ 0,01");
}

static void msg_format_dates(void **state)
{
    char buf[64];
    (void)state;
    brug_format_date(buf, sizeof(buf), "nl", "2026-03-01");
    assert_string_equal(buf, "1 maart 2026");
    brug_format_date(buf, sizeof(buf), "en", "2026-12-24");
    assert_string_equal(buf, "24 December 2026");
    brug_format_date(buf, sizeof(buf), "en", "soon");
    assert_string_equal(buf, "soon");
}

static void msg_language_fallback(void **state)
{
    char buf[128];
    (void)state;
    assert_string_equal(brug_msg_lang("nl"), "nl");
    assert_string_equal(brug_msg_lang("NL-be"), "nl");
    assert_string_equal(brug_msg_lang("de"), "en");
    assert_string_equal(brug_msg_lang(NULL), "en");
    assert_string_equal(brug_msg_lang("any"), "en");
    assert_true(brug_msg_has_lang("nl_NL"));
    assert_false(brug_msg_has_lang("de"));
    /* German sentences fall back to English (documented in brug/msg.h). */
    brug_msg_format(buf, sizeof(buf), "de", "plan.why.optional", NULL);
    assert_string_equal(buf, "optional; none of the chosen courses teaches it");
}

static void msg_lang_normalize(void **state)
{
    char out[8];
    (void)state;
    assert_int_equal(brug_lang_normalize("nl-BE", out, sizeof(out)), BRUG_OK);
    assert_string_equal(out, "nl");
    assert_int_equal(brug_lang_normalize("EN", out, sizeof(out)), BRUG_OK);
    assert_string_equal(out, "en");
    assert_int_equal(brug_lang_normalize("any", out, sizeof(out)), BRUG_OK);
    assert_string_equal(out, "any");
    assert_int_equal(brug_lang_normalize("dutch", out, sizeof(out)), BRUG_EINVAL);
    assert_int_equal(brug_lang_normalize("n1", out, sizeof(out)), BRUG_EINVAL);
    assert_int_equal(brug_lang_normalize("", out, sizeof(out)), BRUG_EINVAL);
    assert_int_equal(brug_lang_normalize("nl-", out, sizeof(out)), BRUG_EINVAL);
    assert_int_equal(brug_lang_normalize(NULL, out, sizeof(out)), BRUG_EINVAL);
    assert_int_equal(brug_lang_normalize("nl", out, 2), BRUG_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(msg_catalogue_complete), cmocka_unit_test(msg_render_arguments),
        cmocka_unit_test(msg_render_truncates),   cmocka_unit_test(msg_format_numbers),
        cmocka_unit_test(msg_format_dates),       cmocka_unit_test(msg_language_fallback),
        cmocka_unit_test(msg_lang_normalize),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
