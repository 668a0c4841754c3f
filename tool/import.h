/*
 * import.h - the kinds of data `brug import KIND ...` reads.
 *
 * Each kind is a cli_command named "import KIND" defined in
 * tool/import_<kind>.c as `const cli_command cli_import_<kind>`, and listed
 * once in CLI_IMPORT_KINDS below; cmd_import.c dispatches on the kind.
 * Adding a kind (courses, passports, offers) is one line here plus its
 * file and a section in docs/cli/import.md.
 */
#ifndef BRUG_CLI_IMPORT_H
#define BRUG_CLI_IMPORT_H

#include "cli.h"

#define CLI_IMPORT_KINDS(X)                                                                        \
    X(esco)                                                                                        \
    X(skos)                                                                                        \
    X(labels)                                                                                      \
    X(courses)                                                                                     \
    X(passports)                                                                                   \
    X(offers)

#define CLI_IMPORT_DECLARE(kind) extern const cli_command cli_import_##kind;
CLI_IMPORT_KINDS(CLI_IMPORT_DECLARE)
#undef CLI_IMPORT_DECLARE

#endif
