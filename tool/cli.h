/*
 * cli.h - the command-line tool's shared pieces: the command and option
 * tables, option parsing, and opening the database.
 *
 * Each subcommand lives in tool/cmd_<name>.c and defines
 *     const cli_command cli_cmd_<name> = {...};
 * The build generates the dispatch table from the cmd_*.c files, so adding
 * a command is adding a file (plus docs/cli/<name>.md and a test).
 * Commands use only the public API (brug/brug.h).
 */
#ifndef BRUG_CLI_H
#define BRUG_CLI_H

#include <stdio.h>

#include "brug/brug.h"

/* --first: take the best match of a label even when it is unclear. */
enum { CLI_OPT_FIRST = 299 };
#define CLI_FIRST_OPT                                                                              \
    {                                                                                              \
        "first", CLI_OPT_FIRST, NULL, "take the best match of a label even when it is not clear"   \
    }

/* Exit statuses. */
enum { CLI_OK = 0, CLI_FAIL = 1, CLI_USAGE = 2 };

typedef struct cli_ctx {
    const char *db_path; /* --db, $BRUG_DB, or "brug.db" */
    FILE *out;           /* results */
    FILE *err;           /* diagnostics and progress */
    int err_is_tty;      /* progress indicators only on a terminal */
} cli_ctx;

/* One option of a command: --name (with an argument when arg != NULL). */
typedef struct cli_opt {
    const char *name; /* without the leading "--" */
    int key;          /* returned by cli_args_next: a letter or a value >= 256 */
    const char *arg;  /* argument placeholder ("N"), NULL for a flag */
    const char *help; /* one line */
} cli_opt;

typedef struct cli_command {
    const char *name;
    const char *args;    /* positional arguments in the usage line, or "" */
    const char *summary; /* one line */
    const cli_opt *opts; /* terminated by an entry with name == NULL */
    int (*run)(int argc, const char **argv, cli_ctx *ctx);
} cli_command;

/* Most positional arguments a command takes (e.g. several import folders). */
#define CLI_MAX_POS 64

/* Parser state over a command's arguments (argv[0] is the command name). */
typedef struct cli_args {
    const cli_command *cmd;
    int argc;
    const char **argv;
    int i;                        /* private */
    int only_pos;                 /* private: after "--" */
    const char *pos[CLI_MAX_POS]; /* positional arguments collected so far */
    int npos;
    FILE *err;
} cli_args;

enum { CLI_ARGS_END = 0, CLI_ARGS_ERROR = -1, CLI_ARGS_HELP = -2 };

/* Start parsing argv (argv[0] is the command name); errors go to err. */
void cli_args_init(cli_args *a, const cli_command *cmd, int argc, const char **argv, FILE *err);

/*
 * The key of the next option, with *val set to its argument (NULL for a
 * flag).  CLI_ARGS_END when done (positionals are then in a->pos),
 * CLI_ARGS_HELP after printing usage for --help, CLI_ARGS_ERROR after
 * printing what was wrong.
 */
int cli_args_next(cli_args *a, const char **val /* OUT */);

/* Print the command's usage and option table to f. */
void cli_usage(const cli_command *cmd, FILE *f);

/* Open ctx->db_path with flags; print the error and return NULL on failure. */
brug_db *cli_db_open(cli_ctx *ctx, unsigned flags);

/*
 * Resolve what a person typed (a URI or a label) to one concept of type
 * with brug_resolve(), labels in lang.  Returns the resolution document
 * (json_decref it) or NULL after printing why: for an unclear label, the
 * sentence and the candidates (score, label, URI) and how to choose.
 * first takes the best candidate anyway (--first).  When note != NULL and
 * the text was a label, prints there what it was taken for.
 */
json_t *cli_resolve(cli_ctx *ctx, brug_db *db, const char *what, brug_search_type type,
                    const char *lang, int first, FILE *note);

/*
 * Skills a person listed (--skills a,b,c): each item that is not a URI
 * (has no "://") is resolved to a skill with cli_resolve() (labels in
 * lang; first as --first; what a label was taken for printed on note when
 * not NULL) and replaced in items[] by its URI, a copy added to *owned
 * (free each and the array with cli_strings_free(*owned, *nowned)).
 * BRUG_OK, or an error after printing why (an unclear label lists its
 * candidates).
 */
brug_err cli_skills_resolve(cli_ctx *ctx, brug_db *db, const char **items, size_t n,
                            const char *lang, int first, FILE *note, char ***owned /* OUT */,
                            size_t *nowned /* OUT */);
void cli_strings_free(char **v, size_t n);

/* The language a person gave with --lang, checked (brug_lang_check) and
 * normalized into buf (8 bytes): "nl" for "NL" or "nl-BE"; def when lang
 * is NULL.  NULL after printing why for a language brug does not have. */
const char *cli_lang(cli_ctx *ctx, brug_db *db, const char *lang, const char *def, char *buf);

/* The one name of names (n of them) that typed is a likely typo of (one
 * or two edits, fewer than half its letters), or NULL. */
const char *cli_suggest(const char *typed, const char *const *names, size_t n);

/* Print "brug: WHAT: message" for err (using db's message when there is one)
 * and return CLI_FAIL. */
int cli_fail(cli_ctx *ctx, const brug_db *db, brug_err err, const char *what);

/* Parse the value s of option --opt: a whole number in [0, max], a count in
 * [1, max], a number in [lo, hi].  BRUG_OK, or BRUG_EINVAL after printing
 * what is wrong (CONTRIBUTING.md, "Return values").  Every whole-number
 * range error reads "brug: --opt: expected a whole number from LO to HI,
 * got 'S'". */
brug_err cli_uint_parse(cli_ctx *ctx, const char *opt, const char *s, unsigned long max,
                        unsigned long *out /* OUT */);
brug_err cli_count_parse(cli_ctx *ctx, const char *opt, const char *s, unsigned long max,
                         unsigned long *out /* OUT */);
brug_err cli_double_parse(cli_ctx *ctx, const char *opt, const char *s, double lo, double hi,
                          double *out /* OUT */);

/* A brug_match_progress_fn for the batch commands: "matching: 45% (450000
 * of 1000000 passports)" redrawn on standard error when it is a terminal;
 * ctx is the cli_ctx. */
void cli_match_progress(void *ctx, uint64_t done, uint64_t total);

#endif
