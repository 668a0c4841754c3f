#!/usr/bin/env python3
"""resolve_eval.py - the figures behind brug_resolve's thresholds
(include/brug/resolve.h, docs/i18n.md "Ask, don't guess").

For every non-preferred label of every occupation in a database (up to
--sample of them) and for the same label with one letter dropped (a typo),
search it as an occupation in the label's language and apply rule 3 of the
resolver (take the best hit when it scores at least MIN and leads the next
by MARGIN) for a grid of thresholds: how many would be taken without asking,
and how many of those taken are the occupation the label belongs to.
Preferred labels are rule 2's (taken when one occupation has them); the
script counts the preferred labels several occupations share.

Usage: scripts/resolve_eval.py [--brug build/brug] [--sample N] DB
"""
import argparse
import json
import random
import re
import sqlite3
import subprocess
import urllib.parse
import urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("db")
ap.add_argument("--brug", default="build/brug")
ap.add_argument("--sample", type=int, default=6000)
args = ap.parse_args()

con = sqlite3.connect(args.db)
rows = con.execute("SELECT c.uri, l.lang, l.text FROM label l JOIN concept c ON c.id = l.concept "
                   "WHERE c.kind = 1 AND l.role > 0 ORDER BY c.uri, l.lang, l.text").fetchall()
shared = con.execute("SELECT count(*) FROM (SELECT lower(text) FROM label l JOIN concept c "
                     "ON c.id = l.concept WHERE c.kind = 1 AND l.role = 0 GROUP BY lower(text) "
                     "HAVING count(DISTINCT l.concept) > 1)").fetchone()[0]
npref = con.execute("SELECT count(*) FROM label l JOIN concept c ON c.id = l.concept "
                    "WHERE c.kind = 1 AND l.role = 0").fetchone()[0]
random.seed(1)
if len(rows) > args.sample:
    rows = random.sample(rows, args.sample)

srv = subprocess.Popen([args.brug, "--db", args.db, "serve", "--port", "0", "--quiet",
                        "--threads", "1"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                       text=True)
port = int(re.search(r":(\d+)/", srv.stdout.readline()).group(1))


def typo(s):
    i = random.randrange(1, len(s) - 1) if len(s) >= 5 else None
    return s[:i] + s[i + 1:] if i and s[i].isalpha() else None


out = {"label": [], "typo": []}
try:
    for uri, lang, text in rows:
        for kind, q in (("label", text), ("typo", typo(text))):
            if not q:
                continue
            u = "http://127.0.0.1:%d/api/v1/search?%s" % (port, urllib.parse.urlencode(
                {"q": q, "type": "occupation", "language": lang, "limit": 2}))
            r = json.load(urllib.request.urlopen(u))["results"]
            s1 = r[0]["score"] if r else 0
            s2 = r[1]["score"] if len(r) > 1 else 0
            out[kind].append((s1, s2, bool(r) and r[0]["uri"] == uri))
finally:
    srv.terminate()
    srv.wait()

print("%s: %d preferred occupation labels, %d of them shared by several occupations (asked)"
      % (args.db, npref, shared))
for kind, what in (("label", "alternative/hidden labels"), ("typo", "labels with a letter dropped")):
    rs = out[kind]
    print("\n%d %s; the best hit is the label's own occupation for %.1f%%"
          % (len(rs), what, 100.0 * sum(x[2] for x in rs) / max(1, len(rs))))
    print("  min    margin  taken   right of taken  wrong taken")
    for mn in (0.3, 0.5, 0.6):
        for mg in (0.0, 0.02, 0.05, 0.1):
            t = [x for x in rs if x[0] >= mn and x[0] - x[1] >= mg]
            right = sum(x[2] for x in t)
            print("  %.2f   %.2f    %5.1f%%  %5.1f%%          %d"
                  % (mn, mg, 100.0 * len(t) / max(1, len(rs)), 100.0 * right / max(1, len(t)),
                     len(t) - right))
