/*
 * fuzz_http_bodies.c - libFuzzer driver of the JSON bodies of every POST
 * and PUT of `brug serve` (bridges, plans, passports, offers, consents,
 * opt-in and responses), sent through the real server in the process
 * (harness_http.h) so each body goes through srv_body_json, the handler
 * and the library calls behind it.
 *
 * Input: byte 0 picks the route (modulo the table below), byte 1 the token
 * (0-4, see harness_http.h; other values: none); the rest is the body,
 * sent as application/json.  Checked as in fuzz_http_request.c.
 */
#include "fuzz.h"
#include "harness_http.h"

static const struct {
    const char *method, *target;
} routes[] = {
    {"POST", "/api/v1/bridges"},
    {"POST", "/api/v1/bridges?top=3"},
    {"POST", "/api/v1/plans"},
    {"POST", "/api/v1/plans?budget=500"},
    {"POST", "/api/v1/passports"},
    {"PUT", "/api/v1/passports/alice"},
    {"PUT", "/api/v1/passports/bob"},
    {"POST", "/api/v1/offers"},
    {"PUT", "/api/v1/offers/vac-1"},
    {"PUT", "/api/v1/passports/alice/consents/jansen"},
    {"PUT", "/api/v1/passports/alice/findable"},
    {"PUT", "/api/v1/passports/alice/responses/vac-1"},
};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    harness_token(0);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned r;
    if (size < 2)
        return 0;
    r = data[0] % (sizeof(routes) / sizeof(routes[0]));
    harness_request(routes[r].method, routes[r].target, data[1] < 5 ? data[1] : -1,
                    "Content-Type: application/json\r\n", (const char *)data + 2, size - 2);
    return 0;
}
