"""test_skos.py - what `brug import skos` and `brug import labels` store,
over HTTP: /api/v1/concept lists a CompetentNL occupation's exact match
to ESCO with the target's label (the same document as `brug show
--json`), /api/v1/stats carries the label coverage, and /api/v1/bridges
bridges the CompetentNL occupation through its ESCO match as
`brug bridges --json` does; /api/v1/paths, /api/v1/plans and
/api/v1/bridges/explain and /api/v1/bridges/into use the match's profile
too, as origin and as
destination, say so with profile_of, and send what `brug path`, `brug
plan` and `brug explain --json` print (a cached answer never carries the
profile_of of another question), as openapi.json describes."""
import json
import os
import sys
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import SOURCE, Server, check, finish, run, tmpdir  # noqa: E402
from openapi_check import Checker  # noqa: E402

D = os.path.join(SOURCE, "tests", "data")
WELDER = "http://data.europa.eu/esco/occupation/e3f6d7c2-0000-4000-8000-000000000001"
SK1 = "http://data.europa.eu/esco/skill/a1b2c3d4-0000-4000-8000-000000000001"
LASSER = "https://linkeddata.competentnl.nl/uwv/id/occupation/lasser"
MONTEUR = "https://linkeddata.competentnl.nl/uwv/id/occupation/monteur-warmtepompen"
EXACT = {"uri": LASSER, "via": "exact_match"}


def U(s):
    return quote(s, safe="")


def no_ms(v):
    """v without a plan's solving time ("ms"), which differs run to run."""
    if isinstance(v, dict):
        return {k: no_ms(x) for k, x in v.items() if k != "ms"}
    if isinstance(v, list):
        return [no_ms(x) for x in v]
    return v

d = tmpdir()
db = os.path.join(d, "skos.db")
run("--db", db, "import", "skos", os.path.join(D, "ok_skos", "esco.ttl"))
run("--db", db, "import", "skos", "--profile", "competentnl",
    os.path.join(D, "ok_skos", "competentnl.ttl"))
run("--db", db, "import", "labels", os.path.join(D, "ok_labels", "plain.csv"))
srv = Server(db)
try:
    st, _, c = srv.get("/api/v1/concept?uri=%s&language=nl" % quote(LASSER, safe=""))
    check(st == 200, "concept status %d" % st)
    maps = c.get("mappings", []) if isinstance(c, dict) else []
    exact = [m for m in maps if m["uri"] == WELDER]
    check(len(exact) == 1 and exact[0]["relation"] == "exact" and exact[0]["label"] == "welder"
          and exact[0]["label_lang"] == "en", "exact match with the ESCO label: %s" % maps)
    check(c.get("scheme") == "competentnl", "scheme: %s" % c.get("scheme"))
    show = json.loads(run("--db", db, "show", LASSER, "--lang", "nl", "--json").stdout)
    check(show == c, "the API's concept is the document brug show --json prints")

    st, _, stats = srv.get("/api/v1/stats")
    cov = {(x["lang"], x["kind"]): (x["preferred"], x["total"]) for x in stats.get("coverage", [])}
    check(cov.get(("nl", "skills")) == (2, 2), "coverage nl skills: %s" % cov)
    check(cov.get(("en", "occupations")) == (1, 1), "coverage en occupations: %s" % cov)

    st, _, b = srv.get("/api/v1/bridges?from=%s&top=5" % quote(LASSER, safe=""))
    check(st == 200, "bridges status %d: %s" % (st, b))
    frm = b.get("from", {}) if isinstance(b, dict) else {}
    check(frm.get("uri") == WELDER, "bridged from the ESCO match: %s" % frm)
    check(frm.get("profile_of") == {"uri": LASSER, "via": "exact_match"},
          "profile_of: %s" % frm.get("profile_of"))
    cli = run("--db", db, "bridges", LASSER, "--top", "5", "--json")
    check("no skill profile of its own" in cli.stderr, "the CLI says so: %s" % cli.stderr)
    cli_from = json.loads(cli.stdout)["from"]
    cli_from.pop("query", None)
    check(cli_from == frm, "CLI and API agree on from: %s / %s" % (cli_from, frm))

    # paths, plans and explain: from lasser (welder's profile), and to it.
    cases = [
        ("/api/v1/paths?from=%s&to=%s" % (U(LASSER), U(MONTEUR)),
         ["path", LASSER, MONTEUR], lambda d: d["from"], lambda d: d["to"]),
        ("/api/v1/plans?from=%s&to=%s" % (U(LASSER), U(MONTEUR)),
         ["plan", "--from", LASSER, "--to", MONTEUR], lambda d: d["from"], lambda d: d["to"]),
        ("/api/v1/bridges/explain?from=%s&to=%s" % (U(LASSER), U(MONTEUR)),
         ["explain", LASSER, MONTEUR], lambda d: d["from"], lambda d: d),
    ]
    st, _, spec = srv.get("/api/v1/openapi.json")
    oa = Checker(spec)
    for url, args, src, dst in cases:
        st, h, doc = srv.get(url)
        check(st == 200, "%s: %d %s" % (url, st, doc))
        if st != 200:
            continue
        _, op = oa.operation("GET", url)
        schema, why = oa.response_schema(op, st, h.get("content-type", ""))
        check(schema is not None and not oa.validate(doc, schema),
              "%s matches openapi.json: %s" % (url, why or oa.validate(doc, schema)[:3]))
        check(src(doc).get("uri") == WELDER and src(doc).get("profile_of") == EXACT,
              "%s: from welder for lasser: %s" % (url, src(doc)))
        check("profile_of" not in dst(doc), "%s: the target has its own profile" % url)
        cli = run("--db", db, *args, "--json")
        check("no skill profile of its own" in cli.stderr, "%s: the CLI says so" % args[0])
        check(no_ms(json.loads(cli.stdout)) == no_ms(doc),
              "brug %s --json and %s agree" % (args[0], url))

    st, h, into = srv.get("/api/v1/bridges/into?to=%s" % U(LASSER))
    check(st == 200 and into["to"].get("uri") == WELDER and into["to"].get("profile_of") == EXACT,
          "bridges into lasser: %d %s" % (st, into))
    _, op = oa.operation("GET", "/api/v1/bridges/into")
    schema, why = oa.response_schema(op, st, h.get("content-type", ""))
    check(schema is not None and not oa.validate(into, schema), "into matches openapi.json")
    cli = run("--db", db, "bridges", "--to", LASSER, "--json")
    check("bridging to its exact match welder" in cli.stderr, "bridges --to: %s" % cli.stderr)
    check(json.loads(cli.stdout) == into, "brug bridges --to --json and /api/v1/bridges/into agree")

    st, _, ex = srv.get("/api/v1/bridges/explain?from=%s&to=%s" % (U(MONTEUR), U(LASSER)))
    check(st == 200 and ex.get("uri") == WELDER and ex.get("profile_of") == EXACT
          and "from" not in ex, "explain to lasser: %d %s" % (st, ex))
    st, _, pl = srv.get("/api/v1/plans?from=%s&to=%s" % (U(MONTEUR), U(LASSER)))
    check(st == 200 and pl["to"].get("uri") == WELDER and pl["to"].get("profile_of") == EXACT
          and "profile_of" not in pl["from"], "plan to lasser: %d %s" % (st, pl))
    cli = json.loads(run("--db", db, "plan", "--from", MONTEUR, "--to", LASSER, "--json").stdout)
    check(no_ms(cli) == no_ms(pl), "plan to lasser: CLI and API agree")
    st, _, pl = srv.get("/api/v1/plans?skills=%s&to=%s" % (U(SK1), U(LASSER)))
    check(st == 200 and pl["to"].get("profile_of") == EXACT and "profile_of" not in pl["from"],
          "plan from skills to lasser: %d %s" % (st, pl))

    # Answers are cached by the asked occupation: welder's own questions,
    # asked after lasser's, carry no profile_of.
    for url in ("/api/v1/bridges?from=%s&top=5" % U(WELDER),
                "/api/v1/bridges/into?to=%s" % U(WELDER),
                "/api/v1/paths?from=%s&to=%s" % (U(WELDER), U(MONTEUR)),
                "/api/v1/plans?from=%s&to=%s" % (U(WELDER), U(MONTEUR)),
                "/api/v1/bridges/explain?from=%s&to=%s" % (U(WELDER), U(MONTEUR))):
        st, _, doc = srv.get(url)
        check(st == 200 and "profile_of" not in json.dumps(doc), "%s: %d %s" % (url, st, doc))
    st, _, doc = srv.get("/api/v1/paths?from=%s&to=%s" % (U(LASSER), U(WELDER)))
    check(st == 400, "a path from lasser to its own match: %d %s" % (st, doc))
finally:
    srv.close()
finish()
