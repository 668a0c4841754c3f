/*
 * cmd_import.c - `brug import KIND ...`: dispatch to the import kinds
 * listed in tool/import.h (esco, and later courses, passports, offers).
 */
#include <string.h>

#include "import.h"

static const cli_command *const kinds[] = {
#define CLI_IMPORT_ENTRY(kind) &cli_import_##kind,
    CLI_IMPORT_KINDS(CLI_IMPORT_ENTRY)
#undef CLI_IMPORT_ENTRY
};

#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

static const cli_opt opts[] = {
    {NULL, 0, NULL, NULL},
};

static int run(int argc, const char **argv, cli_ctx *ctx);

const cli_command cli_cmd_import = {
    "import", "KIND ...", "import data into the database (kinds: see below)", opts, run,
};

static void usage(FILE *f)
{
    size_t i;
    cli_usage(&cli_cmd_import, f);
    fputs("\nkinds:\n", f);
    for (i = 0; i < NKINDS; i++)
        fprintf(f, "  %-24s %s\n", kinds[i]->name + strlen("import "), kinds[i]->summary);
    for (i = 0; i < NKINDS; i++) {
        fputc('\n', f);
        cli_usage(kinds[i], f);
    }
}

static int run(int argc, const char **argv, cli_ctx *ctx)
{
    size_t i;
    if (argc < 2) {
        usage(ctx->err);
        return CLI_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(stdout);
        return CLI_OK;
    }
    for (i = 0; i < NKINDS; i++)
        if (strcmp(kinds[i]->name + strlen("import "), argv[1]) == 0)
            return kinds[i]->run(argc - 1, argv + 1, ctx);
    fprintf(ctx->err, "brug import: unknown kind '%s'; see 'brug import --help'\n", argv[1]);
    return CLI_USAGE;
}
