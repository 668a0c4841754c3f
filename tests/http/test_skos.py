"""test_skos.py - what `brug import skos` and `brug import labels` store,
over HTTP: /api/v1/concept lists a CompetentNL occupation's exact match
to ESCO with the target's label (the same document as `brug show
--json`), /api/v1/stats carries the label coverage, and /api/v1/bridges
bridges the CompetentNL occupation through its ESCO match as
`brug bridges --json` does."""
import json
import os
import sys
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import SOURCE, Server, check, finish, run, tmpdir  # noqa: E402

D = os.path.join(SOURCE, "tests", "data")
WELDER = "http://data.europa.eu/esco/occupation/e3f6d7c2-0000-4000-8000-000000000001"
LASSER = "https://linkeddata.competentnl.nl/uwv/id/occupation/lasser"

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
finally:
    srv.close()
finish()
