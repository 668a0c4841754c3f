#!/usr/bin/python3
"""plan_ref.py - the reference for bench_plan: the same training-plan
integer programs solved with scipy.optimize.milp (HiGHS), the way an
analyst would write them, without brug's candidate pruning or greedy start.

Input: a file of JSON lines, one problem each (written by bench_plan):
  {"obj": [c_j], "cost": [eur_j], "budget": B (< 0: none),
   "needs": [{"w": weight, "by": [j, ...]}],      coverable essential skills
   "prereq": [[j, [d, ...]], ...]}                x_j <= sum x_d
The first half of the lines are scenario 0, the second half scenario 1.
Model: binary x_j, u_s in [0, 1]; minimise sum c_j x_j - P sum w_s u_s
with P large enough that covering more weight always wins (as brug does
when the budget forbids covering everything); u_s <= sum_{j in by} x_j.
HiGHS runs with mip_rel_gap = 0: with the default 1e-4 the big P lets it
stop early on plans that cost more.
Prints "obj VALUE status S covered W" per problem (VALUE = sum c_j x_j,
S = 0 when optimal, W the covered weight) and "time SCENARIO SECONDS" per scenario.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix


def solve(p):
    obj = np.array(p["obj"], dtype=float)
    n = len(obj)
    needs = p["needs"]
    q = len(needs)
    if n == 0 or q == 0:
        return 0.0, 0, 0.0
    w = np.array([s["w"] for s in needs], dtype=float)
    penalty = (obj.sum() + 1.0) / w.min()
    c = np.concatenate([obj, -penalty * w])
    rows, cols, vals, lo, hi = [], [], [], [], []
    r = 0
    for k, s in enumerate(needs):          # sum x_by - u_s >= 0
        for j in s["by"]:
            rows.append(r); cols.append(j); vals.append(1.0)
        rows.append(r); cols.append(n + k); vals.append(-1.0)
        lo.append(0.0); hi.append(np.inf); r += 1
    for j, ds in p["prereq"]:              # sum x_d - x_j >= 0
        for d in ds:
            rows.append(r); cols.append(d); vals.append(1.0)
        rows.append(r); cols.append(j); vals.append(-1.0)
        lo.append(0.0); hi.append(np.inf); r += 1
    if p["budget"] >= 0:
        for j, e in enumerate(p["cost"]):
            rows.append(r); cols.append(j); vals.append(e)
        lo.append(-np.inf); hi.append(p["budget"] + 1e-7); r += 1
    a = coo_matrix((vals, (rows, cols)), shape=(r, n + q)).tocsr()
    integrality = np.concatenate([np.ones(n), np.zeros(q)])
    res = milp(c, constraints=LinearConstraint(a, lo, hi), integrality=integrality,
               bounds=Bounds(0, 1), options={"time_limit": 60, "mip_rel_gap": 0.0})
    if res.x is None:
        return float("nan"), 1, 0.0
    x = np.round(res.x[:n])
    cw = sum(s["w"] for s in needs if any(x[j] > 0.5 for j in s["by"]))
    return float(obj @ x), 0 if res.status == 0 else 1, cw


def main():
    lines = open(sys.argv[1]).read().splitlines()
    half = len(lines) // 2
    for sc in range(2):
        t0 = time.perf_counter()
        out = []
        for line in lines[sc * half:(sc + 1) * half]:
            out.append(solve(json.loads(line)))
        secs = time.perf_counter() - t0
        for v, st, cw in out:
            print("obj %.9f status %d covered %.9f" % (v, st, cw))
        print("time %d %.6f" % (sc, secs))
    sys.stdout.flush()


main()
