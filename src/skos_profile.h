/*
 * skos_profile.h - what a SKOS import reads from RDF: the profile
 * (docs/import.md) naming the classes that are occupations, skills,
 * skill groups and ISCO groups, and the predicates of labels, notes,
 * hierarchy, codes, mappings and occupation -> skill requirements with
 * their weights.  Profiles are JSON; "esco" and "competentnl" are built
 * in (data/profiles/NAME.json, embedded at build time), any other name is a
 * file path.  Compact names ("skos:prefLabel") are expanded with the
 * profile's "prefixes" plus rdf, skos, skosxl, dcterms (dct), iso-thes,
 * esco, cnlo and cnluwvo.
 */
#ifndef BRUG__SKOS_PROFILE_H
#define BRUG__SKOS_PROFILE_H

#include <stddef.h>

#include "brug/alloc.h"
#include "brug/error.h"
#include "arena.h"
#include "strmap.h"

/* A built-in profile: its name and JSON text (build/generated/skos_profiles.c). */
typedef struct brug__skos_builtin {
    const char *name;
    const char *json;
} brug__skos_builtin;

extern const brug__skos_builtin brug__skos_builtins[];

/* What a predicate or class means to the importer (strmap values). */
enum {
    BRUG__P_TYPE = 1,  /* rdf:type */
    BRUG__P_LABEL,     /* + role: literal label or SKOS-XL label node */
    BRUG__P_FORM,      /* skosxl:literalForm */
    BRUG__P_NOTE,      /* + note kind index */
    BRUG__P_NODE_TEXT, /* node literal text */
    BRUG__P_NODE_LANG, /* node literal language */
    BRUG__P_BROADER,
    BRUG__P_NARROWER,
    BRUG__P_CODE,
    BRUG__P_SKILL_TYPE,
    BRUG__P_REUSE,
    BRUG__P_STATUS,
    BRUG__P_MAP,      /* + relation */
    BRUG__P_REQUIRES, /* + index into weights */
};

#define BRUG__SKOS_MAX_NOTES 8
#define BRUG__SKOS_MAX_REQUIRES 16

typedef struct brug__skos_profile {
    brug__arena arena;
    const char *name;
    const char *scheme;                      /* NULL: concepts are of the main release */
    brug__strmap preds;                      /* predicate URI -> (code << 8) | arg */
    brug__strmap classes;                    /* class URI -> brug_kind */
    const char *notes[BRUG__SKOS_MAX_NOTES]; /* note kinds ("description", ...) */
    size_t nnotes;
    double weights[BRUG__SKOS_MAX_REQUIRES];
    size_t nweights;
    double essential_from;    /* a requirement of at least this weight is essential */
    const char *default_lang; /* of literals without a language tag */
} brug__skos_profile;

/*
 * Load profile name_or_path into p (released with brug__skos_profile_release).
 * BRUG_EINVAL unknown name / unreadable file, BRUG_EPARSE malformed
 * profile (why gets the message), BRUG_ENOMEM.
 */
brug_err brug__skos_profile_load(brug__skos_profile *p, const brug_alloc *alloc,
                                 const char *name_or_path, char *why, size_t whysize);

void brug__skos_profile_release(brug__skos_profile *p);

#endif
