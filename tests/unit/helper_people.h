/*
 * helper_people.h - shared pieces of the passport, offer and matching
 * tests: the bridges fixture ontology plus helpers to write JSON Lines
 * files and to load single records from JSON text.
 */
#ifndef BRUG_HELPER_PEOPLE_H
#define BRUG_HELPER_PEOPLE_H

#include "helper_bridges.h"

/* Write text to a fresh temporary file; returns its malloc'd path. */
char *test_people_write(const char *name, const char *text);

/* brug_passport_put / brug_offer_put of JSON text; returns the error. */
brug_err test_put_passport(brug_db *db, const char *json, brug_put_mode mode);
brug_err test_put_offer(brug_db *db, const char *json, brug_put_mode mode);

/* Row counts of every table as a JSON text (caller frees). */
char *test_table_counts(brug_db *db);

#endif
