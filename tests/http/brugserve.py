"""brugserve.py - helpers of the HTTP tests: start `brug serve` on a free
loopback port, send requests, stop it with SIGTERM and check it exits
cleanly.  Standard library only (Debian's /usr/bin/python3)."""
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

BRUG = os.environ.get("BRUG", "build/brug")
SOURCE = os.environ.get("BRUG_SOURCE_DIR", ".")
SHARED = os.environ.get("BRUG_SHARED_DATA", os.path.join(SOURCE, "..", "shared", "data"))

failures = []


def check(cond, what):
    """Record a failed expectation (the test goes on, and fails at the end)."""
    if not cond:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)
    return cond


def finish():
    if failures:
        print("%d check(s) failed" % len(failures), file=sys.stderr)
        sys.exit(1)
    print("ok")


def run(*args, check_rc=True, **kw):
    """Run the brug tool; returns CompletedProcess (text)."""
    p = subprocess.run([BRUG] + list(args), capture_output=True, text=True, **kw)
    if check_rc and p.returncode != 0:
        raise RuntimeError("brug %s failed (%d): %s" % (" ".join(args), p.returncode, p.stderr))
    return p


def tmpdir():
    return tempfile.mkdtemp(prefix="brug-http-")


def empty_db(path):
    """An empty SQLite file: `brug serve` adds the schema when it opens it."""
    import sqlite3
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 0")
    con.commit()
    con.close()
    return path


_rate_option = []


def _has_rate_option():
    """Does this brug serve have --rate (so a test can run on an older build)?"""
    if not _rate_option:
        p = subprocess.run([BRUG, "serve", "--help"], capture_output=True, text=True)
        _rate_option.append("--rate" in p.stdout + p.stderr)
    return _rate_option[0]


class Server:
    def __init__(self, db, threads=2, args=(), start_timeout=120):
        # The tests send bursts far above a client's fair share: no rate
        # limit unless a test sets one (test_limits.py does).
        if "--rate" not in args and _has_rate_option():
            args = ("--rate", "0") + tuple(args)
        self.log = tempfile.NamedTemporaryFile(prefix="brug-serve-", suffix=".log", delete=False)
        self.proc = subprocess.Popen(
            [BRUG, "--db", db, "serve", "--host", "127.0.0.1", "--port", "0",
             "--threads", str(threads)] + list(args),
            stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self.proc.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            self.proc.kill()
            self.proc.wait()
            raise RuntimeError("brug serve did not start: %r %s" % (line, self.stderr()))
        self.port = int(m.group(1))

    def stderr(self):
        with open(self.log.name, encoding="utf-8", errors="replace") as f:
            return f.read()

    def request(self, method, path, body=None, headers=None, timeout=30):
        """(status, headers dict (lowercase keys), parsed JSON or raw bytes)."""
        con = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        h = dict(headers or {})
        if body is not None and not isinstance(body, (bytes, str)):
            body = json.dumps(body)
            h.setdefault("Content-Type", "application/json")
        con.request(method, path, body=body, headers=h)
        r = con.getresponse()
        data = r.read()
        hdrs = {k.lower(): v for k, v in r.getheaders()}
        con.close()
        ctype = hdrs.get("content-type", "")
        if "json" in ctype:
            try:
                return r.status, hdrs, json.loads(data)
            except ValueError:
                return r.status, hdrs, data
        return r.status, hdrs, data

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def raw(self, data, timeout=10):
        """Send raw bytes; return what the server sends back before closing."""
        s = socket.create_connection(("127.0.0.1", self.port), timeout=timeout)
        out = b""
        try:
            s.sendall(data)
            s.shutdown(socket.SHUT_WR)
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                out += chunk
        except OSError:
            pass
        finally:
            s.close()
        return out

    def stop(self):
        """SIGTERM; returns the exit status (0 expected) after it stops."""
        self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = self.proc.wait()
            check(False, "server did not stop within 60 s of SIGTERM")
        self.proc.stdout.close()
        return rc

    def close(self):
        rc = self.stop()
        err = self.stderr()
        check(rc == 0, "server exit status %d (stderr tail: %s)" % (rc, err[-2000:]))
        check("shutting down" in err, "server logged its shutdown")
        os.unlink(self.log.name)


def is_error(doc, code):
    """A brug error document with this code and a non-empty message."""
    return (isinstance(doc, dict) and isinstance(doc.get("error"), dict)
            and doc["error"].get("code") == code
            and isinstance(doc["error"].get("message"), str) and doc["error"]["message"] != "")


def expect_error(srv, method, path, status, code, what, **kw):
    st, _, doc = srv.request(method, path, **kw)
    check(st == status and is_error(doc, code),
          "%s: %s %s -> %d %s, expected %d %s" % (what, method, path[:80], st, str(doc)[:200],
                                                    status, code))
    return doc
