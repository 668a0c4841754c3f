"""test_webroutes.py - the routes the web page needs beyond the engine's:
an adviser's caseload follows consent (granted, withdrawn; only the adviser
and admins see it), an employer's offers list what was posted for it (404
for an unknown employer), and the vocabulary names the regions."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import SOURCE, Server, check, finish, is_error, run, tmpdir  # noqa: E402

d = tmpdir()
db = os.path.join(d, "web.db")
run("--db", db, "import", "esco", os.path.join(SOURCE, "data/demo/en"))
NS = "http://data.brug.example/demo/"


def token(*args):
    return run("--db", db, "token", "create", *args).stdout.strip()


def auth(t):
    return {"Authorization": "Bearer " + t}


srv = Server(db)
try:
    admin = token("--role", "admin")
    ann = token("--role", "person", "--person", "ann")
    bas = token("--role", "person", "--person", "bas")
    anna = token("--role", "adviser", "--name", "anna")
    emp = token("--role", "employer", "--name", "emp-1")
    for who, t in (("ann", ann), ("bas", bas)):
        st, _, doc = srv.request("POST", "/api/v1/passports", {
            "id": who, "region": "AM18",
            "skills": [{"uri": NS + "skill/weld-mig-mag", "evidence": "self"}]}, auth(t))
        check(st == 201, "passport %s: %d %s" % (who, st, doc))

    st, _, doc = srv.get("/api/v1/caseload", headers=auth(anna))
    check(st == 200 and doc == {"adviser": "anna", "people": []}, "empty caseload: %s" % doc)
    for t, who in ((ann, "ann"), (bas, "bas")):
        st, _, doc = srv.request("PUT", "/api/v1/passports/%s/consents/anna" % who, None, auth(t))
        check(st == 200, "grant %s: %d %s" % (who, st, doc))
    st, _, doc = srv.get("/api/v1/caseload", headers=auth(anna))
    check(st == 200 and [p["person"] for p in doc["people"]] == ["ann", "bas"],
          "caseload after two grants: %s" % doc)
    srv.request("DELETE", "/api/v1/passports/bas/consents/anna", None, auth(bas))
    st, _, doc = srv.get("/api/v1/caseload", headers=auth(anna))
    check([p["person"] for p in doc["people"]] == ["ann"], "a withdrawal leaves it: %s" % doc)
    st, _, doc = srv.get("/api/v1/caseload", headers=auth(ann))
    check(st == 403 and is_error(doc, "EDENIED"), "a person has no caseload: %d %s" % (st, doc))
    st, _, doc = srv.get("/api/v1/caseload?adviser=anna", headers=auth(admin))
    check(st == 200 and len(doc["people"]) == 1, "admin names the adviser: %s" % doc)
    st, _, doc = srv.get("/api/v1/caseload", headers=auth(admin))
    check(st == 400, "admin without adviser: %d" % st)
    st, _, doc = srv.get("/api/v1/caseload")
    check(st == 401, "no token: %d" % st)

    st, _, doc = srv.get("/api/v1/employers/emp-1/offers")
    check(st == 404 and is_error(doc, "ENOTFOUND"), "unknown employer: %d %s" % (st, doc))
    st, _, doc = srv.request("POST", "/api/v1/offers", {
        "id": "pl-1", "type": "placement", "title": "Proefplaats lassen",
        "employer": {"id": "emp-1", "name": "Lasbedrijf Noord", "sector": "technology",
                     "size": "small"},
        "occupation": NS + "occupation/welder", "region": "AM18", "capacity": 3,
        "essential": [NS + "skill/weld-mig-mag"]}, auth(emp))
    check(st == 201, "post a placement: %d %s" % (st, doc))
    st, _, doc = srv.get("/api/v1/employers/emp-1/offers")
    check(st == 200 and doc["employer"]["name"] == "Lasbedrijf Noord" and
          [(o["id"], o["type"], o["capacity"], o["title"]) for o in doc["offers"]] ==
          [("pl-1", "placement", 3, "Proefplaats lassen")], "employer offers: %s" % doc)

    # An employer given earlier is named by its id alone.
    st, _, doc = srv.request("POST", "/api/v1/offers", {
        "id": "vac-2", "type": "vacancy", "employer": "emp-1", "region": "AM18",
        "occupation": NS + "occupation/welder", "essential": [NS + "skill/weld-mig-mag"]}, auth(emp))
    check(st == 201, "an offer naming its employer by id: %d %s" % (st, doc))
    st, _, doc = srv.request("POST", "/api/v1/offers", {
        "id": "vac-3", "type": "vacancy", "employer": "emp-2", "region": "AM18",
        "occupation": NS + "occupation/welder", "essential": [NS + "skill/weld-mig-mag"]}, auth(emp))
    check(st == 403, "another employer's id is refused: %d %s" % (st, doc))

    st, _, doc = srv.get("/api/v1/vocabulary")
    names = {r["code"]: r["name"] for r in doc["regions"]}
    check(st == 200 and names.get("PV30") == "Noord-Brabant" and "AM18" in names,
          "region names: %s" % list(names.items())[:3])
finally:
    srv.close()
finish()
