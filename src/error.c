/*
 * error.c - names and messages of brug_err codes, generated from
 * BRUG_ERR_MAP so the enum and its strings cannot drift apart, and the
 * helper that writes a message into a caller's buffer (errbuf.h).
 */
#include <stdarg.h>
#include <stdio.h>

#include "brug/error.h"
#include "errbuf.h"

void brug__errbuf(char *msg, size_t size, const char *fmt, ...)
{
    va_list ap;
    if (!msg || !size)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, size, fmt, ap);
    va_end(ap);
}

const char *brug_err_name(brug_err err)
{
    switch (err) {
#define BRUG__ERR_NAME(name, value, msg)                                                           \
    case BRUG_##name:                                                                              \
        return #name;
        BRUG_ERR_MAP(BRUG__ERR_NAME)
#undef BRUG__ERR_NAME
    }
    return "EUNKNOWN";
}

const char *brug_strerror(brug_err err)
{
    switch (err) {
#define BRUG__ERR_MSG(name, value, msg)                                                            \
    case BRUG_##name:                                                                              \
        return msg;
        BRUG_ERR_MAP(BRUG__ERR_MSG)
#undef BRUG__ERR_MSG
    }
    return "unknown error";
}
