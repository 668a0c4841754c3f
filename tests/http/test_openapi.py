"""test_openapi.py - /api/v1/openapi.json describes the real server: every
route of server/routes.c (but the web page) is documented, and a request to
each documented operation, for each documented status we can provoke, gets
a response whose status, content type and body match the document."""
import json
import os
import re
import sys
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import SOURCE, Server, check, finish, run, tmpdir  # noqa: E402
from escodb import WELDER, esco_db  # noqa: E402
from openapi_check import Checker  # noqa: E402

U = lambda s: quote(s, safe="")  # noqa: E731
d = tmpdir()
db = esco_db(d)
srv = Server(db)
try:
    st, _, doc = srv.get("/api/v1/openapi.json")
    check(st == 200 and doc["openapi"].startswith("3."), "openapi.json served")
    oa = Checker(doc)

    # Every route is documented (the web page's aside).
    routes = re.findall(r'\{"(GET|POST|PUT|DELETE)", "([^"]+)"',
                        open(os.path.join(SOURCE, "server", "routes.c")).read())
    for method, path in routes:
        if path == "/" or path.startswith("/static/"):
            continue
        concrete = path.replace("{}", "x")
        tpl, op = oa.operation(method, concrete)
        check(op is not None, "route %s %s is in openapi.json" % (method, path))

    def tok(*args):
        return run("--db", db, "token", "create", *args).stdout.strip()
    admin = tok("--role", "admin")
    alice = tok("--role", "person", "--person", "alice")
    bob = tok("--role", "person", "--person", "bob")
    shop = tok("--role", "employer", "--name", "emp-1")
    jansen = tok("--role", "adviser", "--name", "jansen")
    H = lambda t: {"Authorization": "Bearer " + t}  # noqa: E731
    run("--db", db, "issuer", "add", "roc-a", "--name", "ROC A", "--type", "school")
    run("--db", db, "issuer", "key", "roc-a", "--key-file", os.path.join(d, "roc-a.key"))
    roc = tok("--role", "issuer", "--name", "roc-a")
    evc = tok("--role", "issuer", "--name", "evc-b")

    concept = json.loads(run("--db", db, "show", WELDER, "--json", "--all").stdout)
    skill = concept["essential_skills"][0]["uri"]
    brazier = "http://data.europa.eu/esco/occupation/6d72138d-2ebb-4a89-b2b2-8c22365b89bf"
    isco = [b["uri"] for b in concept["broader"] if b["type"] == "isco_group"][0]
    W = U(WELDER)
    ess = [x["uri"] for x in concept["essential_skills"]]
    passport = {"id": "alice", "region": "AM18", "skills": [{"uri": u} for u in ess[:5]],
                "work": [{"occupation": WELDER, "years": 3}]}
    offer = {"id": "vac-1", "type": "vacancy", "title": "Lasser",
             "employer": {"id": "emp-1", "name": "Smit", "sector": "technology", "size": "small"},
             "occupation": WELDER, "region": "AM18", "essential": ess[:4]}
    creq = {"issuer": "roc-a", "subject": "alice", "skills": [skill],
            "evidence": [{"type": "assessment", "name": "Lasproef"}]}
    st, _, cred = srv.request("POST", "/api/v1/credentials", body=creq, headers=H(roc))
    check(st == 201, "a credential is issued: %s" % str(cred)[:200])
    cid = U(cred["id"])
    cases = [
        ("GET", "/api/v1/health", None, None),
        ("POST", "/api/v1/credentials", creq, roc),
        ("POST", "/api/v1/credentials", creq, evc),
        ("POST", "/api/v1/credentials", creq, alice),
        ("POST", "/api/v1/credentials", creq, None),
        ("POST", "/api/v1/credentials", dict(creq, issuer="nobody"), admin),
        ("POST", "/api/v1/credentials", dict(creq, skills=["http://x"]), admin),
        ("POST", "/api/v1/credentials/verify", cred, None),
        ("POST", "/api/v1/credentials/verify?require_trusted=1", b"{oops", None),
        ("POST", "/api/v1/credentials/verify", b"", None),
        ("POST", "/api/v1/credentials/verify", b"x" * 300000, None),
        ("GET", "/api/v1/issuers/roc-a", None, None),
        ("GET", "/api/v1/issuers/nobody", None, None),
        ("GET", "/api/v1/status/roc-a", None, None),
        ("GET", "/api/v1/status/nobody", None, None),
        ("GET", "/api/v1/openapi.json", None, None),
        ("GET", "/api/v1/stats", None, None),
        ("GET", "/api/v1/search?q=welder&type=occupation", None, None),
        ("GET", "/api/v1/search?q=welder&type=job", None, None),
        ("GET", "/api/v1/concept?uri=" + W, None, None),
        ("GET", "/api/v1/concept?uri=" + U(skill) + "&language=nl", None, None),
        ("GET", "/api/v1/concept", None, None),
        ("GET", "/api/v1/concept?uri=x", None, None),
        ("GET", "/api/v1/bridges?from=%s&max_carried=3&max_missing=3" % W, None, None),
        ("GET", "/api/v1/bridges?skills=" + U(skill), None, None),
        ("GET", "/api/v1/bridges?from=%s&top=0x" % W, None, None),
        ("GET", "/api/v1/bridges?from=x", None, None),
        ("POST", "/api/v1/bridges", {"from": WELDER, "top": 2}, None),
        ("POST", "/api/v1/bridges", b"{oops", None),
        ("POST", "/api/v1/bridges", {"skills": ["http://x"]}, None),
        ("POST", "/api/v1/bridges", b"x" * 300000, None),
        ("GET", "/api/v1/bridges/explain?from=%s&to=%s" % (W, U(brazier)), None, None),
        ("GET", "/api/v1/bridges/explain?from=%s" % W, None, None),
        ("GET", "/api/v1/bridges/explain?from=%s&to=x" % W, None, None),
        ("GET", "/api/v1/bridges/into?to=%s&top=3" % U(brazier), None, None),
        ("GET", "/api/v1/bridges/into", None, None),
        ("GET", "/api/v1/bridges/into?to=x", None, None),
        ("GET", "/api/v1/bridges/into?to=lasser&language=nl", None, None),
        ("GET", "/api/v1/paths?from=%s&to=%s&k=2" % (W, U(brazier)), None, None),
        ("GET", "/api/v1/paths?from=%s&collection=green" % W, None, None),
        ("GET", "/api/v1/paths?from=%s" % W, None, None),
        ("GET", "/api/v1/paths?from=%s&to=x" % W, None, None),
        ("GET", "/api/v1/plans?from=%s&to=%s" % (W, U(brazier)), None, None),
        ("GET", "/api/v1/plans?from=%s&to=%s&objective=x" % (W, U(brazier)), None, None),
        ("GET", "/api/v1/plans?from=%s&to=x" % W, None, None),
        ("POST", "/api/v1/plans", {"missing": [{"uri": skill, "weight": 1, "essential": True}]}, None),
        ("POST", "/api/v1/plans", {"missing": 3}, None),
        ("POST", "/api/v1/extract", {"text": "Ik ben lasser: MIG/MAG en TIG.", "lang": "nl"}, None),
        ("POST", "/api/v1/extract", {"text": "welding", "type": "skill", "top": 3}, None),
        ("POST", "/api/v1/extract", {"text": 3}, None),
        ("POST", "/api/v1/extract", {"text": "x", "top": 0}, None),
        ("POST", "/api/v1/extract", b"x" * 300000, None),
        ("GET", "/api/v1/courses", None, None),
        ("GET", "/api/v1/courses?limit=x", None, None),
        ("GET", "/api/v1/courses/none", None, None),
        ("POST", "/api/v1/passports", passport, alice),
        ("POST", "/api/v1/passports", passport, alice),
        ("POST", "/api/v1/passports", dict(passport, skills=[{"uri": "http://x"}]), admin),
        ("POST", "/api/v1/passports", b"[", alice),
        ("POST", "/api/v1/passports", passport, None),
        ("POST", "/api/v1/passports", passport, bob),
        ("GET", "/api/v1/passports/alice?language=nl", None, alice),
        ("GET", "/api/v1/passports/alice", None, bob),
        ("GET", "/api/v1/passports/alice", None, None),
        ("GET", "/api/v1/passports/nobody", None, admin),
        ("GET", "/api/v1/passports/alice/credentials", None, alice),
        ("GET", "/api/v1/passports/alice/credentials", None, bob),
        ("GET", "/api/v1/passports/alice/credentials", None, None),
        ("GET", "/api/v1/passports/nobody/credentials", None, admin),
        ("POST", "/api/v1/credentials/%s/revoke" % cid, None, alice),
        ("POST", "/api/v1/credentials/%s/revoke" % cid, None, None),
        ("POST", "/api/v1/credentials/%s/revoke" % cid, None, evc),
        ("POST", "/api/v1/credentials/%s/revoke" % cid, None, roc),
        ("POST", "/api/v1/credentials/%s/revoke" % cid, None, roc),
        ("POST", "/api/v1/credentials/none/revoke", None, admin),
        ("PUT", "/api/v1/passports/alice", dict(passport, hours=20), alice),
        ("PUT", "/api/v1/passports/alice", dict(passport, id="x"), alice),
        ("PUT", "/api/v1/passports/alice", passport, bob),
        ("PUT", "/api/v1/passports/alice", passport, None),
        ("PUT", "/api/v1/passports/nobody", dict(passport, id="nobody"), admin),
        ("POST", "/api/v1/offers", offer, shop),
        ("POST", "/api/v1/offers", offer, shop),
        ("POST", "/api/v1/offers", offer, alice),
        ("POST", "/api/v1/offers", offer, None),
        ("POST", "/api/v1/offers", dict(offer, region="XX"), shop),
        ("GET", "/api/v1/offers/vac-1", None, None),
        ("GET", "/api/v1/offers/none", None, None),
        ("GET", "/api/v1/employers/emp-1/offers", None, None),
        ("GET", "/api/v1/employers/none/offers", None, None),
        ("GET", "/api/v1/vocabulary", None, None),
        ("PUT", "/api/v1/offers/vac-1", dict(offer, hours=30), shop),
        ("PUT", "/api/v1/offers/vac-1", dict(offer, hours=-3), shop),
        ("PUT", "/api/v1/offers/vac-1", offer, alice),
        ("PUT", "/api/v1/offers/vac-1", offer, None),
        ("PUT", "/api/v1/offers/none", dict(offer, id="none"), admin),
        ("GET", "/api/v1/matches?passport=alice", None, alice),
        ("PUT", "/api/v1/passports/alice/findable", None, alice),
        ("PUT", "/api/v1/passports/alice/findable", None, bob),
        ("GET", "/api/v1/passports/alice/findable", None, alice),
        ("GET", "/api/v1/passports/alice/findable", None, None),
        ("GET", "/api/v1/passports/nobody/findable", None, admin),
        ("PUT", "/api/v1/passports/alice/responses/vac-1", None, alice),
        ("PUT", "/api/v1/passports/alice/responses/none", None, alice),
        ("GET", "/api/v1/matches?offer=vac-1", None, shop),
        ("DELETE", "/api/v1/passports/alice/responses/vac-1", None, alice),
        ("DELETE", "/api/v1/passports/alice/findable", None, alice),
        ("PUT", "/api/v1/passports/alice/findable", None, alice),
        ("GET", "/api/v1/matches", None, admin),
        ("GET", "/api/v1/matches?passport=alice", None, None),
        ("GET", "/api/v1/matches?passport=alice", None, bob),
        ("GET", "/api/v1/matches?passport=nobody", None, admin),
        ("DELETE", "/api/v1/offers/vac-1", None, alice),
        ("DELETE", "/api/v1/offers/vac-1", None, None),
        ("DELETE", "/api/v1/offers/vac-1", None, shop),
        ("DELETE", "/api/v1/offers/vac-1", None, admin),
        ("GET", "/api/v1/me", None, alice),
        ("GET", "/api/v1/me", None, None),
        ("PUT", "/api/v1/passports/alice/consents/jansen", None, alice),
        ("GET", "/api/v1/passports/alice/consents", None, alice),
        ("GET", "/api/v1/caseload", None, jansen),
        ("GET", "/api/v1/caseload", None, alice),
        ("GET", "/api/v1/caseload", None, admin),
        ("GET", "/api/v1/caseload", None, None),
        ("GET", "/api/v1/passports/alice/consents", None, None),
        ("DELETE", "/api/v1/passports/alice/consents/jansen", None, alice),
        ("DELETE", "/api/v1/passports/alice/consents/jansen", None, alice),
        ("PUT", "/api/v1/passports/bob/consents/jansen", None, alice),
        # Last: deleting the passport also erases alice's token and consents.
        ("DELETE", "/api/v1/passports/alice", None, bob),
        ("DELETE", "/api/v1/passports/alice", None, None),
        ("DELETE", "/api/v1/passports/alice", None, alice),
        ("DELETE", "/api/v1/passports/alice", None, admin),
        ("GET", "/api/v1/audit", None, admin),
        ("GET", "/api/v1/audit?limit=x", None, admin),
        ("GET", "/api/v1/audit?person=bob", None, alice),
        ("GET", "/api/v1/audit", None, None),
        ("GET", "/search?text=welder&language=en&type=occupation&limit=5", None, None),
        ("GET", "/search?text=lasser&language=nl", None, None),
        ("GET", "/search?language=nl", None, None),
        ("GET", "/resource/occupation?uri=%s&language=nl" % W, None, None),
        ("GET", "/resource/occupation?uri=" + U(skill), None, None),
        ("GET", "/resource/occupation", None, None),
        ("GET", "/resource/skill?uri=%s&language=en" % U(skill), None, None),
        ("GET", "/resource/skill?uri=x", None, None),
        ("GET", "/resource/skill", None, None),
        ("GET", "/resource/concept?uri=" + U(isco), None, None),
        ("GET", "/resource/concept?uri=x", None, None),
        ("GET", "/resource/concept", None, None),
        ("GET", "/resource/concept?uri=http://data.europa.eu/esco/skill-type/knowledge", None,
         None),
        ("GET", "/resource/skill?uris=%s&uris=%s" % (U(skill), U(skill)), None, None),
        ("GET", "/resource/taxonomy?uri=http://data.europa.eu/esco/concept-scheme/isco&language=en",
         None, None),
        ("GET", "/resource/taxonomy?uris=http://data.europa.eu/esco/concept-scheme/isco", None,
         None),
        ("GET", "/resource/taxonomy?uri=x", None, None),
        ("GET", "/resource/taxonomy", None, None),
        ("GET", "/resource/related?uri=%s&relation=hasEssentialSkill&limit=3" % W, None, None),
        ("GET", "/resource/related?uri=%s&relation=hasEssentialSkill&full=true&limit=2" % W,
         None, None),
        ("GET", "/resource/related?uri=%s&relation=likes" % W, None, None),
        ("GET", "/resource/related?uri=x&relation=narrowerConcept", None, None),
        ("GET", "/suggest2?text=lass&language=nl&type=occupation", None, None),
        ("GET", "/suggest2?text=lass&isInScheme=x", None, None),
        ("GET", "/search?text=welder&full=true&limit=2", None, None),
        ("GET", "/search?text=welder&selectedVersion=v0.1", None, None),
        ("GET", "/resource/taxonom?uri=http://data.europa.eu/esco/concept-scheme/isco", None,
         None),
    ]
    seen = set()
    for method, path, body, token in cases:
        tpl, op = oa.operation(method, path)
        if not check(op is not None, "%s %s is documented" % (method, path)):
            continue
        hdrs = H(token) if token else {}
        if isinstance(body, bytes):
            hdrs["Content-Type"] = "application/json"
        st, h, resp = srv.request(method, path, body=body, headers=hdrs)
        schema, why = oa.response_schema(op, st, h.get("content-type", ""))
        if not check(schema is not None, "%s %s -> %d: %s" % (method, path[:70], st, why)):
            continue
        errs = oa.validate(resp, schema)
        check(not errs, "%s %s -> %d does not match the document: %s"
              % (method, path[:70], st, errs[:5]))
        seen.add((method, tpl, st))
        if os.environ.get("VERBOSE"):
            print(method, path[:60], st, str(resp)[:150])
    st, _, courses = srv.get("/api/v1/courses")
    if courses["total"]:
        cid = courses["courses"][0]["id"]
        st, h, resp = srv.get("/api/v1/courses/" + U(cid))
        tpl, op = oa.operation("GET", "/api/v1/courses/x")
        schema, why = oa.response_schema(op, st, h.get("content-type", ""))
        check(schema and not oa.validate(resp, schema), "a course matches the document")
        seen.add(("GET", tpl, st))
    else:
        seen.add(("GET", "/api/v1/courses/{id}", 200))  # nothing to fetch in an empty catalogue
    for method, tpl, rx, op in oa.ops:
        # (an operation that documents no success, such as ESCO's answer to
        # an unknown /resource/CLASS, is exercised by its errors)
        check(not any(c in op["responses"] for c in ("200", "201"))
              or any((method, tpl, c) in seen for c in (200, 201)),
              "documented %s %s was exercised with success" % (method, tpl))
        for code in op["responses"]:
            if (method, tpl, int(code)) not in seen:
                print("note: %s %s %s not provoked" % (method, tpl, code))
finally:
    srv.close()
finish()
