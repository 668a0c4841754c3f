/*
 * store_regions.c - schema module "regions": moving stored region codes to
 * CBS's official ones (src/region.h is the one region module).
 *
 * Step 1: passports and offers used brug's own numbering of the 35
 * labour-market regions (AM01..AM35 in an order of brug's); they now use
 * CBS's codes (AM01..AM38, region_data.h), so person.region and
 * offer.region are rewritten (old AM16 "Groot Amsterdam" is CBS AM18, ...;
 * the map below was made by name, one to one).  Courses stored provinces by
 * ISO code (NL-UT); they now store CBS's (PV26).  The people module's
 * region table, a mirror of the vocabulary, is refilled with the new codes.
 * Provinces (PV..), COROP codes (CR..) and NL were CBS's already.
 */
#include <sqlite3.h>

#include "store.h"

#define AM_CASE                                                                                    \
    "CASE region "                                                                                 \
    "WHEN 'AM04' THEN 'AM36' WHEN 'AM07' THEN 'AM09' "                                             \
    "WHEN 'AM08' THEN 'AM07' WHEN 'AM09' THEN 'AM08' "                                             \
    "WHEN 'AM10' THEN 'AM38' WHEN 'AM11' THEN 'AM10' "                                             \
    "WHEN 'AM12' THEN 'AM14' WHEN 'AM14' THEN 'AM11' "                                             \
    "WHEN 'AM15' THEN 'AM12' WHEN 'AM16' THEN 'AM18' "                                             \
    "WHEN 'AM18' THEN 'AM15' WHEN 'AM19' THEN 'AM37' "                                             \
    "WHEN 'AM20' THEN 'AM19' WHEN 'AM22' THEN 'AM20' "                                             \
    "WHEN 'AM23' THEN 'AM34' WHEN 'AM24' THEN 'AM22' "                                             \
    "WHEN 'AM25' THEN 'AM23' WHEN 'AM26' THEN 'AM35' "                                             \
    "WHEN 'AM27' THEN 'AM24' WHEN 'AM28' THEN 'AM25' "                                             \
    "WHEN 'AM29' THEN 'AM26' WHEN 'AM30' THEN 'AM27' "                                             \
    "WHEN 'AM31' THEN 'AM28' WHEN 'AM33' THEN 'AM29' "                                             \
    "WHEN 'AM34' THEN 'AM33' WHEN 'AM35' THEN 'AM30' "                                             \
    "ELSE region END"

static const brug__migration regions_steps[] = {
    {1, "UPDATE person SET region = " AM_CASE " WHERE region GLOB 'AM[0-9][0-9]';"
        "UPDATE offer SET region = " AM_CASE " WHERE region GLOB 'AM[0-9][0-9]';"
        "UPDATE course SET region = CASE upper(region) "
        "WHEN 'NL-GR' THEN 'PV20' WHEN 'NL-FR' THEN 'PV21' "
        "WHEN 'NL-DR' THEN 'PV22' WHEN 'NL-OV' THEN 'PV23' "
        "WHEN 'NL-FL' THEN 'PV24' WHEN 'NL-GE' THEN 'PV25' "
        "WHEN 'NL-UT' THEN 'PV26' WHEN 'NL-NH' THEN 'PV27' "
        "WHEN 'NL-ZH' THEN 'PV28' WHEN 'NL-ZE' THEN 'PV29' "
        "WHEN 'NL-NB' THEN 'PV30' WHEN 'NL-LI' THEN 'PV31' "
        "ELSE region END WHERE upper(region) GLOB 'NL-[A-Z][A-Z]';"
        "DELETE FROM region WHERE code GLOB 'AM*';"},
};

const brug__schema_module brug__schema_regions = {"regions", regions_steps,
                                                  sizeof(regions_steps) / sizeof(regions_steps[0])};
