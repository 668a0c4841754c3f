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

# The access matrix: every role against every route that touches a passport,
# consent, the audit log, the opt-in to be found, responses, offers and
# matches (docs/passports.md, "Who sees what").  One demo database with
# alice's passport, her consent to jansen, and vac-1 of employer emp-1.
from brugserve import SOURCE  # noqa: E402

mdb = os.path.join(d, "matrix.db")
run("--db", mdb, "import", "esco", os.path.join(SOURCE, "data/demo/en"))


def mtoken(*args):
    return run("--db", mdb, "token", "create", *args).stdout.strip()


who = {"anonymous": None, "admin": mtoken("--role", "admin"),
       "alice": mtoken("--role", "person", "--person", "alice"),
       "bob": mtoken("--role", "person", "--person", "bob"),
       "jansen": mtoken("--role", "adviser", "--name", "jansen"),
       "stranger": mtoken("--role", "adviser", "--name", "stranger"),
       "emp-1": mtoken("--role", "employer", "--name", "emp-1"),
       "emp-2": mtoken("--role", "employer", "--name", "emp-2")}
cols = list(who)
skill = json.loads(run("--db", mdb, "search", "weld", "--type", "skill",
                       "--json").stdout)["results"][0]["uri"]
occ = json.loads(run("--db", mdb, "search", "lasser", "--type", "occupation",
                     "--json").stdout)["results"][0]["uri"]
mpass = {"id": "alice", "region": "AM18", "skills": [{"uri": skill, "evidence": "diploma"}]}
moffer = {"id": "vac-1", "type": "vacancy", "occupation": occ, "region": "AM18",
          "essential": [skill],
          "employer": {"id": "emp-1", "name": "One", "sector": "technology", "size": "small"}}
msrv = Server(mdb)
try:
    def req(method, path, t, body=None):
        return msrv.request(method, path, body=body,
                            headers={"Authorization": "Bearer " + t} if t else {})

    check(req("POST", "/api/v1/passports", who["alice"], mpass)[0] == 201, "matrix: passport")
    check(req("PUT", "/api/v1/passports/alice/consents/jansen", who["alice"])[0] == 200,
          "matrix: consent")
    check(req("POST", "/api/v1/offers", who["emp-1"], moffer)[0] == 201, "matrix: offer")
    # Before alice opts in, her own employer match is empty for emp-1.
    st, _, doc = req("GET", "/api/v1/matches?offer=vac-1", who["emp-1"])
    check(st == 200 and doc["matches"] == [], "matrix: not findable, not shown: %s" % doc)
    check(req("GET", "/api/v1/matches?offer=vac-1", who["admin"])[2]["matches"][0]["passport"]
          == "alice", "matrix: an admin sees alice")
    #                    anonymous admin alice bob jansen stranger emp-1 emp-2
    matrix = [
        ("GET", "/api/v1/passports/alice", None, [401, 200, 200, 403, 200, 403, 403, 403]),
        ("PUT", "/api/v1/passports/alice", mpass, [401, 200, 200, 403, 403, 403, 403, 403]),
        ("GET", "/api/v1/passports/alice/consents", None,
         [401, 200, 200, 403, 403, 403, 403, 403]),
        ("PUT", "/api/v1/passports/alice/consents/jansen", None,
         [401, 200, 200, 403, 403, 403, 403, 403]),
        ("GET", "/api/v1/audit?person=alice", None, [401, 200, 200, 403, 403, 403, 403, 403]),
        ("GET", "/api/v1/passports/alice/findable", None,
         [401, 200, 200, 403, 403, 403, 403, 403]),
        ("PUT", "/api/v1/passports/alice/findable", None,
         [401, 200, 200, 403, 403, 403, 403, 403]),
        ("PUT", "/api/v1/passports/alice/responses/vac-1", None,
         [401, 200, 200, 403, 403, 403, 403, 403]),
        ("GET", "/api/v1/matches?passport=alice", None, [401, 200, 200, 403, 200, 403, 403, 403]),
        ("GET", "/api/v1/matches?offer=vac-1", None, [401, 200, 403, 403, 403, 403, 200, 403]),
        ("PUT", "/api/v1/offers/vac-1", moffer, [401, 200, 403, 403, 403, 403, 200, 403]),
        ("GET", "/api/v1/offers/vac-1", None, [200, 200, 200, 200, 200, 200, 200, 200]),
    ]
    for method, path, body, want in matrix:
        got = [req(method, path, who[c], body)[0] for c in cols]
        for c, g, w in zip(cols, got, want):
            check(g == w, "matrix: %s %s as %s -> %d, expected %d" % (method, path, c, g, w))
    # Opted in and responded (the PUTs above, as alice): emp-1 sees her by id;
    # after she takes the response back, by pseudonym; emp-2 never.
    st, _, doc = req("GET", "/api/v1/matches?offer=vac-1", who["emp-1"])
    check(st == 200 and [m["passport"] for m in doc["matches"]] == ["alice"],
          "matrix: responded, identified: %s" % doc)
    req("DELETE", "/api/v1/passports/alice/responses/vac-1", who["alice"])
    st, _, doc = req("GET", "/api/v1/matches?offer=vac-1", who["emp-1"])
    check(st == 200 and len(doc["matches"]) == 1
          and doc["matches"][0]["passport"].startswith("anon-")
          and not doc["matches"][0]["identified"], "matrix: findable, pseudonymous: %s" % doc)
    req("DELETE", "/api/v1/passports/alice/findable", who["alice"])
    st, _, doc = req("GET", "/api/v1/matches?offer=vac-1", who["emp-1"])
    check(st == 200 and doc["matches"] == [], "matrix: opted out, not shown: %s" % doc)
    # Every disclosure to an employer is in alice's audit log.
    st, _, doc = req("GET", "/api/v1/audit?person=alice&limit=1000", who["admin"])
    disc = [(e["actor"], e["outcome"]) for e in doc["entries"] if e["action"] == "match-disclose"]
    check(("emp-1", "identified") in disc and ("emp-1", "pseudonymous") in disc,
          "matrix: disclosures audited: %s" % disc)
    # top is filled from the people who may be shown: twelve people fit vac-1
    # better than the two findable ones (these want 8 hours a week), and emp-1 still
    # gets both of those for top=2 (the matcher is asked again, wider).
    for k in range(12):
        check(req("POST", "/api/v1/passports", who["admin"],
                  dict(mpass, id="near-%02d" % k, hours=36))[0] == 201,
              "top fill: near-%02d" % k)
    for k in range(2):
        pid = "far-%d" % k
        check(req("POST", "/api/v1/passports", who["admin"],
                  dict(mpass, id=pid, hours=8))[0] == 201, "top fill: " + pid)
        check(req("PUT", "/api/v1/passports/%s/findable" % pid, who["admin"])[0] == 200,
              "top fill: %s opts in" % pid)
    st, _, doc = req("GET", "/api/v1/matches?offer=vac-1&top=2", who["admin"])
    ranked = [m["passport"] for m in doc.get("matches", [])]
    check(st == 200 and len(ranked) == 2 and not any(r.startswith("far-") for r in ranked),
          "top fill: the near people rank first for an admin: %s" % ranked)
    st, _, doc = req("GET", "/api/v1/matches?offer=vac-1&top=2", who["emp-1"])
    check(st == 200 and len(doc["matches"]) == 2
          and all(m["passport"].startswith("anon-") for m in doc["matches"]),
          "top fill: emp-1 gets top=2 findable people: %s" % doc)
finally:
    msrv.close()
finish()
