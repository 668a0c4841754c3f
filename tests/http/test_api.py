"""test_api.py - brug's own API (/api/v1/...) on the real ESCO: stats,
concept, bridges (GET, POST, explain; the same documents the CLI prints),
the response cache, and the error answers of each endpoint."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import Server, check, expect_error, finish, is_error, run, tmpdir  # noqa: E402
from escodb import WELDER, esco_db  # noqa: E402
from urllib.parse import quote  # noqa: E402

d = tmpdir()
db = esco_db(d)
srv = Server(db)
try:
    st, _, doc = srv.get("/api/v1/health")
    check(st == 200 and doc["status"] == "ok" and doc["occupations"] == 3007
          and doc["taxonomy_version"] == "1.1.1", "health: %s" % doc)

    st, _, doc = srv.get("/api/v1/stats")
    cli = json.loads(run("--db", db, "stats", "--json").stdout)
    check(st == 200 and doc == cli, "stats equals `brug stats --json`")
    check(doc["concepts"]["occupation"] == 3007 and doc["concepts"]["skill"] == 13896,
          "stats counts: %s" % doc["concepts"])

    st, _, doc = srv.get("/api/v1/concept?uri=%s&language=nl" % quote(WELDER, safe=""))
    cli = json.loads(run("--db", db, "show", WELDER, "--lang", "nl", "--json", "--all").stdout)
    check(st == 200 and doc["type"] == "occupation" and doc["labels"]["en"]["preferred"] == "welder",
          "concept: %s" % str(doc)[:200])
    check(doc == cli, "concept equals `brug show --json --all`")
    expect_error(srv, "GET", "/api/v1/concept?uri=http%3A%2F%2Fdata.europa.eu%2Fesco%2Foccupation%2Fnone",
                 404, "ENOTFOUND", "unknown concept")

    # Bridges from an occupation: the library's document, unchanged.
    q = "/api/v1/bridges?from=%s&top=5" % quote(WELDER, safe="")
    st, _, doc = srv.get(q)
    cli = json.loads(run("--db", db, "bridges", WELDER, "--top", "5", "--json").stdout)
    cli["from"].pop("query", None)
    check(st == 200 and len(doc["results"]) == 5, "bridges: %d %s" % (st, str(doc)[:200]))
    check([r["uri"] for r in doc["results"]] == [r["uri"] for r in cli["results"]],
          "bridges ranks as `brug bridges --json`")
    scores = [r["score"] for r in doc["results"]]
    check(scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores),
          "scores sorted in [0,1]: %s" % scores)
    check(all(abs(a["score"] - b["score"]) < 1e-6 for a, b in zip(doc["results"], cli["results"])),
          "scores equal the CLI's")
    st2, _, again = srv.get(q)
    check(st2 == 200 and again == doc, "a cached answer equals the computed one")

    st, _, doc = srv.get(q + "&max_carried=2&max_missing=3&language=nl")
    r0 = doc["results"][0]
    check(len(r0["carried"]) <= 2 and len(r0["missing_essential"]) <= 3, "max_carried/max_missing")
    check(r0.get("carried_total", len(r0["carried"])) >= len(r0["carried"]), "carried_total")
    check(doc["from"]["label"] == "lasser", "labels in Dutch: %s" % doc["from"])

    st, _, doc = srv.get("/api/v1/bridges?from=%s&top=5&collection=green" % quote(WELDER, safe=""))
    check(st == 200, "collection filter: %d" % st)
    expect_error(srv, "GET", "/api/v1/bridges?from=%s&collection=nonsense" % quote(WELDER, safe=""),
                 404, "ENOTFOUND", "unknown collection")
    expect_error(srv, "GET", "/api/v1/bridges?from=http%3A%2F%2Fx", 404, "ENOTFOUND",
                 "unknown occupation")
    expect_error(srv, "GET", "/api/v1/bridges", 400, "EINVAL", "no source")
    expect_error(srv, "GET", "/api/v1/bridges?from=x&skills=y", 400, "EINVAL", "two sources")
    expect_error(srv, "GET", "/api/v1/bridges?from=x&top=-1", 400, "EINVAL", "negative top")
    expect_error(srv, "GET", "/api/v1/bridges?from=x&top=1000", 400, "EINVAL", "top too large")
    expect_error(srv, "GET", "/api/v1/bridges?from=x&min_score=2", 400, "EINVAL", "min_score > 1")

    # From a person's skills, GET and POST agree.
    concept = json.loads(run("--db", db, "show", WELDER, "--json", "--all").stdout)
    skills = [s["uri"] for s in concept["essential_skills"][:6]]
    st, _, by_get = srv.get("/api/v1/bridges?top=3&skills=" + quote(",".join(skills), safe=""))
    st2, _, by_post = srv.request("POST", "/api/v1/bridges", body={"skills": skills, "top": 3})
    check(st == 200 and st2 == 200 and by_get == by_post and len(by_post["results"]) == 3,
          "skills bridges GET == POST: %d %d" % (st, st2))
    expect_error(srv, "POST", "/api/v1/bridges", 400, "EPARSE", "bad JSON",
                 body=b'{"skills": [', headers={"Content-Type": "application/json"})
    doc = expect_error(srv, "POST", "/api/v1/bridges", 400, "EPARSE", "JSON not an object",
                       body=b'[1,2]', headers={"Content-Type": "application/json"})
    expect_error(srv, "POST", "/api/v1/bridges", 400, "EPARSE", "skills of the wrong type",
                 body={"skills": [1, 2]})
    expect_error(srv, "POST", "/api/v1/bridges", 400, "EPARSE", "top of the wrong type",
                 body={"from": WELDER, "top": "ten"})
    expect_error(srv, "POST", "/api/v1/bridges", 404, "ENOTFOUND", "unknown skill",
                 body={"skills": ["http://data.europa.eu/esco/skill/none"]})
    expect_error(srv, "POST", "/api/v1/bridges", 415, "EINVAL", "not JSON",
                 body=b"skills=x", headers={"Content-Type": "application/x-www-form-urlencoded"})
    doc = expect_error(srv, "POST", "/api/v1/bridges", 400, "EPARSE", "malformed JSON position",
                       body=b'{\n "from": nope}', headers={"Content-Type": "application/json"})
    check("body:2:" in doc["error"]["message"], "the message names line and column: %s" % doc)

    to = by_post["results"][0]["uri"]
    st, _, ex = srv.get("/api/v1/bridges/explain?from=%s&to=%s" % (quote(WELDER, safe=""),
                                                                    quote(to, safe="")))
    check(st == 200 and ex["uri"] == to and "missing_essential" in ex and "carried" in ex,
          "explain: %d %s" % (st, str(ex)[:200]))
    expect_error(srv, "GET", "/api/v1/bridges/explain?from=%s" % quote(WELDER, safe=""), 400,
                 "EINVAL", "explain without to")
    # Bridges into an occupation: the origins whose own bridges reach it best,
    # each scored exactly as in that origin's bridges list.
    st, _, into = srv.get("/api/v1/bridges/into?to=%s&top=5&max_carried=2" % quote(to, safe=""))
    check(st == 200 and into["to"]["uri"] == to and into["to"]["label_lang"]
          and 0 < len(into["results"]) <= 5, "into: %d %s" % (st, str(into)[:200]))
    scores = [r["score"] for r in into["results"]]
    check(scores == sorted(scores, reverse=True), "into: best first")
    check(all(r["uri"] != to and len(r["carried"]) <= 2 for r in into["results"]),
          "into: the target is not its own origin; max_carried applies")
    origin = into["results"][0]
    st, _, back = srv.get("/api/v1/bridges/explain?from=%s&to=%s" % (quote(origin["uri"], safe=""),
                                                                   quote(to, safe="")))
    check(st == 200 and abs(back["score"] - origin["score"]) < 1e-9
          and back["missing_essential"] == origin["missing_essential"],
          "into: an origin's score and gap are its bridge's: %s vs %s" % (back.get("score"),
                                                                          origin["score"]))
    expect_error(srv, "GET", "/api/v1/bridges/into", 400, "EINVAL", "into without to")
    expect_error(srv, "GET", "/api/v1/bridges/into?to=http%3A%2F%2Fnone", 404, "ENOTFOUND",
                 "into an unknown occupation")
    expect_error(srv, "GET", "/api/v1/bridges/into?to=%s&viable=maybe" % quote(to, safe=""), 400,
                 "EINVAL", "into with a bad viable")
    # Plans: the gap of a bridge (an empty catalogue leaves every skill uncovered).
    st, _, pl = srv.get("/api/v1/plans?from=%s&to=%s" % (quote(WELDER, safe=""), quote(to, safe="")))
    check(st == 200 and pl["to"]["uri"] == to and pl["from"]["uri"] == WELDER
          and abs(pl["score"] - ex["score"]) < 1e-9, "plan: %d %s" % (st, str(pl)[:300]))
    missing = {m["uri"] for m in ex["missing_essential"] + ex["missing_optional"]}
    plan_skills = {m["uri"] for m in pl["plan"]["covered"] + pl["plan"]["uncovered"]}
    check(plan_skills == missing, "the plan addresses exactly the bridge's missing skills")
    st, _, courses = srv.get("/api/v1/courses")
    if courses["total"] == 0:
        check(pl["plan"]["courses"] == [] and not pl["plan"]["covered"],
              "no courses: nothing covered")
    expect_error(srv, "GET", "/api/v1/plans?from=%s&to=%s&objective=fast"
                 % (quote(WELDER, safe=""), quote(to, safe="")), 400, "EINVAL", "bad objective")
    expect_error(srv, "GET", "/api/v1/plans?from=%s" % quote(WELDER, safe=""), 400, "EINVAL",
                 "plan without to")
    expect_error(srv, "GET", "/api/v1/plans?from=%s&to=http%%3A%%2F%%2Fnone" % quote(WELDER, safe=""),
                 404, "ENOTFOUND", "plan to an unknown occupation")
    st, _, direct = srv.request("POST", "/api/v1/plans", body={
        "missing": [{"uri": m["uri"], "weight": m["weight"], "essential": True}
                    for m in ex["missing_essential"]], "objective": "cost"})
    check(st == 200 and direct["objective"] == "cost", "POST plan: %d %s" % (st, str(direct)[:200]))
    expect_error(srv, "POST", "/api/v1/plans", 400, "EPARSE", "POST plan without missing",
                 body={"have": []})
    expect_error(srv, "POST", "/api/v1/plans", 400, "EPARSE", "POST plan with bad weight",
                 body={"missing": [{"uri": to, "weight": "heavy"}]})
    expect_error(srv, "GET", "/api/v1/courses/none", 404, "ENOTFOUND", "unknown course")
    expect_error(srv, "GET", "/api/v1/courses?limit=1000", 400, "EINVAL", "courses limit")
finally:
    srv.close()
finish()
