/*
 * skos_import.c - brug_import_skos(): SKOS concepts from Turtle or
 * N-Triples (ESCO RDF, CompetentNL), read with libserd, as the import
 * profile (skos_profile.h) says, on the import session.
 *
 * The files are streamed: serd hands over one triple at a time, prefixed
 * names and relative IRIs are expanded with a serd_env, and only triples
 * whose predicate the profile names are kept, as facts about their
 * subject node.  SKOS-XL label nodes and ESCO's description nodes are
 * joined to their concepts through the node table, so their order in the
 * files does not matter.  After the last file the facts are sorted by
 * subject: every node typed with a profile class becomes a concept
 * (codes, skill type, labels, notes), then hierarchy, requirements and
 * mappings are resolved, references to URIs no import defined being
 * dangling.  A syntax error stops the import with "FILE:LINE:COL: what".
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <serd/serd.h>

#include "brug/import.h"
#include "brug/onto.h"
#include "import_session.h"
#include "skos_profile.h"
#include "backend.h"
#include "store_mapping.h"

/* A subject or object: a URI or a blank node ("_:FILE_name"). */
typedef struct snode {
    const char *key;
    const char *form;      /* SKOS-XL literalForm or node literal text */
    const char *form_lang; /* its language tag */
    const char *nl_lang;   /* a node literal's language property */
    const char *code;      /* first code, for an occupation's ISCO group */
    const char *isco;      /* an occupation's ISCO group code, once known */
    uint32_t up;           /* an occupation's broader occupation node + 1, or 0 */
    brug__ient *e;         /* the concept, once defined */
    uint8_t kind;          /* brug_kind from a profile class, 0 when none */
} snode;

enum {
    F_LABEL,
    F_XLABEL,
    F_NOTE,
    F_NOTE_NODE,
    F_BROADER,
    F_NARROWER,
    F_CODE,
    F_SKILL_TYPE,
    F_REUSE,
    F_STATUS,
    F_MAP,
    F_REQ
};

typedef struct fact {
    uint32_t subj, obj; /* node indexes (obj for node-valued facts) */
    uint32_t seq;       /* reading order, for a stable sort */
    uint16_t file;
    uint8_t type, arg;
    const char *text, *lang;
} fact;

typedef struct skos {
    brug__isession *s;
    brug_db *db;
    brug__skos_profile prof;
    brug__mwriter *mw;
    SerdEnv *env;
    snode *nodes;
    uint32_t nnodes, nodes_cap;
    brug__strmap node_map;
    fact *facts;
    uint32_t nfacts, facts_cap;
    const char *const *paths;
    uint16_t file;
    uint64_t triples;
    brug_err err; /* first error inside a serd callback */
    char blank_prefix[32];
    char version[64];
} skos;

static brug_err oom(skos *k)
{
    return brug__isession_oom(k->s);
}

/* The node index of key (n bytes), added when new; UINT32_MAX when out of memory. */
static uint32_t node_of(skos *k, const char *key, size_t n)
{
    uint32_t i;
    snode *v;
    if (brug__strmap_getn(&k->node_map, key, n, &i))
        return i;
    if (k->nnodes == k->nodes_cap) {
        uint32_t cap = k->nodes_cap ? 2 * k->nodes_cap : 4096;
        v = brug__reallocarray(&k->db->alloc, k->nodes, cap, sizeof(*v));
        if (!v)
            return UINT32_MAX;
        k->nodes = v;
        k->nodes_cap = cap;
    }
    v = &k->nodes[k->nnodes];
    memset(v, 0, sizeof(*v));
    v->key = brug__arena_strndup(&k->s->arena, key, n);
    if (!v->key || brug__strmap_put(&k->node_map, v->key, k->nnodes))
        return UINT32_MAX;
    return k->nnodes++;
}

/* The key of a node: an expanded URI, or "_:" and the blank node's name.
 * *tmp is serd's copy to free (SERD_NODE_NULL when none). */
static int node_key(skos *k, const SerdNode *n, SerdNode *tmp, const char **key, size_t *len)
{
    *tmp = SERD_NODE_NULL;
    if (n->type == SERD_BLANK)
        return 0;
    if (n->type == SERD_CURIE || n->type == SERD_URI) {
        *tmp = serd_env_expand_node(k->env, n);
        if (tmp->buf) {
            *key = (const char *)tmp->buf;
            *len = tmp->n_bytes;
        } else {
            *key = (const char *)n->buf;
            *len = n->n_bytes;
        }
        return 1;
    }
    return -1;
}

/* The node index of a subject or object node; UINT32_MAX on error. */
static uint32_t node_index(skos *k, const SerdNode *n)
{
    SerdNode tmp;
    const char *key;
    size_t len;
    uint32_t i;
    int r = node_key(k, n, &tmp, &key, &len);
    if (r < 0)
        return UINT32_MAX - 1;
    if (r == 0) {
        char buf[600];
        int m = snprintf(buf, sizeof(buf), "_:%.*s", (int)n->n_bytes, (const char *)n->buf);
        if (m < 0 || (size_t)m >= sizeof(buf))
            return UINT32_MAX - 1;
        return node_of(k, buf, (size_t)m);
    }
    i = node_of(k, key, len);
    serd_node_free(&tmp);
    return i;
}

static brug_err add_fact(skos *k, uint32_t subj, int type, int arg, uint32_t obj, const char *text,
                         size_t tlen, const char *lang, size_t llen)
{
    fact *f;
    if (k->nfacts == k->facts_cap) {
        uint32_t cap = k->facts_cap ? 2 * k->facts_cap : 8192;
        fact *v = brug__reallocarray(&k->db->alloc, k->facts, cap, sizeof(*v));
        if (!v)
            return oom(k);
        k->facts = v;
        k->facts_cap = cap;
    }
    f = &k->facts[k->nfacts];
    memset(f, 0, sizeof(*f));
    f->subj = subj;
    f->obj = obj;
    f->seq = k->nfacts;
    f->file = k->file;
    f->type = (uint8_t)type;
    f->arg = (uint8_t)arg;
    if (text) {
        f->text = brug__arena_strndup(&k->s->arena, text, tlen);
        if (!f->text)
            return oom(k);
    }
    if (lang && llen) {
        f->lang = brug__arena_strndup(&k->s->arena, lang, llen);
        if (!f->lang)
            return oom(k);
    }
    k->nfacts++;
    return BRUG_OK;
}

/* The expanded URI text of an object node (for mappings, skill types). */
static brug_err uri_text(skos *k, const SerdNode *o, char **out)
{
    SerdNode tmp = serd_env_expand_node(k->env, o);
    const char *s = tmp.buf ? (const char *)tmp.buf : (const char *)o->buf;
    size_t n = tmp.buf ? tmp.n_bytes : o->n_bytes;
    *out = brug__arena_strndup(&k->s->arena, s, n);
    serd_node_free(&tmp);
    return *out ? BRUG_OK : oom(k);
}

static SerdStatus on_base(void *h, const SerdNode *uri)
{
    skos *k = h;
    return serd_env_set_base_uri(k->env, uri);
}

static SerdStatus on_prefix(void *h, const SerdNode *name, const SerdNode *uri)
{
    skos *k = h;
    return serd_env_set_prefix(k->env, name, uri);
}

static brug_err statement(skos *k, const SerdNode *subject, const SerdNode *predicate,
                          const SerdNode *object, const SerdNode *lang)
{
    SerdNode ptmp;
    const char *pkey;
    size_t plen;
    uint32_t code, subj, obj = 0;
    int c, arg, lit = object->type == SERD_LITERAL;
    const char *lt = lang ? (const char *)lang->buf : NULL;
    size_t ll = lang ? lang->n_bytes : 0;
    int found;

    if (node_key(k, predicate, &ptmp, &pkey, &plen) != 1)
        return BRUG_OK;
    found = brug__strmap_getn(&k->prof.preds, pkey, plen, &code);
    serd_node_free(&ptmp);
    if (!found)
        return BRUG_OK;
    c = (int)(code >> 8);
    arg = (int)(code & 0xff);
    subj = node_index(k, subject);
    if (subj >= UINT32_MAX - 1)
        return subj == UINT32_MAX ? oom(k) : BRUG_OK;
    if (!lit) {
        obj = node_index(k, object);
        if (obj >= UINT32_MAX - 1)
            return obj == UINT32_MAX ? oom(k) : BRUG_OK;
    }
    switch (c) {
    case BRUG__P_TYPE: {
        uint32_t kind;
        if (!lit && brug__strmap_get(&k->prof.classes, k->nodes[obj].key, &kind) &&
            !k->nodes[subj].kind)
            k->nodes[subj].kind = (uint8_t)kind;
        return BRUG_OK;
    }
    case BRUG__P_LABEL:
        return lit ? add_fact(k, subj, F_LABEL, arg, 0, (const char *)object->buf, object->n_bytes,
                              lt, ll)
                   : add_fact(k, subj, F_XLABEL, arg, obj, NULL, 0, NULL, 0);
    case BRUG__P_FORM:
    case BRUG__P_NODE_TEXT:
        if (lit && !k->nodes[subj].form) {
            snode *n = &k->nodes[subj];
            n->form = brug__arena_strndup(&k->s->arena, (const char *)object->buf, object->n_bytes);
            if (ll)
                n->form_lang = brug__arena_strndup(&k->s->arena, lt, ll);
            if (!n->form || (ll && !n->form_lang))
                return oom(k);
        }
        return BRUG_OK;
    case BRUG__P_NODE_LANG:
        if (lit && !k->nodes[subj].nl_lang) {
            k->nodes[subj].nl_lang =
                brug__arena_strndup(&k->s->arena, (const char *)object->buf, object->n_bytes);
            if (!k->nodes[subj].nl_lang)
                return oom(k);
        }
        return BRUG_OK;
    case BRUG__P_NOTE:
        return lit ? add_fact(k, subj, F_NOTE, arg, 0, (const char *)object->buf, object->n_bytes,
                              lt, ll)
                   : add_fact(k, subj, F_NOTE_NODE, arg, obj, NULL, 0, NULL, 0);
    case BRUG__P_BROADER:
    case BRUG__P_NARROWER:
        return lit ? BRUG_OK
                   : add_fact(k, subj, c == BRUG__P_BROADER ? F_BROADER : F_NARROWER, 0, obj, NULL,
                              0, NULL, 0);
    case BRUG__P_CODE:
        if (!lit)
            return BRUG_OK;
        if (!k->nodes[subj].code) {
            k->nodes[subj].code =
                brug__arena_strndup(&k->s->arena, (const char *)object->buf, object->n_bytes);
            if (!k->nodes[subj].code)
                return oom(k);
        }
        return add_fact(k, subj, F_CODE, 0, 0, (const char *)object->buf, object->n_bytes, NULL, 0);
    case BRUG__P_STATUS:
        return lit ? add_fact(k, subj, F_STATUS, 0, 0, (const char *)object->buf, object->n_bytes,
                              NULL, 0)
                   : BRUG_OK;
    case BRUG__P_SKILL_TYPE:
    case BRUG__P_REUSE:
    case BRUG__P_MAP: {
        char *u;
        brug_err err;
        if (lit)
            return BRUG_OK;
        err = uri_text(k, object, &u);
        if (err)
            return err;
        return add_fact(k, subj,
                        c == BRUG__P_MAP     ? F_MAP
                        : c == BRUG__P_REUSE ? F_REUSE
                                             : F_SKILL_TYPE,
                        arg, 0, u, strlen(u), NULL, 0);
    }
    case BRUG__P_REQUIRES:
        return lit ? BRUG_OK : add_fact(k, subj, F_REQ, arg, obj, NULL, 0, NULL, 0);
    default:
        return BRUG_OK;
    }
}

static SerdStatus on_statement(void *h, SerdStatementFlags flags, const SerdNode *graph,
                               const SerdNode *subject, const SerdNode *predicate,
                               const SerdNode *object, const SerdNode *datatype,
                               const SerdNode *lang)
{
    skos *k = h;
    (void)flags;
    (void)graph;
    (void)datatype;
    k->triples++;
    k->err = statement(k, subject, predicate, object, lang);
    brug__isession_rows(k->s, k->triples, 0, 0, 0);
    return k->err ? SERD_ERR_UNKNOWN : SERD_SUCCESS;
}

static SerdStatus on_error(void *h, const SerdError *e)
{
    skos *k = h;
    char what[512];
    va_list ap;
    size_t n;
    va_copy(ap, *e->args);
    vsnprintf(what, sizeof(what), e->fmt, ap);
    va_end(ap);
    n = strlen(what);
    while (n && (what[n - 1] == '\n' || what[n - 1] == ' '))
        what[--n] = '\0';
    if (!k->err)
        k->err = brug__db_error(k->db, BRUG_EPARSE, "%s:%u:%u: %s", k->paths[k->file], e->line,
                                e->col, what);
    return SERD_SUCCESS;
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static brug_err read_one(skos *k, const char *path)
{
    int nt = has_suffix(path, ".nt");
    SerdReader *r;
    SerdStatus st;
    FILE *f = fopen(path, "rb");
    brug_err err;
    if (!f)
        return brug__db_error(k->db, BRUG_EIO, "%s: cannot open", path);
    err = brug__isession_file(k->s, path, nt ? "ntriples" : "turtle", NULL, nt ? "nt" : "ttl");
    if (err) {
        fclose(f);
        return err;
    }
    k->triples = 0;
    r = serd_reader_new(nt ? SERD_NTRIPLES : SERD_TURTLE, k, NULL, on_base, on_prefix, on_statement,
                        NULL);
    if (!r) {
        fclose(f);
        return oom(k);
    }
    serd_reader_set_strict(r, true);
    serd_reader_set_error_sink(r, on_error, k);
    snprintf(k->blank_prefix, sizeof(k->blank_prefix), "f%u_", (unsigned)k->file);
    serd_reader_add_blank_prefix(r, (const uint8_t *)k->blank_prefix);
    st = serd_reader_read_file_handle(r, f, (const uint8_t *)path);
    serd_reader_free(r);
    fclose(f);
    if (k->err)
        return k->err;
    if (st && st != SERD_FAILURE)
        return brug__db_error(k->db, BRUG_EPARSE, "%s: %s", path, (const char *)serd_strerror(st));
    brug__isession_rows(k->s, k->triples, 0, 0, 1);
    return BRUG_OK;
}

/* ---- turning facts into concepts ------------------------------------------------- */

static int fact_order(const void *a, const void *b)
{
    const fact *x = a, *y = b;
    if (x->subj != y->subj)
        return x->subj < y->subj ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static const char *last_segment(const char *uri)
{
    const char *s = strrchr(uri, '/'), *h = strrchr(uri, '#');
    if (h > s)
        s = h;
    return s ? s + 1 : uri;
}

static int skill_type_of(const char *uri)
{
    const char *s = last_segment(uri);
    if (strcmp(s, "knowledge") == 0)
        return BRUG_SKILL_TYPE_KNOWLEDGE;
    if (strcmp(s, "skill") == 0 || strcmp(s, "skill-competence") == 0 ||
        strcmp(s, "competence") == 0)
        return BRUG_SKILL_TYPE_COMPETENCE;
    return BRUG_SKILL_TYPE_NONE;
}

static int reuse_of(const char *uri)
{
    static const char *const names[] = {"", "transversal", "cross-sector", "sector-specific",
                                        "occupation-specific"};
    const char *s = last_segment(uri);
    int i;
    for (i = 1; i < 5; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return 0;
}

/* The session language index of a tag (lowercased copy), or -1. */
static int lang_of(skos *k, const char *tag, const char **code)
{
    char buf[16];
    size_t n, i;
    int li;
    if (!tag || !tag[0])
        tag = k->prof.default_lang;
    n = strlen(tag);
    if (n >= sizeof(buf))
        n = sizeof(buf) - 1;
    for (i = 0; i < n; i++)
        buf[i] = (char)(tag[i] >= 'A' && tag[i] <= 'Z' ? tag[i] - 'A' + 'a' : tag[i]);
    li = brug__isession_lang(k->s, buf, n);
    if (li >= 0)
        *code = k->s->langs[li];
    return li;
}

static int is_blank(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Write label text in lang with role for concept e (trimmed; the first
 * preferred label per language wins). */
static brug_err put_label(skos *k, brug__ient *e, int role, const char *text, const char *tag)
{
    const char *code = NULL, *end;
    int li = lang_of(k, tag, &code);
    brug_err err;
    if (li < 0)
        return k->db->errmsg[0] ? BRUG_ETOOBIG : oom(k);
    while (*text && is_blank((unsigned char)*text))
        text++;
    end = text + strlen(text);
    while (end > text && is_blank((unsigned char)end[-1]))
        end--;
    if (end == text)
        return BRUG_OK;
    if (e->existed && !(e->cleared & (1u << li))) {
        err = brug__istore_clear_concept_lang(k->s->st, e->id, code);
        if (err)
            return err;
        e->cleared |= 1u << li;
    }
    if (role == 0) {
        if (e->pref & (1u << li))
            return BRUG_OK;
        e->pref |= 1u << li;
    }
    k->s->label_langs |= 1u << li;
    return brug__istore_label(k->s->st, e->id, code, role, text, (size_t)(end - text),
                              &k->s->rep->labels);
}

static brug_err put_note(skos *k, brug__ient *e, int kind, const char *text, const char *tag)
{
    const char *code = NULL;
    size_t len = strlen(text);
    int li = lang_of(k, tag, &code);
    brug_err err;
    if (li < 0)
        return k->db->errmsg[0] ? BRUG_ETOOBIG : oom(k);
    /* Trailing blanks only, as the CSV import does. */
    while (len && is_blank((unsigned char)text[len - 1]))
        len--;
    if (!len)
        return BRUG_OK;
    if (e->existed && !(e->cleared & (1u << li))) {
        err = brug__istore_clear_concept_lang(k->s->st, e->id, code);
        if (err)
            return err;
        e->cleared |= 1u << li;
    }
    return brug__istore_note(k->s->st, e->id, code, k->prof.notes[kind], text, len,
                             &k->s->rep->notes);
}

/* Define the concept of node n from its facts [a, b). */
static brug_err define_concept(skos *k, uint32_t n, const fact *a, const fact *b)
{
    snode *nd = &k->nodes[n];
    brug__concept_rec rec;
    const fact *f;
    int known = 0;
    brug_err err;

    memset(&rec, 0, sizeof(rec));
    rec.kind = nd->kind;
    for (f = a; f < b; f++) {
        if (f->type == F_CODE && !rec.code)
            rec.code = f->text;
        else if (f->type == F_STATUS && !rec.status)
            rec.status = f->text;
        else if (f->type == F_SKILL_TYPE && nd->kind == BRUG_KIND_SKILL)
            rec.skill_type = skill_type_of(f->text);
        else if (f->type == F_REUSE && nd->kind == BRUG_KIND_SKILL)
            rec.reuse_level = reuse_of(f->text);
    }
    err = brug__isession_define(k->s, nd->key, strlen(nd->key), &rec, 1, &nd->e, &known);
    if (err == BRUG_EPARSE) {
        static const char *const kinds[] = {"a concept", "an occupation", "a skill",
                                            "a skill group", "an ISCO group"};
        return brug__db_error(k->db, err, "%s: %s is %s, but this import makes it %s",
                              k->paths[a->file], nd->key, kinds[known <= 4 ? known : 0],
                              kinds[rec.kind <= 4 ? rec.kind : 0]);
    }
    if (err)
        return err;
    if (k->prof.scheme) {
        err = brug__mwriter_scheme(k->mw, nd->e->id, k->prof.scheme);
        if (err)
            return err;
    }
    for (f = a; f < b && !err; f++) {
        const snode *o = &k->nodes[f->obj];
        switch (f->type) {
        case F_LABEL:
            err = put_label(k, nd->e, f->arg, f->text, f->lang);
            break;
        case F_XLABEL:
            if (o->form)
                err = put_label(k, nd->e, f->arg, o->form, o->form_lang);
            break;
        case F_NOTE:
            err = put_note(k, nd->e, f->arg, f->text, f->lang);
            break;
        case F_NOTE_NODE:
            if (o->form)
                err = put_note(k, nd->e, f->arg, o->form, o->nl_lang ? o->nl_lang : o->form_lang);
            break;
        default:
            break;
        }
    }
    return err;
}

/* The concept an object node names: defined here or by an earlier import. */
static brug__ient *target(skos *k, uint32_t obj)
{
    const snode *o = &k->nodes[obj];
    return o->e ? o->e : brug__isession_find(k->s, o->key, strlen(o->key));
}

static brug_err dangling(skos *k, const fact *f, const char *what)
{
    char where[4096 + 600];
    const char *key = k->nodes[f->obj].key;
    snprintf(where, sizeof(where), "%s: %s", k->paths[f->file], k->nodes[f->subj].key);
    return brug__isession_dangling(k->s, where, what, key, strlen(key));
}

static int is_skill(int kind)
{
    return kind == BRUG_KIND_SKILL || kind == BRUG_KIND_SKILL_GROUP;
}

/* Hierarchy, requirements and mappings of node n's concept. */
static brug_err relate(skos *k, uint32_t n, const fact *a, const fact *b)
{
    snode *nd = &k->nodes[n];
    const fact *f;
    brug_err err = BRUG_OK;
    for (f = a; f < b && !err; f++) {
        brug__ient *t;
        switch (f->type) {
        case F_BROADER:
        case F_NARROWER:
            t = target(k, f->obj);
            if (!t) {
                err = dangling(k, f, f->type == F_BROADER ? "broader" : "narrower");
                break;
            }
            if (f->type == F_BROADER)
                err = brug__istore_broader(k->s->st, nd->e->id, t->id, &k->s->rep->broader);
            else
                err = brug__istore_broader(k->s->st, t->id, nd->e->id, &k->s->rep->broader);
            if (f->type == F_BROADER && nd->kind == BRUG_KIND_OCCUPATION) {
                if (t->kind == BRUG_KIND_ISCO_GROUP && k->nodes[f->obj].code)
                    nd->isco = k->nodes[f->obj].code;
                else if (t->kind == BRUG_KIND_OCCUPATION)
                    nd->up = f->obj + 1;
            }
            break;
        case F_REQ:
            t = target(k, f->obj);
            if (!t) {
                err = dangling(k, f, "required skill");
                break;
            }
            if (nd->kind != BRUG_KIND_OCCUPATION || !is_skill(t->kind)) {
                err = brug__db_error(k->db, BRUG_EPARSE,
                                     "%s: %s requires %s, but only an occupation can require a "
                                     "skill",
                                     k->paths[f->file], nd->key, t->uri);
                break;
            }
            if (k->prof.weights[f->arg] <= 0)
                break;
            err = brug__istore_occ_skill(k->s->st, nd->e->id, t->id,
                                         k->prof.weights[f->arg] >= k->prof.essential_from,
                                         k->prof.weights[f->arg], &k->s->rep->occupation_skill);
            break;
        case F_MAP:
            err = brug__mwriter_mapping(k->mw, nd->e->id, f->arg, f->text, k->prof.name,
                                        &k->s->rep->mappings);
            break;
        default:
            break;
        }
    }
    return err;
}

/* An occupation's ISCO group code: its own broader ISCO group's, else its
 * broader occupations' (ESCO's narrower occupations hang below others). */
static const char *isco_of(const skos *k, uint32_t n)
{
    int depth;
    for (depth = 0; depth < 32 && n < k->nnodes; depth++) {
        if (k->nodes[n].isco)
            return k->nodes[n].isco;
        if (!k->nodes[n].up)
            return NULL;
        n = k->nodes[n].up - 1;
    }
    return NULL;
}

/* Record the ISCO group code of every occupation defined here. */
static brug_err set_isco_groups(skos *k)
{
    uint32_t i;
    brug_err err = BRUG_OK;
    for (i = 0; i < k->nnodes && !err; i++) {
        snode *nd = &k->nodes[i];
        const char *code;
        brug__concept_rec rec;
        if (nd->kind != BRUG_KIND_OCCUPATION || !nd->e)
            continue;
        code = isco_of(k, i);
        if (!code)
            continue;
        memset(&rec, 0, sizeof(rec));
        rec.uri = nd->e->uri;
        rec.kind = nd->kind;
        rec.isco_group = code;
        err = brug__istore_concept(k->s->st, &rec, &nd->e->id);
    }
    return err;
}

static brug_err build(skos *k)
{
    uint32_t i, j, pass;
    brug_err err = BRUG_OK;
    if (k->nfacts) /* qsort of a NULL array (a file of no facts) is undefined */
        qsort(k->facts, k->nfacts, sizeof(*k->facts), fact_order);
    /* Nodes typed but with no facts still become concepts. */
    for (pass = 0; pass < 2 && !err; pass++) {
        for (i = 0; i < k->nfacts && !err; i = j) {
            uint32_t n = k->facts[i].subj;
            for (j = i; j < k->nfacts && k->facts[j].subj == n; j++)
                ;
            if (!k->nodes[n].kind)
                continue;
            err = pass == 0 ? define_concept(k, n, &k->facts[i], &k->facts[j])
                            : relate(k, n, &k->facts[i], &k->facts[j]);
        }
        for (i = 0; pass == 0 && i < k->nnodes && !err; i++)
            if (k->nodes[i].kind && !k->nodes[i].e)
                err = define_concept(k, i, NULL, NULL);
    }
    if (!err)
        err = set_isco_groups(k);
    return err;
}

brug_err brug_import_skos(brug_db *db, const char *const *paths, size_t npaths,
                          const brug_import_opts *opts, brug_import_report *report)
{
    brug__isession s;
    skos k;
    char why[512];
    size_t i;
    brug_err err;

    if (!db)
        return BRUG_EINVAL;
    if (!paths || npaths == 0)
        return brug__db_error(db, BRUG_EINVAL, "import skos: no files given");
    if (npaths > UINT16_MAX)
        return brug__db_error(db, BRUG_ETOOBIG, "import skos: too many files");
    err = brug__isession_begin(&s, db, opts, report, "skos", BRUG__IS_ONTOLOGY);
    memset(&k, 0, sizeof(k));
    k.s = &s;
    k.db = db;
    k.paths = paths;
    if (!err) {
        err = brug__skos_profile_load(&k.prof, &db->alloc, s.opts->profile, why, sizeof(why));
        if (err)
            brug__db_error(db, err, "profile: %s", why);
    }
    if (!err && brug__strmap_init(&k.node_map, &s.arena, 1 << 12))
        err = oom(&k);
    if (!err)
        err = brug__mwriter_open(db, &k.mw);
    for (i = 0; i < npaths && !err; i++) {
        k.file = (uint16_t)i;
        k.env = serd_env_new(NULL);
        if (!k.env) {
            err = oom(&k);
            break;
        }
        err = read_one(&k, paths[i]);
        serd_env_free(k.env);
        k.env = NULL;
    }
    if (!err)
        err = build(&k);
    brug__mwriter_close(k.mw);
    if (!err && s.opts->taxonomy_version && s.opts->taxonomy_version[0])
        snprintf(k.version, sizeof(k.version), "%s", s.opts->taxonomy_version);
    err = brug__isession_finish(&s, err, k.version[0] ? k.version : NULL);
    brug__free(&db->alloc, k.nodes);
    brug__free(&db->alloc, k.facts);
    brug__skos_profile_release(&k.prof);
    return err;
}
