/*
 * credential_json.c - the credential registry's lists as documents
 * (brug_issuer_list with each issuer's keys, brug_credential_list), built
 * from the records the backend lists (store_credentials.h).
 */
#include "brug/credential.h"
#include "backend.h"
#include "json_list.h"
#include "store_credentials.h"

#define T brug__json_text_or_null

static brug_err on_key(void *ctx, const brug__key_rec *r)
{
    return brug__json_list_add(ctx, json_pack("{s:o, s:o, s:o, s:o, s:o}", "did", T(r->did),
                                              "status", T(r->status), "created", T(r->created),
                                              "retired", T(r->retired), "revoked", T(r->revoked)));
}

static brug_err on_issuer(void *ctx, const brug__issuer_rec *r)
{
    return brug__json_list_add(ctx, json_pack("{s:o, s:o, s:o, s:o, s:o}", "id", T(r->id), "name",
                                              T(r->name), "type", T(r->type), "base_url",
                                              T(r->base_url), "created", T(r->created)));
}

static brug_err on_credential(void *ctx, const brug__credential_rec *r)
{
    return brug__json_list_add(
        ctx, json_pack("{s:o, s:o, s:o, s:o, s:I, s:o, s:o, s:o}", "id", T(r->id), "issuer",
                       T(r->issuer), "subject", T(r->subject), "list", T(r->list), "index",
                       (json_int_t)r->index, "valid_until", T(r->valid_until), "issued",
                       T(r->issued), "revoked", T(r->revoked)));
}

brug_err brug_issuer_list(brug_db *db, json_t **out)
{
    brug__json_list l;
    json_t *v;
    size_t i;
    brug_err err = brug__json_list_begin(db, &l, out);
    if (err)
        return err;
    err = brug__store_issuer_list(db, on_issuer, &l);
    /* each issuer's keys after the list, in a list of their own */
    json_array_foreach(l.arr, i, v)
    {
        brug__json_list k;
        json_t *keys;
        if (err)
            break;
        err = brug__json_list_begin(db, &k, &keys);
        if (!err)
            err = brug__json_list_end(
                &k,
                brug__store_issuer_keys(db, json_string_value(json_object_get(v, "id")), on_key,
                                        &k),
                &keys);
        if (!err)
            json_object_set_new(v, "keys", keys);
    }
    return brug__json_list_end(&l, err, out);
}

brug_err brug_credential_list(brug_db *db, const char *issuer, json_t **out)
{
    brug__json_list l;
    brug_err err = brug__json_list_begin(db, &l, out);
    if (err)
        return err;
    return brug__json_list_end(&l, brug__store_credential_list(db, issuer, on_credential, &l), out);
}
