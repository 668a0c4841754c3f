/*
 * errbuf.h - writing a message into a caller's buffer (char *msg, size_t
 * msgsize; msg may be NULL), the message convention of calls on shared,
 * immutable snapshots (CONTRIBUTING.md, "Messages").
 */
#ifndef BRUG__ERRBUF_H
#define BRUG__ERRBUF_H

#include <stddef.h>

/* printf into msg (truncated to size bytes, NUL-terminated); a no-op when
 * msg is NULL or size 0. */
void brug__errbuf(char *msg, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
