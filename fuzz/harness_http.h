/*
 * harness_http.h - what the HTTP drivers (fuzz/fuzz_http_*.c) share: a real
 * `brug serve` (server/) running inside the fuzzing process on a loopback
 * port, over a copy of the demo database with a token of each role, a
 * passport and an offer; and one request sent to it on a fresh connection.
 */
#ifndef BRUG_FUZZ_HARNESS_HTTP_H
#define BRUG_FUZZ_HARNESS_HTTP_H

#include <stddef.h>

/* Tokens the harness made (index: 0 admin, 1 person "alice", 2 adviser
 * "jansen" with alice's consent, 3 employer "emp-smit", 4 person "bob"). */
#define HARNESS_TOKENS 5
const char *harness_token(unsigned i);

/*
 * Send the raw request bytes (req, len) on a new connection to the server
 * (started on first use) and read the reply until the server closes it.
 * Returns the reply's HTTP status; aborts (a crash to look at) when there
 * is no reply within 20 s, when it is not HTTP/1.1, when the server
 * answers 500, or when an error reply of brug's is not a JSON error.
 */
int harness_send(const char *req, size_t len);

/*
 * Build and send "METHOD TARGET HTTP/1.1" with Host, Connection: close, an
 * Authorization header for token (-1: none), the extra header lines
 * (each "Name: value\r\n", may be empty) and body with its Content-Length.
 */
int harness_request(const char *method, const char *target, int token, const char *headers,
                    const char *body, size_t body_len);

#endif
