/*
 * bridges.h - skill-based job-to-job transitions with explained skill gaps.
 *
 * A brug_bridges index is built from an ontology snapshot (brug_onto): every
 * occupation becomes a sparse weighted skill profile (essential skills
 * weigh more than optional ones, specific skills more than ubiquitous
 * ones), and every skill knows which other skills it gives partial credit
 * for (its broader and narrower skills, related skills and siblings in the
 * hierarchy).  From it:
 *
 *   - the transition score A -> B in [0, 1]: the weighted share of B's
 *     skill requirement that A covers (asymmetric; A -> A = 1; adding a
 *     skill to the source never lowers it; deterministic);
 *   - the symmetric similarity sqrt(score(A->B) * score(B->A));
 *   - bridges: the best targets from an occupation or a person's skill set,
 *     each with the skills carried over and the missing ones ranked by how
 *     much they matter (brug_bridges_query_run, brug_bridges_explain);
 *   - the whole transition matrix, on several threads (brug_bridges_matrix);
 *   - the k best multi-step career paths (brug_bridges_paths).
 *
 * The formulas and every weight are documented in docs/bridges.md.  All
 * weights live in brug_bridges_weights; brug_bridges_weights_init() sets
 * the defaults.
 *
 * Thread safety: a built index is read-only after brug_bridges_new; any
 * number of threads may query it at once (each call takes its scratch
 * memory from a small mutex-guarded pool in the index, or allocates it).
 * Calls that can fail on their input take a caller's buffer (msg,
 * msgsize; msg may be NULL) for a message naming what was wrong.  The
 * index keeps a pointer to the snapshot, which must outlive it.
 */
#ifndef BRUG_BRIDGES_H
#define BRUG_BRIDGES_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "brug/onto.h"

typedef struct brug_bridges brug_bridges;

/* Every tunable number of the method, with its default in brackets. */
typedef struct brug_bridges_weights {
    /* Target-side importance of a skill in an occupation's profile. */
    double essential; /* [1.0]  weight of an essential skill */
    double optional;  /* [0.35] weight of an optional skill */
    double idf_power; /* [1.0]  exponent of the specificity (IDF) factor; 0 turns it off */
    /* Partial credit for a required skill the source does not hold, given
     * by a skill it does hold (the best single credit counts). */
    double credit_narrower;          /* [0.6]  holds a narrower (more specific) skill of it */
    double credit_broader;           /* [0.5]  holds its broader (more general) skill */
    double credit_related_essential; /* [0.5] ESCO essential skill-skill relation, either way */
    double credit_related_optional;  /* [0.35] ESCO optional skill-skill relation, either way */
    double credit_sibling;           /* [0.25] shares a direct broader skill or skill group */
    double sibling_max_group;        /* [50]  ... with at most this many members (a larger
                                      *        group says too little about closeness) */
    /* Collections: an occupation belongs to collection C ("green", "digital",
     * ...) when ESCO lists it there, or when at least this share of its
     * essential skills (weighted by specificity) are skills of C, and at
     * least collection_min_skills of them. */
    double collection_share;      /* [0.2] */
    double collection_min_skills; /* [2] */
    /* Career paths: a step A -> B counts score * (1 - path_step_cost) and
     * a route the product of its steps (cost: -ln of it); only the
     * path_edges best viable targets of each occupation with a score of
     * at least path_min_score are considered. */
    double path_step_cost; /* [0.1] in [0, 0.99] */
    double path_min_score; /* [0.3] */
    double path_edges;     /* [60]  (a whole number) */
    /* The transition score of an occupation source is the weighted mean of
     * its facets (docs/bridges.md, section 3; defaults fitted on the
     * development reference, section 11).  A person's skill set has only
     * the coverage facet. */
    double facet_coverage;   /* skill coverage (the score above) */
    double facet_latent;     /* cosine in the latent skill space */
    double facet_text;       /* cosine of label + description TF-IDF (all languages; the
                              * ISCO unit group's description at half weight) */
    double facet_isco;       /* shared ISCO digits / 4 */
    double facet_activities; /* cosine of the skills-hierarchy profiles */
    double facet_level;      /* 1 - |skill level difference| / 3 */
    double latent_dims;      /* dimensions of the latent space (0 disables it) */
    /* Viability: a bridge is viable when it scores at least this and needs
     * no new formal education (docs/bridges.md, section 5). */
    double viable_min_score; /* [0.3] */
    /* Sibling credit (two skills under one small parent) only between
     * skills that occupations use together: the Jaccard index of the
     * occupations listing each is at least this (0: no such test); never
     * for language skills. */
    double sibling_min_jaccard; /* [0.1] */
} brug_bridges_weights;

/* Fill w with the defaults above. */
BRUG_API void brug_bridges_weights_init(brug_bridges_weights *w);

/*
 * Set one weight from "name=value" (spaces around '=' allowed), e.g.
 * "optional=0.4".  On error returns BRUG_EINVAL (unknown name, malformed or
 * out-of-range value) and writes a message into msg (msgsize bytes; msg may
 * be NULL).  w is unchanged on error.
 */
BRUG_API brug_err brug_bridges_weights_set(brug_bridges_weights *w, const char *assignment,
                                           char *msg, size_t msgsize);

/*
 * Read weights from a file of "name = value" lines ('#' starts a comment,
 * blank lines ignored), on top of what w holds.  Errors: BRUG_EIO (cannot
 * read path), BRUG_EINVAL with "FILE:LINE: what is wrong" in msg.  On
 * error w is unchanged.
 */
BRUG_API brug_err brug_bridges_weights_load(brug_bridges_weights *w, const char *path, char *msg,
                                            size_t msgsize);

/* {"essential": 1.0, ...}: every weight by name.  Caller json_decref()s; NULL on OOM. */
BRUG_API json_t *brug_bridges_weights_json(const brug_bridges_weights *w);

/*
 * Build the index over onto with weights w (NULL: defaults).  alloc may be
 * NULL (libc).  On success *out is freed with brug_bridges_free().
 * Returns BRUG_ENOMEM, or BRUG_EINVAL for weights out of range.
 */
BRUG_API brug_err brug_bridges_new(const brug_onto *onto, const brug_bridges_weights *w,
                                   const brug_alloc *alloc, brug_bridges **out /* OUT */);

/* Where an index's costly models (latent space, text vectors, work
 * activities) came from. */
typedef enum brug_bridges_model_state {
    BRUG_BRIDGES_MODEL_BUILT = 0,  /* built in memory: none stored, or weights (essential,
                                    * optional, idf_power, latent_dims) other than the
                                    * defaults the stored ones are built with */
    BRUG_BRIDGES_MODEL_LOADED = 1, /* loaded from the database */
    BRUG_BRIDGES_MODEL_STALE = 2,  /* the stored ones do not fit this ontology (changed
                                    * since, or stored by another version): built in memory */
} brug_bridges_model_state;

/*
 * The same index as brug_bridges_new, with the models that an import
 * stored in db (every taxonomy import builds them with the default
 * weights, docs/bridges.md section 10) loaded instead of built when
 * their fingerprint matches onto and w; otherwise they are built, as by
 * brug_bridges_new (brug_bridges_model_state_of says which).  Results
 * are identical either way.  Errors (BRUG_ENOMEM, BRUG_EINVAL, database
 * errors) with the message on db.  db is not kept.
 */
BRUG_API brug_err brug_bridges_open(brug_db *db, const brug_onto *onto,
                                    const brug_bridges_weights *w, const brug_alloc *alloc,
                                    brug_bridges **out /* OUT */);

/* Where b's models came from (BRUG_BRIDGES_MODEL_BUILT for NULL). */
BRUG_API brug_bridges_model_state brug_bridges_model_state_of(const brug_bridges *b);

/* Free the index; NULL is a no-op.  The snapshot is not freed. */
BRUG_API void brug_bridges_free(brug_bridges *b);

/* The weights the index was built with. */
BRUG_API const brug_bridges_weights *brug_bridges_weights_of(const brug_bridges *b);

/*
 * Transition score from occupation `from` to occupation `to` (dense
 * indexes of brug_onto), in [0, 1]; 0 for an index out of range.
 * brug_bridges_similarity is the symmetric version.
 */
BRUG_API double brug_bridges_score(const brug_bridges *b, uint32_t from, uint32_t to);
BRUG_API double brug_bridges_similarity(const brug_bridges *b, uint32_t x, uint32_t y);

/*
 * Scores from a source to every occupation, written to scores[0..nocc-1].
 * The source is occupation `from` when skills == NULL, else the skill set
 * skills[0..nskills-1] (dense skill indexes; duplicates allowed).
 * BRUG_EINVAL for an index out of range, BRUG_ENOMEM.
 */
BRUG_API brug_err brug_bridges_scores(const brug_bridges *b, uint32_t from, const uint32_t *skills,
                                      size_t nskills, double *scores /* OUT: nocc values */);

/* Whether occupation i counts as a member of collection bit `bit` (see
 * collection_share above).  0 for a bit or index out of range. */
BRUG_API int brug_bridges_in_collection(const brug_bridges *b, uint32_t i, int bit);

/* A bridges query: from an occupation or from a person's skills. */
typedef struct brug_bridges_query {
    const char *from;          /* occupation URI, or NULL when skills are given */
    const char *const *skills; /* skill URIs of a person (used when from == NULL) */
    size_t nskills;
    unsigned top;            /* most results; 0 means 10 */
    double min_score;        /* drop results below this */
    const char *collection;  /* only occupations of this collection ("green"), or NULL */
    const char *isco_prefix; /* only occupations whose ISCO code starts so, or NULL */
    const char *lang;        /* labels in this language (fallback English); NULL: "en" */
    unsigned max_missing;    /* most skills listed per missing list; 0 means all */
    int viable_only;         /* only viable bridges (score >= viable_min_score and no new
                              * formal education needed; docs/bridges.md section 5) */
} brug_bridges_query;

/*
 * Run a bridges query.  On success *out is a new document the caller
 * frees with json_decref():
 *
 *   {"from": {"uri", "label"} | {"skills": [{"uri", "label"}], "label"},
 *    "results": [
 *      {"uri", "label", "score",
 *       "carried": [{"uri", "label", "essential", "weight"}],
 *       "missing_essential": [{"uri", "label", "weight", "credit", "gain",
 *                              "via": {"uri", "label", "relation"} | null}],
 *       "missing_optional": [... same ...],
 *       "explanation": "one line"}, ...]}
 *
 * Results are sorted by score (ties by URI) and exclude the source
 * occupation.  weight is the skill's share of the target's requirement,
 * credit the partial credit the source already earns for it (0 when none),
 * gain = weight * (1 - credit) the score the target would rise by were the
 * skill learned; missing lists are sorted by gain (then weight, then URI).
 * via names the held skill that earns the partial credit and how it is
 * related ("narrower", "broader", "related", "sibling").
 * Errors: BRUG_ENOTFOUND (unknown occupation, skill or collection; the
 * message names it), BRUG_EINVAL (no source), BRUG_ENOMEM.
 */
BRUG_API brug_err brug_bridges_query_run(const brug_bridges *b, const brug_bridges_query *q,
                                         json_t **out /* OUT */, char *msg, size_t msgsize);

/* Where people come from: the bridges INTO one occupation. */
typedef struct brug_bridges_incoming_query {
    const char *to;          /* occupation URI */
    unsigned top;            /* most results; 0 means 10 */
    double min_score;        /* drop origins below this */
    const char *collection;  /* only origins of this collection, or NULL */
    const char *isco_prefix; /* only origins whose ISCO code starts so, or NULL */
    const char *lang;        /* labels in this language (fallback English); NULL: "en" */
    unsigned max_missing;    /* most skills listed per missing list; 0 means all */
    int viable_only;         /* only viable bridges (as brug_bridges_query) */
} brug_bridges_incoming_query;

/*
 * The occupations whose bridges into q->to score highest, best first (ties
 * by URI): the transposed question of brug_bridges_query_run, for "where do
 * people come from" (an occupation page, an employer recruiting outside
 * the trade).  Each origin's score, facets and flags are exactly those its
 * own bridges query gives for q->to.  On success *out is
 *
 *   {"to": {"uri", "label", "label_lang"},
 *    "results": [ the objects of brug_bridges_query_run's "results", but
 *                 "uri"/"label" name the ORIGIN; "carried" and "missing_*"
 *                 are what the origin brings to, and lacks for, q->to ]}
 *
 * Errors: BRUG_ENOTFOUND (unknown occupation or collection), BRUG_EINVAL
 * (no q->to), BRUG_ENOMEM; a message in msg.
 */
BRUG_API brug_err brug_bridges_incoming(const brug_bridges *b, const brug_bridges_incoming_query *q,
                                        json_t **out /* OUT */, char *msg, size_t msgsize);

/*
 * One bridge explained, from occupation URI from_uri (or, when from_uri is
 * NULL, the person's skill URIs) to occupation URI to_uri: the same object
 * as one element of "results" above, lists complete.  For the training
 * planner: missing_essential/missing_optional are the gap with weights.
 */
BRUG_API brug_err brug_bridges_explain(const brug_bridges *b, const char *from_uri,
                                       const char *const *skills, size_t nskills,
                                       const char *to_uri, const char *lang, json_t **out /* OUT */,
                                       char *msg, size_t msgsize);

/*
 * The full transition matrix: out[from * nocc + to] = score, for every pair
 * of occupations (row-major, nocc = brug_onto_occupation_count).  Runs on
 * nthreads threads (0: 2).  With symmetric != 0, the similarity instead.
 * BRUG_ENOMEM.  (A thread that cannot be started leaves its rows to the
 * calling thread.)
 */
BRUG_API brug_err brug_bridges_matrix(const brug_bridges *b, unsigned nthreads, int symmetric,
                                      float *out /* OUT: nocc * nocc */);

/*
 * The k best targets of every occupation (the occupation itself excluded),
 * best first, ties by index: to[from * k + j], score[from * k + j]; slots
 * beyond the available targets hold BRUG_NO_INDEX and 0.  Same threads and
 * errors as brug_bridges_matrix.
 */
BRUG_API brug_err brug_bridges_topk(const brug_bridges *b, unsigned k, unsigned nthreads,
                                    int symmetric, uint32_t *to /* OUT: nocc * k */,
                                    float *score /* OUT: nocc * k */);

/* A career path query. */
typedef struct brug_bridges_path_query {
    const char *from;          /* occupation URI */
    const char *to;            /* occupation URI, or NULL when to_collection is given */
    const char *to_collection; /* any occupation of this collection ("green") */
    unsigned k;                /* routes wanted; 0 means 3 */
    unsigned max_steps;        /* most steps per route; 0 means 4 */
    const char *lang;          /* labels; NULL: "en" */
    unsigned nthreads;         /* for building the transition graph; 0 means 2 */
} brug_bridges_path_query;

/*
 * The k best loop-free routes (Yen's algorithm over the graph of each
 * occupation's best viable transitions; a step costs -ln(score) -
 * ln(1 - path_step_cost)), best first:
 *
 *   {"from": {"uri", "label"}, "to": {"uri", "label"} | {"collection"},
 *    "paths": [{"cost", "score", "product", "length",
 *               "steps": [{"from", "to", "label", "score", "coverage", "flags",
 *                          "carried": n, "missing_essential": [{"uri", "label", "gain"}],
 *                          "explanation"}]}]}
 *
 * score = exp(-cost), the product of the step scores each discounted by
 * (1 - path_step_cost), non-increasing down the list; product: of the
 * step scores alone.  Every step is viable (flags.viable).
 *
 * Fewer than k paths when fewer exist.  Errors: BRUG_ENOTFOUND, BRUG_EINVAL,
 * BRUG_ENOMEM, BRUG_EINTERNAL.
 */
BRUG_API brug_err brug_bridges_paths(const brug_bridges *b, const brug_bridges_path_query *q,
                                     json_t **out /* OUT */, char *msg, size_t msgsize);

/* Evaluation against a reference of related occupations. */
typedef struct brug_bridges_eval_opts {
    unsigned at;    /* precision at; 0 means 10 (at most 64) */
    int fit;        /* also fit the facet weights, with cross-validation */
    unsigned folds; /* cross-validation folds; 0 means 5 (2..20) */
} brug_bridges_eval_opts;

/*
 * Precision@N of the transition score (the index's weights), of the two
 * simple baselines (IDF-weighted coverage and cosine of IDF-weighted skill
 * sets) and of each facet alone, on the reference in directory refdir
 * (esco_onet_crosswalk.csv, onet_related_dev.csv; the measure is the
 * reference README's, see docs/bridges.md section 11).  With opts->fit,
 * also the curve of facets added one at a time, each fitted by coordinate
 * ascent with opts->folds-fold cross-validation over the origins (grouped
 * by O*NET code): every fold's train and test precision and weights, the
 * mean, and the weights fitted on all origins.  *out (caller
 * json_decref()s):
 *
 *   {"origins", "destinations", "at",
 *    "methods": {"score", "baseline_idf_coverage", "baseline_idf_cosine"},
 *    "facets_alone": {"coverage", "latent", ...}, "weights": {...},
 *    "curve": [{"added", "folds": [{"fold", "train", "test", "weights"}],
 *               "mean_test", "pooled_test", "fit_all", "weights_all"}],
 *    "fit": (the last element of curve)}
 *
 * Errors: BRUG_EIO (a file cannot be read), BRUG_EINVAL ("FILE:LINE:
 * ..." for a malformed line, or bad options), BRUG_EEMPTY (no origin in
 * this taxonomy), BRUG_ENOMEM.  Deterministic.
 */
BRUG_API brug_err brug_bridges_eval(const brug_bridges *b, const char *refdir,
                                    const brug_bridges_eval_opts *opts, json_t **out /* OUT */,
                                    char *msg, size_t msgsize);

#endif
