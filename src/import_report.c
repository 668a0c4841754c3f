/*
 * import_report.c - the brug_import_report every import fills: releasing
 * it and turning it into the JSON document `brug import KIND --json`
 * prints (one shape for every kind).
 */
#include <string.h>

#include "brug/import.h"
#include "alloc.h"

void brug_import_report_init(brug_import_report *report)
{
    memset(report, 0, sizeof(*report));
}

void brug_import_report_release(brug_import_report *report)
{
    brug_alloc a;
    size_t i;
    if (!report)
        return;
    a = report->alloc_;
    if (a.free) {
        for (i = 0; i < report->nfiles; i++)
            brug__free(&a, report->files[i].path);
        brug__free(&a, report->files);
        for (i = 0; i < report->nignored; i++)
            brug__free(&a, report->ignored[i]);
        brug__free(&a, report->ignored);
        for (i = 0; i < report->nexamples; i++) {
            brug__free(&a, report->examples[i].where);
            brug__free(&a, report->examples[i].uri);
        }
        for (i = 0; i < report->nresolved; i++) {
            brug__free(&a, report->resolved[i].where);
            brug__free(&a, report->resolved[i].label);
            brug__free(&a, report->resolved[i].uri);
        }
        brug__free(&a, report->resolved);
    }
    memset(report, 0, sizeof(*report));
    report->alloc_ = a;
}

json_t *brug_import_report_json(const brug_import_report *r)
{
    json_t *root = json_object(), *files = json_array(), *langs = json_array(),
           *written = json_object(), *dang = json_object(), *ex = json_array(),
           *ignored = json_array(), *resolved = json_array(), *coverage = json_array();
    size_t i;
    const char *p;
    if (!root || !files || !langs || !written || !dang || !ex || !ignored || !resolved ||
        !coverage) {
        json_decref(resolved);
        json_decref(coverage);
        json_decref(ignored);
        json_decref(root);
        json_decref(files);
        json_decref(langs);
        json_decref(written);
        json_decref(dang);
        json_decref(ex);
        return NULL;
    }
    json_object_set_new(root, "kind", r->kind ? json_string(r->kind) : json_null());
    json_object_set_new(root, "taxonomy_version",
                        r->taxonomy_version[0] ? json_string(r->taxonomy_version) : json_null());
    for (p = r->languages; *p;) {
        const char *c = strchr(p, ',');
        size_t n = c ? (size_t)(c - p) : strlen(p);
        json_array_append_new(langs, json_stringn(p, n));
        p += n + (c != NULL);
    }
    json_object_set_new(root, "languages", langs);
    json_object_set_new(root, "seconds", json_real(r->seconds));
    for (i = 0; i < r->nfiles; i++) {
        const brug_import_file *f = &r->files[i];
        json_array_append_new(files,
                              json_pack("{s:s, s:s, s:s?, s:s?, s:I, s:I}", "path", f->path, "kind",
                                        f->kind, "lang", f->lang[0] ? f->lang : NULL, "format",
                                        f->format[0] ? f->format : NULL, "rows",
                                        (json_int_t)f->rows, "dangling", (json_int_t)f->dangling));
    }
    json_object_set_new(root, "files", files);
    for (i = 0; i < r->nignored; i++)
        json_array_append_new(ignored, json_string(r->ignored[i]));
    json_object_set_new(root, "ignored", ignored);
    json_object_set_new(root, "records", json_integer((json_int_t)r->records));
    json_object_set_new(root, "replaced", json_integer((json_int_t)r->replaced));
#define W(name) json_object_set_new(written, #name, json_integer((json_int_t)r->name))
    W(concepts);
    W(occupations);
    W(skills);
    W(skill_groups);
    W(isco_groups);
    W(labels);
    W(supplementary_labels);
    W(kept_release_labels);
    W(notes);
    W(occupation_skill);
    W(skill_skill);
    W(broader);
    W(collection_members);
    W(mappings);
#undef W
    json_object_set_new(root, "written", written);
    json_object_set_new(dang, "count", json_integer((json_int_t)r->dangling));
    for (i = 0; i < r->nexamples; i++)
        json_array_append_new(
            ex, json_pack("{s:s, s:s}", "where", r->examples[i].where, "uri", r->examples[i].uri));
    json_object_set_new(dang, "examples", ex);
    json_object_set_new(root, "dangling", dang);
    for (i = 0; i < r->nresolved; i++)
        json_array_append_new(resolved,
                              json_pack("{s:s, s:s, s:s, s:s}", "where", r->resolved[i].where,
                                        "label", r->resolved[i].label, "uri", r->resolved[i].uri,
                                        "how", r->resolved[i].how));
    json_object_set_new(root, "resolved", resolved);
    for (i = 0; i < r->ncoverage; i++)
        json_array_append_new(coverage, json_pack("{s:s, s:s, s:I, s:I}", "lang",
                                                  r->coverage[i].lang, "kind", r->coverage[i].kind,
                                                  "preferred", (json_int_t)r->coverage[i].preferred,
                                                  "total", (json_int_t)r->coverage[i].total));
    json_object_set_new(root, "coverage", coverage);
    return root;
}
