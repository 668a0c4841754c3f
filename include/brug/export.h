/*
 * export.h - symbol visibility for brug's public API.
 *
 * The library is built with hidden visibility; BRUG_API marks the functions
 * that make up the published interface.
 */
#ifndef BRUG_EXPORT_H
#define BRUG_EXPORT_H

#if defined(__GNUC__)
#define BRUG_API __attribute__((visibility("default")))
#else
#define BRUG_API
#endif

#endif
