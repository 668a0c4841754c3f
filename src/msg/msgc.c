/*
 * msgc.c - the message catalogue compiler, run by the build (not part of
 * the library).  Reads one catalogue file per language (src/msg/en.txt,
 * src/msg/nl.txt, ...; the language is the file name) and writes a C
 * table for src/msg.c.  The first file is the reference language.
 *
 * A catalogue file holds lines `key = text`; blank lines and lines
 * starting with '#' are ignored.  Keys are lowercase words joined by dots
 * ("plan.why.optional").  Text may hold placeholders {name} (lowercase
 * letters, digits, '_'); "{{" and "}}" are literal braces.  The build fails,
 * naming FILE:LINE, when a line is malformed, a key repeats, a key is
 * missing from a language, or a language uses other placeholders than the
 * reference for the same key, so a catalogue cannot be half translated.
 *
 * Usage: msgc OUT.c FILE...
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LANG 8
#define MAX_MSG 1024
#define MAX_LINE 4096
#define MAX_PH 16

typedef struct msg {
    char *key;
    char *text;
    int line;
} msg;

typedef struct cat {
    char lang[16];
    const char *path;
    msg m[MAX_MSG];
    int n;
} cat;

static cat cats[MAX_LANG];

static char *dup(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (!d) {
        fputs("msgc: out of memory\n", stderr);
        exit(1);
    }
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

static int fail(const char *path, int line, const char *what, const char *arg)
{
    fprintf(stderr, "%s:%d: %s%s%s\n", path, line, what, arg ? ": " : "", arg ? arg : "");
    return 1;
}

/* The placeholder names of text, sorted and joined by ','; 0 on bad syntax. */
static int placeholders(const char *text, char *out, size_t size)
{
    char names[MAX_PH][64];
    int n = 0, i, j;
    const char *p = text;
    size_t len = 0;
    while (*p) {
        if ((p[0] == '{' && p[1] == '{') || (p[0] == '}' && p[1] == '}')) {
            p += 2;
            continue;
        }
        if (*p == '}')
            return 0;
        if (*p == '{') {
            const char *q = ++p;
            while (*q && (islower((unsigned char)*q) || isdigit((unsigned char)*q) || *q == '_'))
                q++;
            if (*q != '}' || q == p || q - p >= 64 || n == MAX_PH)
                return 0;
            memcpy(names[n], p, (size_t)(q - p));
            names[n][q - p] = '\0';
            for (j = 0; j < n && strcmp(names[j], names[n]) != 0; j++)
                ;
            if (j == n)
                n++;
            p = q + 1;
            continue;
        }
        p++;
    }
    for (i = 1; i < n; i++)
        for (j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char t[64];
            memcpy(t, names[j], sizeof(t));
            memcpy(names[j], names[j - 1], sizeof(t));
            memcpy(names[j - 1], t, sizeof(t));
        }
    out[0] = '\0';
    for (i = 0; i < n; i++) {
        size_t l = strlen(names[i]);
        if (len + l + 2 > size)
            return 0;
        if (i)
            out[len++] = ',';
        memcpy(out + len, names[i], l + 1);
        len += l;
    }
    return 1;
}

static int valid_key(const char *k)
{
    const char *p;
    if (!islower((unsigned char)k[0]))
        return 0;
    for (p = k; *p; p++)
        if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '_' || *p == '.'))
            return 0;
    return p[-1] != '.';
}

static int load(cat *c, const char *path)
{
    FILE *f = fopen(path, "r");
    char buf[MAX_LINE], ph[1024];
    const char *base = strrchr(path, '/');
    size_t bl;
    int line = 0, i;
    base = base ? base + 1 : path;
    bl = strcspn(base, ".");
    if (bl == 0 || bl >= sizeof(c->lang))
        return fail(path, 0, "the file name must be the language code (en.txt)", NULL);
    memcpy(c->lang, base, bl);
    c->lang[bl] = '\0';
    c->path = path;
    if (!f)
        return fail(path, 0, "cannot open", NULL);
    while (fgets(buf, sizeof(buf), f)) {
        char *eq, *k, *v, *end;
        size_t len = strlen(buf);
        line++;
        if (len && buf[len - 1] != '\n' && !feof(f)) {
            fclose(f);
            return fail(path, line, "line too long", NULL);
        }
        while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
            buf[--len] = '\0';
        k = buf;
        while (*k == ' ' || *k == '\t')
            k++;
        if (!*k || *k == '#')
            continue;
        eq = strstr(k, " = ");
        if (!eq) {
            fclose(f);
            return fail(path, line, "expected `key = text`", k);
        }
        end = eq;
        while (end > k && (end[-1] == ' ' || end[-1] == '\t'))
            end--;
        v = eq + 3;
        if (c->n == MAX_MSG) {
            fclose(f);
            return fail(path, line, "too many messages", NULL);
        }
        c->m[c->n].key = dup(k, (size_t)(end - k));
        c->m[c->n].text = dup(v, strlen(v));
        c->m[c->n].line = line;
        if (!valid_key(c->m[c->n].key)) {
            fclose(f);
            return fail(path, line, "bad key (lowercase words joined by dots)", c->m[c->n].key);
        }
        if (!placeholders(c->m[c->n].text, ph, sizeof(ph))) {
            fclose(f);
            return fail(path, line, "bad placeholder (use {name}; {{ and }} for braces)",
                        c->m[c->n].key);
        }
        for (i = 0; i < c->n; i++)
            if (strcmp(c->m[i].key, c->m[c->n].key) == 0) {
                fclose(f);
                return fail(path, line, "key defined twice", c->m[c->n].key);
            }
        c->n++;
    }
    fclose(f);
    return 0;
}

static const msg *find(const cat *c, const char *key)
{
    int i;
    for (i = 0; i < c->n; i++)
        if (strcmp(c->m[i].key, key) == 0)
            return &c->m[i];
    return NULL;
}

static int cmp_msg(const void *a, const void *b)
{
    return strcmp(((const msg *)a)->key, ((const msg *)b)->key);
}

static void put_c_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            fprintf(f, "\\%c", ch);
        else if (ch < 0x20 || ch >= 0x7f)
            fprintf(f, "\\%03o", ch);
        else
            fputc(ch, f);
    }
    fputc('"', f);
}

int main(int argc, char **argv)
{
    int nl = argc - 2, l, i, bad = 0;
    FILE *out;
    if (nl < 1 || nl > MAX_LANG) {
        fputs("usage: msgc OUT.c FILE...\n", stderr);
        return 2;
    }
    for (l = 0; l < nl; l++)
        if (load(&cats[l], argv[l + 2]))
            return 1;
    /* Every key of every language in the reference, and the other way round,
     * with the same placeholders. */
    for (l = 1; l < nl; l++) {
        for (i = 0; i < cats[0].n; i++) {
            const msg *m = find(&cats[l], cats[0].m[i].key);
            char a[1024], b[1024];
            if (!m) {
                bad |= fail(cats[l].path, 0, "missing message", cats[0].m[i].key);
                continue;
            }
            placeholders(cats[0].m[i].text, a, sizeof(a));
            placeholders(m->text, b, sizeof(b));
            if (strcmp(a, b) != 0) {
                fprintf(stderr, "%s:%d: %s: placeholders {%s} differ from %s's {%s}\n",
                        cats[l].path, m->line, m->key, b, cats[0].lang, a);
                bad = 1;
            }
        }
        for (i = 0; i < cats[l].n; i++)
            if (!find(&cats[0], cats[l].m[i].key))
                bad |= fail(cats[l].path, cats[l].m[i].line, "not in the reference language",
                            cats[l].m[i].key);
    }
    if (bad)
        return 1;
    qsort(cats[0].m, (size_t)cats[0].n, sizeof(msg), cmp_msg);
    out = fopen(argv[1], "w");
    if (!out)
        return fail(argv[1], 0, "cannot write", NULL);
    fprintf(out, "/* Generated by src/msg/msgc.c from src/msg/<lang>.txt; do not edit. */\n");
    fprintf(out, "#include \"msg_table.h\"\n\n");
    fprintf(out, "const char *const brug__msg_langs[] = {");
    for (l = 0; l < nl; l++)
        fprintf(out, "%s\"%s\"", l ? ", " : "", cats[l].lang);
    fprintf(out, ", NULL};\nconst size_t brug__msg_nlangs = %d;\n\n", nl);
    fprintf(out, "const brug__msg_entry brug__msg_entries[] = {\n");
    for (i = 0; i < cats[0].n; i++) {
        fprintf(out, "    {");
        put_c_string(out, cats[0].m[i].key);
        fprintf(out, ", {");
        for (l = 0; l < nl; l++) {
            if (l)
                fprintf(out, ", ");
            put_c_string(out, find(&cats[l], cats[0].m[i].key)->text);
        }
        fprintf(out, "}},\n");
    }
    fprintf(out, "};\nconst size_t brug__msg_nentries = %d;\n", cats[0].n);
    if (fclose(out) != 0)
        return fail(argv[1], 0, "cannot write", NULL);
    return 0;
}
