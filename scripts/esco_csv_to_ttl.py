#!/usr/bin/python3
"""esco_csv_to_ttl.py - write ESCO CSV download folders (occupations,
skills, ISCO groups, skill groups, occupation-skill relations, broader
relations) as Turtle in the shape of ESCO's RDF download (esco: classes,
skosxl:Label resources, esco:NodeLiteral descriptions, iso-thes:status,
esco:relatedEssentialSkill / esco:relatedOptionalSkill), so that
`brug import skos` can be measured on the whole of ESCO
(docs/benchmarks.md).  Standard library only.

usage: esco_csv_to_ttl.py OUT.ttl DIR...
"""
import csv
import hashlib
import os
import sys

PREFIXES = """@prefix esco: <http://data.europa.eu/esco/model#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix skosxl: <http://www.w3.org/2008/05/skos-xl#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix iso-thes: <http://purl.org/iso25964/skos-thes#> .
"""

KINDS = {"occupations": "esco:Occupation", "skills": "esco:Skill",
         "ISCOGroups": "esco:ISCOGroup", "skillGroups": "esco:SkillGroup"}


WS = " \t\r\n"  # what brug trims; other white space (U+00A0) is kept


def lit(s, lang=None):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return '"%s"' % s + ("@" + lang if lang else "")


def node(kind, *parts):
    h = hashlib.sha1("|".join(parts).encode()).hexdigest()
    return "<http://data.europa.eu/esco/%s/%s>" % (kind, h)


def main():
    out = open(sys.argv[1], "w", encoding="utf-8")
    out.write(PREFIXES)
    rel = {"essential": "esco:relatedEssentialSkill", "optional": "esco:relatedOptionalSkill"}
    reuse = "<http://data.europa.eu/esco/skill-reuse-level/%s>"
    stype = {"knowledge": "<http://data.europa.eu/esco/skill-type/knowledge>",
             "skill/competence": "<http://data.europa.eu/esco/skill-type/skill>"}
    for d in sys.argv[2:]:
        for name in sorted(os.listdir(d)):
            base = name[:-4]
            prefix, _, lang = base.partition("_")
            path = os.path.join(d, name)
            if prefix in KINDS and lang:
                for r in csv.DictReader(open(path, encoding="utf-8-sig", newline="")):
                    u = "<%s>" % r["conceptUri"].strip(WS)
                    t = ["%s a %s" % (u, KINDS[prefix])]
                    labels = []
                    if r.get("preferredLabel", "").strip(WS):
                        n = node("label", u, lang, "pref")
                        t.append("skosxl:prefLabel %s" % n)
                        labels.append((n, r["preferredLabel"].strip(WS)))
                    for role, col in (("altLabel", "altLabels"), ("hiddenLabel", "hiddenLabels")):
                        for a in (r.get(col) or "").split("\n"):
                            if a.strip(WS):
                                t.append("skos:%s %s" % (role, lit(a.strip(WS), lang)))
                    if (r.get("description") or "").strip(WS):
                        n = node("node-literal", u, lang, "description")
                        t.append("dct:description %s" % n)
                        labels.append((n, None))
                        out.write("%s a esco:NodeLiteral ; esco:language %s ; esco:nodeLiteral %s .\n"
                                  % (n, lit(lang), lit(r["description"].rstrip(WS))))
                    if (r.get("code") or "").strip(WS):
                        t.append("skos:notation %s" % lit(r["code"].strip(WS)))
                    if (r.get("status") or "").strip(WS):
                        t.append("iso-thes:status %s" % lit(r["status"].strip(WS)))
                    if prefix == "skills":
                        if r.get("skillType") in stype:
                            t.append("esco:skillType %s" % stype[r["skillType"]])
                        if r.get("reuseLevel"):
                            t.append("esco:skillReuseLevel %s" % (reuse % r["reuseLevel"]))
                    out.write(" ;\n    ".join(t) + " .\n")
                    for n, text in labels:
                        if text is not None:
                            out.write("%s a skosxl:Label ; skosxl:literalForm %s .\n"
                                      % (n, lit(text, lang)))
            elif prefix == "occupationSkillRelations":
                for r in csv.DictReader(open(path, encoding="utf-8-sig", newline="")):
                    out.write("<%s> %s <%s> .\n" % (r["occupationUri"], rel[r["relationType"]],
                                                    r["skillUri"]))
            elif prefix.startswith("broaderRelations"):
                for r in csv.DictReader(open(path, encoding="utf-8-sig", newline="")):
                    out.write("<%s> skos:broader <%s> .\n" % (r["conceptUri"], r["broaderUri"]))
    out.close()


main()
