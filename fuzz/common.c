/*
 * common.c - the scratch folder, file helpers and demo database the
 * fuzz drivers share (fuzz.h).
 */
#include "fuzz.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef BRUG_SOURCE_DIR
#define BRUG_SOURCE_DIR "."
#endif

static char tmpdir[256];
static char pathbuf[512];
static char demo_path[512];
static int demo_has_courses;
static char basic_path[512];
static char empty_path[512];

static void die(const char *what, const char *arg)
{
    fprintf(stderr, "fuzz: %s %s: %s\n", what, arg ? arg : "", strerror(errno));
    abort();
}

/* Remove everything in the scratch folder, then the folder (no subfolders
 * deeper than one level are made). */
static void rm_tree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char p[1024];

    if (!d)
        return;
    for (e = readdir(d); e; e = readdir(d)) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        snprintf(p, sizeof(p), "%s/%s", dir, e->d_name);
        if (unlink(p) != 0)
            rm_tree(p);
    }
    closedir(d);
    rmdir(dir);
}

static void cleanup(void)
{
    if (tmpdir[0])
        rm_tree(tmpdir);
}

const char *fuzz_tmpdir(void)
{
    const char *base;

    if (tmpdir[0])
        return tmpdir;
    base = getenv("TMPDIR");
    if (!base || !*base)
        base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(tmpdir, sizeof(tmpdir), "%s/brug-fuzz-XXXXXX", base);
    if (!mkdtemp(tmpdir))
        die("mkdtemp", tmpdir);
    atexit(cleanup);
    return tmpdir;
}

const char *fuzz_path(const char *name)
{
    snprintf(pathbuf, sizeof(pathbuf), "%s/%s", fuzz_tmpdir(), name);
    return pathbuf;
}

void fuzz_write(const char *path, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");

    if (!f)
        die("cannot write", path);
    if (size && fwrite(data, 1, size, f) != size)
        die("cannot write", path);
    if (fclose(f) != 0)
        die("cannot write", path);
}

void fuzz_remove_db(const char *path)
{
    char p[600];

    unlink(path);
    snprintf(p, sizeof(p), "%s-wal", path);
    unlink(p);
    snprintf(p, sizeof(p), "%s-shm", path);
    unlink(p);
}

void fuzz_copy(const char *src, const char *dst)
{
    FILE *in = fopen(src, "rb"), *out;
    char buf[65536];
    size_t n;

    if (!in)
        die("cannot read", src);
    out = fopen(dst, "wb");
    if (!out)
        die("cannot write", dst);
    for (n = fread(buf, 1, sizeof(buf), in); n > 0; n = fread(buf, 1, sizeof(buf), in))
        if (fwrite(buf, 1, n, out) != n)
            die("cannot write", dst);
    fclose(in);
    if (fclose(out) != 0)
        die("cannot write", dst);
}

brug_db *fuzz_db_open(const char *path)
{
    brug_db *db = NULL;
    brug_err err = brug_db_open(path, BRUG_OPEN_CREATE, NULL, &db);

    if (err) {
        fprintf(stderr, "fuzz: cannot open %s: %s\n", path, brug_errmsg(db));
        abort();
    }
    return db;
}

const char *fuzz_source_dir(void)
{
    const char *s = getenv("BRUG_SOURCE_DIR");

    return s && *s ? s : BRUG_SOURCE_DIR;
}

const char *fuzz_demo_db(int with_courses)
{
    char en[600], nl[600], courses[600];
    const char *dirs[2];
    brug_db *db;
    brug_err err;

    if (demo_path[0] && demo_has_courses == with_courses)
        return demo_path;
    snprintf(demo_path, sizeof(demo_path), "%s/demo%d.db", fuzz_tmpdir(), with_courses);
    snprintf(en, sizeof(en), "%s/data/demo/en", fuzz_source_dir());
    snprintf(nl, sizeof(nl), "%s/data/demo/nl", fuzz_source_dir());
    snprintf(courses, sizeof(courses), "%s/data/demo/courses.csv", fuzz_source_dir());
    fuzz_remove_db(demo_path);
    db = fuzz_db_open(demo_path);
    dirs[0] = en;
    dirs[1] = nl;
    err = brug_import_esco(db, dirs, 2, NULL, NULL);
    if (!err && with_courses)
        err = brug_courses_import(db, courses, NULL, NULL);
    if (err) {
        fprintf(stderr, "fuzz: cannot import the demo data: %s\n", brug_errmsg(db));
        abort();
    }
    brug_db_close(db);
    demo_has_courses = with_courses;
    return demo_path;
}

const char *fuzz_basic_db(void)
{
    char en[600], nl[600];
    const char *dirs[2];
    brug_db *db;
    brug_err err;

    if (basic_path[0])
        return basic_path;
    snprintf(basic_path, sizeof(basic_path), "%s/basic.db", fuzz_tmpdir());
    snprintf(en, sizeof(en), "%s/tests/data/ok_basic/en", fuzz_source_dir());
    snprintf(nl, sizeof(nl), "%s/tests/data/ok_basic/nl", fuzz_source_dir());
    fuzz_remove_db(basic_path);
    db = fuzz_db_open(basic_path);
    dirs[0] = en;
    dirs[1] = nl;
    err = brug_import_esco(db, dirs, 2, NULL, NULL);
    if (err) {
        fprintf(stderr, "fuzz: cannot import ok_basic: %s\n", brug_errmsg(db));
        abort();
    }
    brug_db_close(db);
    return basic_path;
}

const char *fuzz_empty_db(void)
{
    if (empty_path[0])
        return empty_path;
    snprintf(empty_path, sizeof(empty_path), "%s/empty.db", fuzz_tmpdir());
    fuzz_remove_db(empty_path);
    brug_db_close(fuzz_db_open(empty_path));
    return empty_path;
}
