#!/usr/bin/env python3
"""regions_derive.py - derive src/region_data.h, brug's table of Dutch regions
(CBS codes and names of provinces, COROP regions and labour-market regions)
and the crosswalk between them, from CBS's 2024 region boundaries in
../shared/data/geo/ (TopoJSON; see its README).  The files stay there: only
the derived table (codes, names, overlaps) is kept in the repository.

Method.  CBS builds provinces, COROP regions and labour-market regions from
whole municipalities, but the files carry no membership, so it is derived
from the geometry: each of the 342 municipalities of gemeente_2024 is
sampled on a grid of points inside it (at least 25, refined until found),
and assigned to the province, COROP region and labour-market region that
contain the majority of its points (point in polygon on the decoded
outlines; the simplified outlines disagree near borders, which the majority
vote absorbs).  Two regions overlap when they share a municipality; a
region lies inside another when all its municipalities do.  The script
reports every municipality whose vote is not unanimous and fails when a
majority is below 60 % or a region of one system gets no municipality.

Usage: scripts/regions_derive.py [GEO_DIR] > src/region_data.h
Standard library only.
"""
import json
import os
import sys

GEO = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "geo")


def load(name):
    d = json.load(open(os.path.join(GEO, name + "_2024.topojson"), encoding="utf-8"))
    sx, sy = d["transform"]["scale"]
    tx, ty = d["transform"]["translate"]
    arcs = []
    for a in d["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in a:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx):
        out = []
        for i in idx:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts if not out else pts[1:])
        return out

    regions = []
    for g in d["objects"][name + "_2024"]["geometries"]:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = [ring(r) for p in polys for r in p]
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        regions.append({"code": g["properties"]["statcode"], "name": g["properties"]["statnaam"],
                        "rings": rings, "bbox": (min(xs), min(ys), max(xs), max(ys))})
    regions.sort(key=lambda r: r["code"])
    return regions


def inside(reg, x, y):
    """Even-odd rule over all rings (holes and islands alike)."""
    b = reg["bbox"]
    if not (b[0] <= x <= b[2] and b[1] <= y <= b[3]):
        return False
    c = False
    for r in reg["rings"]:
        n = len(r)
        j = n - 1
        for i in range(n):
            xi, yi = r[i]
            xj, yj = r[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                c = not c
            j = i
    return c


def samples(reg):
    b = reg["bbox"]
    k = 8
    while True:
        pts = [(b[0] + (b[2] - b[0]) * (i + 0.5) / k, b[1] + (b[3] - b[1]) * (j + 0.5) / k)
               for i in range(k) for j in range(k)]
        pts = [p for p in pts if inside(reg, *p)]
        if len(pts) >= 25 or k >= 64:
            return pts
        k *= 2


def vote(pts, layer, what, gm):
    counts = {}
    for x, y in pts:
        for r in layer:
            if inside(r, x, y):
                counts[r["code"]] = counts.get(r["code"], 0) + 1
                break
    if not counts:
        sys.exit("%s: no %s contains it" % (gm, what))
    best = max(sorted(counts), key=lambda c: counts[c])
    share = counts[best] / sum(counts.values())
    if share < 1.0:
        print("note: %s %s: %s" % (gm, what, counts), file=sys.stderr)
    if share < 0.6:
        sys.exit("%s: no clear %s (%s)" % (gm, what, counts))
    return best


pv, cr, am, gm = load("provincie"), load("coropgebied"), load("arbeidsmarktregio"), load("gemeente")
member = {}
for g in gm:
    pts = samples(g)
    if not pts:
        sys.exit("%s: no sample point inside" % g["code"])
    member[g["code"]] = (vote(pts, pv, "province", g["code"]), vote(pts, cr, "COROP", g["code"]),
                         vote(pts, am, "labour-market region", g["code"]))
for layer, k in ((pv, 0), (cr, 1), (am, 2)):
    for r in layer:
        if not any(m[k] == r["code"] for m in member.values()):
            sys.exit("%s gets no municipality" % r["code"])

ISO = {"PV20": "NL-GR", "PV21": "NL-FR", "PV22": "NL-DR", "PV23": "NL-OV", "PV24": "NL-FL",
       "PV25": "NL-GE", "PV26": "NL-UT", "PV27": "NL-NH", "PV28": "NL-ZH", "PV29": "NL-ZE",
       "PV30": "NL-NB", "PV31": "NL-LI"}
EN = {"PV21": "Friesland", "PV27": "North Holland", "PV28": "South Holland",
      "PV30": "North Brabant"}


def mask(codes, layer):
    m = 0
    for i, r in enumerate(layer):
        if r["code"] in codes:
            m |= 1 << i
    return m


def overlaps(k, code):
    ms = [m for m in member.values() if m[k] == code]
    return ({m[0] for m in ms}, {m[1] for m in ms}, {m[2] for m in ms}, len(ms))


def cstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


out = sys.stdout
out.write("""/*
 * region_data.h - Dutch regions with CBS's official codes and names
 * (2024): 12 provinces PV20..PV31, 40 COROP regions CR01..CR40, 35
 * labour-market regions AM01..AM38, and which of them overlap (share a
 * municipality).  Generated by scripts/regions_derive.py from CBS's region
 * boundaries (Bron: CBS, PDOK; CC BY 4.0) in ../shared/data/geo/: each
 * municipality's province, COROP and labour-market region by a majority of
 * sample points inside it (see the script).  Do not edit; regenerate.
 * Included by region.c only.
 */
""")
out.write("/* code, kind, name (CBS), English name, ISO 3166-2, municipalities,\n"
          " * overlapping provinces, COROP regions, labour-market regions (bit i =\n"
          " * the i-th region of that kind below, in code order). */\n")
out.write("static const region regions[] = {\n")
out.write('    {"NL", REGION_COUNTRY, "Nederland", "the Netherlands", "NL", %d, 0x%xu, 0x%xull, 0x%xull},\n'
          % (len(member), (1 << len(pv)) - 1, (1 << len(cr)) - 1, (1 << len(am)) - 1))
for kind, layer, k in (("REGION_PROVINCE", pv, 0), ("REGION_COROP", cr, 1), ("REGION_LMR", am, 2)):
    for r in layer:
        p, c, a, n = overlaps(k, r["code"])
        out.write("    {%s, %s, %s, %s, %s, %d, 0x%xu, 0x%xull, 0x%xull},\n" % (
            cstr(r["code"]), kind, cstr(r["name"]),
            cstr(EN[r["code"]]) if r["code"] in EN else "NULL",
            cstr(ISO[r["code"]]) if r["code"] in ISO else "NULL", n,
            mask(p, pv), mask(c, cr), mask(a, am)))
out.write("};\n")
