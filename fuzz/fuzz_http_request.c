/*
 * fuzz_http_request.c - libFuzzer driver of the whole HTTP request path of
 * `brug serve`: libmicrohttpd's parsing, the server's limits (URI, query
 * parameters, headers, body), the route table and every handler, on a real
 * server in the process (harness_http.h).
 *
 * Input: byte 0 picks the token (0-4, see harness_http.h; other values:
 * none); byte 1 bit 0 sends the rest raw (any bytes, a request of the
 * fuzzer's own making), else the rest is
 *   METHOD SP TARGET LF (HEADER LF)* LF BODY
 * and the driver frames it as HTTP/1.1 with a correct Content-Length.
 * Checked: a reply within 20 s, never a 500, brug's errors are JSON.
 */
#include "fuzz.h"
#include "harness_http.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    harness_token(0); /* start the server before the first input */
    return 0;
}

/* Copy line [p, end) into a NUL-terminated buffer without CR or NUL. */
static char *line_dup(const char *p, const char *end)
{
    char *s = malloc((size_t)(end - p) + 1), *q = s;
    if (!s)
        abort();
    for (; p < end; p++)
        if (*p != '\r' && *p != '\0')
            *q++ = *p;
    *q = '\0';
    return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p, *end, *nl, *sp;
    char *first, *method, *target, *headers;
    size_t hlen = 0;
    int token;

    if (size < 2)
        return 0;
    token = data[0] < 5 ? data[0] : -1;
    if (data[1] & 1) {
        harness_send((const char *)data + 2, size - 2);
        return 0;
    }
    p = (const char *)data + 2;
    end = (const char *)data + size;
    nl = memchr(p, '\n', (size_t)(end - p));
    first = line_dup(p, nl ? nl : end);
    p = nl ? nl + 1 : end;
    sp = strchr(first, ' ');
    method = first;
    target = sp ? (char *)sp + 1 : (char *)"/";
    if (sp)
        *(char *)sp = '\0';
    if (!method[0])
        method = (char *)"GET";
    if (!target[0] || strchr(target, ' '))
        target = (char *)"/";
    headers = malloc((size_t)(end - p) * 2 + 1);
    if (!headers)
        abort();
    headers[0] = '\0';
    while (p < end) {
        char *h;
        nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl || nl == p) {
            p = nl ? nl + 1 : p;
            break;
        }
        h = line_dup(p, nl);
        hlen += (size_t)sprintf(headers + hlen, "%s\r\n", h);
        free(h);
        p = nl + 1;
    }
    harness_request(method, target, token, headers, p, (size_t)(end - p));
    free(headers);
    free(first);
    return 0;
}
