/*
 * helper_bridges.h - a small hand-made ontology for the bridges tests,
 * written straight into the ontology tables with SQL: care, metal and ICT
 * occupations whose skills share groups, broader skills and relations.
 */
#ifndef BRUG_HELPER_BRIDGES_H
#define BRUG_HELPER_BRIDGES_H

#include "helper_test.h"

#define FX_OCC(name) "http://test/occupation/" name
#define FX_SKILL(name) "http://test/skill/" name

/* Create the fixture database at path (removing any old file); asserts. */
void test_bridges_fixture(const char *path);

#endif
