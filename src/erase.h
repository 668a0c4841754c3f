/*
 * erase.h - deleting a person's or an offer's data for good, the storage
 * side of brug_passport_delete_as and brug_offer_delete_as (guard.c).
 *
 * Deleting inside a caller's transaction: begin with secure deletion on,
 * delete the rows (BRUG_ENOTFOUND when none), commit, then
 * brug__db_erase_log(), which makes sure no copy of the deleted rows stays
 * in the store's log (SQLite: checkpoints and truncates the WAL, retrying
 * while readers hold old pages; BRUG_EBUSY after 30 s).  Deleting a
 * passport also deletes what the access and disclose modules keep about
 * the person (consents, person tokens, findable, responses); the audit
 * log is kept: it is the record of who accessed personal data, which
 * accountability requires to outlive the data (docs/cli/delete.md).
 */
#ifndef BRUG__ERASE_H
#define BRUG__ERASE_H

#include "brug/db.h"

brug_err brug__people_delete_begin(brug_db *db);
brug_err brug__passport_delete_rows(brug_db *db, const char *id);
brug_err brug__offer_delete_rows(brug_db *db, const char *id);
brug_err brug__db_erase_log(brug_db *db);

#endif
