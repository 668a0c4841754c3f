#!/usr/bin/env python3
"""check_demo.py - validate the demo dataset's CSV files on their own,
independently of the generator: ESCO v1.1.1 headers, UTF-8, counts, every
relation URI defined, no duplicate (occupation, skill) pairs, en and nl
describing the same concepts, and the skill clusters the bridges rely on.

Usage: python3 scripts/check_demo.py [DEMO_DIR] [--esco ESCO_DIR]
    DEMO_DIR   default data/demo (holding en/ and nl/)
    --esco     a real ESCO v1.1.1 folder (holding en/ and nl/): also check
               that every file's header equals the real file's header
Prints the counts; exits 1 with FILE:LINE messages on the first problems.
Only the Python standard library.
"""
import csv
import io
import math
import os
import sys

csv.field_size_limit(1 << 30)

LANGS = ("en", "nl")
PER_LANG = ["occupations", "skills", "ISCOGroups", "skillGroups", "skillsHierarchy",
            "conceptSchemes", "digitalSkillsCollection", "greenSkillsCollection",
            "languageSkillsCollection", "transversalSkillsCollection",
            "digCompSkillsCollection", "researchSkillsCollection",
            "researchOccupationsCollection"]
RELATIONS = ["occupationSkillRelations", "skillSkillRelations",
             "broaderRelationsOccPillar", "broaderRelationsSkillPillar"]
HEADERS = {
    "occupations": "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code",
    "skills": "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description",
    "ISCOGroups": "conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description",
    "skillGroups": "conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,inScheme,description,code",
    "skillsHierarchy": "Level 0 URI,Level 0 preferred term,Level 1 URI,Level 1 preferred term,Level 2 URI,Level 2 preferred term,Level 3 URI,Level 3 preferred term,Description,Scope note,Level 0 code,Level 1 code,Level 2 code,Level 3 code",
    "conceptSchemes": "conceptType,conceptSchemeUri,preferredLabel,title,status,description,hasTopConcept",
    "digitalSkillsCollection": "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,broaderConceptUri,broaderConceptPT",
    "greenSkillsCollection": "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,broaderConceptUri,broaderConceptPT",
    "digCompSkillsCollection": "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,broaderConceptUri,broaderConceptPT",
    "researchSkillsCollection": "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,broaderConceptUri,broaderConceptPT",
    "languageSkillsCollection": "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,status,altLabels,description,broaderConceptUri,broaderConceptPT",
    "transversalSkillsCollection": "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,status,altLabels,description,broaderConceptUri,broaderConceptPT",
    "researchOccupationsCollection": "conceptType,conceptUri,preferredLabel,status,altLabels,description,broaderConceptUri,broaderConceptPT",
    "occupationSkillRelations": "occupationUri,relationType,skillType,skillUri",
    "skillSkillRelations": "originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri",
    "broaderRelationsOccPillar": "conceptType,conceptUri,broaderType,broaderUri",
    "broaderRelationsSkillPillar": "conceptType,conceptUri,broaderType,broaderUri",
}
MIN_OCCUPATIONS = 120
MIN_SKILLS = 400

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def read(path):
    """Rows of a CSV as (line number, dict); header checked by the caller."""
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(path + ":1", "starts with a BOM (ESCO's files have none)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        err("%s:%d" % (path, line), "not valid UTF-8")
        return [], []
    rd = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows = []
    try:
        header = next(rd)
        for rec in rd:
            rows.append((rd.line_num, rec))
    except csv.Error as e:
        err("%s:%d" % (path, rd.line_num), "CSV error: %s" % e)
    return header, rows


def load(path, stem, ragged=False):
    header, rows = read(path)
    want = HEADERS[stem].split(",")
    if header != want:
        err(path + ":1", "header %r differs from ESCO's %r" % (",".join(header), HEADERS[stem]))
        return []
    out = []
    for line, rec in rows:
        if len(rec) > len(want) or (not ragged and len(rec) != len(want)):
            err("%s:%d" % (path, line), "%d fields, expected %d" % (len(rec), len(want)))
            continue
        d = dict(zip(want, rec + [""] * (len(want) - len(rec))))
        d["_where"] = "%s:%d" % (path, line)
        out.append(d)
    return out


def split_labels(s):
    return [x for x in s.split("\n") if x]


def split_schemes(s):
    return [x.strip().rstrip(",") for x in s.split("\n") if x.strip()]


def main(argv):
    base = "data/demo"
    esco = None
    args = argv[1:]
    while args:
        a = args.pop(0)
        if a == "--esco":
            esco = args.pop(0)
        else:
            base = a
    data = {}
    for lang in LANGS:
        for stem in PER_LANG:
            path = os.path.join(base, lang, "%s_%s.csv" % (stem, lang))
            if not os.path.exists(path):
                err(path, "missing")
                continue
            data[(lang, stem)] = load(path, stem, ragged=(stem == "skillsHierarchy"))
    for stem in RELATIONS:
        path = os.path.join(base, "en", stem + ".csv")
        if not os.path.exists(path):
            err(path, "missing")
            continue
        data[stem] = load(path, stem)
    if esco:
        for (key, _) in list(data.items()):
            lang, stem = key if isinstance(key, tuple) else ("en", key)
            name = stem + ".csv" if stem in RELATIONS else "%s_%s.csv" % (stem, lang)
            real = os.path.join(esco, lang, name)
            if os.path.exists(real):
                with open(real, encoding="utf-8", newline="") as f:
                    rh = next(csv.reader(f))
                if rh != HEADERS[stem].split(","):
                    err(real + ":1", "real ESCO header differs from the one we write")
    if errors:
        return report()

    occ, skill, group, isco = {}, {}, {}, {}
    for lang in LANGS:
        o = {r["conceptUri"]: r for r in data[(lang, "occupations")]}
        s = {r["conceptUri"]: r for r in data[(lang, "skills")]}
        g = {r["conceptUri"]: r for r in data[(lang, "skillGroups")]}
        i = {r["conceptUri"]: r for r in data[(lang, "ISCOGroups")]}
        for name, table, rows in (("occupations", o, data[(lang, "occupations")]),
                                  ("skills", s, data[(lang, "skills")]),
                                  ("skillGroups", g, data[(lang, "skillGroups")]),
                                  ("ISCOGroups", i, data[(lang, "ISCOGroups")])):
            if len(table) != len(rows):
                err("%s/%s/%s_%s.csv" % (base, lang, name, lang), "duplicate conceptUri")
            for r in rows:
                if not r["preferredLabel"].strip():
                    err(r["_where"], "empty preferredLabel")
                if name in ("occupations", "skills") and not r["description"].strip():
                    err(r["_where"], "empty description")
        occ[lang], skill[lang], group[lang], isco[lang] = o, s, g, i
    for kind, t in (("occupation", occ), ("skill", skill), ("skill group", group), ("ISCO group", isco)):
        if set(t["en"]) != set(t["nl"]):
            err(base, "en and nl define different %s URIs (%d only en, %d only nl)"
                % (kind, len(set(t["en"]) - set(t["nl"])), len(set(t["nl"]) - set(t["en"]))))
    O, S, G, I = occ["en"], skill["en"], group["en"], isco["en"]
    if len(O) < MIN_OCCUPATIONS:
        err(base, "only %d occupations (want at least %d)" % (len(O), MIN_OCCUPATIONS))
    if len(S) < MIN_SKILLS:
        err(base, "only %d skills (want at least %d)" % (len(S), MIN_SKILLS))
    codes = {r["code"]: u for u, r in I.items()}
    for u, r in O.items():
        if r["iscoGroup"] not in codes or len(r["iscoGroup"]) != 4:
            err(r["_where"], "iscoGroup %r is not a defined 4-digit ISCO group" % r["iscoGroup"])
        if not r["code"].startswith(r["iscoGroup"] + "."):
            err(r["_where"], "code %r does not start with the ISCO group" % r["code"])
    for u, r in I.items():
        c = r["code"]
        if len(c) > 1 and c[:-1] not in codes:
            err(r["_where"], "ISCO group %s has no parent %s" % (c, c[:-1]))
    for u, r in S.items():
        if r["skillType"] not in ("knowledge", "skill/competence"):
            err(r["_where"], "skillType %r" % r["skillType"])
        if r["reuseLevel"] not in ("transversal", "cross-sector", "sector-specific", "occupation-specific"):
            err(r["_where"], "reuseLevel %r" % r["reuseLevel"])

    # relations: every URI defined, types right, no duplicate pairs
    pairs, occ_skills = set(), {}
    for r in data["occupationSkillRelations"]:
        w = r["_where"]
        if r["occupationUri"] not in O:
            err(w, "occupation %s is not defined" % r["occupationUri"])
        if r["skillUri"] not in S:
            err(w, "skill %s is not defined" % r["skillUri"])
        elif r["skillType"] != S[r["skillUri"]]["skillType"]:
            err(w, "skillType %r differs from the skill's" % r["skillType"])
        if r["relationType"] not in ("essential", "optional"):
            err(w, "relationType %r" % r["relationType"])
        p = (r["occupationUri"], r["skillUri"])
        if p in pairs:
            err(w, "duplicate (occupation, skill) pair")
        pairs.add(p)
        occ_skills.setdefault(r["occupationUri"], {})[r["skillUri"]] = r["relationType"] == "essential"
    for u, r in O.items():
        if not any(occ_skills.get(u, {}).values()):
            err(r["_where"], "occupation has no essential skill")
    seen = set()
    for r in data["skillSkillRelations"]:
        for k in ("originalSkillUri", "relatedSkillUri"):
            if r[k] not in S:
                err(r["_where"], "skill %s is not defined" % r[k])
        p = (r["originalSkillUri"], r["relatedSkillUri"])
        if p in seen or p[0] == p[1]:
            err(r["_where"], "duplicate or self skill relation")
        seen.add(p)
    kinds = {"Occupation": O, "ISCOGroup": I, "KnowledgeSkillCompetence": S, "SkillGroup": G}
    for stem in ("broaderRelationsOccPillar", "broaderRelationsSkillPillar"):
        for r in data[stem]:
            for t, u in ((r["conceptType"], r["conceptUri"]), (r["broaderType"], r["broaderUri"])):
                if t not in kinds or u not in kinds[t]:
                    err(r["_where"], "%s %s is not defined" % (t, u))
    has_group = {r["conceptUri"] for r in data["broaderRelationsSkillPillar"]
                 if r["conceptType"] == "KnowledgeSkillCompetence" and r["broaderType"] == "SkillGroup"}
    for u, r in S.items():
        if u not in has_group:
            err(r["_where"], "skill is in no skill group")
    for lang in LANGS:
        for r in data[(lang, "skillsHierarchy")]:
            for lv in range(4):
                u = r["Level %d URI" % lv]
                if u and u not in G:
                    err(r["_where"], "skill group %s is not defined" % u)
        for stem in PER_LANG:
            if not stem.endswith("Collection"):
                continue
            table = O if stem.startswith("researchOcc") else S
            for r in data[(lang, stem)]:
                if r["conceptUri"] not in table:
                    err(r["_where"], "%s is not defined" % r["conceptUri"])
                for b in r["broaderConceptUri"].split(" | "):
                    if b and b not in S and b not in G and b not in O and b not in I:
                        err(r["_where"], "broader concept %s is not defined" % b)
        for r in data[(lang, "conceptSchemes")]:
            for u in split_schemes(r["hasTopConcept"]):
                if not any(u in t for t in (O, S, G, I)):
                    err(r["_where"], "top concept %s is not defined" % u)
    if errors:
        return report()

    # concepts the demo and the search examples rely on
    def find(lang, text, table):
        t = text.lower()
        return [u for u, r in table[lang].items()
                if r["preferredLabel"].lower() == t or t in (x.lower() for x in split_labels(r["altLabels"]))]
    for lang, text in (("nl", "verpleegkundige"), ("en", "nurse"), ("nl", "lasser"),
                       ("nl", "softwareontwikkelaar"), ("nl", "software ontwikkelaar"),
                       ("en", "software developer"), ("nl", "warmtepompmonteur"),
                       ("nl", "warmtepomp installateur"), ("en", "heat pump technician"),
                       ("nl", "zonnepanelenmonteur"), ("nl", "laadpaalinstallateur"),
                       ("nl", "elektromonteur"), ("nl", "installatiemonteur"),
                       ("nl", "verzorgende IG"), ("nl", "doktersassistent"), ("nl", "CNC-verspaner"),
                       ("nl", "systeembeheerder"), ("nl", "data-analist"), ("nl", "energieadviseur")):
        if len(find(lang, text, occ)) != 1:
            err(base, "expected exactly one occupation labelled %r (%s)" % (text, lang))

    # clusters: idf-weighted cosine over essential (1.0) and optional (0.5) skills
    n = len(O)
    df = {}
    for sk in occ_skills.values():
        for s in sk:
            df[s] = df.get(s, 0) + 1
    vec = {}
    for u, sk in occ_skills.items():
        v = {s: (1.0 if e else 0.5) * math.log(n / df[s]) for s, e in sk.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vec[u] = {s: x / norm for s, x in v.items()}

    def nearest(u, k):
        sims = []
        for w in vec:
            if w != u:
                sims.append((sum(x * vec[w].get(s, 0.0) for s, x in vec[u].items()), w))
        sims.sort(key=lambda t: (-t[0], t[1]))
        return [w for _, w in sims[:k]]

    def by_label(text):
        return find("nl", text, occ)[0]
    expect = [("lasser", ("72", "71", "74", "75", "31", "81", "82")),
              ("verpleegkundige", ("22", "32", "53")),
              ("softwareontwikkelaar", ("25", "35")),
              ("elektromonteur", ("74", "31")),
              ("installatiemonteur", ("71", "74"))]
    print("nearest occupations (idf cosine over essential + optional skills):")
    for text, prefixes in expect:
        u = by_label(text)
        top = nearest(u, 5)
        print("  %-22s -> %s" % (text, ", ".join(occ["nl"][w]["preferredLabel"] for w in top)))
        for w in top[:3]:
            if not O[w]["iscoGroup"].startswith(prefixes):
                err(base, "a top-3 neighbour of %r is %r (ISCO %s), outside %s"
                    % (text, occ["nl"][w]["preferredLabel"], O[w]["iscoGroup"], prefixes))
    for src, dst in (("elektromonteur", "laadpaalinstallateur"),
                     ("installatiemonteur", "warmtepompmonteur")):
        s, d = by_label(src), by_label(dst)
        if d not in nearest(s, 10):
            err(base, "%r is not among the 10 nearest occupations of %r" % (dst, src))
    if errors:
        return report()

    ess = sum(1 for r in data["occupationSkillRelations"] if r["relationType"] == "essential")
    print("occupations: %d, skills: %d (%d knowledge), skill groups: %d, ISCO groups: %d"
          % (len(O), len(S), sum(1 for r in S.values() if r["skillType"] == "knowledge"), len(G), len(I)))
    print("occupation-skill relations: %d (%d essential, %d optional); skill-skill relations: %d"
          % (len(pairs), ess, len(pairs) - ess, len(seen)))
    for stem in PER_LANG:
        if stem.endswith("Collection"):
            print("%s: %d" % (stem, len(data[("en", stem)])))
    print("check_demo: ok")
    return 0


def report():
    for e in errors[:50]:
        print(e, file=sys.stderr)
    if len(errors) > 50:
        print("... and %d more" % (len(errors) - 50), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
