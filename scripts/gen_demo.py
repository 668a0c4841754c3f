#!/usr/bin/env python3
"""gen_demo.py - turn the hand-written demo ontology in data/demo/source/
into CSV files in ESCO v1.1.1's download layout (data/demo/en, data/demo/nl).

Usage:
    python3 scripts/gen_demo.py            write the CSVs and the README counts
    python3 scripts/gen_demo.py --check    regenerate in memory; exit 1 when a
                                           committed file differs or the source
                                           is inconsistent

Only the Python standard library; the output is byte-for-byte deterministic.
The source format is described in data/demo/source/__init__.py.  The data is
ours (not ESCO's); only the file layout follows ESCO.
"""
import csv
import io
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(ROOT, "data", "demo"))

import source  # noqa: E402  (data/demo/source/__init__.py)

NS = "http://data.brug.example/demo/"
SCHEME = NS + "concept-scheme/"
MODIFIED = "2025-03-14T09:30:00Z"
LANGS = ("en", "nl")

SKILL_TYPE = {"K": "knowledge", "S": "skill/competence"}
REUSE = {"T": "transversal", "C": "cross-sector", "S": "sector-specific", "O": "occupation-specific"}

# Collections: file stem -> (scheme key, flag on a skill/occupation)
SKILL_COLLECTIONS = [
    ("digitalSkillsCollection", "digital", "d"),
    ("greenSkillsCollection", "green", "g"),
    ("languageSkillsCollection", "skill-language-groups", "L"),
    ("transversalSkillsCollection", "skill-transversal-groups", "T"),
    ("digCompSkillsCollection", "digcomp", "c"),
    ("researchSkillsCollection", "research", "r"),
]

HEADERS = {
    "occupations": ["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels",
                    "hiddenLabels", "status", "modifiedDate", "regulatedProfessionNote",
                    "scopeNote", "definition", "inScheme", "description", "code"],
    "skills": ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel",
               "altLabels", "hiddenLabels", "status", "modifiedDate", "scopeNote",
               "definition", "inScheme", "description"],
    "ISCOGroups": ["conceptType", "conceptUri", "code", "preferredLabel", "status",
                   "altLabels", "inScheme", "description"],
    "skillGroups": ["conceptType", "conceptUri", "preferredLabel", "altLabels", "hiddenLabels",
                    "status", "modifiedDate", "scopeNote", "inScheme", "description", "code"],
    "skillsHierarchy": ["Level 0 URI", "Level 0 preferred term", "Level 1 URI",
                        "Level 1 preferred term", "Level 2 URI", "Level 2 preferred term",
                        "Level 3 URI", "Level 3 preferred term", "Description", "Scope note",
                        "Level 0 code", "Level 1 code", "Level 2 code", "Level 3 code"],
    "conceptSchemes": ["conceptType", "conceptSchemeUri", "preferredLabel", "title", "status",
                       "description", "hasTopConcept"],
    "occupationSkillRelations": ["occupationUri", "relationType", "skillType", "skillUri"],
    "skillSkillRelations": ["originalSkillUri", "originalSkillType", "relationType",
                            "relatedSkillType", "relatedSkillUri"],
    "broaderRelationsOccPillar": ["conceptType", "conceptUri", "broaderType", "broaderUri"],
    "broaderRelationsSkillPillar": ["conceptType", "conceptUri", "broaderType", "broaderUri"],
    # ESCO puts skillType/reuseLevel at different places in different collections.
    "skillCollection": ["conceptType", "conceptUri", "preferredLabel", "status", "skillType",
                        "reuseLevel", "altLabels", "description", "broaderConceptUri",
                        "broaderConceptPT"],
    "skillCollectionTL": ["conceptType", "conceptUri", "skillType", "reuseLevel",
                          "preferredLabel", "status", "altLabels", "description",
                          "broaderConceptUri", "broaderConceptPT"],
    "occupationCollection": ["conceptType", "conceptUri", "preferredLabel", "status",
                             "altLabels", "description", "broaderConceptUri",
                             "broaderConceptPT"],
}


class SourceError(Exception):
    pass


# ---------------------------------------------------------------- parsing

def records(text, where):
    """Split a source block into records: a record starts on a line that is
    not indented; indented lines continue it.  Yields (line number, first
    line, [continuation lines])."""
    cur = None
    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t":
            if cur is None:
                raise SourceError("%s:%d: continuation line without a record" % (where, n))
            cur[2].append(line.strip())
        else:
            if cur is not None:
                yield cur
            cur = (n, line.strip(), [])
    if cur is not None:
        yield cur


def fields(s):
    return [f.strip() for f in s.split("|")]


def labels(s, where):
    """'pref; alt; ~hidden' -> (pref, [alts], [hidden])."""
    parts = [p.strip() for p in s.split(";") if p.strip()]
    if not parts or parts[0].startswith("~"):
        raise SourceError("%s: no preferred label in %r" % (where, s))
    alts = [p for p in parts[1:] if not p.startswith("~")]
    hidden = [p[1:].strip() for p in parts[1:] if p.startswith("~")]
    return parts[0], alts, hidden


SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def check_slug(key, where):
    if not SLUG.match(key):
        raise SourceError("%s: bad key %r (lower-case letters, digits, '-')" % (where, key))


class Onto:
    def __init__(self):
        self.isco = {}        # code -> dict
        self.groups = {}      # key -> dict
        self.group_order = []
        self.skills = {}      # key -> dict
        self.occs = {}        # key -> dict
        self.bundles = {}
        self.skill_rel = []   # (a, b, essential)


def parse_isco(onto, text, where):
    for n, first, cont in records(text, where):
        f = fields(" ".join([first] + cont))
        if len(f) not in (3, 5):
            raise SourceError("%s:%d: ISCO row needs code | en | nl [| en desc | nl desc]" % (where, n))
        code = f[0]
        if not code.isdigit() or len(code) > 4 or code in onto.isco:
            raise SourceError("%s:%d: bad or duplicate ISCO code %r" % (where, n, code))
        onto.isco[code] = {"code": code, "label": {"en": f[1], "nl": f[2]},
                           "desc": {"en": f[3] if len(f) > 3 else "",
                                    "nl": f[4] if len(f) > 3 else ""}}


def parse_groups(onto, text, where):
    for n, first, cont in records(text, where):
        f = fields(" ".join([first] + cont))
        if len(f) != 6:
            raise SourceError("%s:%d: group row needs key | parent | en | nl | en desc | nl desc" % (where, n))
        key, parent = f[0], f[1]
        check_slug(key, "%s:%d" % (where, n))
        if key in onto.groups:
            raise SourceError("%s:%d: duplicate group %r" % (where, n, key))
        if parent != "-" and parent not in onto.groups:
            raise SourceError("%s:%d: parent group %r is not defined above" % (where, n, parent))
        en = labels(f[2], "%s:%d" % (where, n))
        nl = labels(f[3], "%s:%d" % (where, n))
        onto.groups[key] = {"key": key, "parent": None if parent == "-" else parent,
                            "label": {"en": en, "nl": nl},
                            "desc": {"en": f[4], "nl": f[5]}, "children": []}
        if parent != "-":
            onto.groups[parent]["children"].append(key)
        onto.group_order.append(key)
    # Codes in ESCO's style: roots S, K, T, L; then S1, S1.2, S1.2.3.
    def assign(key, code):
        onto.groups[key]["code"] = code
        for i, ch in enumerate(onto.groups[key]["children"], 1):
            assign(ch, code + str(i) if len(code) == 1 else code + "." + str(i))
    for key in onto.group_order:
        g = onto.groups[key]
        if g["parent"] is None:
            if "code" not in g:
                assign(key, key[0].upper())


def parse_skills(onto, text, where):
    group = None
    for n, first, cont in records(text, where):
        loc = "%s:%d" % (where, n)
        if first.startswith("["):
            group = first.strip("[]").strip()
            if group not in onto.groups:
                raise SourceError("%s: unknown skill group %r" % (loc, group))
            continue
        if group is None:
            raise SourceError("%s: skill before any [group]" % loc)
        f = fields(" ".join([first] + cont))
        if len(f) not in (7, 9):
            raise SourceError("%s: skill needs key | TR | flags | en | nl | en desc | nl desc "
                              "[| en scope note | nl scope note] (got %d fields)" % (loc, len(f)))
        key, tr, flags = f[0], f[1], f[2].split()
        check_slug(key, loc)
        if key in onto.skills or key in onto.groups:
            raise SourceError("%s: duplicate key %r" % (loc, key))
        if len(tr) != 2 or tr[0] not in SKILL_TYPE or tr[1] not in REUSE:
            raise SourceError("%s: type/reuse %r must be K|S then T|C|S|O" % (loc, tr))
        broader = [x[1:] for x in flags if x.startswith("^")]
        extra_groups = [x[1:] for x in flags if x.startswith("+")]
        coll = set(x for x in flags if not x.startswith(("^", "+")))
        bad = coll - {"g", "d", "c", "r"}
        if bad:
            raise SourceError("%s: unknown flags %s" % (loc, sorted(bad)))
        onto.skills[key] = {
            "key": key, "type": tr[0], "reuse": tr[1], "group": group,
            "groups": [group] + extra_groups, "broader": broader, "coll": coll,
            "label": {"en": labels(f[3], loc), "nl": labels(f[4], loc)},
            "desc": {"en": f[5], "nl": f[6]},
            "scope": {"en": f[7] if len(f) > 7 else "", "nl": f[8] if len(f) > 7 else ""},
            "where": loc}


def parse_skill_relations(onto, text, where):
    for n, first, cont in records(text, where):
        m = re.match(r"^(\S+)\s*->\s*(\S+)\s+(essential|optional)$", first)
        if not m or cont:
            raise SourceError("%s:%d: expected 'skill -> skill essential|optional'" % (where, n))
        onto.skill_rel.append((m.group(1), m.group(2), m.group(3) == "essential", "%s:%d" % (where, n)))


def parse_bundles(onto, text, where):
    for n, first, cont in records(text, where):
        line = " ".join([first] + cont)
        name, _, rest = line.partition(":")
        name = name.strip()
        if not name.startswith("@") or not rest.strip():
            raise SourceError("%s:%d: expected '@name: skill skill ...'" % (where, n))
        onto.bundles[name] = (rest.split(), "%s:%d" % (where, n))


def expand(onto, items, loc, seen=()):
    out = []
    for it in items:
        if it.startswith("@"):
            if it not in onto.bundles:
                raise SourceError("%s: unknown bundle %s" % (loc, it))
            if it in seen:
                raise SourceError("%s: bundle %s includes itself" % (loc, it))
            out += expand(onto, onto.bundles[it][0], loc, seen + (it,))
        else:
            out.append(it)
    return out


def parse_occupations(onto, text, where):
    for n, first, cont in records(text, where):
        loc = "%s:%d" % (where, n)
        body, ess, opt, mode = [first], [], [], None
        for c in cont:
            if c.startswith("E:"):
                mode, c = ess, c[2:]
            elif c.startswith("O:"):
                mode, c = opt, c[2:]
            elif c.startswith("|"):
                if mode is not None:
                    raise SourceError("%s: field after the E:/O: lines" % loc)
                body.append(c)
                continue
            if mode is None:
                raise SourceError("%s: continuation line must start with '|', 'E:' or 'O:'" % loc)
            mode += c.split()
        f = fields(" ".join(body))
        if len(f) not in (8, 10):
            raise SourceError("%s: occupation needs key | isco | ^broader | flags | en | nl | "
                              "en desc | nl desc [| en scope note | nl scope note] (got %d fields)"
                              % (loc, len(f)))
        key, isco, broader, flags = f[0], f[1], f[2], f[3].split()
        check_slug(key, loc)
        if key in onto.occs:
            raise SourceError("%s: duplicate occupation %r" % (loc, key))
        if not (isco.isdigit() and len(isco) == 4):
            raise SourceError("%s: ISCO group %r is not 4 digits" % (loc, isco))
        if broader and not broader.startswith("^"):
            raise SourceError("%s: broader occupation must be written ^key" % loc)
        bad = set(flags) - {"reg", "r"}
        if bad:
            raise SourceError("%s: unknown flags %s" % (loc, sorted(bad)))
        onto.occs[key] = {
            "key": key, "isco": isco, "broader": broader[1:] if broader else None,
            "regulated": "reg" in flags, "research": "r" in flags,
            "label": {"en": labels(f[4], loc), "nl": labels(f[5], loc)},
            "desc": {"en": f[6], "nl": f[7]},
            "scope": {"en": f[8] if len(f) > 8 else "", "nl": f[9] if len(f) > 8 else ""},
            "where": loc}
        # '?skill' in a bundle: optional even where the bundle is essential
        ess, opt = expand(onto, ess, loc), expand(onto, opt, loc)
        onto.occs[key]["ess"] = [k for k in ess if not k.startswith("?")]
        onto.occs[key]["opt"] = [k.lstrip("?") for k in opt] + [k[1:] for k in ess if k.startswith("?")]


def load_source():
    onto = Onto()
    for mod_name in source.MODULES:
        mod = __import__("source." + mod_name, fromlist=["x"])
        where = "data/demo/source/%s.py" % mod_name
        if hasattr(mod, "ISCO"):
            parse_isco(onto, mod.ISCO, where)
        if hasattr(mod, "GROUPS"):
            parse_groups(onto, mod.GROUPS, where)
        if hasattr(mod, "SKILLS"):
            parse_skills(onto, mod.SKILLS, where)
        if hasattr(mod, "SKILL_RELATIONS"):
            parse_skill_relations(onto, mod.SKILL_RELATIONS, where)
        if hasattr(mod, "BUNDLES"):
            parse_bundles(onto, mod.BUNDLES, where)
    for mod_name in source.MODULES:
        mod = __import__("source." + mod_name, fromlist=["x"])
        if hasattr(mod, "OCCUPATIONS"):
            parse_occupations(onto, mod.OCCUPATIONS, "data/demo/source/%s.py" % mod_name)
    return onto


# ---------------------------------------------------------------- checks

def resolve(onto):
    """Check every reference; compute relations.  Returns a list of warnings."""
    warn = []
    for name, (items, loc) in onto.bundles.items():
        for k in expand(onto, items, loc):
            k = k.lstrip("?")
            if k not in onto.skills:
                raise SourceError("%s: bundle %s names unknown skill %r" % (loc, name, k))
    for s in onto.skills.values():
        for b in s["broader"]:
            if b not in onto.skills:
                raise SourceError("%s: broader skill %r is not defined" % (s["where"], b))
            if b == s["key"]:
                raise SourceError("%s: skill is its own broader" % s["where"])
        for g in s["groups"]:
            if g not in onto.groups:
                raise SourceError("%s: group %r is not defined" % (s["where"], g))
    # no cycles in the skill hierarchy
    for s in onto.skills:
        seen, stack = set(), [s]
        while stack:
            k = stack.pop()
            for b in onto.skills[k]["broader"]:
                if b == s:
                    raise SourceError("%s: broader-skill cycle through %r" % (onto.skills[s]["where"], s))
                if b not in seen:
                    seen.add(b)
                    stack.append(b)
    rels = {}
    for a, b, ess, loc in onto.skill_rel:
        for k in (a, b):
            if k not in onto.skills:
                raise SourceError("%s: unknown skill %r" % (loc, k))
        if a == b or (a, b) in rels:
            raise SourceError("%s: self or duplicate skill relation %s -> %s" % (loc, a, b))
        rels[(a, b)] = ess
    onto.skill_rel_map = rels
    for o in onto.occs.values():
        if o["broader"] and o["broader"] not in onto.occs:
            raise SourceError("%s: broader occupation %r is not defined" % (o["where"], o["broader"]))
        if o["broader"] and onto.occs[o["broader"]]["isco"] != o["isco"]:
            raise SourceError("%s: a narrower occupation must share the ISCO group of %r"
                              % (o["where"], o["broader"]))
        for p in range(1, 5):
            if o["isco"][:p] not in onto.isco:
                raise SourceError("%s: ISCO group %s is not in the ISCO table" % (o["where"], o["isco"][:p]))
        rel = {}
        for k in o["ess"]:
            if k not in onto.skills:
                raise SourceError("%s: essential skill %r is not defined" % (o["where"], k))
            rel[k] = True
        for k in o["opt"]:
            if k not in onto.skills:
                raise SourceError("%s: optional skill %r is not defined" % (o["where"], k))
            rel.setdefault(k, False)
        if not any(rel.values()):
            raise SourceError("%s: occupation has no essential skill" % o["where"])
        o["rel"] = rel
    for key in onto.isco:
        if len(key) > 1 and key[:-1] not in onto.isco:
            raise SourceError("ISCO group %s has no parent %s in the table" % (key, key[:-1]))
    used = set()
    for o in onto.occs.values():
        used.update(o["rel"])
    for k, s in sorted(onto.skills.items()):
        if k not in used and not any(k in x["broader"] for x in onto.skills.values()):
            warn.append("%s: skill %r is used by no occupation" % (s["where"], k))
    labels_seen = {}
    for kind, table in (("skill", onto.skills), ("occupation", onto.occs)):
        for k, c in table.items():
            for lang in LANGS:
                pl = c["label"][lang][0].lower()
                other = labels_seen.get((kind, lang, pl))
                if other:
                    raise SourceError("%s: %s label %r (%s) is also the label of %r"
                                      % (c["where"], kind, pl, lang, other))
                labels_seen[(kind, lang, pl)] = k
    return warn


# ---------------------------------------------------------------- output

def occ_uri(k):
    return NS + "occupation/" + k


def skill_uri(k):
    return NS + "skill/" + k


def group_uri(k):
    return NS + "skill-group/" + k


def isco_uri(code):
    return NS + "isco/C" + code


def scheme_uri(k):
    return SCHEME + k


def csv_bytes(header, rows, lang, ragged=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if lang == "en" else "\n",
                   quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        if not ragged:
            assert len(r) == len(header), (header, r)
        w.writerow(r)
    return buf.getvalue().encode("utf-8")


def skill_collections(onto, s):
    """Collection flags of a skill: its own plus the derived ones."""
    c = set(s["coll"])
    if "c" in c:
        c.add("d")
    if root_of(onto, s["group"]) == "language":
        c.add("L")
    elif s["reuse"] == "T":
        c.add("T")
    return c


def root_of(onto, g):
    while onto.groups[g]["parent"]:
        g = onto.groups[g]["parent"]
    return g


def occ_codes(onto):
    """ESCO-style codes: 2221.3 for the third occupation of unit group 2221,
    2221.3.1 for the first occupation narrower than it."""
    codes = {}
    tops = sorted((o for o in onto.occs.values() if not o["broader"]), key=lambda o: o["key"])
    count = {}
    for o in tops:
        count[o["isco"]] = count.get(o["isco"], 0) + 1
        codes[o["key"]] = "%s.%d" % (o["isco"], count[o["isco"]])
    pending = sorted((o for o in onto.occs.values() if o["broader"]), key=lambda o: o["key"])
    while pending:
        rest = []
        for o in pending:
            if o["broader"] in codes:
                p = codes[o["broader"]]
                count[p] = count.get(p, 0) + 1
                codes[o["key"]] = "%s.%d" % (p, count[p])
            else:
                rest.append(o)
        if len(rest) == len(pending):
            raise SourceError("broader-occupation cycle among %s" % [o["key"] for o in rest])
        pending = rest
    return codes


SKILL_SCHEME_OF = {"d": "digital", "g": "green", "L": "skill-language-groups",
                   "T": "skill-transversal-groups", "c": "digcomp", "r": "research"}


def build(onto):
    out = {}
    codes = occ_codes(onto)
    occ_keys = sorted(onto.occs)
    skill_keys = sorted(onto.skills)
    group_keys = sorted(onto.groups)
    isco_codes = sorted(onto.isco)

    def plabel(c, lang):
        return c["label"][lang][0]

    # broader concepts of skills (skill groups and broader skills)
    def skill_broader(s):
        return [("SkillGroup", group_uri(g), onto.groups[g]) for g in s["groups"]] + \
               [("KnowledgeSkillCompetence", skill_uri(b), onto.skills[b]) for b in s["broader"]]

    for lang in LANGS:
        # occupations
        rows = []
        for k in occ_keys:
            o = onto.occs[k]
            pref, alts, hidden = o["label"][lang]
            schemes = [scheme_uri("occupations"), scheme_uri("member-occupations")]
            if o["research"]:
                schemes.append(scheme_uri("research-occupations"))
            rows.append(["Occupation", occ_uri(k), o["isco"], pref, "\n".join(alts),
                         "\n".join(hidden), "released", MODIFIED,
                         NS + "regulated-professions/" + ("regulated" if o["regulated"] else "unregulated"),
                         o["scope"][lang], "", ",\n".join(schemes), o["desc"][lang], codes[k]])
        out["%s/occupations_%s.csv" % (lang, lang)] = csv_bytes(HEADERS["occupations"], rows, lang)

        # skills
        rows = []
        for k in skill_keys:
            s = onto.skills[k]
            pref, alts, hidden = s["label"][lang]
            schemes = [scheme_uri("skills"), scheme_uri("member-skills")]
            for c in sorted(skill_collections(onto, s)):
                schemes.append(scheme_uri(SKILL_SCHEME_OF[c]))
            rows.append(["KnowledgeSkillCompetence", skill_uri(k), SKILL_TYPE[s["type"]],
                         REUSE[s["reuse"]], pref, "\n".join(alts), "\n".join(hidden),
                         "released", MODIFIED, s["scope"][lang], "", ",\n".join(schemes),
                         s["desc"][lang]])
        out["%s/skills_%s.csv" % (lang, lang)] = csv_bytes(HEADERS["skills"], rows, lang)

        # ISCO groups
        rows = []
        for code in isco_codes:
            g = onto.isco[code]
            rows.append(["ISCOGroup", isco_uri(code), code, g["label"][lang], "released", "",
                         ",\n".join([scheme_uri("isco"), scheme_uri("occupations")]),
                         g["desc"][lang]])
        out["%s/ISCOGroups_%s.csv" % (lang, lang)] = csv_bytes(HEADERS["ISCOGroups"], rows, lang)

        # skill groups
        rows = []
        for k in group_keys:
            g = onto.groups[k]
            pref, alts, hidden = g["label"][lang]
            schemes = [scheme_uri("skills"), scheme_uri("skills-hierarchy")]
            if root_of(onto, k) == "transversal":
                schemes.append(scheme_uri("skill-transversal-groups"))
            rows.append(["SkillGroup", group_uri(k), pref, "\n".join(alts), "\n".join(hidden),
                         "released", "", "", "\n".join(schemes), g["desc"][lang], g["code"]])
        out["%s/skillGroups_%s.csv" % (lang, lang)] = csv_bytes(HEADERS["skillGroups"], rows, lang)

        # skills hierarchy: one row per group, its path from the root; ragged
        rows = []
        for k in onto.group_order_dfs:
            path = []
            g = k
            while g:
                path.append(g)
                g = onto.groups[g]["parent"]
            path.reverse()
            if len(path) > 4:
                raise SourceError("skill group %r is deeper than level 3" % k)
            r = []
            for i in range(4):
                if i < len(path):
                    r += [group_uri(path[i]), plabel(onto.groups[path[i]], lang)]
                else:
                    r += ["", ""]
            r += [onto.groups[k]["desc"][lang], ""]
            r += [onto.groups[p]["code"] for p in path]
            rows.append(r)
        out["%s/skillsHierarchy_%s.csv" % (lang, lang)] = csv_bytes(
            HEADERS["skillsHierarchy"], rows, lang, ragged=True)

        # skill collections
        for stem, scheme, flag in SKILL_COLLECTIONS:
            header = HEADERS["skillCollectionTL"] if stem in (
                "languageSkillsCollection", "transversalSkillsCollection") else HEADERS["skillCollection"]
            rows = []
            for k in skill_keys:
                s = onto.skills[k]
                if flag not in skill_collections(onto, s):
                    continue
                pref, alts, _ = s["label"][lang]
                br = skill_broader(s)
                val = {"conceptType": "KnowledgeSkillCompetence", "conceptUri": skill_uri(k),
                       "preferredLabel": pref, "status": "released",
                       "skillType": SKILL_TYPE[s["type"]], "reuseLevel": REUSE[s["reuse"]],
                       "altLabels": " | ".join(alts), "description": s["desc"][lang],
                       "broaderConceptUri": " | ".join(u for _, u, _ in br),
                       "broaderConceptPT": " | ".join(plabel(c, lang) for _, _, c in br)}
                rows.append([val[h] for h in header])
            out["%s/%s_%s.csv" % (lang, stem, lang)] = csv_bytes(header, rows, lang)

        # research occupations collection
        rows = []
        for k in occ_keys:
            o = onto.occs[k]
            if not o["research"]:
                continue
            pref, alts, _ = o["label"][lang]
            if o["broader"]:
                bu, bl = occ_uri(o["broader"]), plabel(onto.occs[o["broader"]], lang)
            else:
                bu, bl = isco_uri(o["isco"]), onto.isco[o["isco"]]["label"][lang]
            rows.append(["Occupation", occ_uri(k), pref, "released", " | ".join(alts),
                         o["desc"][lang], bu, bl])
        out["%s/researchOccupationsCollection_%s.csv" % (lang, lang)] = csv_bytes(
            HEADERS["occupationCollection"], rows, lang)

        # concept schemes
        members = {}
        for k in skill_keys:
            for c in skill_collections(onto, onto.skills[k]):
                members.setdefault(SKILL_SCHEME_OF[c], []).append(skill_uri(k))
        top_isco = [isco_uri(c) for c in isco_codes if len(c) == 1]
        roots = [group_uri(k) for k in group_keys if onto.groups[k]["parent"] is None]
        schemes = [
            ("digcomp", "DigComp", members.get("digcomp", [])),
            ("digital", "Digital", members.get("digital", [])),
            ("green", "Green", members.get("green", [])),
            ("isco", "ISCO-08 (demo)", top_isco),
            ("member-occupations", "brug demo member occupations",
             [occ_uri(k) for k in occ_keys if not onto.occs[k]["broader"]]),
            ("member-skills", "brug demo member skills", [skill_uri(k) for k in skill_keys]),
            ("occupations", "brug demo occupations", top_isco),
            ("research", "Research", members.get("research", [])),
            ("research-occupations", "Research occupations",
             [occ_uri(k) for k in occ_keys if onto.occs[k]["research"]]),
            ("skill-language-groups", "Language", members.get("skill-language-groups", [])),
            ("skill-transversal-groups", "Transversal skills", members.get("skill-transversal-groups", [])),
            ("skills", "brug demo skills", roots),
            ("skills-hierarchy", "brug demo skills hierarchy", roots),
        ]
        nl_names = {"Digital": "Digitaal", "Green": "Groen", "Research": "Onderzoek",
                    "Language": "Taal", "Transversal skills": "Transversale vaardigheden",
                    "Research occupations": "Onderzoeksberoepen",
                    "brug demo occupations": "brug demo beroepen",
                    "brug demo skills": "brug demo vaardigheden",
                    "brug demo skills hierarchy": "brug demo vaardighedenhiërarchie",
                    "brug demo member occupations": "brug demo lidberoepen",
                    "brug demo member skills": "brug demo lidvaardigheden"}
        rows = []
        for key, name, tops in schemes:
            rows.append(["ConceptScheme", scheme_uri(key),
                         nl_names.get(name, name) if lang == "nl" else name, "", "released",
                         "", ",\n".join(tops)])
        out["%s/conceptSchemes_%s.csv" % (lang, lang)] = csv_bytes(HEADERS["conceptSchemes"], rows, lang)

    # language-independent relation files, once, in en/
    rows = []
    for k in occ_keys:
        o = onto.occs[k]
        for sk in sorted(o["rel"], key=lambda x: (not o["rel"][x], x)):
            rows.append([occ_uri(k), "essential" if o["rel"][sk] else "optional",
                         SKILL_TYPE[onto.skills[sk]["type"]], skill_uri(sk)])
    out["en/occupationSkillRelations.csv"] = csv_bytes(HEADERS["occupationSkillRelations"], rows, "en")

    rows = []
    for (a, b), ess in sorted(onto.skill_rel_map.items()):
        rows.append([skill_uri(a), SKILL_TYPE[onto.skills[a]["type"]],
                     "essential" if ess else "optional", SKILL_TYPE[onto.skills[b]["type"]],
                     skill_uri(b)])
    out["en/skillSkillRelations.csv"] = csv_bytes(HEADERS["skillSkillRelations"], rows, "en")

    rows = []
    for code in isco_codes:
        if len(code) > 1:
            rows.append(["ISCOGroup", isco_uri(code), "ISCOGroup", isco_uri(code[:-1])])
    for k in occ_keys:
        o = onto.occs[k]
        if o["broader"]:
            rows.append(["Occupation", occ_uri(k), "Occupation", occ_uri(o["broader"])])
        else:
            rows.append(["Occupation", occ_uri(k), "ISCOGroup", isco_uri(o["isco"])])
    out["en/broaderRelationsOccPillar.csv"] = csv_bytes(HEADERS["broaderRelationsOccPillar"], rows, "en")

    rows = []
    for k in group_keys:
        p = onto.groups[k]["parent"]
        if p:
            rows.append(["SkillGroup", group_uri(k), "SkillGroup", group_uri(p)])
    for k in skill_keys:
        for typ, uri, _ in skill_broader(onto.skills[k]):
            rows.append(["KnowledgeSkillCompetence", skill_uri(k), typ, uri])
    out["en/broaderRelationsSkillPillar.csv"] = csv_bytes(HEADERS["broaderRelationsSkillPillar"], rows, "en")
    return out


def dfs_groups(onto):
    order = []

    def visit(k):
        order.append(k)
        for c in onto.groups[k]["children"]:
            visit(c)
    for k in onto.group_order:
        if onto.groups[k]["parent"] is None:
            visit(k)
    onto.group_order_dfs = order


# ---------------------------------------------------------------- README counts

def counts_table(files):
    lines = ["| file | data rows |", "|---|---:|"]
    for name in sorted(files):
        text = files[name].decode("utf-8")
        n = sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1
        lines.append("| `%s` | %d |" % (name, n))
    return "\n".join(lines)


def summary(onto):
    ess = sum(1 for o in onto.occs.values() for v in o["rel"].values() if v)
    tot = sum(len(o["rel"]) for o in onto.occs.values())
    nk = sum(1 for s in onto.skills.values() if s["type"] == "K")
    return [
        "- occupations: %d (%d narrower than another occupation), in %d ISCO-08 unit groups"
        % (len(onto.occs), sum(1 for o in onto.occs.values() if o["broader"]),
           len(set(o["isco"] for o in onto.occs.values()))),
        "- skills: %d (%d knowledge, %d skill/competence; %d narrower than another skill)"
        % (len(onto.skills), nk, len(onto.skills) - nk,
           sum(1 for s in onto.skills.values() if s["broader"])),
        "- skill groups: %d; ISCO groups: %d" % (len(onto.groups), len(onto.isco)),
        "- occupation-skill relations: %d (%d essential, %d optional)" % (tot, ess, tot - ess),
        "- skill-skill relations: %d" % len(onto.skill_rel_map),
    ]


def update_readme(text, files, onto):
    begin, end = "<!-- counts:begin -->", "<!-- counts:end -->"
    i, j = text.find(begin), text.find(end)
    if i < 0 or j < i:
        raise SourceError("data/demo/README.md lacks the %s ... %s markers" % (begin, end))
    block = "\n".join([begin, "", *summary(onto), "", counts_table(files), "", end])
    return text[:i] + block + text[j + len(end):]


def main(argv):
    check = "--check" in argv[1:]
    try:
        onto = load_source()
        dfs_groups(onto)
        warnings = resolve(onto)
        files = build(onto)
    except SourceError as e:
        print("gen_demo: %s" % e, file=sys.stderr)
        return 1
    for w in warnings:
        print("gen_demo: warning: %s" % w, file=sys.stderr)
    readme_path = os.path.join(ROOT, "data", "demo", "README.md")
    with open(readme_path, encoding="utf-8") as f:
        readme = f.read()
    try:
        files["README.md"] = update_readme(readme, {k: v for k, v in files.items()}, onto).encode("utf-8")
    except SourceError as e:
        print("gen_demo: %s" % e, file=sys.stderr)
        return 1
    base = os.path.join(ROOT, "data", "demo")
    stale = []
    for name, data in sorted(files.items()):
        path = os.path.join(base, name)
        old = None
        if os.path.exists(path):
            with open(path, "rb") as f:
                old = f.read()
        if old == data:
            continue
        if check:
            stale.append(name)
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
    if check:
        on_disk = set()
        for lang in LANGS:
            d = os.path.join(base, lang)
            if os.path.isdir(d):
                on_disk.update("%s/%s" % (lang, n) for n in os.listdir(d))
        extra = sorted(on_disk - set(files))
        for name in stale:
            print("gen_demo: data/demo/%s differs from what the source generates" % name, file=sys.stderr)
        for name in extra:
            print("gen_demo: data/demo/%s is not generated by the source" % name, file=sys.stderr)
        if stale or extra:
            print("gen_demo: run python3 scripts/gen_demo.py and commit the result", file=sys.stderr)
            return 1
        print("gen_demo: data/demo is up to date (%d files)" % len(files))
    else:
        for line in summary(onto):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
