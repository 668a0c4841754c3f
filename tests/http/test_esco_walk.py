"""test_esco_walk.py - a client of the ESCO web-service API walks the whole
occupation pillar of `brug serve` only by following the hrefs it is given:
from /resource/taxonomy (the ISCO scheme) through its top concepts (paged
with /resource/related, as ESCO pages), down narrowerConcept and
narrowerOccupation to every occupation, and to every skill an occupation
links (hasEssentialSkill, hasOptionalSkill), fetching each.  What it
reached must be what the database holds (brug stats): every ISCO group,
every occupation, every essential and optional link, every linked skill.

On the real ESCO (../shared/data/esco-1.1.1) when present; under CI its
absence is a failure; otherwise on the demo data.  Requests go over
keep-alive connections from a pool of client threads; the figures are
printed, not asserted (no test is timed)."""
import http.client
import json
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import SHARED, SOURCE, Server, check, finish, run, tmpdir  # noqa: E402

ESCO = os.path.join(SHARED, "esco-1.1.1")


def database(folder):
    """(db path, ISCO scheme URI, which data)."""
    path = os.path.join(folder, "walk.db")
    if os.path.isdir(os.path.join(ESCO, "en")):
        run("--db", path, "import", "esco", os.path.join(ESCO, "en"), os.path.join(ESCO, "nl"))
        return path, "http://data.europa.eu/esco/concept-scheme/isco", "ESCO 1.1.1"
    if os.environ.get("CI"):
        print("FAIL: the real ESCO data is missing at %s (CI)" % ESCO, file=sys.stderr)
        sys.exit(1)
    demo = os.path.join(SOURCE, "data", "demo")
    run("--db", path, "import", "esco", os.path.join(demo, "en"), os.path.join(demo, "nl"))
    return path, "http://data.brug.example/demo/concept-scheme/isco", "the demo"


class Client:
    """GET hrefs on keep-alive connections, one per client thread."""

    def __init__(self, port):
        self.netloc = "127.0.0.1:%d" % port
        self.local = threading.local()
        self.requests = 0
        self.lock = threading.Lock()

    def get(self, href):
        u = urlsplit(href)
        if u.netloc != self.netloc:
            raise AssertionError("href does not point back at this server: %s" % href)
        con = getattr(self.local, "con", None)
        if con is None:
            con = self.local.con = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        con.request("GET", u.path + "?" + u.query, headers={"Accept": "application/json"})
        r = con.getresponse()
        body = r.read()
        with self.lock:
            self.requests += 1
        if r.status != 200:
            raise AssertionError("%s -> %d %s" % (href, r.status, body[:300]))
        return json.loads(body)


d = tmpdir()
db, ISCO, which = database(d)
stats = json.loads(run("--db", db, "stats", "--json").stdout)
srv = Server(db, threads=4)
try:
    c = Client(srv.port)
    pool = ThreadPoolExecutor(max_workers=8)
    t0 = time.monotonic()
    base = "http://127.0.0.1:%d" % srv.port
    # The documented entry point; only its hrefs are followed from here on.
    scheme = c.get(base + "/resource/taxonomy?uri=" + ISCO + "&language=en")
    check(scheme["className"] == "ConceptScheme" and scheme["uri"] == ISCO, "the ISCO scheme")
    tops = [l["href"] for l in scheme["_links"]["hasTopConcept"]]
    # The same top concepts a page at a time, following next links.
    page = c.get(base + "/resource/related?uri=" + ISCO + "&relation=hasTopConcept&limit=3")
    paged = []
    while True:
        paged += [x["uri"] for x in page["_embedded"]["hasTopConcept"]]
        if "next" not in page["_links"]:
            break
        page = c.get(page["_links"]["next"]["href"])
    check(sorted(paged) == sorted(l["uri"] for l in scheme["_links"]["hasTopConcept"])
          and page["total"] == len(tops), "related pages through the top concepts")

    groups, occupations, skills = {}, {}, {}
    essential = optional = 0
    frontier = tops
    while frontier:
        docs = list(pool.map(c.get, frontier))
        frontier = []
        for doc in docs:
            uri, links = doc["uri"], doc["_links"]
            if doc["className"] == "Concept":
                if uri in groups:
                    continue
                groups[uri] = doc
            elif doc["className"] == "Occupation":
                if uri in occupations:
                    continue
                occupations[uri] = doc
                ess = links.get("hasEssentialSkill", [])
                opt = links.get("hasOptionalSkill", [])
                essential += len(ess)
                optional += len(opt)
                for l in ess + opt:
                    skills.setdefault(l["uri"], l["href"])
            else:
                check(False, "%s is a %s under the ISCO hierarchy" % (uri, doc["className"]))
                continue
            for rel in ("narrowerConcept", "narrowerOccupation"):
                frontier += [l["href"] for l in links.get(rel, [])
                             if l["uri"] not in groups and l["uri"] not in occupations]
    fetched = list(pool.map(c.get, skills.values()))
    bad = [s["uri"] for s, u in zip(fetched, skills) if s["className"] != "Skill" or s["uri"] != u]
    secs = time.monotonic() - t0
    pool.shutdown()

    concepts, rels = stats["concepts"], stats["relations"]
    check(len(groups) == concepts["isco_group"],
          "ISCO groups reached %d, stored %d" % (len(groups), concepts["isco_group"]))
    check(len(occupations) == concepts["occupation"],
          "occupations reached %d, stored %d" % (len(occupations), concepts["occupation"]))
    check(essential == rels["essential"],
          "essential links %d, stored %d" % (essential, rels["essential"]))
    check(optional == rels["optional"], "optional links %d, stored %d" % (optional, rels["optional"]))
    check(len(skills) == rels["linked_skills"],
          "skills reached %d, linked in the database %d" % (len(skills), rels["linked_skills"]))
    check(not bad, "every skill href gives that skill: %s" % bad[:3])
    print("walked %s: %d ISCO groups, %d occupations, %d essential + %d optional links, "
          "%d skills; %d requests in %.1f s (%.0f/s), load %.2f"
          % (which, len(groups), len(occupations), essential, optional, len(skills), c.requests,
             secs, c.requests / secs, os.getloadavg()[0]))
finally:
    srv.close()
finish()
