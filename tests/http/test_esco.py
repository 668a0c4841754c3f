"""test_esco.py - the ESCO-compatible endpoints on the real ESCO: the HAL
shape of /resource/occupation, /resource/skill and /resource/concept
agrees with the stored relations (every essential skill linked, links that
resolve back), labels keyed by language, and /search pages with working
next/prev links and the ESCO parameters."""
import json
import os
import sys
from urllib.parse import quote, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import Server, check, expect_error, finish, run, tmpdir  # noqa: E402
from escodb import WELDER, esco_db  # noqa: E402

d = tmpdir()
db = esco_db(d)
srv = Server(db)


def follow(href):
    u = urlsplit(href)
    check(u.netloc == "127.0.0.1:%d" % srv.port, "href points at this server: %s" % href)
    return srv.get(u.path + "?" + u.query)


try:
    show = json.loads(run("--db", db, "show", WELDER, "--lang", "nl", "--json", "--all").stdout)
    st, h, occ = srv.get("/resource/occupation?uri=%s&language=nl" % quote(WELDER, safe=""))
    check(st == 200 and h["content-type"].startswith("application/hal+json"), "HAL content type")
    check(occ["className"] == "Occupation" and occ["uri"] == WELDER, "class and uri")
    check(occ["preferredLabel"].get("en") == "welder" and occ["preferredLabel"].get("nl") == "lasser",
          "preferredLabel keyed by language: %s" % occ["preferredLabel"])
    check(occ["title"] == "lasser", "title in the requested language")
    check("welder" in " ".join(occ.get("alternativeLabel", {}).get("en", [])) or
          occ.get("alternativeLabel"), "alternative labels")
    check(occ["code"] == show["code"], "ESCO code")
    ess = {l["uri"] for l in occ["_links"]["hasEssentialSkill"]}
    opt = {l["uri"] for l in occ["_links"].get("hasOptionalSkill", [])}
    check(ess == {s["uri"] for s in show["essential_skills"]}, "every essential skill is linked")
    check(opt == {s["uri"] for s in show["optional_skills"]}, "every optional skill is linked")
    check(all(l.get("skillType", "").startswith("http://data.europa.eu/esco/skill-type/")
              for l in occ["_links"]["hasEssentialSkill"]), "skill links carry skillType")
    check(occ["_links"]["broaderIscoGroup"], "broader ISCO group linked")
    check(occ["description"]["nl"]["literal"], "description as {lang: {literal}}")

    # Follow a skill link: the skill links back to the occupation.
    first = occ["_links"]["hasEssentialSkill"][0]
    st, _, sk = follow(first["href"])
    check(st == 200 and sk["className"] == "Skill" and sk["uri"] == first["uri"], "skill link resolves")
    back = {l["uri"] for l in sk["_links"].get("isEssentialForOccupation", [])}
    check(WELDER in back, "the skill is essential for the welder")
    check(sk["_links"].get("hasSkillType"), "hasSkillType link")

    # The ISCO group through /resource/concept; wrong class through /resource/skill.
    isco = occ["_links"]["broaderIscoGroup"][0]
    st, _, c = follow(isco["href"])
    check(st == 200 and c["className"] == "Concept" and c.get("code"), "ISCO group as Concept")
    st, _, e = srv.get("/resource/skill?uri=" + quote(WELDER, safe=""))
    check(st == 404 and e["logref"] == "ENOTFOUND" and e["error"]["code"] == "ENOTFOUND",
          "an occupation is not a skill")
    expect_error(srv, "GET", "/resource/occupation?uri=x&language=dutch", 400, "EINVAL", "bad language")

    # Search: ESCO parameters, paging links.
    st, h, r = srv.get("/search?text=welder&language=en&type=occupation&limit=3")
    check(st == 200 and h["content-type"].startswith("application/hal+json"), "search HAL")
    res = r["_embedded"]["results"]
    check(r["total"] >= 3 and len(res) == 3 and r["limit"] == 3 and r["offset"] == 0, "page 1")
    check(res[0]["uri"] == WELDER and res[0]["className"] == "Occupation"
          and res[0]["preferredLabel"] == {"en": "welder"}, "best hit is welder: %s" % res[0])
    check("next" in r["_links"] and "prev" not in r["_links"], "next link only")
    st, _, r2 = follow(r["_links"]["next"]["href"])
    # ESCO pages by page number: offset=1 is results 4-6 of limit=3.
    check(st == 200 and r2["offset"] == 1 and "prev" in r2["_links"], "next page: %s" % r2.get("offset"))
    st, _, r2b = srv.get("/search?text=welder&language=en&type=occupation&limit=3&offset=1")
    check([x["uri"] for x in r2b["_embedded"]["results"]] == [x["uri"] for x in r2["_embedded"]["results"]],
          "offset is the page number")
    check(not ({x["uri"] for x in res} & {x["uri"] for x in r2["_embedded"]["results"]}),
          "pages do not overlap")
    st, _, r3 = srv.get("/search?text=lasser&language=nl&type=occupation&limit=5")
    check(st == 200 and any(x["uri"] == WELDER for x in r3["_embedded"]["results"]), "Dutch search")
    st, _, r4 = srv.get("/search?text=welding&type=skill&language=en")
    check(st == 200 and r4["_embedded"]["results"]
          and all(x["className"] == "Skill" for x in r4["_embedded"]["results"]), "skill search")
    st, _, r5 = follow(r4["_embedded"]["results"][0]["_links"]["self"]["href"])
    check(st == 200 and r5["className"] == "Skill", "a search hit's self link resolves")
    expect_error(srv, "GET", "/search?text=x&type=cat", 400, "EINVAL", "unknown type")
    st, _, both = srv.get("/search?text=weld&type=occupation&type=skill&language=en&limit=50")
    check(st == 200 and {x["className"] for x in both["_embedded"]["results"]} == {"Occupation", "Skill"},
          "type repeated: both classes")
    st, _, full = srv.get("/search?text=welder&type=occupation&language=en&limit=1&full=true")
    check(st == 200 and full["_embedded"]["results"][0]["_links"].get("hasEssentialSkill")
          and full["_embedded"]["results"][0]["searchHit"], "full=true: whole resources")
    expect_error(srv, "GET", "/search?text=x&isInScheme=http://data.europa.eu/esco/concept-scheme/green",
                 400, "EUNSUPPORTED", "isInScheme is refused, not ignored")
    expect_error(srv, "GET", "/resource/occupation?uri=%s&selectedVersion=v1.0.9" % quote(WELDER, safe=""),
                 400, "EUNSUPPORTED", "another ESCO version")
    st, _, o = srv.get("/resource/occupation?uri=%s&selectedVersion=v1.1.1" % quote(WELDER, safe=""))
    check(st == 200, "the stored version by name")
    st, _, o = srv.get("/resource/occupation?uri=%s" % quote(WELDER, safe=""),
                       headers={"Accept-Language": "nl-BE,nl;q=0.9,en;q=0.5"})
    check(st == 200 and o["title"] == "lasser", "Accept-Language picks the language")
    # Several at once (uris), and ESCO's fixed skill types behind hasSkillType.
    s1, s2 = [l["uri"] for l in occ["_links"]["hasEssentialSkill"][:2]]
    st, _, many = srv.get("/resource/skill?uris=%s&uris=%s&language=en" % (quote(s1, safe=""), quote(s2, safe="")))
    check(st == 200 and many["count"] == 2 and set(many["_embedded"]) == {s1, s2}, "uris: a collection")
    st, _, t = follow(sk["_links"]["hasSkillType"][0]["href"])
    check(st == 200 and t["className"] == "Concept", "the skill type link resolves")
    # A Dutch skill without a Dutch description: the English one, keyed "en".
    st, _, en_only = srv.get("/resource/skill?uri=%s&language=nl" % quote(s1, safe=""))
    d = en_only.get("description", {})
    check(st == 200 and len(d) == 1 and list(d)[0] in ("nl", "en"), "description keyed by its language")
    # /resource/related pages the welder's essential skills.
    n = len(occ["_links"]["hasEssentialSkill"])
    st, _, rel = srv.get("/resource/related?uri=%s&relation=hasEssentialSkill&language=en&limit=5"
                         % quote(WELDER, safe=""))
    got = [x["uri"] for x in rel["_embedded"]["hasEssentialSkill"]]
    while "next" in rel["_links"]:
        st, _, rel = follow(rel["_links"]["next"]["href"])
        got += [x["uri"] for x in rel["_embedded"]["hasEssentialSkill"]]
    check(rel["total"] == n and sorted(got) == sorted(ess), "related pages through every essential skill")
    expect_error(srv, "GET", "/resource/related?uri=%s&relation=likes" % quote(WELDER, safe=""), 400,
                 "EINVAL", "unknown relation")
    st, _, none = srv.get("/resource/related?uri=%s&relation=hasTopConcept" % quote(WELDER, safe=""))
    check(st == 200 and none["total"] == 0 and none["_embedded"]["hasTopConcept"] == [],
          "a known relation the resource lacks is empty")
    # suggest2 as ESCO's autocomplete
    st, _, sg = srv.get("/suggest2?text=lass&language=nl&type=occupation&limit=5")
    check(st == 200 and any(x["uri"] == WELDER for x in sg["_embedded"]["results"]), "suggest2: lass -> lasser")
    expect_error(srv, "GET", "/search?text=x&limit=101", 400, "EINVAL", "limit too large")
finally:
    srv.close()
finish()
