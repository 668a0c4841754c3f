/*
 * import_report.h - what every `brug import KIND` prints: the progress
 * line on a terminal, the report as JSON (--json), the label coverage and
 * the warnings for skipped references, from the one brug_import_report.
 */
#ifndef BRUG_CLI_IMPORT_REPORT_H
#define BRUG_CLI_IMPORT_REPORT_H

#include "cli.h"

/* The progress callback for brug_import_opts (ctx is the cli_ctx). */
void cli_import_progress(void *ctx, const brug_import_progress *p);

/* Set o->progress when stderr is a terminal and not json. */
void cli_import_progress_on(cli_ctx *ctx, brug_import_opts *o, int json);

/* Clear the progress line (when progress was on). */
void cli_import_progress_off(cli_ctx *ctx, const brug_import_opts *o);

/* Print the report as JSON on ctx->out; 0, or -1 when out of memory. */
int cli_import_print_json(cli_ctx *ctx, const brug_import_report *r);

/* "coverage: nl: 2,218 of 13,896 skills have a preferred label" lines. */
void cli_import_print_coverage(cli_ctx *ctx, const brug_import_report *r);

/* The warning for skipped (dangling) references, on stderr; what names
 * them ("relations naming a URI no file defines"). */
void cli_import_print_dangling(cli_ctx *ctx, const brug_import_report *r, const char *what);

/* "1,234" */
const char *cli_thousands(uint64_t v, char *buf, size_t size);

#endif
