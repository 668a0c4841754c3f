/*
 * people_fast.h - what the two yajl fast paths of the people import
 * (passport_fast.c, offer_fast.c) share: taking only plain lines, and
 * running yajl with the handle's allocator.
 */
#ifndef BRUG__PEOPLE_FAST_H
#define BRUG__PEOPLE_FAST_H

#include <stddef.h>

#include <yajl/yajl_parse.h>

#include "alloc.h"

/* Drop a final "\n" or "\r\n" from *len; 1 when the rest is plain
 * (brug__people_plain), 0 when the fast path must leave the line alone. */
int brug__people_plain_line(const char *line, size_t *len);

/* Parse line (len bytes) with yajl, the callbacks on ctx, allocating with
 * alloc; 1 when the whole line parsed and every callback said yes. */
int brug__people_yajl(const yajl_callbacks *cb, void *ctx, const brug_alloc *alloc,
                      const char *line, size_t len);

#endif
