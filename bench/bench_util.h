/*
 * bench_util.h - the small helpers every benchmark program uses: a
 * monotonic clock, a comparison for sorting timings, and the machine's
 * load average (printed next to figures, since the machine is shared).
 */
#ifndef BRUG_BENCH_UTIL_H
#define BRUG_BENCH_UTIL_H

#include <stdio.h>
#include <time.h>

/* Seconds on the monotonic clock. */
static inline double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* qsort order of doubles, ascending. */
static inline int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Print the load average (Linux), since it moves every time. */
static inline void print_load(const char *when)
{
    double l1, l5, l15;
    FILE *f = fopen("/proc/loadavg", "r");
    if (f && fscanf(f, "%lf %lf %lf", &l1, &l5, &l15) == 3)
        printf("load average %s: %.2f %.2f %.2f (1, 5, 15 min)\n", when, l1, l5, l15);
    else
        printf("load average %s: unknown\n", when);
    if (f)
        fclose(f);
}

#endif
