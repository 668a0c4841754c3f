/*
 * people_json.c - a stored passport, offer or employer's offers as the
 * documents of docs/passports.md (brug_passport_get, brug_offer_get,
 * brug_employer_offers), built from the records the backend reads out
 * (people.h): codes become the vocabulary's names here.
 */
#include "brug/people.h"
#include "backend.h"
#include "people.h"
#include "people_vocab.h"

typedef struct doc_ctx {
    brug_db *db;
    json_t *doc;
    json_t *offers; /* brug_employer_offers: doc["offers"] */
} doc_ctx;

static brug_err oom(doc_ctx *c)
{
    return brug__db_error(c->db, BRUG_ENOMEM, "out of memory");
}

/* The names of the bits set in mask, of n. */
static json_t *bits_array(uint32_t mask, const char *(*name)(uint32_t), uint32_t n)
{
    json_t *a = json_array();
    uint32_t i;
    for (i = 0; a && i < n; i++)
        if (mask & (1u << i))
            json_array_append_new(a, json_string(name(i)));
    return a;
}

static const char *drive_name(uint32_t i)
{
    return brug__drives[i];
}

static const char *sector_name(uint32_t i)
{
    return brug__sectors[i].code;
}

static const char *offer_type(int type)
{
    return type == BRUG__OFFER_PLACEMENT ? "placement" : "vacancy";
}

/* {"id", "sector", "size", "name"?}; a code out of range reads as the default. */
static json_t *employer_json(const brug__employer_view *e)
{
    json_t *emp = json_pack(
        "{s:s, s:s, s:s}", "id", e->id, "sector",
        e->sector >= 0 && (uint32_t)e->sector < brug__nsectors ? brug__sectors[e->sector].code
                                                               : "business",
        "size", e->size >= 0 && (uint32_t)e->size < brug__nsizes ? brug__sizes[e->size] : "small");
    if (emp && e->name)
        json_object_set_new(emp, "name", json_string(e->name));
    return emp;
}

/* An offer's title and its language, when it has them. */
static void title_set(json_t *d, const brug__offer_view *o)
{
    if (o->title)
        json_object_set_new(d, "title", json_string(o->title));
    if (o->title_lang)
        json_object_set_new(d, "title_lang", json_string(o->title_lang));
}

static brug_err on_passport(void *ctx, const brug__passport_view *p)
{
    doc_ctx *c = ctx;
    json_t *skills = json_array(), *work = json_array();
    uint32_t i;

    c->doc = json_pack("{s:s, s:s, s:i, s:i, s:o, s:o, s:o, s:{s:o, s:o}}", "id", p->id, "region",
                       p->region, "max_km", p->max_km, "hours", p->hours, "skills", skills, "work",
                       work, "drives", bits_array(p->drives, drive_name, brug__ndrives), "sectors",
                       "prefer", bits_array(p->prefer, sector_name, brug__nsectors), "exclude",
                       bits_array(p->exclude, sector_name, brug__nsectors));
    if (!c->doc)
        return oom(c);
    for (i = 0; i < p->nskills; i++) {
        const brug__view_skill *k = &p->skills[i];
        int ev = k->evidence >= 0 && k->evidence < BRUG__NEVIDENCE ? k->evidence : 0;
        json_t *s = json_pack("{s:s, s:s}", "uri", k->uri, "evidence", brug__evidence[ev]);
        if (s && k->date)
            json_object_set_new(s, "date", json_string(k->date));
        if (!s || json_array_append_new(skills, s))
            return oom(c);
    }
    for (i = 0; i < p->nwork; i++) {
        json_t *w =
            json_pack("{s:s, s:f}", "occupation", p->work[i].occupation, "years", p->work[i].years);
        if (!w || json_array_append_new(work, w))
            return oom(c);
    }
    return BRUG_OK;
}

static brug_err on_offer(void *ctx, const brug__offer_view *o)
{
    doc_ctx *c = ctx;
    json_t *ess = json_array(), *opt = json_array();
    uint32_t i;

    c->doc = json_pack("{s:s, s:s, s:o, s:s, s:s, s:i, s:i, s:o, s:o}", "id", o->id, "type",
                       offer_type(o->type), "employer", employer_json(&o->employer), "occupation",
                       o->occupation, "region", o->region, "hours", o->hours, "capacity",
                       o->capacity, "essential", ess, "optional", opt);
    if (!c->doc)
        return oom(c);
    title_set(c->doc, o);
    if (o->drives)
        json_object_set_new(c->doc, "drives", bits_array(o->drives, drive_name, brug__ndrives));
    for (i = 0; i < o->nskills; i++)
        if (json_array_append_new(o->skills[i].evidence ? ess : opt, json_string(o->skills[i].uri)))
            return oom(c);
    return BRUG_OK;
}

static brug_err on_employer(void *ctx, const brug__employer_view *e)
{
    doc_ctx *c = ctx;
    c->offers = json_array();
    c->doc = json_pack("{s:o, s:o}", "employer", employer_json(e), "offers", c->offers);
    return c->doc ? BRUG_OK : oom(c);
}

static brug_err on_employer_offer(void *ctx, const brug__offer_view *o)
{
    doc_ctx *c = ctx;
    json_t *d = json_pack("{s:s, s:s, s:s, s:s, s:i, s:i}", "id", o->id, "type",
                          offer_type(o->type), "occupation", o->occupation, "region", o->region,
                          "hours", o->hours, "capacity", o->capacity);
    if (d)
        title_set(d, o);
    return json_array_append_new(c->offers, d) ? oom(c) : BRUG_OK;
}

/* The document of a read that answered err. */
static brug_err done(doc_ctx *c, brug_err err, json_t **out)
{
    if (err) {
        json_decref(c->doc);
        return err;
    }
    *out = c->doc;
    return BRUG_OK;
}

brug_err brug_passport_get(brug_db *db, const char *id, json_t **out)
{
    doc_ctx c = {db, NULL, NULL};
    *out = NULL;
    if (!id)
        return brug__db_error(db, BRUG_EINVAL, "no passport id");
    return done(&c, brug__passport_fetch(db, id, on_passport, &c), out);
}

brug_err brug_offer_get(brug_db *db, const char *id, json_t **out)
{
    doc_ctx c = {db, NULL, NULL};
    *out = NULL;
    if (!id)
        return brug__db_error(db, BRUG_EINVAL, "no offer id");
    return done(&c, brug__offer_fetch(db, id, on_offer, &c), out);
}

brug_err brug_employer_offers(brug_db *db, const char *employer, json_t **out)
{
    doc_ctx c = {db, NULL, NULL};
    *out = NULL;
    if (!employer || !employer[0])
        return brug__db_error(db, BRUG_EINVAL, "no employer id");
    return done(&c, brug__employer_fetch(db, employer, on_employer, on_employer_offer, &c), out);
}
