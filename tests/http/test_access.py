"""test_access.py - tokens, consent and the audit log over HTTP: missing,
malformed, unknown and revoked tokens get 401; a person manages only their
own consent (403 otherwise, and the refusal is audited); grants and
withdrawals show in the audit log, which only admins and the person read;
`brug token` and `brug audit` agree with what the server did."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import (Server, check, empty_db, expect_error, finish, is_error, run,  # noqa: E402
                       tmpdir)

d = tmpdir()
db = empty_db(os.path.join(d, "access.db"))
srv = Server(db)  # adds the schema


def token(*args):
    return run("--db", db, "token", "create", *args).stdout.strip()


def auth(t):
    return {"Authorization": "Bearer " + t}


try:
    admin = token("--role", "admin")
    alice = token("--role", "person", "--person", "alice")
    bob = token("--role", "person", "--person", "bob")
    jansen = token("--role", "adviser", "--name", "jansen")
    employer = token("--role", "employer")
    check(alice.startswith("brug_") and len(alice) == 48, "token text: %r" % alice)
    check(alice not in open(db, "rb").read().decode("latin-1"), "the token text is not stored")

    st, _, doc = srv.get("/api/v1/me", headers=auth(alice))
    check(st == 200 and doc["role"] == "person" and doc["subject"] == "alice", "me: %s" % doc)
    st, h, doc = srv.get("/api/v1/me")
    check(st == 401 and is_error(doc, "EDENIED") and h.get("www-authenticate") == "Bearer",
          "missing token: %d %s" % (st, doc))
    expect_error(srv, "GET", "/api/v1/me", 401, "EDENIED", "wrong token",
                 headers=auth("brug_" + "x" * 43))
    expect_error(srv, "GET", "/api/v1/me", 401, "EDENIED", "malformed token",
                 headers=auth("nonsense"))
    expect_error(srv, "GET", "/api/v1/me", 401, "EDENIED", "not a bearer token",
                 headers={"Authorization": "Basic YWxpY2U6eA=="})

    # Consent: alice grants jansen, bob may not touch alice's consent.
    st, _, doc = srv.request("PUT", "/api/v1/passports/alice/consents/jansen", headers=auth(alice))
    check(st == 200 and doc == {"person": "alice", "adviser": "jansen", "consent": True},
          "grant: %d %s" % (st, doc))
    expect_error(srv, "PUT", "/api/v1/passports/alice/consents/mallory", 403, "EDENIED",
                 "another person's consent", headers=auth(bob))
    expect_error(srv, "GET", "/api/v1/passports/alice/consents", 403, "EDENIED",
                 "an adviser does not manage consent", headers=auth(jansen))
    expect_error(srv, "GET", "/api/v1/passports/alice/consents", 401, "EDENIED",
                 "consent list without a token")
    st, _, doc = srv.get("/api/v1/passports/alice/consents", headers=auth(alice))
    check(st == 200 and [c["adviser"] for c in doc["consents"]] == ["jansen"]
          and doc["consents"][0]["withdrawn"] is None, "consent list: %s" % doc)
    st, _, doc = srv.request("DELETE", "/api/v1/passports/alice/consents/jansen",
                             headers=auth(alice))
    check(st == 200 and doc["consent"] is False, "withdraw: %d %s" % (st, doc))
    expect_error(srv, "DELETE", "/api/v1/passports/alice/consents/jansen", 404, "ENOTFOUND",
                 "withdraw twice", headers=auth(alice))
    st, _, doc = srv.get("/api/v1/passports/alice/consents", headers=auth(admin))
    check(st == 200 and doc["consents"][0]["withdrawn"] is not None, "admin sees withdrawal")

    # The audit log: admin sees all, a person their own, others nothing.
    st, _, doc = srv.get("/api/v1/audit", headers=auth(admin))
    acts = [(e["actor"], e["action"], e["person"], e["outcome"]) for e in doc["entries"]]
    check(("alice", "consent-grant", "alice", "ok") in acts, "grant audited: %s" % acts)
    check(("alice", "consent-withdraw", "alice", "ok") in acts, "withdrawal audited")
    check(("bob", "consent-grant", "alice", "denied") in acts, "refusal audited")
    st, _, doc = srv.get("/api/v1/audit", headers=auth(alice))
    check(st == 200 and all(e["person"] == "alice" for e in doc["entries"]) and doc["entries"],
          "a person sees their own entries")
    expect_error(srv, "GET", "/api/v1/audit?person=alice", 403, "EDENIED",
                 "a person reads no other log", headers=auth(bob))
    expect_error(srv, "GET", "/api/v1/audit", 403, "EDENIED", "adviser reads no log",
                 headers=auth(jansen))
    expect_error(srv, "GET", "/api/v1/audit", 403, "EDENIED", "employer reads no log",
                 headers=auth(employer))
    expect_error(srv, "GET", "/api/v1/audit?limit=abc", 400, "EINVAL", "bad limit",
                 headers=auth(admin))

    # brug audit shows the same; revoking a token stops it at once.
    out = json.loads(run("--db", db, "audit", "--person", "alice", "--json").stdout)
    check(len(out) >= 3 and all(e["person"] == "alice" for e in out), "brug audit --person")
    tokens = json.loads(run("--db", db, "token", "list", "--json").stdout)
    bob_id = [t["id"] for t in tokens if t["subject"] == "bob"][0]
    run("--db", db, "token", "revoke", str(bob_id))
    expect_error(srv, "GET", "/api/v1/me", 401, "EDENIED", "revoked token", headers=auth(bob))
    p = run("--db", db, "token", "create", "--role", "person", check_rc=False)
    check(p.returncode == 2 and "--person" in p.stderr, "person token needs --person")
    p = run("--db", db, "token", "create", "--role", "king", check_rc=False)
    check(p.returncode == 2, "unknown role is a usage error")
finally:
    srv.close()
finish()
