"""test_esco_client.py - a client written against the ESCO web-service
API's documentation works against `brug serve` with only its base URL
changed.  The client below does what ESCO's documentation and the public
clients of it do, with the standard library's urllib and URIs written
into the query unencoded, as the documentation writes them:

  1. GET /resource/taxonomy?uri=http://data.europa.eu/esco/concept-scheme/isco&language=en
     (the documentation's first request), then follow a top concept's href
     down narrowerConcept to a unit group and its narrowerOccupation;
  2. /resource/related?...&relation=hasTopConcept&limit=20&offset=0&full=true
     on the skills scheme, reading total and _embedded.hasTopConcept;
  3. /search?text=...&type=skill&language=en&limit=5, then
     /resource/related?uri=SKILL&relation=isEssentialForOccupation;
  4. /suggest2?type=occupation&language=nl&text=...&offset=0&limit=20&alt=true
     (an autocomplete);
  5. the documentation's error example, GET /resource/taxonom?uri=...:
     400 with logref, status and message.
On the real ESCO (skips without it, fails under CI)."""
import json
import os
import sys
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import Server, check, finish, tmpdir  # noqa: E402
from escodb import WELDER, esco_db  # noqa: E402


class EscoClient:
    """A minimal ESCO API client: GET BASE + path, parse the JSON."""

    def __init__(self, base="https://ec.europa.eu/esco/api"):
        self.base = base

    def get(self, path_or_href):
        url = path_or_href if path_or_href.startswith("http") else self.base + path_or_href
        req = urllib.request.Request(url, headers={"Accept": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.loads(r.read().decode("utf-8"))


d = tmpdir()
db = esco_db(d)
srv = Server(db)
try:
    esco = EscoClient("http://127.0.0.1:%d" % srv.port)  # the one change: the base URL

    # 1. The documentation's first request, then down the hierarchy by href.
    isco = esco.get("/resource/taxonomy?uri=http://data.europa.eu/esco/concept-scheme/isco"
                    "&language=en")
    tops = isco["_links"]["hasTopConcept"]
    check(isco["title"] and len(tops) == 10, "ISCO has ten top concepts: %d" % len(tops))
    crafts = [t for t in tops if t["uri"].endswith("/isco/C7")][0]
    c7 = esco.get(crafts["href"])
    check(c7["className"] == "Concept" and c7["code"] == "7" and
          c7["preferredLabel"]["en"] == crafts["title"], "a major group")
    c72 = esco.get([l for l in c7["_links"]["narrowerConcept"] if l["uri"].endswith("C72")][0]["href"])
    c721 = esco.get([l for l in c72["_links"]["narrowerConcept"] if l["uri"].endswith("C721")][0]["href"])
    c7212 = esco.get([l for l in c721["_links"]["narrowerConcept"]
                      if l["uri"].endswith("C7212")][0]["href"])
    occs = c7212["_links"]["narrowerOccupation"]
    check(WELDER in [o["uri"] for o in occs], "the unit group lists the welder")
    welder = esco.get([o for o in occs if o["uri"] == WELDER][0]["href"])
    check(welder["title"] == "welder" and welder["description"]["en"]["literal"]
          and len(welder["_links"]["hasEssentialSkill"]) > 5
          and welder["_links"]["broaderIscoGroup"][0]["uri"].endswith("C7212"),
          "the welder, its skills and its ISCO group")

    # 2. A scheme's top concepts through related, full documents, paged.
    res = esco.get("/resource/related?uri=http://data.europa.eu/esco/concept-scheme/skills"
                   "&relation=hasTopConcept&limit=20&offset=0&language=en&full=true")
    emb = res["_embedded"]["hasTopConcept"]
    check(res["total"] == len(emb) == 4 and all(x["className"] == "Skill" and x["title"] for x in emb),
          "the skills pillar's four top groups: %s" % [x.get("title") for x in emb])
    check(all("narrowerSkill" in x["_links"] for x in emb), "full=true: whole documents")

    # 3. Search a skill, then the occupations it is essential for.
    found = esco.get("/search?text=weld%20metal%20parts&type=skill&language=en&limit=5")
    results = found["_embedded"]["results"]
    check(found["total"] >= 1 and results and results[0]["className"] == "Skill", "skill search")
    occ = esco.get("/resource/related?uri=%s&relation=isEssentialForOccupation&language=en&limit=10"
                   % results[0]["uri"])
    listed = occ["_embedded"].get("isEssentialForOccupation", [])
    check(occ["total"] >= 1 and listed and all(o["className"] == "Occupation" for o in listed),
          "occupations a skill is essential for: %d" % occ["total"])

    # 4. Autocomplete in Dutch.
    sug = esco.get("/suggest2?type=occupation&language=nl&text=lass&offset=0&limit=20&alt=true")
    check(any(r["uri"] == WELDER and r["title"] == "lasser" for r in sug["_embedded"]["results"]),
          "suggest2 completes 'lass' to lasser")

    # 5. The documentation's error example.
    try:
        esco.get("/resource/taxonom?uri=http://data.europa.eu/esco/concept-scheme/occupations")
        check(False, "an unknown resource class is an error")
    except urllib.error.HTTPError as e:
        body = json.loads(e.read().decode("utf-8"))
        check(e.code == 400 and body["status"] == 400 and body["logref"] and
              "taxonom" in body["message"] and "_links" in body, "ESCO's error shape: %s" % body)
finally:
    srv.close()
finish()
