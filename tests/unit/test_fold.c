/*
 * test_fold.c - search text folding: case, accents, compatibility forms,
 * punctuation and word separation, invalid UTF-8, buffer reuse.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper_test.h"
#include "fold.h"

static void check(brug__fold_buf *b, const char *in, const char *want)
{
    assert_int_equal(brug__fold(b, in, strlen(in)), BRUG_OK);
    assert_string_equal(b->text, want);
    assert_int_equal(b->len, strlen(want));
}

/* The ASCII fast path and utf8proc agree: the same text with one
 * non-ASCII character appended folds to the same words plus that one. */
static void fold_ascii_fast_path_agrees(void **state)
{
    brug__fold_buf a, u;
    char buf[64];
    int c;
    (void)state;
    brug__fold_init(&a, NULL);
    brug__fold_init(&u, NULL);
    for (c = 1; c < 128; c++) {
        snprintf(buf, sizeof(buf), "Ab%cC d \xC3\xA9", c);
        assert_int_equal(brug__fold(&u, buf, strlen(buf)), BRUG_OK);
        buf[strlen(buf) - 3] = '\0'; /* drop " é" */
        assert_int_equal(brug__fold(&a, buf, strlen(buf)), BRUG_OK);
        if (u.len < 2 || strcmp(u.text + u.len - 2, " e") != 0 || a.len != u.len - 2 ||
            memcmp(a.text, u.text, a.len) != 0)
            fail_msg("char %d: ascii '%s' vs utf8proc '%s'", c, a.text, u.text);
    }
    brug__fold_release(&a);
    brug__fold_release(&u);
}

static void fold_case_accents_and_punctuation(void **state)
{
    brug__fold_buf b;
    (void)state;
    brug__fold_init(&b, NULL);
    check(&b, "Verpleegkundige", "verpleegkundige");
    check(&b, "inspiciënt", "inspicient");
    check(&b, "Ingénieur Électricien", "ingenieur electricien");
    check(&b, "Straße", "strasse");         /* full case folding */
    check(&b, "ﬁnance", "finance");         /* NFKC: the fi ligature */
    check(&b, "ＡＢＣ１２", "abc12");       /* full-width forms */
    check(&b, "ĳzerwerker", "ijzerwerker"); /* the Dutch ij digraph */
    check(&b, "koel-, lucht- en verwarmingstechniek", "koel lucht en verwarmingstechniek");
    check(&b, "  C++ / C#  developer\t\n", "c c developer");
    check(&b, "children's nurse", "childrens nurse");
    check(&b, "children\xE2\x80\x99s nurse", "childrens nurse"); /* typographic apostrophe */
    check(&b, "\"NEAR\" * - ( ) : ^", "near");
    check(&b, "ΑΘΗΝΑ Ελληνικά", "αθηνα ελληνικα"); /* other scripts fold too */
    check(&b, "", "");
    check(&b, " -- ", "");
    brug__fold_release(&b);
}

static void fold_rejects_invalid_utf8(void **state)
{
    brug__fold_buf b;
    (void)state;
    brug__fold_init(&b, NULL);
    assert_int_equal(brug__fold(&b, "abc\xC3", 4), BRUG_EINVAL);
    assert_string_equal(b.text, "");
    assert_int_equal(brug__fold(&b, "\xFF\xFE", 2), BRUG_EINVAL);
    /* The buffer stays usable after an error. */
    check(&b, "Lasser", "lasser");
    brug__fold_release(&b);
    brug__fold_release(NULL);
}

static void fold_long_text_and_compact(void **state)
{
    brug__fold_buf b;
    size_t n = 100000, i;
    char *s = malloc(n + 1);
    (void)state;
    assert_non_null(s);
    for (i = 0; i < n; i++)
        s[i] = (i % 10 == 9) ? ' ' : (char)('A' + i % 10);
    s[n] = '\0';
    brug__fold_init(&b, NULL);
    assert_int_equal(brug__fold(&b, s, n), BRUG_OK);
    assert_int_equal(b.len, n - 1); /* the trailing space is trimmed */
    assert_memory_equal(b.text, "abcdefghi abcdefghi", 19);
    check(&b, "Software  Ontwikkelaar", "software ontwikkelaar");
    brug__fold_compact(&b);
    assert_string_equal(b.text, "softwareontwikkelaar");
    assert_true(brug__fold_hash("abc", 3) == brug__fold_hash("abc", 3));
    assert_true(brug__fold_hash("abc", 3) != brug__fold_hash("abd", 3));
    assert_true(brug__fold_hash("abc", 3) >= 0);
    brug__fold_release(&b);
    free(s);
}

static void fold_out_of_memory(void **state)
{
    test_failing_alloc fa;
    brug__fold_buf b;
    (void)state;
    test_failing_alloc_init(&fa, 1);
    brug__fold_init(&b, &fa.alloc);
    assert_int_equal(brug__fold(&b, "abc", 3), BRUG_ENOMEM);
    brug__fold_release(&b);
    /* Non-ASCII text needs utf8proc's code point buffer too. */
    test_failing_alloc_init(&fa, 2);
    brug__fold_init(&b, &fa.alloc);
    assert_int_equal(brug__fold(&b, "ab\xC3\xA9", 4), BRUG_ENOMEM);
    brug__fold_release(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fold_case_accents_and_punctuation),
        cmocka_unit_test(fold_ascii_fast_path_agrees),
        cmocka_unit_test(fold_rejects_invalid_utf8),
        cmocka_unit_test(fold_long_text_and_compact),
        cmocka_unit_test(fold_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
