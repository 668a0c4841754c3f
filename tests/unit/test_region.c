/*
 * test_region.c - the one region module: CBS codes, ISO codes and names
 * (case- and diacritics-insensitive) of every system, the crosswalk
 * (overlap by shared municipalities), and names by language.
 */
#include <string.h>

#include "helper_test.h"
#include "brug/region.h"
#include "region.h"

static void region_codes_iso_and_names(void **state)
{
    (void)state;
    assert_string_equal(brug_region_code("PV30"), "PV30");
    assert_string_equal(brug_region_code("pv30"), "PV30");
    assert_string_equal(brug_region_code("NL-NB"), "PV30");
    assert_string_equal(brug_region_code("nl-nb"), "PV30");
    assert_string_equal(brug_region_code("Brabant"), "PV30");
    assert_string_equal(brug_region_code("Noord-Brabant"), "PV30");
    assert_string_equal(brug_region_code("noord brabant"), "PV30");
    assert_string_equal(brug_region_code("North Brabant"), "PV30");
    assert_string_equal(brug_region_code("Fryslân"), "PV21");
    assert_string_equal(brug_region_code("fryslan"), "PV21");
    assert_string_equal(brug_region_code("Friesland"), "PV21"); /* the province before AM02 */
    assert_string_equal(brug_region_code("CR36"), "CR36");
    assert_string_equal(brug_region_code("Zuidoost-Noord-Brabant"), "CR36");
    /* COROP CR23 and labour-market region AM18 share the name: the COROP
     * region unless only labour-market regions are wanted. */
    assert_string_equal(brug_region_code("Groot-Amsterdam"), "CR23");
    assert_string_equal(brug__region_lookup("Groot-Amsterdam", BRUG__REGION_LMR), "AM18");
    assert_string_equal(brug__region_lookup("groot amsterdam", BRUG__REGION_LMR), "AM18");
    assert_string_equal(brug_region_code("AM38"), "AM38");
    assert_string_equal(brug_region_code("foodvalley"), "AM38");
    assert_string_equal(brug_region_code("NL"), "NL");
    assert_string_equal(brug_region_code("Nederland"), "NL");
    /* brug's former numbering stops where CBS has no such code. */
    assert_null(brug_region_code("AM16"));
    assert_null(brug_region_code("AM04"));
    assert_null(brug_region_code("CR41"));
    assert_null(brug_region_code(""));
    assert_null(brug_region_code(NULL));
    assert_null(brug_region_code("Atlantis"));
    assert_null(brug__region_lookup("CR17", BRUG__REGION_PROVINCE | BRUG__REGION_LMR));
    assert_int_equal(brug__region_kind("Utrecht"), BRUG__REGION_PROVINCE);
    assert_int_equal(brug__region_kind("AM13"), BRUG__REGION_LMR);
}

static void region_crosswalk(void **state)
{
    (void)state;
    /* A COROP region and its province, both ways; NL matches everything. */
    assert_true(brug__region_matches("CR36", "PV30"));
    assert_true(brug__region_matches("PV30", "CR36"));
    assert_true(brug__region_matches("CR17", "NL-UT"));
    assert_true(brug__region_matches("NL", "AM01"));
    assert_true(brug__region_matches("CR01", "NL"));
    /* Neighbours do not match. */
    assert_false(brug__region_matches("CR35", "CR36"));
    assert_false(brug__region_matches("PV26", "PV27"));
    /* A labour-market region and the COROP regions and provinces it touches:
     * Zuidoost-Brabant (AM28) lies in CR36; Groot Amsterdam (AM18) in CR23. */
    assert_true(brug__region_matches("CR36", "AM28"));
    assert_true(brug__region_matches("AM28", "PV30"));
    assert_false(brug__region_matches("CR33", "AM28"));
    assert_true(brug__region_matches("CR23", "AM18"));
    assert_false(brug__region_matches("PV28", "AM18"));
    /* FoodValley (AM38) spans Gelderland and Utrecht (Veenendaal, Rhenen). */
    assert_true(brug__region_matches("PV25", "AM38"));
    assert_true(brug__region_matches("PV26", "AM38"));
    assert_false(brug__region_matches("PV27", "AM38"));
    /* Names work here too. */
    assert_true(brug__region_matches("CR36", "Brabant"));
    assert_false(brug__region_matches("CR36", "Atlantis"));
}

static void region_names_by_language(void **state)
{
    const char *lang = NULL;
    (void)state;
    assert_string_equal(brug_region_name("NL-NB"), "Noord-Brabant");
    assert_string_equal(brug_region_label("PV30", "en", &lang), "North Brabant");
    assert_string_equal(lang, "en");
    assert_string_equal(brug_region_label("PV30", "nl", &lang), "Noord-Brabant");
    assert_string_equal(lang, "nl");
    assert_string_equal(brug_region_label("PV26", "en", &lang), "Utrecht");
    assert_string_equal(lang, "en");
    /* CBS names COROP and labour-market regions in Dutch only. */
    assert_string_equal(brug_region_label("CR36", "en", &lang), "Zuidoost-Noord-Brabant");
    assert_string_equal(lang, "nl");
    assert_string_equal(brug_region_label("AM18", NULL, NULL), "Groot Amsterdam");
    assert_string_equal(brug_region_label("PV21", "nl", NULL), "Fryslân");
    assert_string_equal(brug_region_label("NL", "en", NULL), "the Netherlands");
    assert_null(brug_region_label("XX", "en", &lang));
    assert_null(lang);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(region_codes_iso_and_names),
        cmocka_unit_test(region_crosswalk),
        cmocka_unit_test(region_names_by_language),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
