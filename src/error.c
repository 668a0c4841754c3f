/*
 * error.c - names and messages of brug_err codes, generated from
 * BRUG_ERR_MAP so the enum and its strings cannot drift apart.
 */
#include "brug/error.h"

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
