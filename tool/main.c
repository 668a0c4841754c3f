/*
 * main.c - the brug command-line tool: global options, then dispatch to a
 * subcommand from the table generated out of tool/cmd_*.c.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define CLI_COMMAND(n) extern const cli_command cli_cmd_##n;
#include "commands.def"
#undef CLI_COMMAND

static const cli_command *const commands[] = {
#define CLI_COMMAND(n) &cli_cmd_##n,
#include "commands.def"
#undef CLI_COMMAND
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static void usage(FILE *f)
{
    size_t i;
    fputs("usage: brug [--db FILE] COMMAND [options] [args]\n\n"
          "brug: skills ontology, job-to-job bridges, training plans and matching.\n\n"
          "commands:\n",
          f);
    for (i = 0; i < NCOMMANDS; i++)
        fprintf(f, "  %-12s %s\n", commands[i]->name, commands[i]->summary);
    fputs("\nglobal options:\n"
          "  --db FILE    the database (default: $BRUG_DB, else brug.db)\n"
          "  --version    print the version\n"
          "\n'brug COMMAND --help' describes a command.\n"
          "This service uses the ESCO classification of the European Commission.\n",
          f);
}

static const cli_command *find_command(const char *name)
{
    size_t i;
    for (i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i]->name, name) == 0)
            return commands[i];
    return NULL;
}

/* "brug: 'serch' is not a command; did you mean search?" */
static void not_a_command(const char *name)
{
    const char *names[NCOMMANDS], *best;
    size_t i;
    for (i = 0; i < NCOMMANDS; i++)
        names[i] = commands[i]->name;
    best = cli_suggest(name, names, NCOMMANDS);
    if (best)
        fprintf(stderr, "brug: '%s' is not a command; did you mean %s?\n", name, best);
    else
        fprintf(stderr, "brug: '%s' is not a command; see 'brug --help'\n", name);
}

int main(int argc, char **argv)
{
    cli_ctx ctx;
    const cli_command *cmd;
    const char *env = getenv("BRUG_DB");
    int i = 1;

    ctx.db_path = env && env[0] ? env : "brug.db";
    ctx.out = stdout;
    ctx.err = stderr;
    ctx.err_is_tty = isatty(STDERR_FILENO);

    while (i < argc && argv[i][0] == '-') {
        if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
            ctx.db_path = argv[i + 1];
            i += 2;
        } else if (strncmp(argv[i], "--db=", 5) == 0) {
            ctx.db_path = argv[i] + 5;
            i++;
        } else if (strcmp(argv[i], "--version") == 0) {
            printf("brug %s\n", BRUG_VERSION);
            return CLI_OK;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return CLI_OK;
        } else {
            fprintf(stderr, "brug: unknown global option '%s'\n", argv[i]);
            usage(stderr);
            return CLI_USAGE;
        }
    }
    if (i >= argc) {
        usage(stderr);
        return CLI_USAGE;
    }
    if (strcmp(argv[i], "help") == 0) {
        if (i + 1 >= argc) {
            usage(stdout);
            return CLI_OK;
        }
        cmd = find_command(argv[i + 1]);
        if (!cmd) {
            not_a_command(argv[i + 1]);
            return CLI_USAGE;
        }
        cli_usage(cmd, stdout);
        return CLI_OK;
    }
    cmd = find_command(argv[i]);
    if (!cmd) {
        not_a_command(argv[i]);
        return CLI_USAGE;
    }
    return cmd->run(argc - i, (const char **)argv + i, &ctx);
}
