/*
 * people_vocab.c - the fixed vocabularies of passports and offers (see
 * people_vocab.h): regions with centroids, sectors, drives, evidence kinds,
 * employer sizes, and the ISCO-08 to sector/drives tables.
 *
 * Centroids are the coordinates of each region's main town (labour-market
 * regions) or its geographic middle (provinces), good to a few km; the
 * population figures are rounded 2023 numbers in thousands.  They serve
 * travel distances and the synthetic data generator, not statistics.
 */
#include <math.h>
#include <string.h>

#include "people_vocab.h"
#include "region.h"

/* Labour-market regions (arbeidsmarktregio's) by their CBS codes and names
 * (region_data.h; store_regions.c migrates stored codes of brug's former
 * own numbering), then provinces by their CBS codes PV20..PV31: all in code
 * order, which is the order offers are loaded in (ORDER BY region). */
const brug__region brug__regions[] = {
    {"AM01", "Groningen", "labour_market_region", 53.219, 6.567, 590},
    {"AM02", "Friesland", "labour_market_region", 53.201, 5.799, 655},
    {"AM03", "Drenthe", "labour_market_region", 52.993, 6.564, 495},
    {"AM05", "Twente", "labour_market_region", 52.221, 6.893, 630},
    {"AM06", "Veluwe Stedendriehoek", "labour_market_region", 52.211, 5.969, 690},
    {"AM07", "Midden-Gelderland", "labour_market_region", 51.985, 5.899, 690},
    {"AM08", "Rijk van Nijmegen", "labour_market_region", 51.842, 5.853, 560},
    {"AM09", "Achterhoek", "labour_market_region", 51.966, 6.290, 390},
    {"AM10", "Rivierenland", "labour_market_region", 51.887, 5.430, 260},
    {"AM11", "Flevoland", "labour_market_region", 52.518, 5.471, 440},
    {"AM12", "Gooi en Vechtstreek", "labour_market_region", 52.223, 5.176, 260},
    {"AM13", "Midden-Utrecht", "labour_market_region", 52.091, 5.122, 1030},
    {"AM14", "Amersfoort", "labour_market_region", 52.156, 5.388, 470},
    {"AM15", "Noord-Holland Noord", "labour_market_region", 52.632, 4.749, 670},
    {"AM17", "Zaanstreek/Waterland", "labour_market_region", 52.457, 4.825, 350},
    {"AM18", "Groot Amsterdam", "labour_market_region", 52.370, 4.895, 1600},
    {"AM19", "Holland Rijnland", "labour_market_region", 52.160, 4.497, 570},
    {"AM20", "Midden-Holland", "labour_market_region", 52.012, 4.711, 270},
    {"AM21", "Haaglanden", "labour_market_region", 52.070, 4.300, 1150},
    {"AM22", "Rijnmond", "labour_market_region", 51.924, 4.478, 1550},
    {"AM23", "Drechtsteden", "labour_market_region", 51.813, 4.690, 290},
    {"AM24", "Zeeland", "labour_market_region", 51.499, 3.850, 390},
    {"AM25", "West-Brabant", "labour_market_region", 51.589, 4.776, 720},
    {"AM26", "Midden-Brabant", "labour_market_region", 51.560, 5.091, 480},
    {"AM27", "Noordoost-Brabant", "labour_market_region", 51.697, 5.304, 680},
    {"AM28", "Zuidoost-Brabant", "labour_market_region", 51.441, 5.478, 780},
    {"AM29", "Noord-Limburg", "labour_market_region", 51.370, 6.172, 290},
    {"AM30", "Zuid-Limburg", "labour_market_region", 50.880, 5.850, 600},
    {"AM32", "Helmond-De Peel", "labour_market_region", 51.481, 5.661, 280},
    {"AM33", "Midden-Limburg", "labour_market_region", 51.194, 5.987, 230},
    {"AM34", "Zuid-Holland Centraal", "labour_market_region", 52.060, 4.494, 240},
    {"AM35", "Gorinchem", "labour_market_region", 51.834, 4.975, 150},
    {"AM36", "Regio Zwolle", "labour_market_region", 52.516, 6.083, 720},
    {"AM37", "Zuid-Kennemerland en IJmond", "labour_market_region", 52.387, 4.646, 560},
    {"AM38", "FoodValley", "labour_market_region", 52.040, 5.665, 380},
    {"PV20", "Groningen (provincie)", "province", 53.220, 6.740, 590},
    {"PV21", "Fryslân", "province", 53.110, 5.850, 655},
    {"PV22", "Drenthe (provincie)", "province", 52.860, 6.620, 495},
    {"PV23", "Overijssel", "province", 52.440, 6.450, 1170},
    {"PV24", "Flevoland (provincie)", "province", 52.530, 5.600, 440},
    {"PV25", "Gelderland", "province", 52.060, 5.950, 2130},
    {"PV26", "Utrecht", "province", 52.080, 5.200, 1380},
    {"PV27", "Noord-Holland", "province", 52.520, 4.870, 2950},
    {"PV28", "Zuid-Holland", "province", 51.990, 4.550, 3800},
    {"PV29", "Zeeland (provincie)", "province", 51.450, 3.840, 390},
    {"PV30", "Noord-Brabant", "province", 51.560, 5.200, 2620},
    {"PV31", "Limburg", "province", 51.210, 5.930, 1120},
};
const uint32_t brug__nregions = sizeof(brug__regions) / sizeof(brug__regions[0]);
const uint32_t brug__nlmr = 35;

static int region_index(const char *code)
{
    uint32_t i;
    for (i = 0; code && i < brug__nregions; i++)
        if (strcmp(brug__regions[i].code, code) == 0)
            return (int)i;
    return -1;
}

int brug__region_find(const char *text)
{
    int i = region_index(text); /* the common case: a CBS code as stored */
    if (i >= 0 || !text)
        return i;
    /* Another spelling (lower case, an ISO province code, a name) of a
     * province or labour-market region (region.c). */
    return region_index(brug__region_lookup(text, BRUG__REGION_PROVINCE | BRUG__REGION_LMR));
}

double brug__region_km(uint32_t a, uint32_t b)
{
    const double r = 6371.0, rad = 3.14159265358979323846 / 180.0;
    double la1, la2, dla, dlo, h;
    if (a == b)
        return 0.0;
    la1 = brug__regions[a].lat * rad;
    la2 = brug__regions[b].lat * rad;
    dla = la2 - la1;
    dlo = (brug__regions[b].lon - brug__regions[a].lon) * rad;
    h = sin(dla / 2) * sin(dla / 2) + cos(la1) * cos(la2) * sin(dlo / 2) * sin(dlo / 2);
    return 2 * r * asin(sqrt(h));
}

const brug__sector brug__sectors[] = {
    {"ict", "ICT", 1},
    {"technology", "Technology and manufacturing", 1},
    {"care", "Care and welfare", 1},
    {"energy", "Energy transition", 1},
    {"education", "Education", 0},
    {"construction", "Construction and installation", 0},
    {"logistics", "Transport and logistics", 0},
    {"retail", "Retail and wholesale", 0},
    {"hospitality", "Hospitality, cleaning and personal services", 0},
    {"business", "Business services, finance and administration", 0},
    {"public", "Public administration, legal and security", 0},
    {"agriculture", "Agriculture, food and nature", 0},
    {"culture", "Culture, media and creative work", 0},
};
const uint32_t brug__nsectors = sizeof(brug__sectors) / sizeof(brug__sectors[0]);

int brug__sector_find(const char *code)
{
    uint32_t i;
    for (i = 0; i < brug__nsectors; i++)
        if (strcmp(brug__sectors[i].code, code) == 0)
            return (int)i;
    return -1;
}

const char *const brug__drives[] = {"realistic", "investigative", "artistic",
                                    "social",    "enterprising",  "conventional"};
const uint32_t brug__ndrives = 6;

int brug__drive_find(const char *code)
{
    uint32_t i;
    for (i = 0; i < brug__ndrives; i++)
        if (strcmp(brug__drives[i], code) == 0)
            return (int)i;
    return -1;
}

const char *const brug__evidence[] = {"self", "employer", "diploma", "credential"};
const uint8_t brug__evidence_units[] = {12, 16, 18, 20};

int brug__evidence_find(const char *code)
{
    int i;
    for (i = 0; i < BRUG__NEVIDENCE; i++)
        if (strcmp(brug__evidence[i], code) == 0)
            return i;
    return -1;
}

const char *const brug__sizes[] = {"micro", "small", "medium", "large"};
const uint32_t brug__nsizes = 4;

int brug__size_find(const char *code)
{
    uint32_t i;
    for (i = 0; i < brug__nsizes; i++)
        if (strcmp(brug__sizes[i], code) == 0)
            return (int)i;
    return -1;
}

/* ISCO-08 code prefix -> sector; the longest matching prefix wins. */
static const struct {
    const char *prefix;
    const char *sector;
} isco_sector[] = {
    {"0", "public"},
    {"11", "public"},
    {"12", "business"},
    {"131", "agriculture"},
    {"1321", "technology"},
    {"1322", "technology"},
    {"1323", "construction"},
    {"1324", "logistics"},
    {"1330", "ict"},
    {"134", "care"},
    {"1345", "education"},
    {"1346", "business"},
    {"1349", "public"},
    {"141", "hospitality"},
    {"142", "retail"},
    {"143", "culture"},
    {"21", "technology"},
    {"2151", "energy"},
    {"216", "construction"},
    {"22", "care"},
    {"23", "education"},
    {"24", "business"},
    {"25", "ict"},
    {"261", "business"},
    {"262", "culture"},
    {"263", "public"},
    {"2634", "care"},
    {"2635", "care"},
    {"264", "culture"},
    {"265", "culture"},
    {"31", "technology"},
    {"3112", "construction"},
    {"3113", "energy"},
    {"3131", "energy"},
    {"32", "care"},
    {"33", "business"},
    {"34", "public"},
    {"3412", "care"},
    {"342", "culture"},
    {"343", "culture"},
    {"35", "ict"},
    {"4", "business"},
    {"432", "logistics"},
    {"51", "hospitality"},
    {"52", "retail"},
    {"53", "care"},
    {"54", "public"},
    {"6", "agriculture"},
    {"71", "construction"},
    {"7126", "energy"},
    {"72", "technology"},
    {"73", "culture"},
    {"74", "technology"},
    {"741", "energy"},
    {"75", "technology"},
    {"751", "agriculture"},
    {"8", "technology"},
    {"83", "logistics"},
    {"9", "hospitality"},
    {"92", "agriculture"},
    {"93", "construction"},
    {"933", "logistics"},
    {"96", "logistics"},
};

int brug__isco_sector(const char *isco)
{
    size_t i, best = 0;
    int sector = -1;
    for (i = 0; i < sizeof(isco_sector) / sizeof(isco_sector[0]); i++) {
        size_t n = strlen(isco_sector[i].prefix);
        if (n > best && strncmp(isco, isco_sector[i].prefix, n) == 0) {
            best = n;
            sector = brug__sector_find(isco_sector[i].sector);
        }
    }
    return sector;
}

enum { R = 1, I = 2, A = 4, S = 8, E = 16, C = 32 };

/* ISCO-08 code prefix -> RIASEC drives; the longest matching prefix wins. */
static const struct {
    const char *prefix;
    uint32_t drives;
} isco_drives[] = {
    {"0", R | C},  {"1", E | C},  {"14", E | S},  {"21", I | R},  {"22", I | S},  {"23", S},
    {"24", E | C}, {"25", I | C}, {"261", I | E}, {"262", C | I}, {"263", S | I}, {"264", A},
    {"265", A},    {"31", R | I}, {"32", S | I},  {"33", C | E},  {"341", S},     {"342", S | R},
    {"343", A},    {"35", R | C}, {"4", C},       {"51", S | E},  {"52", E},      {"53", S},
    {"54", R | S}, {"6", R},      {"7", R},       {"73", R | A},  {"8", R | C},   {"9", R},
};

uint32_t brug__isco_drives(const char *isco)
{
    size_t i, best = 0;
    uint32_t d = 0;
    for (i = 0; i < sizeof(isco_drives) / sizeof(isco_drives[0]); i++) {
        size_t n = strlen(isco_drives[i].prefix);
        if (n > best && strncmp(isco, isco_drives[i].prefix, n) == 0) {
            best = n;
            d = isco_drives[i].drives;
        }
    }
    return d;
}
