/*
 * helper_results.h - comparing analysed bridges (brug__bridge_result) in
 * the unit tests; include after cmocka (helper_test.h) and bridges_int.h.
 */
#ifndef BRUG_HELPER_RESULTS_H
#define BRUG_HELPER_RESULTS_H

/* Two analysed results are the same, field by field, and each list of
 * skills is in the documented order: by gain, then share of the
 * requirement, largest first, then skill (URI order). */
static inline void assert_sorted_gaps(const brug__gap_item *v, size_t n)
{
    size_t j;
    for (j = 1; j < n; j++) {
        const brug__gap_item *a = &v[j - 1], *c = &v[j];
        assert_true(a->gain > c->gain ||
                    (a->gain == c->gain &&
                     (a->weight > c->weight || (a->weight == c->weight && a->skill < c->skill))));
    }
}

static inline void assert_same_result(const brug__bridge_result *x, const brug__bridge_result *y)
{
    size_t j, ni = x->ncarried + x->nmiss_e + x->nmiss_o;
    assert_int_equal(x->occ, y->occ);
    assert_true(x->score == y->score);
    assert_memory_equal(x->facet, y->facet, sizeof(x->facet));
    assert_memory_equal(&x->flags, &y->flags, sizeof(x->flags));
    assert_int_equal(x->ncarried, y->ncarried);
    assert_int_equal(x->nmiss_e, y->nmiss_e);
    assert_int_equal(x->nmiss_o, y->nmiss_o);
    assert_int_equal(x->ncarried_e, y->ncarried_e);
    assert_int_equal(x->npartial, y->npartial);
    for (j = 0; j < ni; j++) {
        assert_int_equal(x->items[j].skill, y->items[j].skill);
        assert_int_equal(x->items[j].via, y->items[j].via);
        assert_int_equal(x->items[j].rel, y->items[j].rel);
        assert_true(x->items[j].weight == y->items[j].weight);
        assert_true(x->items[j].credit == y->items[j].credit);
    }
    assert_sorted_gaps(x->items, x->ncarried);
    assert_sorted_gaps(x->items + x->ncarried, x->nmiss_e);
    assert_sorted_gaps(x->items + x->ncarried + x->nmiss_e, x->nmiss_o);
}

#endif
