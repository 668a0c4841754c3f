#!/usr/bin/env python3
"""import_contention.py - issue 14 D8: what a CLI import does to the server's
anonymous readers.  Starts `brug serve` on a demo database, measures
/api/v1/search latency (4 closed-loop clients, fixed query mix) for SECONDS
with nothing else running (the reference), then for SECONDS while `brug
import passports` of a generated file runs in a loop in another process, and
prints p50/p99/max of each phase and their ratio, the imports completed and
every non-200 answer.  Usage: bench/import_contention.py [SECONDS] (default
15); env BRUG (build/brug), BRUG_SOURCE_DIR (.), BRUG_BENCH_PERSONS (50000).
"""
import http.client
import os
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "http"))
from brugserve import BRUG, SOURCE, Server, run  # noqa: E402

SECS = float(sys.argv[1]) if len(sys.argv) > 1 else 15.0
PERSONS = int(os.environ.get("BRUG_BENCH_PERSONS", "50000"))
QUERIES = ["lasser", "welder", "verpleegkundige", "nurse", "installateur", "electrician",
           "kok", "chef", "programmeur", "software", "warmtepomp", "solar"]


def phase(port, secs, stop_event=None):
    lat, bad = [], []
    lock = threading.Lock()
    end = time.time() + secs

    def client(k):
        con = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        i = k
        while time.time() < end:
            q = QUERIES[i % len(QUERIES)]
            i += 1
            t0 = time.perf_counter()
            try:
                con.request("GET", "/api/v1/search?q=%s&limit=10" % q)
                r = con.getresponse()
                r.read()
                st = r.status
            except OSError as e:
                st = repr(e)
                con = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            dt = time.perf_counter() - t0
            with lock:
                lat.append(dt)
                if st != 200:
                    bad.append(st)

    ts = [threading.Thread(target=client, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    lat.sort()
    return lat, bad


def pct(lat, p):
    return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")


def main():
    d = tempfile.mkdtemp(prefix="brug-contention-")
    db = os.path.join(d, "demo.db")
    run("--db", db, "import", "esco", os.path.join(SOURCE, "data/demo/en"),
        os.path.join(SOURCE, "data/demo/nl"))
    run("--db", db, "gen", "--persons", str(PERSONS), "--offers", "10", "--out", d)
    srv = Server(db, threads=2)
    try:
        idle, idle_bad = phase(srv.port, SECS)
        stop = threading.Event()
        imports = []

        def importer():
            while not stop.is_set():
                t0 = time.time()
                p = subprocess.run([BRUG, "--db", db, "import", "passports",
                                    os.path.join(d, "passports.jsonl")],
                                   capture_output=True, text=True)
                imports.append((p.returncode, time.time() - t0, p.stderr[-200:]))

        it = threading.Thread(target=importer)
        it.start()
        time.sleep(0.5)
        busy, busy_bad = phase(srv.port, SECS)
        stop.set()
        it.join()
    finally:
        srv.close()
    print("load average: %.1f %.1f %.1f" % os.getloadavg())
    print("%-8s %8s %9s %9s %9s  %s" % ("phase", "requests", "p50 ms", "p99 ms", "max ms", "non-200"))
    for name, lat, bad in (("idle", idle, idle_bad), ("import", busy, busy_bad)):
        print("%-8s %8d %9.2f %9.2f %9.2f  %d" % (name, len(lat), pct(lat, .5), pct(lat, .99),
                                                 lat[-1] * 1000, len(bad)))
    ok = sum(1 for rc, _, _ in imports if rc == 0)
    print("imports of %d passports during the second phase: %d ok, %d failed, mean %.2f s"
          % (PERSONS, ok, len(imports) - ok, sum(t for _, t, _ in imports) / max(1, len(imports))))
    for rc, _, err in imports:
        if rc:
            print("  failed import:", err.strip())
    print("p99 ratio import/idle: %.2f" % (pct(busy, .99) / pct(idle, .99)))


if __name__ == "__main__":
    main()
