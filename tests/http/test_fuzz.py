"""test_fuzz.py - nothing a client sends crashes brug serve: a few thousand
random requests (every route, random methods, parameters, bytes, bodies,
headers and tokens; a fixed seed, so a failure reproduces) against a server
on the demo data; each gets a well-formed answer (a JSON error for every
4xx/5xx), and the server still answers and stops cleanly.  Under the
sanitizer build any memory error aborts the server and fails the test."""
import http.client
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import SOURCE, Server, check, finish, run, tmpdir  # noqa: E402

rng = random.Random(20261129)
d = tmpdir()
db = os.path.join(d, "demo.db")
run("--db", db, "import", "esco", os.path.join(SOURCE, "data/demo/en"), os.path.join(SOURCE, "data/demo/nl"))
token = run("--db", db, "token", "create", "--role", "admin").stdout.strip()
routes = re.findall(r'\{"(GET|POST|PUT|DELETE)", "([^"]+)"',
                    open(os.path.join(SOURCE, "server", "routes.c")).read())
NS = "http://data.brug.example/demo/"
WORDS = ["", "x", "0", "-1", "99999999999999999999", "1e308", "nan", "%00", "%ff%fe", "é", "😀",
         NS + "occupation/electrician", NS + "skill/none", "green", "en", "nl", "ENGLISH", ",,,",
         "a" * 3000, "../../etc/passwd", "'; DROP TABLE concept; --", '"quoted"', "\\", "%",
         "true", "null", "{}", "[]"]
PARAMS = ["q", "text", "uri", "from", "to", "skills", "top", "limit", "offset", "language",
          "type", "collection", "isco", "min_score", "max_missing", "max_carried", "k",
          "max_steps", "objective", "budget", "max_hours", "region", "online", "person",
          "passport", "offer"]
BODIES = [b"", b"{", b"[]", b"null", b"{}", b'{"from": 1}', b'{"skills": "x"}',
          b'{"skills": [null, 1, {}]}', b'{"missing": [{"uri": 5}]}', b'{"a":' * 2000,
          b"\xff\xfe\x00", json.dumps({"from": NS + "occupation/electrician", "top": 3}).encode(),
          json.dumps({"missing": [{"uri": NS + "skill/x", "weight": -1}]}).encode()]


def pct(c):
    return "".join("%%%02X" % b for b in c.encode())


def enc(s):
    """Mostly fully percent-encoded; sometimes with the reserved characters raw."""
    if rng.random() < 0.8:
        return "".join(c if c.isascii() and c.isalnum() else pct(c) for c in s)
    return "".join(c if c.isascii() and c not in " \t\r\n#" and ord(c) > 32 else pct(c) for c in s)


srv = Server(db, threads=2, args=("--timeout", "2"))
try:
    bad = 0
    for i in range(2500):
        method, path = rng.choice(routes)
        if rng.random() < 0.2:
            method = rng.choice(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"])
        path = path.replace("{}", enc(rng.choice(WORDS)) or "x")
        qs = "&".join("%s=%s" % (rng.choice(PARAMS), enc(rng.choice(WORDS)))
                      for _ in range(rng.randrange(0, 6)))
        headers = {}
        if rng.random() < 0.5:
            headers["Authorization"] = rng.choice(["Bearer " + token, "Bearer x", "Basic x", "Bearer "])
        body = rng.choice(BODIES) if method in ("POST", "PUT", "PATCH") else None
        if body is not None:
            headers["Content-Type"] = rng.choice(["application/json", "text/plain"])
        con = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
        try:
            con.request(method, path + ("?" + qs if qs else ""), body=body, headers=headers)
            r = con.getresponse()
            data = r.read()
        except (http.client.HTTPException, OSError) as e:
            check(False, "request %d %s %s: %s" % (i, method, path[:60], e))
            break
        finally:
            con.close()
        if r.status >= 400 and method != "HEAD":
            try:
                doc = json.loads(data)
                ok = isinstance(doc.get("error", {}).get("code"), str)
            except ValueError:
                ok = False
            if not ok:
                bad += 1
                check(False, "request %d %s %s?%s -> %d without a JSON error: %r"
                      % (i, method, path[:60], qs[:80], r.status, data[:100]))
        check(r.status < 500 or r.status == 503, "request %d %s %s?%s -> %d"
              % (i, method, path[:60], qs[:80], r.status))
        if bad > 5:
            break
    # Raw bytes http.client would refuse to send: non-ASCII and control bytes in the target.
    for raw in (b"GET /api/v1/search?q=\xff\xfe\x80 HTTP/1.1\r\nHost: x\r\n\r\n",
                b"GET /api/v1/concept?uri=\x01\x02 HTTP/1.1\r\nHost: x\r\n\r\n",
                b"GET /\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n",
                b"POST /api/v1/bridges HTTP/1.1\r\nContent-Length: 5\r\n\r\n{\"a\"",
                b"GET /api/v1/stats HTTP/1.1\r\nContent-Length: -1\r\n\r\n"):
        srv.raw(raw)
    st, _, doc = srv.get("/api/v1/health")
    check(st == 200 and doc["status"] == "ok", "still healthy after fuzzing")

    # Many keep-alive clients at once on the database-backed routes: a pool
    # thread must never wait for a connection another of its clients holds.
    import threading
    done = []

    def client(server, n):
        con = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
        ok = 0
        for j in range(40):
            path = ("/api/v1/search?q=monteur&limit=20" if j % 2 else
                    "/search?text=verpleeg&language=nl&limit=20")
            con.request("GET", path)
            r = con.getresponse()
            r.read()
            ok += r.status == 200
        con.close()
        done.append(ok)

    one = Server(db, threads=1)  # one pool thread: one connection to share
    try:
        threads = [threading.Thread(target=client, args=(one, n)) for n in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        check(len(done) == 12 and all(x == 40 for x in done),
              "12 concurrent keep-alive clients all answered: %s" % done)
    finally:
        one.close()
finally:
    srv.close()
finish()
