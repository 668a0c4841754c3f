"""test_errors.py - every error class of `brug serve` against an empty
database: unknown endpoint, wrong method, missing and malformed parameters,
an over-long URL, an oversized body (declared and chunked), malformed JSON,
garbage on the socket and invalid UTF-8; the server must answer each with
the JSON error shape and stay up, then stop cleanly on SIGTERM."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import (Server, check, empty_db, expect_error, finish, is_error,  # noqa: E402
                       tmpdir)

d = tmpdir()
db = empty_db(os.path.join(d, "empty.db"))
srv = Server(db, args=("--timeout", "2"))
try:
    st, h, doc = srv.get("/api/v1/health")
    check(st == 200 and doc["status"] == "empty" and doc["occupations"] == 0,
          "health on an empty database: %s" % doc)
    check(h.get("content-type") == "application/json", "JSON content type")

    expect_error(srv, "GET", "/nope", 404, "ENOTFOUND", "unknown endpoint")
    expect_error(srv, "GET", "/api/v1/stats/extra", 404, "ENOTFOUND", "unknown sub-path")
    st, h, doc = srv.request("POST", "/api/v1/stats", body={})
    check(st == 405 and is_error(doc, "EINVAL") and h.get("allow") == "GET",
          "wrong method gives 405 with Allow: %d %s %s" % (st, h.get("allow"), doc))
    st, h, doc = srv.request("DELETE", "/api/v1/concept")
    check(st == 405, "DELETE on a GET route: %d" % st)

    expect_error(srv, "GET", "/api/v1/concept", 400, "EINVAL", "missing uri")
    expect_error(srv, "GET", "/api/v1/concept?uri=", 400, "EINVAL", "empty uri")
    expect_error(srv, "GET", "/api/v1/concept?uri=x&language=ENGLISH", 400, "EINVAL",
                 "bad language")
    doc = expect_error(srv, "GET", "/api/v1/concept?uri=http://example.org/nothing", 404,
                       "ENOTFOUND", "unknown concept")
    check("http://example.org/nothing" in doc["error"]["message"], "message names the URI")
    # Invalid UTF-8 echoed into a message must not break the JSON.
    expect_error(srv, "GET", "/api/v1/concept?uri=%ff%fe%00x", 404, "ENOTFOUND",
                 "invalid UTF-8 in a parameter")

    expect_error(srv, "GET", "/resource/occupation", 400, "EINVAL", "ESCO: missing uri")
    st, _, doc = srv.get("/resource/skill?uri=http://example.org/nothing")
    check(st == 404 and is_error(doc, "ENOTFOUND") and doc.get("status") == 404
          and doc.get("logref") == "ENOTFOUND", "ESCO error shape: %s" % doc)

    long_path = "/api/v1/stats?x=" + "a" * 5000
    expect_error(srv, "GET", long_path, 414, "ETOOBIG", "URL longer than the limit")

    big = b"{" + b" " * (300 * 1024) + b"}"
    expect_error(srv, "POST", "/api/v1/stats", 413, "ETOOBIG", "declared oversized body",
                 body=big, headers={"Content-Type": "application/json"})
    # The same without Content-Length (chunked): refused once it passes the limit.
    chunk = b"x" * 65536
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(5)) + b"0\r\n\r\n"
    out = srv.raw(b"POST /api/v1/stats HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                  b"Content-Type: application/json\r\nConnection: close\r\n\r\n" + chunked)
    check(out.startswith(b"HTTP/1.1 413") and b'"ETOOBIG"' in out,
          "chunked oversized body: %r" % out[:200])

    for garbage in (b"GARBAGE\r\n\r\n", b"\x00\x01\x02\xff\r\n\r\n",
                    b"GET / HTTP/9.9\r\n\r\n", b"GET /api/v1/stats HTTP/1.1\r\n" +
                    b"X: " + b"y" * 100000 + b"\r\n\r\n", b"GET " + b"/" * 70000 + b" HTTP/1.1\r\n\r\n"):
        srv.raw(garbage)
    st, _, doc = srv.get("/api/v1/health")
    check(st == 200, "still up after garbage: %d" % st)

    # A client that stalls mid-request is dropped after --timeout (2 s here).
    import socket
    import time
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=10)
    s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n")
    t0 = time.time()
    try:
        gone = s.recv(100) == b""
    except OSError:
        gone = True
    s.close()
    check(gone and time.time() - t0 < 8, "a stalled request is closed by the timeout")

    for path in ("/api/v1/stats", "/resource/concept?uri=x"):
        st, _, doc = srv.get(path)
        check(st in (200, 404, 503), "%s answers on an empty database: %d" % (path, st))

    st, _, body = srv.get("/api/v1/openapi.json")
    check(st == 200 and isinstance(body, dict) and body.get("openapi", "").startswith("3."),
          "openapi.json is an OpenAPI 3 document")
    st, h, body = srv.get("/")
    check(st == 200 and h.get("content-type", "").startswith("text/html"), "web page at /")
    expect_error(srv, "GET", "/static/nothing.js", 404, "ENOTFOUND", "unknown static file")
    log = srv.stderr()
    check('"GET /api/v1/health" 200' in log, "access log line on stderr")
finally:
    srv.close()
finish()
