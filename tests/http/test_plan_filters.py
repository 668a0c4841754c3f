"""test_plan_filters.py - /api/v1/plans on the demo catalogue with the mode
and provider filters: GET mode=classroom,blended and provider=NAME, POST
"modes" and "provider"; every chosen course passes the filter, the skills
it rules out carry reason_code filters "mode" / "provider", the filters
are part of the cache key (the unfiltered plan differs), and bad values
are 400."""
import os
import sys
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import SOURCE, Server, check, expect_error, finish, run, tmpdir  # noqa: E402

d = tmpdir()
db = os.path.join(d, "demo.db")
demo = os.path.join(SOURCE, "data", "demo")
run("--db", db, "import", "esco", os.path.join(demo, "en"), os.path.join(demo, "nl"))
run("--db", db, "import", "courses", os.path.join(demo, "courses.csv"))
NS = "http://data.brug.example/demo/occupation/"
q = "/api/v1/plans?from=%s&to=%s" % (quote(NS + "welder", safe=""),
                                     quote(NS + "heat-pump-technician", safe=""))
srv = Server(db)
try:
    st, _, anyp = srv.get(q)
    check(st == 200 and any(c["mode"] == "online" for c in anyp["plan"]["courses"]),
          "the unfiltered plan uses an online course")
    st, _, m = srv.get(q + "&mode=classroom,blended")
    courses = m["plan"]["courses"]
    check(st == 200 and courses and all(c["mode"] in ("classroom", "blended") for c in courses),
          "mode=classroom,blended: %s" % [c["mode"] for c in courses])
    check(any("mode" in u["reason_code"]["filters"] for u in m["plan"]["uncovered"]),
          "a skill ruled out by the mode says so")
    st, _, m2 = srv.get(q)
    check(m2 == anyp, "the filtered plan was not served from the unfiltered one's cache, or back")
    st, _, p = srv.get(q + "&provider=" + quote("Installatiewerk Opleidingen Oost") + "&language=nl")
    provs = {c["provider"] for c in p["plan"]["courses"]}
    check(st == 200 and provs == {"Installatiewerk Opleidingen Oost"}, "provider: %s" % provs)
    why = [u["reason"] for u in p["plan"]["uncovered"] if "provider" in u["reason_code"]["filters"]]
    check(why and "wordt niet door Installatiewerk Opleidingen Oost gegeven" in why[0],
          "the provider reason in Dutch: %s" % why[:1])
    expect_error(srv, "GET", q + "&mode=bus", 400, "EINVAL", "unknown mode")
    missing = [{"uri": u["uri"], "weight": 1, "essential": True}
               for u in anyp["plan"]["covered"] + anyp["plan"]["uncovered"]]
    st, _, post = srv.request("POST", "/api/v1/plans", body={
        "missing": missing, "modes": ["classroom"], "provider": "installatiewerk opleidingen oost"})
    check(st == 200 and post["courses"] and all(c["mode"] == "classroom" and
                                                c["provider"] == "Installatiewerk Opleidingen Oost"
                                                for c in post["courses"]),
          "POST modes + provider (any case): %s" % [(c["mode"], c["provider"]) for c in post.get("courses", [])])
    expect_error(srv, "POST", "/api/v1/plans", 400, "EPARSE", "POST modes not a list",
                 body={"missing": missing, "modes": "classroom"})
    expect_error(srv, "POST", "/api/v1/plans", 400, "EPARSE", "POST unknown mode",
                 body={"missing": missing, "modes": ["bus"]})
    expect_error(srv, "POST", "/api/v1/plans", 400, "EPARSE", "POST empty provider",
                 body={"missing": missing, "provider": ""})
finally:
    srv.close()
finish()
