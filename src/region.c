/*
 * region.c - the table of Dutch provinces and COROP regions used to place
 * courses, and the containment test the planner's --region filter uses.
 */
#include <string.h>
#include <strings.h>

#include "brug/plan.h"
#include "region.h"

typedef struct region {
    const char *code;
    const char *name;
    const char *province; /* the containing province, NULL for a province */
} region;

static const region regions[] = {
    {"NL", "Nederland", NULL},
    {"NL-DR", "Drenthe", NULL},
    {"NL-FL", "Flevoland", NULL},
    {"NL-FR", "Friesland", NULL},
    {"NL-GE", "Gelderland", NULL},
    {"NL-GR", "Groningen", NULL},
    {"NL-LI", "Limburg", NULL},
    {"NL-NB", "Noord-Brabant", NULL},
    {"NL-NH", "Noord-Holland", NULL},
    {"NL-OV", "Overijssel", NULL},
    {"NL-UT", "Utrecht", NULL},
    {"NL-ZE", "Zeeland", NULL},
    {"NL-ZH", "Zuid-Holland", NULL},
    {"CR01", "Oost-Groningen", "NL-GR"},
    {"CR02", "Delfzijl en omgeving", "NL-GR"},
    {"CR03", "Overig Groningen", "NL-GR"},
    {"CR04", "Noord-Friesland", "NL-FR"},
    {"CR05", "Zuidwest-Friesland", "NL-FR"},
    {"CR06", "Zuidoost-Friesland", "NL-FR"},
    {"CR07", "Noord-Drenthe", "NL-DR"},
    {"CR08", "Zuidoost-Drenthe", "NL-DR"},
    {"CR09", "Zuidwest-Drenthe", "NL-DR"},
    {"CR10", "Noord-Overijssel", "NL-OV"},
    {"CR11", "Zuidwest-Overijssel", "NL-OV"},
    {"CR12", "Twente", "NL-OV"},
    {"CR13", "Veluwe", "NL-GE"},
    {"CR14", "Achterhoek", "NL-GE"},
    {"CR15", "Arnhem/Nijmegen", "NL-GE"},
    {"CR16", "Zuidwest-Gelderland", "NL-GE"},
    {"CR17", "Utrecht", "NL-UT"},
    {"CR18", "Kop van Noord-Holland", "NL-NH"},
    {"CR19", "Alkmaar en omgeving", "NL-NH"},
    {"CR20", "IJmond", "NL-NH"},
    {"CR21", "Agglomeratie Haarlem", "NL-NH"},
    {"CR22", "Zaanstreek", "NL-NH"},
    {"CR23", "Groot-Amsterdam", "NL-NH"},
    {"CR24", "Het Gooi en Vechtstreek", "NL-NH"},
    {"CR25", "Agglomeratie Leiden en Bollenstreek", "NL-ZH"},
    {"CR26", "Agglomeratie 's-Gravenhage", "NL-ZH"},
    {"CR27", "Delft en Westland", "NL-ZH"},
    {"CR28", "Oost-Zuid-Holland", "NL-ZH"},
    {"CR29", "Groot-Rijnmond", "NL-ZH"},
    {"CR30", "Zuidoost-Zuid-Holland", "NL-ZH"},
    {"CR31", "Zeeuwsch-Vlaanderen", "NL-ZE"},
    {"CR32", "Overig Zeeland", "NL-ZE"},
    {"CR33", "West-Noord-Brabant", "NL-NB"},
    {"CR34", "Midden-Noord-Brabant", "NL-NB"},
    {"CR35", "Noordoost-Noord-Brabant", "NL-NB"},
    {"CR36", "Zuidoost-Noord-Brabant", "NL-NB"},
    {"CR37", "Noord-Limburg", "NL-LI"},
    {"CR38", "Midden-Limburg", "NL-LI"},
    {"CR39", "Zuid-Limburg", "NL-LI"},
    {"CR40", "Flevoland", "NL-FL"},
};

static const region *find(const char *code)
{
    size_t i;
    if (!code)
        return NULL;
    for (i = 0; i < sizeof(regions) / sizeof(regions[0]); i++)
        if (strcasecmp(regions[i].code, code) == 0)
            return &regions[i];
    return NULL;
}

int brug__region_valid(const char *code)
{
    return find(code) != NULL;
}

const char *brug__region_canonical(const char *code)
{
    const region *r = find(code);
    return r ? r->code : NULL;
}

const char *brug__region_name(const char *code)
{
    const region *r = find(code);
    return r ? r->name : NULL;
}

int brug__region_matches(const char *course, const char *wanted)
{
    const region *c = find(course), *w = find(wanted);
    if (!c || !w)
        return 0;
    if (c == w || strcmp(c->code, "NL") == 0 || strcmp(w->code, "NL") == 0)
        return 1;
    /* A COROP region lies inside its province. */
    if (c->province && strcmp(c->province, w->code) == 0)
        return 1;
    if (w->province && strcmp(w->province, c->code) == 0)
        return 1;
    return 0;
}

const char *brug_region_name(const char *code)
{
    return brug__region_name(code);
}
