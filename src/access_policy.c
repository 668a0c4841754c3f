/*
 * access_policy.c - who may do what with a passport: the roles and the
 * rule brug_access_passport applies (include/brug/access.h).  Pure C: the
 * one fact it needs from storage, whether a consent stands, comes through
 * the backend (brug__consent_stands).
 */
#include <string.h>

#include "access.h"
#include "backend.h"

static const char *const role_names[] = {"none",   "admin",    "adviser",
                                         "person", "employer", "issuer"};

const char *brug_role_name(brug_role role)
{
    return role >= BRUG_ROLE_ADMIN && role <= BRUG_ROLE_ISSUER ? role_names[role] : "none";
}

brug_role brug_role_parse(const char *name)
{
    int i;
    if (!name)
        return BRUG_ROLE_NONE;
    for (i = BRUG_ROLE_ADMIN; i <= BRUG_ROLE_ISSUER; i++)
        if (strcmp(name, role_names[i]) == 0)
            return (brug_role)i;
    return BRUG_ROLE_NONE;
}

brug_err brug_access_passport(brug_db *db, const brug_principal *who, const char *person, int write)
{
    int yes = 0;
    brug_err err;
    if (!who || who->role == BRUG_ROLE_NONE)
        return brug__db_error(db, BRUG_EDENIED, "passports need an API token");
    switch (who->role) {
    case BRUG_ROLE_ADMIN:
        return BRUG_OK;
    case BRUG_ROLE_PERSON:
        if (person && strcmp(who->subject, person) == 0)
            return BRUG_OK;
        return brug__db_error(db, BRUG_EDENIED,
                              "a person token gives access to its own passport "
                              "only");
    case BRUG_ROLE_ADVISER:
        if (write)
            return brug__db_error(db, BRUG_EDENIED, "advisers may read passports, not change them");
        err = brug__consent_stands(db, person ? person : "", who->subject, &yes);
        if (err)
            return err;
        if (!yes)
            return brug__db_error(db, BRUG_EDENIED,
                                  "%s has not given adviser %s consent (or withdrew it)",
                                  person ? person : "", who->subject);
        return BRUG_OK;
    default:
        return brug__db_error(db, BRUG_EDENIED, "a %s token gives no access to passports",
                              brug_role_name(who->role));
    }
}
