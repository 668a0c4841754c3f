"""test_passports.py - passports, offers and matches over HTTP on the real
ESCO, with the access rules: a person reads and changes only their own
passport; an adviser reads one only with consent, and not after it is
withdrawn; employers change only their own offers; offers are public;
every passport read, change and refusal is in the audit log."""
import json
import os
import sys
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import Server, check, expect_error, finish, run, tmpdir  # noqa: E402
from escodb import WELDER, esco_db  # noqa: E402

d = tmpdir()
db = esco_db(d)


def tok(*args):
    return run("--db", db, "token", "create", *args).stdout.strip()


admin = tok("--role", "admin")
alice = tok("--role", "person", "--person", "alice")
bob = tok("--role", "person", "--person", "bob")
jansen = tok("--role", "adviser", "--name", "jansen")
smit = tok("--role", "employer", "--name", "emp-smit")
other = tok("--role", "employer", "--name", "emp-other")
H = lambda t: {"Authorization": "Bearer " + t}  # noqa: E731

welder = json.loads(run("--db", db, "show", WELDER, "--json", "--all").stdout)
ess = [s["uri"] for s in welder["essential_skills"]]
passport = {"id": "alice", "region": "AM18", "max_km": 40, "hours": 32,
            "skills": [{"uri": u, "evidence": "diploma"} for u in ess[:8]],
            "work": [{"occupation": WELDER, "years": 6}], "drives": ["realistic"]}
offer = {"id": "vac-1", "type": "vacancy", "title": "Lasser bij Smit",
         "employer": {"id": "emp-smit", "name": "Smit Metaal", "sector": "technology", "size": "small"},
         "occupation": WELDER, "region": "AM18", "hours": 36, "essential": ess[:6],
         "optional": ess[6:9]}

srv = Server(db)
try:
    # Create: the person themself (or an admin), nobody else.
    expect_error(srv, "POST", "/api/v1/passports", 401, "EDENIED", "create without token",
                 body=passport)
    expect_error(srv, "POST", "/api/v1/passports", 403, "EDENIED", "create someone else's",
                 body=passport, headers=H(bob))
    st, _, doc = srv.request("POST", "/api/v1/passports", body=passport, headers=H(alice))
    check(st == 201 and doc["id"] == "alice" and len(doc["skills"]) == 8, "create: %d %s" % (st, doc))
    expect_error(srv, "POST", "/api/v1/passports", 409, "ECONFLICT", "create twice",
                 body=passport, headers=H(alice))
    bad = dict(passport, id="alice", skils=[])
    expect_error(srv, "PUT", "/api/v1/passports/alice", 400, "EPARSE", "unknown field",
                 body=bad, headers=H(alice))
    bad = dict(passport, skills=[{"uri": "http://data.europa.eu/esco/skill/none"}])
    doc = expect_error(srv, "PUT", "/api/v1/passports/alice", 400, "EDANGLING", "unknown skill",
                       body=bad, headers=H(alice))
    expect_error(srv, "PUT", "/api/v1/passports/alice", 400, "EPARSE", "bad JSON",
                 body=b'{"id": "alice",', headers=dict(H(alice), **{"Content-Type": "application/json"}))
    expect_error(srv, "PUT", "/api/v1/passports/alice", 400, "EINVAL", "id differs",
                 body=dict(passport, id="bob"), headers=H(alice))

    # Read: own yes, another person's no, adviser only with consent.
    st, _, doc = srv.get("/api/v1/passports/alice", headers=H(alice))
    check(st == 200 and doc["region"] == "AM18", "own passport: %d" % st)
    expect_error(srv, "GET", "/api/v1/passports/alice", 403, "EDENIED", "another person's passport",
                 headers=H(bob))
    expect_error(srv, "GET", "/api/v1/passports/alice", 401, "EDENIED", "no token")
    expect_error(srv, "GET", "/api/v1/passports/alice", 401, "EDENIED", "wrong token",
                 headers=H("brug_" + "A" * 43))
    expect_error(srv, "GET", "/api/v1/passports/alice", 403, "EDENIED", "adviser without consent",
                 headers=H(jansen))
    expect_error(srv, "GET", "/api/v1/passports/alice", 403, "EDENIED", "employer", headers=H(smit))
    st, _, _ = srv.request("PUT", "/api/v1/passports/alice/consents/jansen", headers=H(alice))
    check(st == 200, "consent given")
    st, _, doc = srv.get("/api/v1/passports/alice", headers=H(jansen))
    check(st == 200 and doc["id"] == "alice", "adviser with consent reads: %d" % st)
    expect_error(srv, "PUT", "/api/v1/passports/alice", 403, "EDENIED", "adviser cannot change",
                 body=passport, headers=H(jansen))
    st, _, _ = srv.request("DELETE", "/api/v1/passports/alice/consents/jansen", headers=H(alice))
    check(st == 200, "consent withdrawn")
    expect_error(srv, "GET", "/api/v1/passports/alice", 403, "EDENIED", "withdrawn consent",
                 headers=H(jansen))
    st, _, doc = srv.get("/api/v1/passports/alice", headers=H(admin))
    check(st == 200, "admin reads")
    expect_error(srv, "GET", "/api/v1/passports/nobody", 404, "ENOTFOUND", "unknown passport",
                 headers=H(admin))

    # Update by the person.
    upd = dict(passport, hours=24)
    st, _, doc = srv.request("PUT", "/api/v1/passports/alice", body=upd, headers=H(alice))
    check(st == 200 and doc["hours"] == 24, "update: %d %s" % (st, doc))

    # Offers: public to read, changed by their employer only.
    expect_error(srv, "POST", "/api/v1/offers", 403, "EDENIED", "another employer's offer",
                 body=offer, headers=H(other))
    expect_error(srv, "POST", "/api/v1/offers", 401, "EDENIED", "offer without token", body=offer)
    st, _, doc = srv.request("POST", "/api/v1/offers", body=offer, headers=H(smit))
    check(st == 201 and doc["id"] == "vac-1", "offer created: %d %s" % (st, doc))
    st, _, doc = srv.get("/api/v1/offers/vac-1")
    check(st == 200 and doc["title"] == "Lasser bij Smit", "offer is public")
    expect_error(srv, "GET", "/api/v1/offers/none", 404, "ENOTFOUND", "unknown offer")
    expect_error(srv, "DELETE", "/api/v1/offers/vac-1", 403, "EDENIED", "delete another's offer",
                 headers=H(other))

    # Matches: the person's offers; the employer's candidates.
    st, _, m = srv.get("/api/v1/matches?passport=alice", headers=H(alice))
    check(st == 200 and m["matches"] and m["matches"][0]["offer"] == "vac-1",
          "alice matches vac-1 (matcher rebuilt after the offer): %d %s" % (st, str(m)[:300]))
    expect_error(srv, "GET", "/api/v1/matches?passport=alice", 403, "EDENIED", "bob matches alice",
                 headers=H(bob))
    # D1: the employer sees nobody who has not opted in to be found; then a
    # pseudonym, until the person responds to the offer.
    st, _, m = srv.get("/api/v1/matches?offer=vac-1", headers=H(smit))
    check(st == 200 and m["matches"] == [],
          "employer sees no one who did not opt in: %d %s" % (st, str(m)[:200]))
    st, _, doc = srv.request("PUT", "/api/v1/passports/alice/findable", headers=H(alice))
    check(st == 200 and doc["findable"] is True, "alice opts in: %d %s" % (st, doc))
    st, _, m = srv.get("/api/v1/matches?offer=vac-1", headers=H(smit))
    check(st == 200 and len(m["matches"]) == 1 and m["matches"][0]["passport"].startswith("anon-")
          and m["matches"][0]["identified"] is False and "alice" not in json.dumps(m),
          "employer sees alice pseudonymously: %d %s" % (st, str(m)[:200]))
    st, _, m2 = srv.get("/api/v1/matches?offer=vac-1", headers=H(smit))
    check(m2["matches"][0]["passport"] == m["matches"][0]["passport"], "the pseudonym is stable")
    st, _, doc = srv.request("PUT", "/api/v1/passports/alice/responses/vac-1", headers=H(alice))
    check(st == 200 and doc["responded"] is True, "alice responds to vac-1: %d %s" % (st, doc))
    st, _, m = srv.get("/api/v1/matches?offer=vac-1", headers=H(smit))
    check(st == 200 and any(x["passport"] == "alice" and x["identified"] for x in m["matches"]),
          "employer sees candidates who responded: %d %s" % (st, str(m)[:200]))
    st, _, doc = srv.request("PUT", "/api/v1/passports/alice/responses/vac-2", headers=H(alice))
    check(st == 404, "a response to an offer that does not exist: %d" % st)
    expect_error(srv, "GET", "/api/v1/matches?offer=vac-1", 403, "EDENIED", "other employer",
                 headers=H(other))
    # An offer stored by another process (the CLI) is matched without a restart.
    lines = os.path.join(d, "offers.jsonl")
    with open(lines, "w") as f:
        f.write(json.dumps(dict(offer, id="vac-2", employer="emp-smit")) + "\n")
    run("--db", db, "import", "offers", lines)
    st, _, m = srv.get("/api/v1/matches?offer=vac-2", headers=H(smit))
    check(st == 200 and any(x["passport"].startswith("anon-") for x in m["matches"]),
          "an offer imported by another process is matched: %d %s" % (st, str(m)[:200]))
    # A passport written after that query is among the next query's candidates
    # (the server keeps a person index and rebuilds it when passports change).
    st, _, _ = srv.request("POST", "/api/v1/passports", body=dict(passport, id="bob"),
                           headers=H(bob))
    check(st == 201, "bob's passport: %d" % st)
    srv.request("PUT", "/api/v1/passports/bob/findable", headers=H(bob))
    srv.request("PUT", "/api/v1/passports/bob/responses/vac-1", headers=H(bob))
    st, _, m = srv.get("/api/v1/matches?offer=vac-1", headers=H(smit))
    check(st == 200 and any(x["passport"] == "bob" for x in m["matches"]),
          "a new passport is matched at once: %d %s" % (st, str(m)[:200]))
    st, _, _ = srv.request("PUT", "/api/v1/passports/bob",
                           body=dict(passport, id="bob", region="AM01", max_km=5), headers=H(bob))
    check(st == 200, "bob moves away: %d" % st)
    st, _, m = srv.get("/api/v1/matches?offer=vac-1", headers=H(smit))
    check(st == 200 and not any(x["passport"] == "bob" for x in m["matches"]),
          "a changed passport is matched as it is now: %d %s" % (st, str(m)[:200]))
    expect_error(srv, "GET", "/api/v1/matches", 400, "EINVAL", "matches without a subject",
                 headers=H(admin))

    # Delete: the person's right; then it is gone.
    expect_error(srv, "DELETE", "/api/v1/passports/alice", 403, "EDENIED", "bob deletes alice",
                 headers=H(bob))
    st, _, doc = srv.request("DELETE", "/api/v1/passports/alice", headers=H(alice))
    check(st == 200 and doc == {"deleted": "alice"}, "deleted: %d %s" % (st, doc))
    expect_error(srv, "GET", "/api/v1/passports/alice", 404, "ENOTFOUND", "gone", headers=H(admin))
    st, _, m = srv.get("/api/v1/matches?offer=vac-1", headers=H(smit))
    check(st == 200 and not any(x["passport"] == "alice" for x in m["matches"]),
          "a deleted passport is not matched: %d %s" % (st, str(m)[:200]))
    # The person's own tokens go with the passport.
    expect_error(srv, "GET", "/api/v1/passports/alice", 401, "EDENIED", "token erased",
                 headers=H(alice))
    st, _, doc = srv.request("DELETE", "/api/v1/offers/vac-1", headers=H(smit))
    check(st == 200, "employer deletes own offer")

    # The audit log holds every passport access, allowed or not.
    log = json.loads(run("--db", db, "audit", "--person", "alice", "--json").stdout)
    seen = {(e["actor"], e["action"], e["outcome"]) for e in log}
    # The CLI's list is bounded too: the newest N, and a word when more are left.
    p = run("--db", db, "audit", "--person", "alice", "--limit", "2", "--json")
    check(json.loads(p.stdout) == log[:2] and "--limit N shows more" in p.stderr,
          "brug audit --limit 2: %s %s" % (p.stdout[:200], p.stderr))
    p = run("--db", db, "audit", "--limit", "0", check_rc=False)
    check(p.returncode == 2 and "--limit" in p.stderr, "brug audit --limit 0: %d %s"
          % (p.returncode, p.stderr))
    for want in [("alice", "create", "ok"), ("bob", "create", "denied"), ("alice", "read", "ok"),
                 ("bob", "read", "denied"), ("jansen", "read", "denied"), ("jansen", "read", "ok"),
                 ("admin-1", "read", "ok"), ("alice", "update", "ok"), ("alice", "match", "ok"),
                 ("bob", "match", "denied"), ("alice", "delete", "ok"), ("bob", "delete", "denied"),
                 ("alice", "consent-grant", "ok"),
                 ("alice", "consent-withdraw", "ok")]:
        check(want in seen, "audited: %s" % (want,))
finally:
    srv.close()
finish()
