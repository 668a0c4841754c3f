/*
 * brug.h - the whole public API of libbrug, the engine for lifelong
 * learning and job-to-job transitions.  Include this header only.
 *
 * Conventions: functions are brug_<noun>_<verb> with the object first;
 * fallible calls return brug_err (BRUG_OK == 0) and leave a message on the
 * handle (brug_errmsg); every destructor accepts NULL.
 */
#ifndef BRUG_BRUG_H
#define BRUG_BRUG_H

#include "brug/export.h"
#include "brug/error.h"
#include "brug/alloc.h"
#include "brug/db.h"
#include "brug/onto.h"
#include "brug/concept.h"
#include "brug/origin.h"
#include "brug/bridges.h"
#include "brug/access.h"
#include "brug/import.h"
#include "brug/region.h"
#include "brug/plan.h"
#include "brug/search.h"
#include "brug/people.h"
#include "brug/match.h"
#include "brug/msg.h"
#include "brug/resolve.h"
#include "brug/credential.h"
#include "brug/extract.h"
#include "brug/guard.h"

#define BRUG_VERSION "0.1.0"

#endif
