/*
 * viability.c - viability flags of a bridge (see viability.h; the rules
 * and why in docs/bridges.md, section 5).
 *
 * Skill level: ISCO-08's skill level of the major group (facets.c).  A
 * step is up or down when the levels differ by more than a quarter
 * level (managers count 3.5, between technicians and professionals).
 * Regulated: ESCO's regulatedProfessionNote, or an occupation in the
 * ISCO unit group of one of the seven sectoral professions with
 * harmonised training across the EU (Directive 2005/36/EC, Title III,
 * Chapter III: doctors 2211/2212, nurses 2221, midwives 2222, dentists
 * 2261, pharmacists 2262, veterinary surgeons 2250, architects 2161),
 * which is where ESCO 1.1.1 puts its 15 regulated occupations.
 * New formal education: the destination is regulated and the source is
 * not in the same ISCO unit group (the diploma is the destination's own),
 * or the step rises by a whole skill level or more into level 3 or 4
 * (post-secondary or tertiary education), except into management
 * (major group 1, reached by experience).  For a skill-set source the
 * level is unknown and a regulated destination always needs it.
 */
#include <string.h>

#include "facets.h"
#include "viability.h"

static const char *const sectoral[] = {"2211", "2212", "2221", "2222",
                                       "2250", "2261", "2262", "2161"};

int brug__viability_regulated(const brug_bridges *b, uint32_t i)
{
    const char *isco;
    size_t k;
    if (i >= b->nocc)
        return 0;
    if (b->onto->occ_regulated && b->onto->occ_regulated[i])
        return 1;
    isco = b->onto->occ_isco[i];
    for (k = 0; k < sizeof(sectoral) / sizeof(sectoral[0]); k++)
        if (strcmp(isco, sectoral[k]) == 0)
            return 1;
    return 0;
}

void brug__viability_of(const brug_bridges *b, uint32_t from, uint32_t to, double score,
                        brug__viability *v)
{
    double d;
    memset(v, 0, sizeof(*v));
    v->level_to = brug__facets_level(b, to);
    v->level_from = from == BRUG_NO_INDEX ? 0.0 : brug__facets_level(b, from);
    v->regulated = brug__viability_regulated(b, to);
    if (v->level_from > 0.0 && v->level_to > 0.0) {
        d = v->level_to - v->level_from;
        v->step = d > 0.25 ? 1 : d < -0.25 ? -1 : 0;
        if (d >= 1.0 && v->level_to >= 3.0 && b->onto->occ_isco[to][0] != '1')
            v->education = 1;
    }
    if (v->regulated &&
        (from == BRUG_NO_INDEX || strcmp(b->onto->occ_isco[from], b->onto->occ_isco[to]) != 0))
        v->education = 1;
    v->viable = score >= b->w.viable_min_score && !v->education;
}

const char *brug__viability_step_name(const brug__viability *v)
{
    if (v->level_from <= 0.0 || v->level_to <= 0.0)
        return "unknown";
    return v->step > 0 ? "up" : v->step < 0 ? "down" : "same";
}
