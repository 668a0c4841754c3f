/*
 * origin.c - whose skill profile stands for an occupation: its own, or
 * that of the occupation it exactly matches (see brug/origin.h).
 */
#include "brug/origin.h"
#include "errbuf.h"
#include "store_mapping.h"

brug_err brug_occupation_origin_find(brug_db *db, const brug_onto *onto, const char *uri,
                                     brug_occupation_origin *out)
{
    char via[2048];
    uint32_t i;
    if (!out)
        return BRUG_EINVAL;
    out->asked = uri;
    out->profile = uri;
    out->via_exact_match = 0;
    if (!db || !onto || !uri)
        return BRUG_EINVAL;
    if (brug__mapping_profile_source(db, uri, via, sizeof(via)) < 0)
        return BRUG_EDB;
    if (!via[0])
        return BRUG_OK;
    i = brug_onto_occupation_find(onto, via);
    if (i == BRUG_NO_INDEX)
        return BRUG_OK; /* stored, but not in this snapshot: keep the asked one */
    out->profile = brug_onto_occupation_uri(onto, i);
    out->via_exact_match = 1;
    return BRUG_OK;
}

brug_err brug_occupation_origin_annotate(const brug_occupation_origin *o, json_t *doc,
                                         const char *key, char *msg, size_t msgsize)
{
    json_t *obj, *note;
    if (!o || !json_is_object(doc)) {
        brug__errbuf(msg, msgsize, "profile_of: no document to annotate");
        return BRUG_EINVAL;
    }
    if (!o->via_exact_match)
        return BRUG_OK;
    obj = key ? json_object_get(doc, key) : doc;
    if (!obj) {
        obj = json_pack("{s:s}", "uri", o->profile);
        if (!obj || json_object_set_new(doc, key, obj)) {
            brug__errbuf(msg, msgsize, "out of memory");
            return BRUG_ENOMEM;
        }
    }
    if (!json_is_object(obj)) {
        brug__errbuf(msg, msgsize, "profile_of: '%s' is not an object", key);
        return BRUG_EINVAL;
    }
    note = json_pack("{s:s, s:s}", "uri", o->asked, "via", "exact_match");
    if (!note || json_object_set_new(obj, "profile_of", note)) {
        brug__errbuf(msg, msgsize, "out of memory");
        return BRUG_ENOMEM;
    }
    return BRUG_OK;
}
