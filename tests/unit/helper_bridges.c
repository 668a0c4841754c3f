/*
 * helper_bridges.c - the bridges test fixture (see helper_bridges.h).
 *
 * Occupations (essential | optional skills):
 *   nurse          patient_care hygiene medication wound_care | communication
 *   care_assistant patient_care hygiene communication feeding | cleaning
 *   midwife        patient_care hygiene medication childbirth | communication
 *   welder         arc_welding metal_prep read_drawings safety | grinding
 *   pipefitter     pipe_fitting metal_prep read_drawings safety | arc_welding
 *   sheet_metal    metal_prep sheet_forming read_drawings safety | grinding
 *   developer      programming debugging databases | communication
 *   web_developer  programming web_design debugging | databases
 *   solar_fitter   read_drawings safety solar_panels electrical | metal_prep
 * Groups: care (patient_care hygiene medication wound_care childbirth
 * feeding), metal (arc_welding tig_welding metal_prep pipe_fitting
 * sheet_forming grinding), ict (programming debugging databases web_design).
 * tig_welding is a narrower skill of arc_welding; programming and
 * debugging are related (essential); solar_panels and electrical are green.
 * safety and read_drawings are listed by many occupations (low specificity).
 * Descriptions (en) give the text facet words that two occupations share
 * (patients, hospitals, install, metal); ISCO unit groups 2221 (nurse),
 * 2222 (midwife) and 7212 (welder) have descriptions, so nurse and
 * midwife share words only through their groups ("hospitals"); the
 * other occupations' groups are not in the taxonomy.  222 is a minor
 * group (not a unit group).
 */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "helper_bridges.h"

static const char *const fixture_sql =
    "INSERT INTO concept(id, uri, kind, isco_group, skill_type, reuse_level) VALUES"
    " (1, 'http://test/occupation/nurse', 1, '2221', 0, 0),"
    " (2, 'http://test/occupation/care_assistant', 1, '5321', 0, 0),"
    " (3, 'http://test/occupation/midwife', 1, '2222', 0, 0),"
    " (4, 'http://test/occupation/welder', 1, '7212', 0, 0),"
    " (5, 'http://test/occupation/pipefitter', 1, '7126', 0, 0),"
    " (6, 'http://test/occupation/sheet_metal', 1, '7213', 0, 0),"
    " (7, 'http://test/occupation/developer', 1, '2512', 0, 0),"
    " (8, 'http://test/occupation/web_developer', 1, '2513', 0, 0),"
    " (9, 'http://test/occupation/solar_fitter', 1, '7411', 0, 0),"
    " (20, 'http://test/skill/patient_care', 2, NULL, 2, 3),"
    " (21, 'http://test/skill/hygiene', 2, NULL, 2, 2),"
    " (22, 'http://test/skill/medication', 2, NULL, 2, 3),"
    " (23, 'http://test/skill/wound_care', 2, NULL, 2, 4),"
    " (24, 'http://test/skill/childbirth', 2, NULL, 1, 4),"
    " (25, 'http://test/skill/feeding', 2, NULL, 2, 3),"
    " (26, 'http://test/skill/communication', 2, NULL, 2, 1),"
    " (27, 'http://test/skill/cleaning', 2, NULL, 2, 2),"
    " (30, 'http://test/skill/arc_welding', 2, NULL, 2, 3),"
    " (31, 'http://test/skill/tig_welding', 2, NULL, 2, 4),"
    " (32, 'http://test/skill/metal_prep', 2, NULL, 2, 3),"
    " (33, 'http://test/skill/pipe_fitting', 2, NULL, 2, 3),"
    " (34, 'http://test/skill/sheet_forming', 2, NULL, 2, 3),"
    " (35, 'http://test/skill/grinding', 2, NULL, 2, 3),"
    " (36, 'http://test/skill/read_drawings', 2, NULL, 2, 2),"
    " (37, 'http://test/skill/safety', 2, NULL, 2, 1),"
    " (40, 'http://test/skill/programming', 2, NULL, 2, 2),"
    " (41, 'http://test/skill/debugging', 2, NULL, 2, 3),"
    " (42, 'http://test/skill/databases', 2, NULL, 1, 3),"
    " (43, 'http://test/skill/web_design', 2, NULL, 2, 3),"
    " (44, 'http://test/skill/solar_panels', 2, NULL, 2, 3),"
    " (45, 'http://test/skill/electrical', 2, NULL, 1, 2),"
    " (50, 'http://test/group/care', 3, NULL, 0, 0),"
    " (51, 'http://test/group/metal', 3, NULL, 0, 0),"
    " (52, 'http://test/group/ict', 3, NULL, 0, 0);"
    "INSERT INTO label(concept, lang, role, text) SELECT id, 'en', 0,"
    " replace(replace(replace(replace(uri, 'http://test/occupation/', ''),"
    " 'http://test/skill/', ''), 'http://test/group/', ''), '_', ' ') FROM concept WHERE kind < 4;"
    "INSERT INTO label(concept, lang, role, text) VALUES (1, 'nl', 0, 'verpleegkundige');"
    "INSERT INTO occupation_skill(occupation, skill, essential) VALUES"
    " (1, 20, 1), (1, 21, 1), (1, 22, 1), (1, 23, 1), (1, 26, 0),"
    " (2, 20, 1), (2, 21, 1), (2, 26, 1), (2, 25, 1), (2, 27, 0),"
    " (3, 20, 1), (3, 21, 1), (3, 22, 1), (3, 24, 1), (3, 26, 0),"
    " (4, 30, 1), (4, 32, 1), (4, 36, 1), (4, 37, 1), (4, 35, 0),"
    " (5, 33, 1), (5, 32, 1), (5, 36, 1), (5, 37, 1), (5, 30, 0),"
    " (6, 32, 1), (6, 34, 1), (6, 36, 1), (6, 37, 1), (6, 35, 0),"
    " (7, 40, 1), (7, 41, 1), (7, 42, 1), (7, 26, 0),"
    " (8, 40, 1), (8, 43, 1), (8, 41, 1), (8, 42, 0),"
    " (9, 36, 1), (9, 37, 1), (9, 44, 1), (9, 45, 1), (9, 32, 0);"
    "INSERT INTO broader(concept, broader) VALUES"
    " (20, 50), (21, 50), (22, 50), (23, 50), (24, 50), (25, 50),"
    " (30, 51), (32, 51), (33, 51), (34, 51), (35, 51), (31, 30),"
    " (40, 52), (41, 52), (42, 52), (43, 52);"
    "INSERT INTO skill_skill(skill, related, essential) VALUES (40, 41, 1), (33, 30, 0);"
    "INSERT INTO collection(id, name) VALUES (1, 'green'), (2, 'digital');"
    "INSERT INTO collection_member(collection, concept) VALUES"
    " (1, 44), (1, 45), (2, 40), (2, 41), (2, 42), (2, 43);";

/* The texts: descriptions and ISCO unit groups (a second statement list:
 * C99 caps the length of one string literal). */
static const char *const fixture_text_sql =
    "INSERT INTO concept(id, uri, kind, code) VALUES"
    " (60, 'http://test/isco/C2221', 4, '2221'), (61, 'http://test/isco/C2222', 4, '2222'),"
    " (62, 'http://test/isco/C7212', 4, '7212'), (63, 'http://test/isco/C222', 4, '222');"
    "INSERT INTO note(concept, lang, kind, text) VALUES"
    " (1, 'en', 'description', 'Nurses look after patients on a ward.'),"
    " (3, 'en', 'description', 'Midwives support mothers during childbirth.'),"
    " (2, 'en', 'description', 'Care assistants help patients with washing and meals.'),"
    " (4, 'en', 'description', 'Welders join metal parts.'),"
    " (6, 'en', 'description', 'Sheet metal workers shape metal sheets.'),"
    " (5, 'en', 'description', 'Pipefitters install pipes for hospitals and factories.'),"
    " (9, 'en', 'description', 'Solar fitters install panels on the roofs of hospitals.'),"
    " (60, 'en', 'description', 'Nursing professionals treat patients in hospitals.'),"
    " (61, 'en', 'description', 'Midwifery professionals care for mothers in hospitals.'),"
    " (62, 'en', 'description', 'Welders and flame cutters join metal.'),"
    " (63, 'en', 'description', 'Nursing and midwifery professionals work in hospitals.');";

void test_bridges_fixture(const char *path)
{
    sqlite3 *sql;
    char *errmsg = NULL;
    brug_db *db;

    test_remove_db(path);
    db = test_db_create(path); /* creates the schema */
    brug_db_close(db);
    assert_int_equal(sqlite3_open(path, &sql), SQLITE_OK);
    if (sqlite3_exec(sql, fixture_sql, NULL, NULL, &errmsg) != SQLITE_OK ||
        sqlite3_exec(sql, fixture_text_sql, NULL, NULL, &errmsg) != SQLITE_OK)
        fail_msg("fixture: %s", errmsg ? errmsg : "?");
    sqlite3_free(errmsg);
    assert_int_equal(sqlite3_close(sql), SQLITE_OK);
}
