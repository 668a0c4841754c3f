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
    check(st == 200 and r2["offset"] == 3 and "prev" in r2["_links"], "next page")
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
    expect_error(srv, "GET", "/search?text=x&limit=101", 400, "EINVAL", "limit too large")
finally:
    srv.close()
finish()
