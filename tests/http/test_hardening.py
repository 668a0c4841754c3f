"""test_hardening.py - the regression tests of issue 14's defects, each as
its reproduction: D1 employers and matching (in test_passports.py and
test_access.py), D2 a request with too many query parameters, D3 erasure
with a long-lived reader, D4 a change never stored without its audit entry,
D5 the CLI's deletion audited, D6 bounded audit reads, D7 slow connections
from one address, D8 a locked database answered 503 with Retry-After, D9
adviser names never reused, D10 ids that fit tokens and URLs, D11 JSON
errors and calendar dates, D12 audited consent and audit reads, and the
per-address request rate limit.  Loopback only, bounded loops."""
import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import (SOURCE, Server, check, expect_error, finish, is_error, run,  # noqa: E402
                       tmpdir)

d = tmpdir()
db = os.path.join(d, "demo.db")
run("--db", db, "import", "esco", os.path.join(SOURCE, "data/demo/en"),
    os.path.join(SOURCE, "data/demo/nl"))


def tok(*args, path=db):
    return run("--db", path, "token", "create", *args).stdout.strip()


def H(t):
    return {"Authorization": "Bearer " + t}


def section(name, fn):
    """Run one defect's test; an exception is a failed check, not the end."""
    try:
        fn()
    except Exception as e:  # noqa: BLE001
        check(False, "%s: %s: %s" % (name, type(e).__name__, e))


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


admin = tok("--role", "admin")
alice = tok("--role", "person", "--person", "alice")
bob = tok("--role", "person", "--person", "bob")
passport = {"id": "alice", "region": "AM18", "skills": []}


def d2_parameters():
    """D2: ~1,100 empty query parameters: a JSON 431 at once, nothing kept.
    Under AddressSanitizer freed memory waits in a quarantine (256 MB by
    default), so the resident size would grow without any leak: this server
    runs with the quarantine off, and LeakSanitizer checks it at exit."""
    saved = os.environ.get("ASAN_OPTIONS")
    if os.environ.get("BRUG_BUILD_TYPE") == "Sanitize":
        os.environ["ASAN_OPTIONS"] = ((saved + ":") if saved else "") + "quarantine_size_mb=0"
    try:
        srv = Server(db)
    finally:
        if saved is None:
            os.environ.pop("ASAN_OPTIONS", None)
        else:
            os.environ["ASAN_OPTIONS"] = saved
    try:
        q = b"GET /api/v1/search?" + b"&" * 1100 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
        t0 = time.time()
        out = srv.raw(q, timeout=5)
        check(out.startswith(b"HTTP/1.1 431") and b'"ETOOBIG"' in out and time.time() - t0 < 3,
              "D2: 1,100 parameters -> %r after %.1f s" % (out[:60], time.time() - t0))
        before = rss_kb(srv.proc.pid)
        for _ in range(3000):
            s = socket.create_connection(("127.0.0.1", srv.port), timeout=5)
            s.sendall(q)
            s.recv(4096)
            s.close()
        time.sleep(0.5)
        after = rss_kb(srv.proc.pid)
        check(after - before < 8000, "D2: 3,000 such requests grew the server from %d to %d kB"
              % (before, after))
        out = srv.raw(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n"
                      + b"".join(b"X-H%d: v\r\n" % i for i in range(100)) + b"\r\n")
        check(out.startswith(b"HTTP/1.1 431") and b"application/json" in out,
              "D2/D11: 100 headers -> JSON 431: %r" % out[:80])
        out = srv.raw(b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        check(out.startswith(b"HTTP/1.1 414") and b"application/json" in out,
              "D11: a long target -> JSON 414: %r" % out[:80])
        out = srv.raw(b"POST /api/v1/bridges HTTP/1.1\r\nHost: x\r\nContent-Length: "
                      b"10000000000000\r\n\r\n{}")
        check(out.startswith(b"HTTP/1.1 413") and b"application/json" in out,
              "D11: a huge Content-Length -> JSON 413: %r" % out[:80])
    finally:
        srv.close()


def d3_erasure():
    """D3: a reader holding a snapshot for 8 s during a delete; afterwards no
    byte of the person is in the database, its WAL or its shm."""
    path = os.path.join(d, "erase.db")
    run("--db", path, "import", "esco", os.path.join(SOURCE, "data/demo/en"))
    lines = os.path.join(d, "erase.jsonl")
    skill = run("--db", path, "search", "weld", "--type", "skill", "--json").stdout
    uri = json.loads(skill)["results"][0]["uri"]
    with open(lines, "w") as f:
        f.write(json.dumps({"id": "erase-me", "region": "AM18", "skills": [
            {"uri": uri, "evidence": "diploma", "date": "1987-03-14"}]}) + "\n")
        f.write(json.dumps({"id": "stays", "region": "AM18", "skills": []}) + "\n")
    run("--db", path, "import", "passports", lines)
    # Another connection stays open throughout, as a server's do: the
    # reader's close is not the last one, which would checkpoint the log.
    idle = sqlite3.connect(path, isolation_level=None)
    idle.execute("SELECT count(*) FROM meta").fetchone()
    reader = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM person").fetchone()  # holds the snapshot

    def let_go():
        time.sleep(8)
        reader.execute("COMMIT")
        reader.close()
    t = threading.Thread(target=let_go)
    t.start()
    t0 = time.time()
    p = run("--db", path, "delete", "passport", "erase-me", check_rc=False)
    took = time.time() - t0
    t.join()
    check(p.returncode == 0, "D3: delete: %d %s" % (p.returncode, p.stderr))
    check(took >= 6, "D3: the delete waited for the reader (%.1f s)" % took)
    for suffix in ("", "-wal", "-shm"):
        f = path + suffix
        data = open(f, "rb").read() if os.path.exists(f) else b""
        check(b"1987-03-14" not in data, "D3: the person's evidence date is in %s" % f)
    idle.close()


def d4_atomic():
    """D4: the audit entry cannot be written (a trigger refuses it): the
    passport must not be stored either."""
    path = os.path.join(d, "atomic.db")
    run("--db", path, "import", "esco", os.path.join(SOURCE, "data/demo/en"))
    t = tok("--role", "admin", path=path)
    con = sqlite3.connect(path)
    con.execute("CREATE TRIGGER no_audit BEFORE INSERT ON audit "
                "BEGIN SELECT RAISE(ABORT, 'audit refused'); END")
    con.commit()
    con.close()
    srv = Server(path)
    try:
        st, _, doc = srv.request("POST", "/api/v1/passports", body=dict(passport, id="carol"),
                                 headers=H(t))
        check(st >= 500, "D4: the create without its audit entry failed: %d %s" % (st, doc))
    finally:
        srv.close()
    p = run("--db", path, "export", "passport", "carol", check_rc=False)
    check(p.returncode != 0, "D4: a passport was stored without its audit entry: %s" % p.stdout)


def d5_cli_delete():
    """D5: brug delete passport writes an audit entry."""
    path = os.path.join(d, "cli.db")
    run("--db", path, "import", "esco", os.path.join(SOURCE, "data/demo/en"))
    lines = os.path.join(d, "cli.jsonl")
    with open(lines, "w") as f:
        f.write(json.dumps({"id": "dora", "region": "AM18", "skills": []}) + "\n")
    run("--db", path, "import", "passports", lines)
    run("--db", path, "delete", "passport", "dora")
    log = json.loads(run("--db", path, "audit", "--person", "dora", "--json").stdout)
    check(any(e["action"] == "delete" and e["outcome"] == "ok" for e in log),
          "D5: brug delete passport is audited: %s" % log)


def d6_d12_audit():
    """D6: limit=0 is not 'everything'; D12: reads of consents and of the log
    are audited; a person sees other people as 'another person'."""
    srv = Server(db)
    try:
        srv.request("POST", "/api/v1/passports", body=passport, headers=H(alice))
        expect_error(srv, "GET", "/api/v1/audit?limit=0", 400, "EINVAL", "D6: limit=0",
                     headers=H(admin))
        expect_error(srv, "GET", "/api/v1/audit?limit=5000", 400, "EINVAL", "D6: limit=5000",
                     headers=H(admin))
        st, _, doc = srv.get("/api/v1/audit", headers=H(admin))
        check(st == 200 and len(doc["entries"]) <= 100, "D6: default page of at most 100")
        expect_error(srv, "GET", "/api/v1/passports/alice", 403, "EDENIED", "bob reads alice",
                     headers=H(bob))
        srv.get("/api/v1/passports/alice/consents", headers=H(alice))
        st, _, doc = srv.get("/api/v1/audit?limit=50", headers=H(admin))
        acts = [(e["actor"], e["action"], e["person"]) for e in doc["entries"]]
        check(("alice", "consent-list", "alice") in acts, "D12: consent list audited: %s" % acts)
        check(any(a[1] == "audit-read" and a[0].startswith("admin") for a in acts),
              "D12: the admin's earlier audit read is audited: %s" % acts)
        st, _, doc = srv.get("/api/v1/audit", headers=H(alice))
        text = json.dumps(doc)
        check(st == 200 and '"bob"' not in text and "another person" in text,
              "D12: alice's view does not name bob: %s" % text[:300])
    finally:
        srv.close()


def d7_slow_clients():
    """D7: 300 slow connections from 127.0.0.1 do not lock out 127.0.0.2."""
    srv = Server(db, args=("--max-per-ip", "50"))
    socks = []
    try:
        for _ in range(300):
            try:
                s = socket.create_connection(("127.0.0.1", srv.port), timeout=2)
                s.sendall(b"G")
                socks.append(s)
            except OSError:
                pass
        time.sleep(0.5)
        s = socket.socket()
        s.settimeout(5)
        s.bind(("127.0.0.2", 0))
        s.connect(("127.0.0.1", srv.port))
        t0 = time.time()
        s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        out = s.recv(4096)
        s.close()
        check(out.startswith(b"HTTP/1.1 200") and time.time() - t0 < 2,
              "D7: another address is answered at once: %r" % out[:40])
        alive = 0
        for s in socks:
            s.settimeout(0.05)
            try:
                if s.recv(1) != b"":
                    alive += 1
            except socket.timeout:
                alive += 1  # still open, waiting for the rest of its request
            except OSError:
                pass  # refused: reset by the server
        check(alive <= 50, "D7: at most 50 connections of one address stay open: %d" % alive)
    finally:
        for s in socks:
            s.close()
        srv.close()


def d8_locked():
    """D8: while another process holds the write lock, a write answers 503
    with Retry-After quickly, and anonymous reads are not held up."""
    srv = Server(db)
    locker = sqlite3.connect(db, isolation_level=None, timeout=10)
    try:
        locker.execute("BEGIN IMMEDIATE")
        t0 = time.time()
        st, h, doc = srv.request("PUT", "/api/v1/passports/alice", body=passport,
                                 headers=H(alice))
        took = time.time() - t0
        check(st == 503 and is_error(doc, "EBUSY") and h.get("retry-after"),
              "D8: a write on a locked database: %d %s %s" % (st, h.get("retry-after"), doc))
        check(took < 3, "D8: answered in %.1f s" % took)
        t0 = time.time()
        st, _, _ = srv.get("/api/v1/search?q=lasser")
        check(st == 200 and time.time() - t0 < 1, "D8: search while locked: %d in %.2f s"
              % (st, time.time() - t0))
    finally:
        locker.execute("ROLLBACK")
        locker.close()
        srv.close()


def d9_names():
    """D9: a second adviser token of the same name is refused."""
    tok("--role", "adviser", "--name", "adv-alice")
    p = run("--db", db, "token", "create", "--role", "adviser", "--name", "adv-alice",
            check_rc=False)
    check(p.returncode != 0 and "taken" in p.stderr, "D9: second adv-alice: %d %s"
          % (p.returncode, p.stderr))


def d10_ids():
    """D10: a 128-byte id has a person token and consents; an id with '/'
    is refused at creation."""
    long_id = "p" * 128
    t = tok("--role", "person", "--person", long_id)
    srv = Server(db)
    try:
        st, _, doc = srv.request("POST", "/api/v1/passports", body=dict(passport, id=long_id),
                                 headers=H(t))
        check(st == 201, "D10: 128-byte id created: %d %s" % (st, doc))
        st, _, doc = srv.request("PUT", "/api/v1/passports/%s/consents/jansen" % long_id,
                                 headers=H(t))
        check(st == 200, "D10: consent of a 128-byte id: %d %s" % (st, doc))
        expect_error(srv, "POST", "/api/v1/passports", 400, "EPARSE", "D10: id with '/'",
                     body=dict(passport, id="a/b"), headers=H(admin))
    finally:
        srv.close()


def d11_dates_and_employer():
    """D11: 2021-02-30 is refused; an employer named by its id string sees
    its offer's matches."""
    srv = Server(db)
    try:
        skill = json.loads(run("--db", db, "search", "weld", "--type", "skill",
                               "--json").stdout)["results"][0]["uri"]
        expect_error(srv, "POST", "/api/v1/passports", 400, "EPARSE", "D11: 2021-02-30",
                     body={"id": "feb", "region": "AM18",
                           "skills": [{"uri": skill, "date": "2021-02-30"}]}, headers=H(admin))
        st, _, _ = srv.request("POST", "/api/v1/passports", body={
            "id": "leap", "region": "AM18", "skills": [{"uri": skill, "date": "2024-02-29"}]},
            headers=H(admin))
        check(st == 201, "D11: 2024-02-29 is a date: %d" % st)
        emp = tok("--role", "employer", "--name", "emp-str")
        occ = json.loads(run("--db", db, "search", "lasser", "--type", "occupation",
                             "--json").stdout)["results"][0]["uri"]
        offer = {"id": "vac-str", "type": "vacancy",
                 "employer": {"id": "emp-str", "name": "E", "sector": "technology",
                              "size": "small"},
                 "occupation": occ, "region": "AM18", "essential": [skill]}
        st, _, doc = srv.request("POST", "/api/v1/offers", body=offer, headers=H(emp))
        check(st == 201, "D11: offer stored: %d %s" % (st, doc))
        # The same employer named by its id string, over HTTP and by an import.
        st, _, doc = srv.request("POST", "/api/v1/offers", body=dict(
            offer, id="vac-str3", employer="emp-str"), headers=H(emp))
        check(st == 201, "D11: offer naming its employer by id: %d %s" % (st, doc))
        lines = os.path.join(d, "offer-str.jsonl")
        with open(lines, "w") as f:
            f.write(json.dumps(dict(offer, id="vac-str2", employer="emp-str")) + "\n")
        run("--db", db, "import", "offers", lines)
        st, _, doc = srv.get("/api/v1/matches?offer=vac-str2", headers=H(emp))
        check(st == 200, "D11: employer by id string sees its matches: %d %s" % (st, doc))
    finally:
        srv.close()


def rate_limit():
    """Per-address rate limit: 429 with Retry-After, in JSON."""
    srv = Server(db, args=("--rate", "5", "--burst", "5"))
    try:
        got = [srv.get("/api/v1/health") for _ in range(30)]
        limited = [g for g in got if g[0] == 429]
        check(limited and all(is_error(g[2], "EBUSY") and g[1].get("retry-after")
                              for g in limited),
              "rate: some of 30 quick requests get 429: %s" % [g[0] for g in got])
        time.sleep(1.5)
        st, _, _ = srv.get("/api/v1/health")
        check(st == 200, "rate: answered again after a pause: %d" % st)
    finally:
        srv.close()


def logs():
    """What logs keep: the access log writes passport ids as '*' unless
    --log-ids; the audit log keeps entries until pruned."""
    for args, shown in (((), False), (("--log-ids",), True)):
        srv = Server(db, args=args)
        try:
            srv.get("/api/v1/passports/secret-id-7/consents/adv-x", headers=H(admin))
            srv.get("/api/v1/audit?person=secret-id-7&limit=5", headers=H(admin))
            srv.get("/api/v1/matches?passport=secret-id-7", headers=H(admin))
        finally:
            srv.stop()
            err = srv.stderr()
            os.unlink(srv.log.name)
        check(("secret-id-7" in err) == shown and ("/api/v1/passports/*/consents/*" in err) != shown,
              "logs: access log with %s: %s" % (args, err[-400:]))
    con = sqlite3.connect(db)
    n = con.execute("UPDATE audit SET time = '2001-01-01T00:00:00.000Z' "
                    "WHERE person = 'secret-id-7'").rowcount
    con.commit()
    con.close()
    out = run("--db", db, "audit", "--prune-days", "30").stdout
    check(n > 0 and ("removed %d audit entries" % n) in out, "logs: prune: %d %s" % (n, out))
    left = json.loads(run("--db", db, "audit", "--person", "secret-id-7", "--json").stdout)
    check(left == [], "logs: pruned entries are gone: %s" % left)


for name, fn in [("D2", d2_parameters), ("D3", d3_erasure), ("D4", d4_atomic),
                 ("D5", d5_cli_delete), ("D6/D12", d6_d12_audit), ("D7", d7_slow_clients),
                 ("D8", d8_locked), ("D9", d9_names), ("D10", d10_ids),
                 ("D11", d11_dates_and_employer), ("rate", rate_limit),
                 ("logs", logs)]:
    only = os.environ.get("HARDEN_ONLY")
    if only and name not in only.split(","):
        continue
    t0 = time.time()
    section(name, fn)
    print("%s: %.1f s" % (name, time.time() - t0), file=sys.stderr)
finish()
