#!/usr/bin/python3
"""match_reference.py - reference top-k matching for bench_match.c.

Computes every passport's top-K offers with the score of docs/matching.md,
straight from a brug database, in one of two independent ways:

  sql    one straightforward SQL query in SQLite (credits with hierarchy
         partial credit, normalised offer weights, a join on skills, the fit
         factors, row_number() per person);
  scipy  a chunked sparse product: credits (persons x skills, CSR) times
         normalised offer weights (skills x offers), then the fit factors as
         dense arrays per chunk and argpartition for the top K.

Output: the format of `brug match --all` (PASSPORT<TAB>OFFER:SCORE...),
one line per passport that has matches.  Prints the seconds spent on
stderr as "seconds N".  Run with Debian's /usr/bin/python3 (it has scipy):

    /usr/bin/python3 bench/match_reference.py scipy DB OUT [--top 10]

Offers' drives are read from the offer rows (brug gen writes them).
"""
import math
import sqlite3
import sys
import time

EVIDENCE = {0: 0.6, 1: 0.8, 2: 0.9, 3: 1.0}


def km(lat1, lon1, lat2, lon2):
    """Haversine distance in km, as brug__region_km (0 for the same point)."""
    if lat1 == lat2 and lon1 == lon2:
        return 0.0
    r, rad = 6371.0, math.pi / 180.0
    la1, la2 = lat1 * rad, lat2 * rad
    dla, dlo = la2 - la1, (lon2 - lon1) * rad
    h = math.sin(dla / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dlo / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def popcount(x):
    return bin(x).count("1")


SQL = """
WITH skill AS (SELECT id FROM concept WHERE kind = 2),
nb(a, b) AS (
  SELECT br.concept, br.broader FROM broader br
   JOIN skill s1 ON s1.id = br.concept JOIN skill s2 ON s2.id = br.broader
  UNION
  SELECT br.broader, br.concept FROM broader br
   JOIN skill s1 ON s1.id = br.concept JOIN skill s2 ON s2.id = br.broader),
ev(e, w) AS (VALUES (0, 0.6), (1, 0.8), (2, 0.9), (3, 1.0)),
cred0(person, skill, c) AS (
  SELECT ps.person, ps.skill, ev.w FROM person_skill ps JOIN ev ON ev.e = ps.evidence
  UNION ALL
  SELECT ps.person, nb.b, 0.5 * ev.w FROM person_skill ps JOIN ev ON ev.e = ps.evidence
   JOIN nb ON nb.a = ps.skill),
cred AS (SELECT person, skill, max(c) AS c FROM cred0 GROUP BY person, skill),
ow AS (SELECT offer, skill,
         (CASE WHEN essential THEN 2.0 ELSE 1.0 END)
         / sum(CASE WHEN essential THEN 2.0 ELSE 1.0 END) OVER (PARTITION BY offer) AS w
       FROM offer_skill),
cov AS (SELECT cred.person, ow.offer, sum(cred.c * ow.w) AS cov
        FROM cred JOIN ow ON ow.skill = cred.skill GROUP BY cred.person, ow.offer),
pair AS (
  SELECT cov.person, cov.offer, cov.cov, p.max_km, p.hours AS hp, o.hours AS ho,
         p.sector_prefer, p.sector_exclude, e.sector, p.drives AS pd, o.drives AS od,
         km(rp.lat, rp.lon, ro.lat, ro.lon) AS dist
  FROM cov JOIN person p ON p.id = cov.person JOIN offer o ON o.id = cov.offer
  JOIN employer e ON e.id = o.employer
  JOIN region rp ON rp.code = p.region JOIN region ro ON ro.code = o.region),
scored AS (
  SELECT person, offer, 100.0 * cov * (0.5 + 0.5 * (
      0.4 * (CASE WHEN max_km > 0 THEN 1.0 - dist / max_km ELSE 1.0 END)
    + 0.2 * (CASE WHEN ho < hp THEN ho * 1.0 / hp ELSE hp * 1.0 / ho END)
    + 0.2 * (CASE WHEN (sector_prefer >> sector) & 1 THEN 1.0 ELSE 0.5 END)
    + 0.2 * (CASE WHEN pd != 0 AND od != 0 THEN pc(pd & od) * 1.0 / pc(od) ELSE 0.5 END)))
    AS score
  FROM pair
  WHERE cov > 0 AND dist <= max_km AND ((sector_exclude >> sector) & 1) = 0),
ranked AS (
  SELECT person, offer, score,
         row_number() OVER (PARTITION BY person ORDER BY score DESC, offer) AS rk
  FROM scored)
SELECT p.ext_id, o.ext_id, r.score FROM ranked r
JOIN person p ON p.id = r.person JOIN offer o ON o.id = r.offer
WHERE r.rk <= ? ORDER BY r.person, r.rk
"""


def run_sql(db, top):
    con = sqlite3.connect(db)
    con.create_function("km", 4, km, deterministic=True)
    con.create_function("pc", 1, popcount, deterministic=True)
    out = {}
    for pid, oid, score in con.execute(SQL, (top,)):
        out.setdefault(pid, []).append((oid, score))
    con.close()
    return out


def run_scipy(db, top, chunk=2000):
    import numpy as np
    import scipy.sparse as sp

    con = sqlite3.connect(db)
    regions = {c: (la, lo) for c, la, lo in con.execute("SELECT code, lat, lon FROM region")}
    rcodes = sorted(regions)
    ridx = {c: i for i, c in enumerate(rcodes)}
    D = np.array([[km(*regions[a], *regions[b]) for b in rcodes] for a in rcodes])
    skills = [r[0] for r in con.execute("SELECT id FROM concept WHERE kind = 2 ORDER BY id")]
    sidx = {s: i for i, s in enumerate(skills)}
    ns = len(skills)
    nb = [[] for _ in range(ns)]
    for a, b in con.execute("SELECT concept, broader FROM broader"):
        if a in sidx and b in sidx:
            nb[sidx[a]].append(sidx[b])
            nb[sidx[b]].append(sidx[a])

    persons = con.execute("SELECT id, ext_id, region, max_km, hours, drives, sector_prefer,"
                          " sector_exclude FROM person ORDER BY id").fetchall()
    pidx = {r[0]: i for i, r in enumerate(persons)}
    cred = [dict() for _ in persons]
    for person, skill, evidence in con.execute(
            "SELECT person, skill, evidence FROM person_skill"):
        if skill in sidx:
            cred[pidx[person]][sidx[skill]] = (EVIDENCE[evidence], 1)
    rows, cols, vals = [], [], []
    for i, own in enumerate(cred):
        c = {s: w for s, (w, _) in own.items()}
        for s, (w, _) in own.items():
            for t in nb[s]:
                if 0.5 * w > c.get(t, 0.0):
                    c[t] = 0.5 * w
        for s, w in c.items():
            rows.append(i)
            cols.append(s)
            vals.append(w)
    P = sp.csr_matrix((vals, (rows, cols)), shape=(len(persons), ns))

    offers = con.execute("SELECT o.id, o.ext_id, o.region, o.hours, o.drives, e.sector FROM offer o"
                         " JOIN employer e ON e.id = o.employer ORDER BY o.id").fetchall()
    oidx = {r[0]: i for i, r in enumerate(offers)}
    orows, ocols, ovals = [], [], []
    wsum = np.zeros(len(offers))
    for offer, skill, essential in con.execute("SELECT offer, skill, essential FROM offer_skill"):
        if skill in sidx:
            w = 2.0 if essential else 1.0
            orows.append(sidx[skill])
            ocols.append(oidx[offer])
            ovals.append(w)
            wsum[oidx[offer]] += w
    O = sp.csr_matrix((ovals, (orows, ocols)), shape=(ns, len(offers)))
    O = O @ sp.diags(1.0 / np.where(wsum > 0, wsum, 1.0))
    O = O.tocsc()
    con.close()

    o_reg = np.array([ridx[r[2]] for r in offers])
    o_hours = np.array([r[3] for r in offers], dtype=float)
    o_drives = np.array([r[4] for r in offers], dtype=np.int64)
    o_sector = np.array([r[5] for r in offers], dtype=np.int64)
    o_ext = [r[1] for r in offers]
    pc = np.array([popcount(x) for x in range(64)], dtype=float)
    out = {}
    for start in range(0, len(persons), chunk):
        rows_ = persons[start:start + chunk]
        cov = (P[start:start + chunk] @ O).toarray()
        p_reg = np.array([ridx[r[2]] for r in rows_])
        p_km = np.array([r[3] for r in rows_], dtype=float)[:, None]
        p_hours = np.array([r[4] for r in rows_], dtype=float)[:, None]
        p_drives = np.array([r[5] for r in rows_], dtype=np.int64)[:, None]
        p_pref = np.array([r[6] for r in rows_], dtype=np.int64)[:, None]
        p_excl = np.array([r[7] for r in rows_], dtype=np.int64)[:, None]
        dist = D[p_reg][:, o_reg]
        with np.errstate(divide="ignore", invalid="ignore"):
            fdist = np.where(p_km > 0, 1.0 - dist / p_km, 1.0)
        fhours = np.minimum(o_hours, p_hours) / np.maximum(o_hours, p_hours)
        fsector = np.where((p_pref >> o_sector) & 1, 1.0, 0.5)
        both = (p_drives != 0) & (o_drives != 0)[None, :]
        fdrives = np.where(both, pc[p_drives & o_drives] / np.maximum(pc[o_drives], 1), 0.5)
        fit = 0.4 * fdist + 0.2 * fhours + 0.2 * fsector + 0.2 * fdrives
        score = 100.0 * cov * (0.5 + 0.5 * fit)
        ok = (cov > 0) & (dist <= p_km) & (((p_excl >> o_sector) & 1) == 0)
        score = np.where(ok, score, -1.0)
        k = min(top, score.shape[1])
        part = np.argpartition(-score, k - 1, axis=1)[:, :k]
        for i, r in enumerate(rows_):
            cand = [(score[i, j], j) for j in part[i] if score[i, j] > 0]
            cand.sort(key=lambda x: (-x[0], x[1]))
            if cand:
                out[r[1]] = [(o_ext[j], s) for s, j in cand]
    return out


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("sql", "scipy"):
        sys.exit("usage: match_reference.py sql|scipy DB OUT [--top K]")
    method, db, path = sys.argv[1:4]
    top = int(sys.argv[5]) if len(sys.argv) > 5 and sys.argv[4] == "--top" else 10
    t0 = time.monotonic()
    res = run_sql(db, top) if method == "sql" else run_scipy(db, top)
    seconds = time.monotonic() - t0
    with open(path, "w") as f:
        for pid, hits in res.items():
            f.write(pid + "".join("\t%s:%.4f" % (o, s) for o, s in hits) + "\n")
    print("seconds %.3f" % seconds, file=sys.stderr)


if __name__ == "__main__":
    main()
