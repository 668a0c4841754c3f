#!/usr/bin/python3
# bridges_ref.py - the reference implementation of brug's transition score
# (docs/bridges.md) with scipy sparse matrices, the way an analyst would
# write it.  Run by bench/bench_bridges.c with Debian's /usr/bin/python3:
#
#   bridges_ref.py DB WEIGHTS.json OUT.f64
#
# reads the ontology tables of a brug database, computes the all-pairs
# transition matrix (float64, row-major, occupations in URI order) into
# OUT.f64 and prints one JSON line: {"n", "seconds", "cpu_seconds",
# "peak_rss_kib"} (wall and process CPU time).
# "seconds" is the best of 3 runs of building the matrices from the
# relation arrays and computing the scores, not reading SQLite (brug's
# figure excludes that as well).
import json
import resource
import sqlite3
import sys
import time

import numpy as np
import scipy.sparse as sp


def main():
    db_path, weights_path, out_path = sys.argv[1:4]
    w = json.load(open(weights_path))
    db = sqlite3.connect("file:%s?mode=ro" % db_path, uri=True)

    occ_ids = [r[0] for r in db.execute("SELECT id FROM concept WHERE kind = 1 ORDER BY uri")]
    skill_rows = list(db.execute(
        "SELECT id, kind FROM concept WHERE kind IN (2, 3) ORDER BY kind, uri"))
    oi = {c: i for i, c in enumerate(occ_ids)}
    si = {c: i for i, (c, _) in enumerate(skill_rows)}
    is_group = np.array([k == 3 for _, k in skill_rows], dtype=bool)
    n, s = len(occ_ids), len(skill_rows)

    os_rows = [(oi[o], si[k], e) for o, k, e in
               db.execute("SELECT occupation, skill, essential FROM occupation_skill")
               if o in oi and k in si]
    br_rows = [(si[c], si[b]) for c, b in db.execute("SELECT concept, broader FROM broader")
               if c in si and b in si]
    rel_rows = [(si[a], si[b], e) for a, b, e in
                db.execute("SELECT skill, related, essential FROM skill_skill")
                if a in si and b in si]
    lang = np.zeros(s, dtype=bool)
    for (c,) in db.execute("SELECT m.concept FROM collection_member m JOIN collection k "
                           "ON k.id = m.collection WHERE k.name = 'language'"):
        if c in si:
            lang[si[c]] = True
    os_a = np.array(os_rows, dtype=np.int64).reshape(-1, 3)
    br_a = np.array(br_rows, dtype=np.int64).reshape(-1, 2)
    rel_a = np.array(rel_rows, dtype=np.int64).reshape(-1, 3)

    best = best_cpu = None
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        scores = compute(w, n, s, os_a, br_a, rel_a, is_group, lang)
        t, c = time.perf_counter() - t0, time.process_time() - c0
        best = t if best is None else min(best, t)
        best_cpu = c if best_cpu is None else min(best_cpu, c)
    seconds = best

    np.ascontiguousarray(scores, dtype=np.float64).tofile(out_path)
    print(json.dumps({"n": n, "seconds": seconds, "cpu_seconds": best_cpu,
                      "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


def compute(w, n, s, os_a, br_a, rel_a, is_group, lang):

    def mat(r, c, shape):
        m = sp.csr_matrix((np.ones(len(r)), (r, c)), shape=shape)
        m.data[:] = 1.0  # duplicates summed: make it boolean again
        return m

    def binary(m):
        m = m.tocsr()
        m.data[:] = 1.0
        m.eliminate_zeros()
        return m

    ess = os_a[:, 2] == 1
    held = mat(os_a[:, 0], os_a[:, 1], (n, s))
    df = np.asarray(held.sum(axis=0)).ravel()
    spec = (np.log((1.0 + n) / (1.0 + df)) + 1.0) ** w["idf_power"]
    role = np.where(ess, w["essential"], w["optional"])
    weight = sp.csr_matrix((role * spec[os_a[:, 1]], (os_a[:, 0], os_a[:, 1])), shape=(n, s))
    total = np.asarray(weight.sum(axis=1)).ravel()

    # Skill -> skill relations, one boolean matrix per kind of credit.
    up = mat(br_a[:, 0], br_a[:, 1], (s, s))                # s -> its broader
    not_group = sp.diags((~is_group).astype(float))
    narrower_of = binary(up @ not_group)                   # hold s, credit its broader skill
    broader_of = binary(up.T)                              # hold s, credit its narrower skills
    e = rel_a[:, 2] == 1
    rel_e = mat(rel_a[e, 0], rel_a[e, 1], (s, s))
    rel_o = mat(rel_a[~e, 0], rel_a[~e, 1], (s, s))
    rel_e = binary(rel_e + rel_e.T)
    rel_o = binary(rel_o + rel_o.T)
    children = np.asarray(up.sum(axis=0)).ravel()
    small = sp.diags((children <= w["sibling_max_group"]).astype(float))
    sib = binary(up @ small @ up.T)
    sib.setdiag(0)
    sib = binary(sib).tocoo()
    # The sibling rule: never a language skill; only skills used together
    # (Jaccard of the occupations listing them >= sibling_min_jaccard).
    keep = ~lang[sib.row] & ~lang[sib.col]
    if w["sibling_min_jaccard"] > 0:
        co = (held.T @ held).tocsr()
        both = np.asarray(co[sib.row, sib.col]).ravel()
        keep &= (both > 0) & (both >= w["sibling_min_jaccard"] * (df[sib.row] + df[sib.col] - both))
    sib = mat(sib.row[keep], sib.col[keep], (s, s))

    # Credit of each occupation for each skill: 1 when held, else the best
    # partial credit from any held skill.
    credit = held.copy()
    for rel, lam in ((narrower_of, w["credit_narrower"]), (broader_of, w["credit_broader"]),
                     (rel_e, w["credit_related_essential"]), (rel_o, w["credit_related_optional"]),
                     (sib, w["credit_sibling"])):
        if lam > 0:
            credit = credit.maximum(binary(held @ rel) * lam)

    covered = (credit @ weight.T).toarray()                # [from, to]
    with np.errstate(divide="ignore", invalid="ignore"):
        scores = np.where(total[None, :] > 0, covered / total[None, :], 0.0)
    scores = np.minimum(scores, 1.0)
    zero = np.flatnonzero(total <= 0)
    scores[zero, zero] = 1.0
    return scores


if __name__ == "__main__":
    main()
