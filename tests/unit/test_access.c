/*
 * test_access.c - API tokens (hashed, checked, revoked), consent granted and
 * withdrawn, the passport access rules per role, and the audit log.
 */
#include <stdlib.h>
#include <string.h>

#include "helper_test.h"

static void access_token_roundtrip_and_revoke(void **state)
{
    char *path = test_tmp_path("access1.db");
    brug_db *db = test_db_create(path);
    char tok[BRUG_TOKEN_SIZE], tok2[BRUG_TOKEN_SIZE];
    brug_principal who, got;
    json_t *list;
    (void)state;

    assert_int_equal(brug_token_create(db, BRUG_ROLE_ADVISER, NULL, tok, &who), BRUG_OK);
    assert_int_equal(strlen(tok), BRUG_TOKEN_SIZE - 1);
    assert_memory_equal(tok, "brug_", 5);
    assert_string_equal(who.subject, "adviser-1");
    assert_int_equal(brug_token_create(db, BRUG_ROLE_PERSON, "p-7", tok2, NULL), BRUG_OK);
    assert_string_not_equal(tok, tok2);

    assert_int_equal(brug_token_check(db, tok, &got), BRUG_OK);
    assert_int_equal(got.role, BRUG_ROLE_ADVISER);
    assert_int_equal(got.token_id, who.token_id);
    assert_int_equal(brug_token_check(db, tok2, &got), BRUG_OK);
    assert_string_equal(got.subject, "p-7");

    /* One changed character, a short string, NULL: denied. */
    tok2[10] = tok2[10] == 'A' ? 'B' : 'A';
    assert_int_equal(brug_token_check(db, tok2, &got), BRUG_EDENIED);
    assert_int_equal(brug_token_check(db, "brug_short", &got), BRUG_EDENIED);
    assert_int_equal(brug_token_check(db, NULL, &got), BRUG_EDENIED);

    assert_int_equal(brug_token_revoke(db, who.token_id), BRUG_OK);
    assert_int_equal(brug_token_check(db, tok, &got), BRUG_EDENIED);
    assert_int_equal(brug_token_revoke(db, who.token_id), BRUG_ENOTFOUND);

    assert_int_equal(brug_token_list(db, &list), BRUG_OK);
    assert_int_equal(json_array_size(list), 2);
    assert_true(json_is_string(json_object_get(json_array_get(list, 0), "revoked")));
    assert_true(json_is_null(json_object_get(json_array_get(list, 1), "revoked")));
    json_decref(list);

    assert_int_equal(brug_token_create(db, BRUG_ROLE_PERSON, NULL, tok, NULL), BRUG_EINVAL);
    assert_string_equal(tok, "");
    assert_int_equal(brug_token_create(db, BRUG_ROLE_NONE, "x", tok, NULL), BRUG_EINVAL);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

static void access_rules_per_role(void **state)
{
    char *path = test_tmp_path("access2.db");
    brug_db *db = test_db_create(path);
    brug_principal admin = {1, BRUG_ROLE_ADMIN, "admin-1"};
    brug_principal alice = {2, BRUG_ROLE_PERSON, "alice"};
    brug_principal jansen = {3, BRUG_ROLE_ADVISER, "jansen"};
    brug_principal shop = {4, BRUG_ROLE_EMPLOYER, "shop"};
    json_t *list;
    (void)state;

    assert_int_equal(brug_access_passport(db, &admin, "alice", 1), BRUG_OK);
    assert_int_equal(brug_access_passport(db, &alice, "alice", 1), BRUG_OK);
    assert_int_equal(brug_access_passport(db, &alice, "bob", 0), BRUG_EDENIED);
    assert_int_equal(brug_access_passport(db, &shop, "alice", 0), BRUG_EDENIED);
    assert_int_equal(brug_access_passport(db, NULL, "alice", 0), BRUG_EDENIED);

    /* The adviser reads only while consent stands, and never writes. */
    assert_int_equal(brug_access_passport(db, &jansen, "alice", 0), BRUG_EDENIED);
    assert_int_equal(brug_consent_grant(db, "alice", "jansen"), BRUG_OK);
    assert_int_equal(brug_access_passport(db, &jansen, "alice", 0), BRUG_OK);
    assert_int_equal(brug_access_passport(db, &jansen, "alice", 1), BRUG_EDENIED);
    assert_int_equal(brug_access_passport(db, &jansen, "bob", 0), BRUG_EDENIED);
    assert_int_equal(brug_consent_withdraw(db, "alice", "jansen"), BRUG_OK);
    assert_int_equal(brug_access_passport(db, &jansen, "alice", 0), BRUG_EDENIED);
    assert_non_null(strstr(brug_errmsg(db), "withdrew"));
    assert_int_equal(brug_consent_withdraw(db, "alice", "jansen"), BRUG_ENOTFOUND);
    assert_int_equal(brug_consent_grant(db, "alice", "jansen"), BRUG_OK);
    assert_int_equal(brug_access_passport(db, &jansen, "alice", 0), BRUG_OK);
    assert_int_equal(brug_consent_grant(db, "", "jansen"), BRUG_EINVAL);

    assert_int_equal(brug_consent_list(db, "alice", &list), BRUG_OK);
    assert_int_equal(json_array_size(list), 1);
    assert_true(json_is_null(json_object_get(json_array_get(list, 0), "withdrawn")));
    json_decref(list);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

static void access_audit_log(void **state)
{
    char *path = test_tmp_path("access3.db");
    brug_db *db = test_db_create(path);
    brug_principal alice = {2, BRUG_ROLE_PERSON, "alice"};
    json_t *log;
    (void)state;

    assert_int_equal(brug_audit_add(db, &alice, "read", "alice", "ok"), BRUG_OK);
    assert_int_equal(brug_audit_add(db, NULL, "read", "bob", "denied"), BRUG_OK);
    assert_int_equal(brug_audit_add(db, &alice, "update", "alice", "ok"), BRUG_OK);
    assert_int_equal(brug_audit_list(db, NULL, 0, &log), BRUG_OK);
    assert_int_equal(json_array_size(log), 3);
    /* newest first */
    assert_string_equal(json_string_value(json_object_get(json_array_get(log, 0), "action")),
                        "update");
    assert_string_equal(json_string_value(json_object_get(json_array_get(log, 1), "actor")),
                        "anonymous");
    json_decref(log);
    assert_int_equal(brug_audit_list(db, "alice", 1, &log), BRUG_OK);
    assert_int_equal(json_array_size(log), 1);
    assert_string_equal(json_string_value(json_object_get(json_array_get(log, 0), "role")),
                        "person");
    json_decref(log);
    brug_db_close(db);
    test_remove_db(path);
    free(path);
}

static void access_role_names(void **state)
{
    (void)state;
    assert_int_equal(brug_role_parse("adviser"), BRUG_ROLE_ADVISER);
    assert_int_equal(brug_role_parse("Admin"), BRUG_ROLE_NONE);
    assert_int_equal(brug_role_parse(NULL), BRUG_ROLE_NONE);
    assert_string_equal(brug_role_name(BRUG_ROLE_EMPLOYER), "employer");
    assert_string_equal(brug_role_name((brug_role)99), "none");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(access_token_roundtrip_and_revoke),
        cmocka_unit_test(access_rules_per_role),
        cmocka_unit_test(access_audit_log),
        cmocka_unit_test(access_role_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
