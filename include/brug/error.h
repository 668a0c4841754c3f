/*
 * error.h - brug's error codes.
 *
 * Every fallible library call returns a brug_err: BRUG_OK (0) on success,
 * another value otherwise.  Codes are append-only: never renumber or remove
 * one.  A message with context (what, where, which id) is kept on the handle
 * that failed and read with brug_errmsg().
 */
#ifndef BRUG_ERROR_H
#define BRUG_ERROR_H

#include "brug/export.h"

/* X(name, value, message).  Append new codes at the end. */
#define BRUG_ERR_MAP(X)                                                                            \
    X(OK, 0, "success")                                                                            \
    X(ENOMEM, 1, "out of memory")                                                                  \
    X(EINVAL, 2, "invalid argument")                                                               \
    X(EIO, 3, "input/output error")                                                                \
    X(EDB, 4, "database error")                                                                    \
    X(ESCHEMA, 5, "database schema is newer than this program")                                    \
    X(ENOTFOUND, 6, "not found")                                                                   \
    X(EPARSE, 7, "malformed input")                                                                \
    X(EDANGLING, 8, "reference to an unknown concept")                                             \
    X(ETOOBIG, 9, "input exceeds a size limit")                                                    \
    X(EEMPTY, 10, "no data")                                                                       \
    X(EDENIED, 11, "permission denied")                                                            \
    X(ECONFLICT, 12, "conflicts with existing data")                                               \
    X(ETIMEOUT, 13, "time limit reached")                                                          \
    X(EINFEASIBLE, 14, "no solution satisfies the constraints")                                    \
    X(EINTERNAL, 15, "internal error")                                                             \
    X(EAMBIGUOUS, 16, "the name matches several concepts")                                         \
    X(EBUSY, 17, "busy; try again later")                                                          \
    X(EVERIFY, 18, "verification failed")                                                          \
    X(EUNSUPPORTED, 19, "not supported")

typedef enum brug_err {
#define BRUG__ERR_ENUM(name, value, msg) BRUG_##name = value,
    BRUG_ERR_MAP(BRUG__ERR_ENUM)
#undef BRUG__ERR_ENUM
} brug_err;

/* "ENOMEM" for BRUG_ENOMEM; "EUNKNOWN" for a value outside the map.
 * The string is static: never free it. */
BRUG_API const char *brug_err_name(brug_err err);

/* A short lowercase description of the code; static, never free it. */
BRUG_API const char *brug_strerror(brug_err err);

#endif
