#!/usr/bin/env python3
"""gen_courses.py - writes data/demo/courses.csv, the demo catalogue of
learning offers (docs/courses.md).

Every course below is written by hand: Dutch titles, fictional or generic
providers, realistic hours and prices.  Skills are named by their English
ESCO-style labels (as in data/demo), which `brug import courses` resolves to
URIs.  Classroom courses marked with extra regions are also offered by a
second provider elsewhere, at a slightly different price: that is how
regional MBO/HBO offers look in practice, and it gives the planner real
choices for --region.  Run from the repository root:
    /usr/bin/python3 scripts/gen_courses.py > data/demo/courses.csv
"""
import csv
import sys

# (id prefix, title, provider, type, mode, region, hours, cost_eur, teaches, requires, starts, extra)
# extra: list of (region, provider) for further offers of the same course.
C = []


def add(cid, title, provider, kind, mode, region, hours, cost, teaches, requires=(), starts=(),
        extra=()):
    C.append((cid, title, provider, kind, mode, region, hours, cost, list(teaches), list(requires),
              list(starts), list(extra)))


# ---- care -----------------------------------------------------------------
add("ZA-101", "Basiszorg: persoonlijke verzorging", "ROC Lingewaard", "mbo-module", "classroom", "CR15",
    120, 980, ["assist with personal care", "assist clients with eating and drinking",
               "transfer and position clients"], starts=["2027-02-01", "2027-09-01"],
    extra=[("CR29", "ROC Maasdelta"), ("CR12", "ROC Twentekanaal")])
add("ZA-102", "Observeren en rapporteren in de zorg", "ROC Lingewaard", "mbo-module", "blended", "CR15",
    40, 420, ["observe and report changes in a client's condition", "record care in the electronic patient file"],
    extra=[("CR23", "Zorgacademie Amstelland")])
add("ZA-103", "Ouderenzorg en dementie", "Zorgacademie Amstelland", "mbo-module", "classroom", "CR23",
    80, 890, ["care for elderly people", "care for people with dementia", "geriatrics"],
    requires=["assist with personal care"], extra=[("CR39", "ROC Heuvelland")])
add("ZA-104", "Palliatieve zorg voor verzorgenden", "Zorgacademie Amstelland", "certificate", "blended", "NL-NH",
    32, 545, ["provide palliative care", "involve family and informal carers"])
add("ZA-105", "Valpreventie bij ouderen", "LeerPlein Zorg Online", "online-library", "online", None,
    4, 39, ["prevent falls"])
add("ZA-106", "Huishoudelijke ondersteuning thuis", "ROC Rijnvallei", "short-course", "classroom", "CR17",
    24, 275, ["support clients with household tasks", "clean buildings and offices"])
add("ZA-107", "Kraamzorg: zorg voor moeder en kind", "Kraamacademie Nederland", "mbo-module", "classroom", "NL-UT",
    160, 2150, ["provide postnatal care to mother and baby", "care for babies and young children"],
    requires=["assist with personal care"])
add("ZA-201", "Verpleegkundig proces en zorgplan", "Hogeschool Zuiderzee", "hbo-module", "classroom", "CR40",
    140, 1650, ["apply the nursing process", "draw up and update a care plan", "nursing science"],
    requires=["human anatomy and physiology"], extra=[("CR33", "Hogeschool Brabantse Wal")])
add("ZA-202", "Vitale functies meten", "ROC Lingewaard", "short-course", "classroom", "CR15",
    16, 295, ["measure vital signs"], extra=[("CR29", "ROC Maasdelta")])
add("ZA-203", "Wondzorg basis", "Zorgacademie Amstelland", "certificate", "classroom", "CR23",
    24, 485, ["perform wound care"], extra=[("CR36", "Zorgacademie Kempen")])
add("ZA-204", "Complexe en chronische wonden", "Hogeschool Zuiderzee", "hbo-module", "blended", "CR40",
    56, 1195, ["treat complex and chronic wounds"], requires=["perform wound care"])
add("ZA-205", "Voorbehouden handelingen: injecteren en bloedafname", "Zorgacademie Amstelland", "certificate",
    "classroom", "CR23", 20, 420, ["give injections", "take blood samples"],
    requires=["administer medication"], extra=[("CR17", "ROC Rijnvallei")])
add("ZA-206", "Katheterisatie", "Zorgacademie Amstelland", "certificate", "classroom", "CR23",
    8, 245, ["insert and care for urinary catheters"], requires=["prevent infections"])
add("ZA-207", "Infectiepreventie en hygiëne", "LeerPlein Zorg Online", "online-library", "online", None,
    6, 49, ["prevent infections", "apply hygiene standards"])
add("ZA-208", "Steriel werken en OK-assistentie", "Opleidingscentrum Klinische Zorg", "hbo-module", "classroom",
    "CR29", 320, 3800, ["work in a sterile field", "assist the surgeon during operations"],
    requires=["prevent infections", "human anatomy and physiology"])
add("ZA-209", "Intensive care: bewaking van kritiek zieken", "Opleidingscentrum Klinische Zorg", "hbo-module",
    "classroom", "CR29", 480, 5900, ["monitor critically ill patients", "make an ECG"],
    requires=["apply the nursing process", "measure vital signs"])
add("ZA-210", "Triage op de spoedeisende hulp", "Opleidingscentrum Klinische Zorg", "certificate", "classroom",
    "CR29", 24, 690, ["perform triage"], requires=["measure vital signs"])
add("ZA-211", "Telefonische triage huisartsenpost", "LeerPlein Zorg Online", "certificate", "online", None,
    20, 395, ["perform telephone triage"], requires=["medical terminology"])
add("ZA-212", "Elektronisch patiëntendossier", "LeerPlein Zorg Online", "online-library", "online", None,
    3, 0, ["record care in the electronic patient file"])
add("ZA-213", "Laboratoriumtesten in de praktijk", "ROC Rijnvallei", "short-course", "classroom", "CR17",
    16, 320, ["perform simple laboratory tests", "take blood samples"])
add("ZA-214", "Chronische ziekten en zelfmanagement", "Hogeschool Zuiderzee", "hbo-module", "online", None,
    84, 990, ["support patients with chronic diseases", "provide health education"])
add("ZA-215", "Wijkverpleging: zorgbehoefte indiceren", "Hogeschool Brabantse Wal", "hbo-module", "blended",
    "CR33", 112, 1480, ["assess care needs in the home", "the Dutch care and social support system"],
    requires=["apply the nursing process"])
add("ZA-216", "Ambulancezorg: acute zorg buiten het ziekenhuis", "Opleidingscentrum Klinische Zorg",
    "hbo-module", "classroom", "CR29", 400, 6200, ["provide pre-hospital emergency care"],
    requires=["monitor critically ill patients"])
add("ZA-217", "Verloskunde: zwangerschap en bevalling", "Hogeschool Zuiderzee", "hbo-module", "classroom",
    "CR40", 280, 3400, ["provide prenatal care", "assist at childbirth", "obstetrics"],
    requires=["human anatomy and physiology"])
add("ZA-218", "Klinisch redeneren voor physician assistants", "Hogeschool Brabantse Wal", "hbo-module",
    "classroom", "CR33", 420, 5400, ["diagnose illness", "prescribe treatment and medication", "pathology"],
    requires=["apply the nursing process", "pharmacology"])
add("ZA-301", "Medicatie toedienen", "ROC Lingewaard", "mbo-module", "blended", "CR15",
    40, 540, ["administer medication", "prepare medication"], requires=["pharmacology"],
    extra=[("CR23", "Zorgacademie Amstelland"), ("CR36", "Zorgacademie Kempen")])
add("ZA-302", "Farmacologie voor zorgprofessionals", "LeerPlein Zorg Online", "online-library", "online", None,
    24, 149, ["pharmacology"])
add("ZA-303", "Apotheek: terhandstelling en bereiding", "Apothekersassistenten Opleiding Midden", "mbo-module",
    "classroom", "CR17", 200, 2450, ["dispense medicines", "compound medicines"], requires=["pharmacology"])
add("ZA-304", "Medicatiebeoordeling", "Hogeschool Zuiderzee", "hbo-module", "online", None,
    56, 890, ["review medication"], requires=["pharmacology"])
add("ZA-401", "Begeleiden van mensen met een verstandelijke beperking", "ROC Twentekanaal", "mbo-module",
    "classroom", "CR12", 120, 1050, ["support people with intellectual disabilities", "intellectual disabilities"],
    extra=[("CR17", "ROC Rijnvallei")])
add("ZA-402", "GGZ: begeleiden bij psychische problemen", "ROC Rijnvallei", "mbo-module", "classroom", "CR17",
    100, 1150, ["support clients with mental health problems", "mental disorders"])
add("ZA-403", "Motiverende gespreksvoering", "Trainingsbureau Gesprek & Co", "certificate", "classroom", "NL-UT",
    16, 595, ["apply motivational interviewing", "listen actively"], extra=[("NL-ZH", "Trainingsbureau Gesprek & Co")])
add("ZA-404", "Sociaal werk: casemanagement", "Hogeschool Brabantse Wal", "hbo-module", "blended", "CR33",
    112, 1390, ["provide social casework", "promote client self-reliance"])
add("ZA-405", "Meldcode huiselijk geweld en kindermishandeling", "LeerPlein Zorg Online", "online-library",
    "online", None, 4, 25, ["recognise signs of domestic violence and child abuse"])
add("ZA-406", "Dagbesteding organiseren", "ROC Twentekanaal", "short-course", "classroom", "CR12",
    24, 310, ["organise daily activities for clients", "organise play activities"])
add("ZA-407", "Psychologische behandeling: basis", "Postacademisch Instituut Psyche", "hbo-module", "classroom",
    "CR23", 240, 4200, ["provide psychological treatment", "psychology"], requires=["mental disorders"])
add("ZA-501", "Pedagogisch medewerker kinderopvang", "ROC Maasdelta", "mbo-module", "classroom", "CR29",
    160, 1350, ["care for babies and young children", "stimulate child development", "child development"],
    extra=[("CR23", "ROC Amstelpoort")])
add("ZA-502", "Oudercommunicatie in de kinderopvang", "LeerPlein Zorg Online", "online-library", "online", None,
    6, 45, ["communicate with parents"])
add("ZA-503", "Spel en activiteiten voor kinderen", "ROC Maasdelta", "short-course", "classroom", "CR29",
    24, 260, ["organise play activities"])
add("ZA-601", "Fysiotherapeutisch onderzoek", "Hogeschool Zuiderzee", "hbo-module", "classroom", "CR40",
    168, 2100, ["perform a physiotherapy examination", "provide exercise therapy", "the musculoskeletal system"],
    requires=["human anatomy and physiology"])
add("ZA-602", "Hulpmiddelen en woningaanpassingen", "Ergo Academie", "certificate", "blended", "NL-GE",
    24, 520, ["advise on aids and home adaptations"])
add("ZA-603", "Voeding en dieet", "Hogeschool Zuiderzee", "hbo-module", "online", None,
    84, 990, ["create diet plans", "nutrition and dietetics"])
add("ZA-604", "Gezondheidsvoorlichting geven", "LeerPlein Zorg Online", "online-library", "online", None,
    8, 59, ["provide health education"])
add("ZA-701", "Praktijkassistentie: balie en agenda", "ROC Rijnvallei", "mbo-module", "classroom", "CR17",
    60, 640, ["schedule patient appointments", "receive patients at the desk", "medical terminology"],
    extra=[("CR39", "ROC Heuvelland")])
add("ZA-702", "Tandartsassistentie aan de stoel", "Mondzorg Opleidingen Nederland", "mbo-module", "classroom",
    "NL-NB", 120, 1850, ["assist the dentist at the chair", "oral health and dentistry"])
add("ZA-703", "Instrumenten reinigen en steriliseren", "Opleidingscentrum Klinische Zorg", "certificate",
    "classroom", "CR29", 16, 375, ["clean and sterilise medical instruments"], requires=["prevent infections"])
add("ZA-801", "Anatomie en fysiologie", "LeerPlein Zorg Online", "online-library", "online", None,
    40, 129, ["human anatomy and physiology"])
add("ZA-802", "Medische terminologie", "LeerPlein Zorg Online", "online-library", "online", None,
    12, 49, ["medical terminology"])
add("ZA-803", "Pathologie voor zorgprofessionals", "Hogeschool Zuiderzee", "hbo-module", "online", None,
    56, 690, ["pathology"], requires=["human anatomy and physiology"])
add("ZA-804", "Zorgwetgeving: Wlz, Zvw, Wmo en Jeugdwet", "LeerPlein Zorg Online", "online-library", "online",
    None, 8, 69, ["health care legislation", "the Dutch care and social support system"])
add("ZA-805", "Evidence-based werken", "Hogeschool Zuiderzee", "hbo-module", "online", None,
    56, 720, ["apply evidence-based practice"])

# ---- energy transition ---------------------------------------------------------
add("EN-101", "Warmtepompen installeren", "Warmtepomp Academie", "certificate", "classroom", "CR34",
    40, 1195, ["install heat pumps", "install hybrid heat pumps", "heat pump technology"],
    requires=["install central heating systems"], starts=["2027-01-11", "2027-04-12"],
    extra=[("CR13", "Installatiewerk Opleidingen Oost"), ("CR03", "Energie Vakschool Noord")])
add("EN-102", "Warmtepompen in bedrijf stellen en inregelen", "Warmtepomp Academie", "certificate", "classroom",
    "CR34", 16, 695, ["commission and tune heat pump systems", "balance heating systems hydraulically"],
    requires=["install heat pumps"])
add("EN-103", "Onderhoud en storingen warmtepompen", "Warmtepomp Academie", "certificate", "classroom", "CR34",
    24, 795, ["maintain and repair heat pumps"], requires=["install heat pumps", "handle refrigerants safely"])
add("EN-104", "Warmteverliesberekening", "Installatiewerk Opleidingen Oost", "short-course", "blended", "CR13",
    16, 450, ["calculate the heat loss of a building", "energy performance of buildings"])
add("EN-105", "Zonneboilers en warmtenetten", "Energie Vakschool Noord", "short-course", "classroom", "CR03",
    24, 580, ["install solar water heaters", "connect buildings to district heating"])
add("EN-201", "PV-installaties monteren", "Solar Skills Centrum", "certificate", "classroom", "CR36",
    32, 895, ["install solar panels", "mount solar panel mounting systems on pitched and flat roofs",
              "photovoltaic systems"], requires=["work safely at height"],
    extra=[("CR26", "Solar Skills Centrum"), ("CR05", "Energie Vakschool Noord")])
add("EN-202", "Omvormers aansluiten en DC-veiligheid", "Solar Skills Centrum", "certificate", "classroom", "CR36",
    16, 545, ["install and connect inverters", "work safely with direct current systems"],
    requires=["install electrical wiring"])
add("EN-203", "Thuis- en bedrijfsbatterijen", "Solar Skills Centrum", "short-course", "blended", "CR36",
    12, 425, ["install home and business battery storage", "energy storage"],
    requires=["work safely with direct current systems"])
add("EN-204", "Windturbinetechniek: onderhoud", "Wind Training Noordzee", "certificate", "classroom", "CR18",
    80, 2950, ["maintain and repair wind turbines"], requires=["climb wind turbines safely"])
add("EN-205", "GWO Basic Safety: klimmen in windturbines", "Wind Training Noordzee", "certificate", "classroom",
    "CR18", 32, 1450, ["climb wind turbines safely", "work safely at height"])
add("EN-301", "Laadpalen installeren", "Installatiewerk Opleidingen Oost", "certificate", "classroom", "CR13",
    16, 595, ["install electric vehicle charging stations", "electric vehicle charging technology"],
    requires=["install electrical wiring"], extra=[("CR23", "E-Mobility Academie")])
add("EN-302", "Slim laden en load balancing", "E-Mobility Academie", "short-course", "online", None,
    8, 295, ["configure smart charging and load balancing", "smart grids"])
add("EN-303", "Kabels leggen en moffen maken", "Netwerk Opleidingscentrum", "mbo-module", "classroom", "CR28",
    120, 2400, ["lay underground cables", "make cable joints and terminations", "electricity distribution grids"],
    extra=[("CR14", "Netwerk Opleidingscentrum")])
add("EN-304", "Aansluiten op het net en schakelen", "Netwerk Opleidingscentrum", "certificate", "classroom",
    "CR28", 40, 1350, ["connect customers to the electricity grid", "perform switching operations in the grid"],
    requires=["work safely on electrical installations"])
add("EN-305", "Onderhoud transformatorstations", "Netwerk Opleidingscentrum", "certificate", "classroom", "CR28",
    40, 1490, ["maintain transformer substations"], requires=["perform switching operations in the grid"])
add("EN-401", "Energieadvies woningen en EP-label", "Duurzaam Wonen Academie", "certificate", "blended",
    "NL-UT", 48, 1295, ["perform an energy audit of a building", "determine energy labels for homes",
                        "advise on energy saving measures", "energy performance of buildings"])
add("EN-402", "Verduurzamingsplannen en subsidies", "Duurzaam Wonen Academie", "short-course", "online", None,
    16, 395, ["draw up sustainability plans", "energy subsidies and financing"])
add("EN-403", "Projectleider energietransitie", "Hogeschool Zuiderzee", "hbo-module", "blended", "CR40",
    112, 1890, ["manage energy transition projects", "energy transition and climate policy"],
    requires=["manage projects"])
add("EN-404", "Hernieuwbare energie: overzicht", "LeerHub Online", "online-library", "online", None,
    10, 0, ["renewable energy technologies", "hydrogen technology"])
add("EN-405", "Circulaire economie en milieuwetgeving", "LeerHub Online", "online-library", "online", None,
    8, 29, ["circular economy", "environmental legislation"])

# ---- ICT ---------------------------------------------------------------------------
add("IT-101", "Programmeren in Python", "CodeWerkplaats", "certificate", "online", None,
    60, 795, ["program in Python", "programming languages"], starts=["2027-01-15", "2027-03-15"])
add("IT-102", "Python voor beginners (zelfstudie)", "LeerHub Online", "online-library", "online", None,
    20, 0, ["program in Python"])
add("IT-103", "Java ontwikkelaar", "CodeWerkplaats", "certificate", "online", None,
    120, 1690, ["program in Java", "object-oriented programming"], requires=["programming languages"])
add("IT-104", "C# en .NET", "Hogeschool Brabantse Wal", "hbo-module", "blended", "CR33",
    140, 1850, ["program in C#", "object-oriented programming"], requires=["programming languages"])
add("IT-105", "JavaScript, TypeScript en front-end", "CodeWerkplaats", "certificate", "classroom", "CR23",
    100, 1490, ["program in JavaScript and TypeScript", "build web front-ends", "web accessibility"],
    extra=[("CR29", "CodeWerkplaats")])
add("IT-106", "Mobiele apps bouwen", "CodeWerkplaats", "certificate", "online", None,
    80, 1290, ["develop mobile apps"], requires=["program in JavaScript and TypeScript"])
add("IT-107", "API's ontwerpen en bouwen", "CodeWerkplaats", "short-course", "online", None,
    24, 595, ["design and build APIs"], requires=["develop software"])
add("IT-108", "Git en versiebeheer", "LeerHub Online", "online-library", "online", None,
    4, 0, ["use version control"])
add("IT-109", "Softwareontwikkeling: methoden en praktijk", "Hogeschool Zuiderzee", "hbo-module", "blended",
    "CR40", 168, 2200, ["develop software", "software development methods", "debug software", "review code"],
    requires=["programming languages"], extra=[("CR36", "Hogeschool Kempenland")])
add("IT-110", "Software testen (ISTQB Foundation)", "TestVak Academie", "certificate", "classroom", "CR17",
    24, 1095, ["test software"], extra=[("CR26", "TestVak Academie")])
add("IT-111", "Testautomatisering", "TestVak Academie", "certificate", "online", None,
    32, 1195, ["automate software tests"], requires=["test software", "program in Python"])
add("IT-112", "CI/CD met pipelines", "CloudKlas", "short-course", "online", None,
    16, 650, ["set up continuous integration and delivery"], requires=["use version control"])
add("IT-113", "Requirements en gebruikersonderzoek", "Hogeschool Zuiderzee", "hbo-module", "online", None,
    84, 1100, ["analyse user requirements", "design user experience"])
add("IT-114", "Functioneel beheer (BiSL)", "IT Beheer Instituut", "certificate", "classroom", "CR17",
    24, 1150, ["manage business applications", "IT service management"])
add("IT-115", "Softwarearchitectuur", "Hogeschool Zuiderzee", "hbo-module", "blended", "CR40",
    112, 1790, ["design software and system architecture"], requires=["develop software"])
add("IT-201", "Data-analyse met Python", "DataPad Academy", "certificate", "online", None,
    60, 995, ["analyse data", "visualise data", "statistics"], requires=["program in Python"])
add("IT-202", "SQL voor analisten", "DataPad Academy", "short-course", "online", None,
    16, 395, ["write SQL queries", "databases"])
add("IT-203", "Machine learning in de praktijk", "DataPad Academy", "certificate", "online", None,
    80, 1850, ["build machine learning models", "machine learning"],
    requires=["program in Python", "statistics"])
add("IT-204", "Data engineering: pipelines bouwen", "DataPad Academy", "certificate", "online", None,
    60, 1450, ["build data pipelines", "design data models"], requires=["write SQL queries"])
add("IT-205", "Databasebeheer", "IT Beheer Instituut", "certificate", "classroom", "CR17",
    40, 1290, ["administer databases", "design data models"], requires=["write SQL queries"])
add("IT-206", "Excel voor gevorderden", "LeerHub Online", "online-library", "online", None,
    12, 35, ["analyse data in spreadsheets", "use office software"])
add("IT-207", "Statistiek: de basis", "LeerHub Online", "online-library", "online", None,
    20, 0, ["statistics"])
add("IT-301", "Systeembeheer Linux en Windows", "IT Beheer Instituut", "mbo-module", "classroom", "CR17",
    120, 1650, ["administer servers", "manage user accounts and access rights", "operating systems"],
    extra=[("CR12", "ROC Twentekanaal"), ("CR39", "ROC Heuvelland")])
add("IT-302", "Netwerken (CCNA-niveau)", "NetwerkLab", "certificate", "classroom", "CR26",
    80, 1795, ["configure computer networks", "computer networks"], extra=[("CR35", "NetwerkLab")])
add("IT-303", "Cloud infrastructuur beheren", "CloudKlas", "certificate", "online", None,
    40, 1350, ["manage cloud infrastructure", "cloud computing"], requires=["administer servers"])
add("IT-304", "Containers en Kubernetes", "CloudKlas", "certificate", "online", None,
    32, 1250, ["deploy applications with containers"], requires=["administer servers"])
add("IT-305", "Scripting voor beheerders", "LeerHub Online", "online-library", "online", None,
    16, 49, ["write scripts to automate tasks"])
add("IT-306", "Monitoring, back-up en herstel", "IT Beheer Instituut", "short-course", "blended", "CR17",
    24, 790, ["monitor ICT systems and networks", "manage backups and recovery"])
add("IT-307", "Virtualisatie", "IT Beheer Instituut", "short-course", "classroom", "CR17",
    24, 850, ["virtualise servers and workplaces"], requires=["administer servers"])
add("IT-401", "Informatiebeveiliging en risicoanalyse (ISO 27001)", "CyberVeilig Instituut", "certificate",
    "blended", "CR26", 40, 1650, ["analyse information security risks", "information security standards",
                                  "information security"], extra=[("CR23", "CyberVeilig Instituut")])
add("IT-402", "SOC-analist: monitoren en incidentrespons", "CyberVeilig Instituut", "certificate", "classroom",
    "CR26", 80, 2450, ["monitor security events", "respond to security incidents"],
    requires=["configure computer networks"])
add("IT-403", "Ethical hacking", "CyberVeilig Instituut", "certificate", "classroom", "CR26",
    60, 2850, ["perform penetration tests"], requires=["configure computer networks", "operating systems"])
add("IT-404", "Firewalls en netwerkbeveiliging", "NetwerkLab", "certificate", "classroom", "CR26",
    40, 1490, ["configure firewalls and network security"], requires=["configure computer networks"])
add("IT-405", "Identity and access management", "CyberVeilig Instituut", "short-course", "online", None,
    16, 690, ["manage identity and access"], requires=["manage user accounts and access rights"])
add("IT-406", "Security awareness trainen", "CyberVeilig Instituut", "in-company", "in-company", "NL",
    8, 450, ["raise security awareness", "protect personal data and privacy online"])
add("IT-501", "Servicedesk medewerker", "ROC Amstelpoort", "mbo-module", "classroom", "CR23",
    80, 890, ["support ICT users", "handle service desk tickets", "troubleshoot ICT problems",
              "IT service management"], extra=[("CR33", "ROC Brabantse Wal")])
add("IT-502", "Hardware installeren en configureren", "ROC Amstelpoort", "short-course", "classroom", "CR23",
    24, 320, ["install and configure hardware and software", "computer hardware"])

# ---- education, guidance, administration -------------------------------------------
add("OW-101", "Lesgeven in het beroepsonderwijs (PDG-module)", "Hogeschool Zuiderzee", "hbo-module", "blended",
    "CR40", 168, 2450, ["prepare lessons", "teach a class", "manage a classroom", "didactics", "pedagogy"],
    extra=[("CR39", "Hogeschool Maasland")])
add("OW-102", "Differentiëren en toetsen", "Hogeschool Zuiderzee", "hbo-module", "online", None,
    56, 790, ["differentiate teaching", "assess learners"], requires=["teach a class"])
add("OW-103", "Rekendidactiek", "Hogeschool Maasland", "hbo-module", "classroom", "CR39",
    84, 1100, ["teach mathematics", "mathematics"], requires=["didactics"])
add("OW-104", "NT2-docent", "Taalhuis Academie", "certificate", "blended", "NL-ZH",
    80, 1450, ["teach Dutch as a second language", "adult learning"])
add("OW-105", "Praktijkopleider en stagebegeleiding", "ROC Rijnvallei", "short-course", "classroom", "CR17",
    24, 450, ["supervise students on work placements", "teach vocational skills", "coach others"])
add("OW-106", "Digitale didactiek", "LeerHub Online", "online-library", "online", None,
    10, 0, ["use digital learning tools"])
add("OW-107", "Trainingen ontwerpen", "Opleidersacademie", "certificate", "online", None,
    40, 995, ["develop training programmes", "adult learning"])
add("OW-108", "Passend onderwijs: zorgleerlingen begeleiden", "Hogeschool Maasland", "hbo-module", "blended",
    "CR39", 84, 990, ["support pupils with special educational needs"])
add("OW-109", "Onderwijsassistent", "ROC Maasdelta", "mbo-module", "classroom", "CR29",
    120, 1250, ["assist the teacher", "the Dutch education system"])
add("OW-110", "Praktijkgericht onderzoek", "Hogeschool Zuiderzee", "hbo-module", "online", None,
    84, 1100, ["conduct research", "supervise student research"])
add("OW-201", "Loopbaanbegeleiding en arbeidsmarkt", "Loopbaan Instituut", "certificate", "blended", "NL-UT",
    60, 1595, ["give career guidance", "assess skills and competences", "labour market information"])
add("OW-202", "Werkzoekenden matchen en coachen", "Loopbaan Instituut", "certificate", "classroom", "NL-UT",
    40, 1150, ["match jobseekers to vacancies", "coach jobseekers", "conduct interviews"],
    extra=[("NL-NB", "Loopbaan Instituut"), ("NL-GR", "Stichting Werk Noord")])
add("AD-101", "Secretarieel medewerker", "ROC Amstelpoort", "mbo-module", "classroom", "CR23",
    80, 790, ["manage agendas and appointments", "take minutes", "handle correspondence", "answer the telephone"],
    extra=[("CR15", "ROC Lingewaard")])
add("AD-102", "Archief en informatiebeheer", "LeerHub Online", "online-library", "online", None,
    8, 39, ["manage records and archives", "enter data accurately"])
add("AD-201", "Basisboekhouden (PDB)", "Financieel Opleidingscentrum", "certificate", "online", None,
    120, 890, ["keep accounts", "process invoices", "accounting principles", "use accounting software"])
add("AD-202", "Salarisadministratie", "Financieel Opleidingscentrum", "certificate", "online", None,
    80, 1150, ["process payroll", "labour law"], requires=["keep accounts"])
add("AD-203", "Jaarrekening en rapportage", "Financieel Opleidingscentrum", "certificate", "blended", "CR26",
    120, 1690, ["prepare financial statements and reports", "manage budgets"], requires=["keep accounts"])
add("AD-204", "Auditing", "Hogeschool Brabantse Wal", "hbo-module", "classroom", "CR33",
    168, 2300, ["audit financial accounts"], requires=["prepare financial statements and reports"])
add("AD-301", "Beleid maken bij de overheid", "Bestuursacademie Midden", "certificate", "blended", "CR26",
    60, 1690, ["develop public policy", "advise administrators and politicians", "public administration"])
add("AD-302", "Stakeholdermanagement", "Bestuursacademie Midden", "short-course", "classroom", "CR26",
    16, 795, ["manage stakeholders", "negotiate"])
add("AD-303", "Vergunningverlening", "Bestuursacademie Midden", "certificate", "classroom", "CR26",
    40, 1190, ["assess and issue permits", "process applications and requests", "administrative law"],
    extra=[("CR17", "Bestuursacademie Midden")])
add("AD-304", "Uitkeringen beoordelen", "Bestuursacademie Midden", "certificate", "online", None,
    40, 990, ["assess benefit claims", "social security law"])
add("AD-305", "Burgerzaken en identiteitsdocumenten", "Bestuursacademie Midden", "short-course", "classroom",
    "CR17", 24, 690, ["register personal records and civil status", "verify identity documents"])
add("AD-306", "Belastingaangiften beoordelen", "Fiscaal Opleidingscentrum", "certificate", "online", None,
    80, 1450, ["assess tax returns", "tax law"])
add("AD-307", "Juridisch advies en bezwaar en beroep", "Bestuursacademie Midden", "certificate", "blended",
    "CR26", 60, 1590, ["give legal advice", "handle objections and appeals", "civil law"],
    requires=["administrative law"])
add("AD-308", "AVG in de praktijk", "LeerHub Online", "online-library", "online", None,
    6, 0, ["data protection law", "respect confidentiality"])
add("AD-401", "Handhaving (BOA basis)", "Veiligheidsacademie Nederland", "certificate", "classroom", "NL-UT",
    120, 2450, ["enforce rules and regulations", "write official police reports", "public order and security"],
    extra=[("NL-ZH", "Veiligheidsacademie Nederland")])
add("AD-402", "Openbare orde en recherche: basis", "Veiligheidsacademie Nederland", "certificate", "classroom",
    "NL-UT", 160, 3200, ["maintain public order", "investigate crimes", "criminal law and criminal procedure"])
add("AD-403", "Manschap brandweer", "Brandweeracademie Regio", "mbo-module", "classroom", "NL-GE",
    200, 2800, ["fight fires", "perform rescue operations", "act in emergencies"])
add("AD-501", "Werving en selectie", "HR Academie", "certificate", "online", None,
    40, 1095, ["recruit and select staff", "conduct interviews"])
add("AD-502", "HR-beleid en verzuim", "HR Academie", "certificate", "blended", "CR23",
    60, 1490, ["advise on HR policy", "manage sickness absence", "plan staff training and development",
               "labour law"])
add("AD-601", "Projectmanagement (Prince2 Foundation)", "Projectenbureau Opleidingen", "certificate", "online",
    None, 24, 995, ["manage projects", "project management methods"])
add("AD-602", "Leidinggeven aan een team", "Leiderschapshuis", "certificate", "classroom", "CR17",
    40, 1850, ["manage a team", "lead others", "give and receive feedback"], extra=[("CR29", "Leiderschapshuis")])
add("AD-603", "Lean Green Belt", "Procesverbeteraars", "certificate", "blended", "CR35",
    40, 1690, ["improve work processes", "lean manufacturing"])
add("AD-604", "Communicatieadvies", "LeerHub Online", "online-library", "online", None,
    10, 25, ["manage communication", "present information"])
add("AD-605", "Evenementen organiseren", "ROC Amstelpoort", "short-course", "classroom", "CR23",
    24, 350, ["plan and organise events"])

# ---- logistics, retail, hospitality, cleaning -------------------------------------------
add("LO-101", "Logistiek medewerker: ontvangst, opslag en orderpicking", "Logistiek Leerbedrijf Maasvlakte",
    "mbo-module", "classroom", "CR29", 80, 690, ["receive and check incoming goods", "pick orders",
                                                "store goods in a warehouse", "pack goods for shipment",
                                                "logistics processes"],
    extra=[("CR35", "Logistiek Leerbedrijf Venlo-Nijmegen"), ("CR37", "Logistiek Leerbedrijf Venlo-Nijmegen")])
add("LO-102", "Heftruckcertificaat", "VeiligWerk Trainingen", "certificate", "classroom", "CR29",
    16, 395, ["operate a forklift truck", "load and unload trucks"],
    extra=[("CR35", "VeiligWerk Trainingen"), ("CR17", "VeiligWerk Trainingen"), ("CR03", "VeiligWerk Trainingen")])
add("LO-103", "Reachtruck", "VeiligWerk Trainingen", "certificate", "classroom", "CR29",
    8, 295, ["operate a reach truck"], requires=["operate a forklift truck"])
add("LO-104", "Elektrische pallettruck (EPT)", "VeiligWerk Trainingen", "in-company", "in-company", "NL",
    4, 145, ["use an electric pallet truck"])
add("LO-105", "WMS en voorraadbeheer", "Logistiek Leerbedrijf Maasvlakte", "short-course", "online", None,
    16, 350, ["use a warehouse management system", "control inventory"])
add("LO-201", "Rijbewijs C en code 95", "Transportschool Midden", "certificate", "classroom", "CR17",
    60, 3450, ["drive a truck", "apply driving and rest time rules", "traffic rules"],
    extra=[("CR35", "Transportschool Zuid")])
add("LO-202", "Bestelbus: veilig en zuinig rijden", "Transportschool Midden", "short-course", "classroom",
    "CR17", 8, 295, ["drive a delivery van", "drive defensively and economically"])
add("LO-203", "Buschauffeur D", "Transportschool Midden", "certificate", "classroom", "CR17",
    60, 3850, ["drive a bus", "assist passengers"], requires=["traffic rules"])
add("LO-204", "Machinist: basisopleiding", "Spooracademie", "certificate", "classroom", "CR17",
    480, 9500, ["drive a train"])
add("LO-205", "ADR: vervoer van gevaarlijke stoffen", "Transportschool Midden", "certificate", "classroom",
    "CR17", 24, 690, ["transport dangerous goods"], requires=["drive a truck"])
add("LO-301", "Transportplanning", "Logistiek Leerbedrijf Maasvlakte", "certificate", "blended", "CR29",
    60, 1190, ["plan transport and routes", "arrange international shipments"])
add("LO-302", "Douaneformaliteiten", "Douane Opleidingen Rotterdam", "certificate", "classroom", "CR29",
    40, 1350, ["prepare customs declarations", "customs and international trade rules"])
add("LO-303", "Supply chain management", "Hogeschool Brabantse Wal", "hbo-module", "online", None,
    112, 1590, ["manage the supply chain", "purchase goods and services"])
add("RE-101", "Verkoopmedewerker retail", "ROC Amstelpoort", "mbo-module", "classroom", "CR23",
    60, 590, ["advise customers on products", "sell products", "operate a cash register",
              "product and assortment knowledge"], extra=[("CR36", "ROC Kempenland")])
add("RE-102", "Vakkenvullen en presentatie", "Retail Leerhuis", "in-company", "in-company", "NL",
    8, 180, ["replenish shelves", "present products attractively"])
add("RE-103", "Winkeldiefstal voorkomen", "Retail Leerhuis", "online-library", "online", None,
    3, 25, ["prevent shoplifting"])
add("RE-104", "Filiaalmanager", "Retail Leerhuis", "certificate", "blended", "NL-UT",
    80, 1650, ["manage a shop", "manage a team", "marketing and sales"])
add("RE-105", "Webwinkel beginnen en online verkopen", "LeerHub Online", "online-library", "online", None,
    12, 49, ["sell online", "marketing and sales"])
add("RE-201", "Klantcontact: klachten en kanalen", "Klantcontact Academie", "certificate", "online", None,
    24, 495, ["handle customer complaints", "answer customer calls, e-mails and chats",
              "use a customer relationship management system", "be customer oriented"])
add("RE-301", "Brood en banket", "Bakkersvakschool Gelderse Vallei", "mbo-module", "classroom", "CR13",
    160, 1850, ["bake bread and pastry"], requires=["food safety and hygiene"])
add("RE-302", "Slagerij: uitbenen en bereiden", "Slagersvakschool Nederland", "mbo-module", "classroom", "CR35",
    120, 1650, ["cut and prepare meat"], requires=["food safety and hygiene"])
add("HO-101", "Zelfstandig werkend kok", "Horeca Vakschool Amstel", "mbo-module", "classroom", "CR23",
    240, 2650, ["prepare dishes", "apply cooking techniques", "prepare ingredients", "food and beverages"],
    requires=["food safety and hygiene"], extra=[("CR39", "Horeca Vakschool Zuid")])
add("HO-102", "Menu's plannen en keukenmanagement", "Horeca Vakschool Amstel", "certificate", "classroom",
    "CR23", 60, 1350, ["plan menus", "manage a professional kitchen"], requires=["prepare dishes"])
add("HO-103", "HACCP en allergenen", "LeerPlein Horeca", "online-library", "online", None,
    6, 45, ["food safety and hygiene", "food allergens", "store food safely"])
add("HO-104", "Afwas en keukenhygiëne", "Horeca Vakschool Amstel", "in-company", "in-company", "NL",
    4, 95, ["wash dishes", "apply hygiene standards"])
add("HO-201", "Gastheerschap en bediening", "Horeca Vakschool Amstel", "short-course", "classroom", "CR23",
    24, 395, ["serve food and drinks", "welcome guests", "prepare drinks"],
    extra=[("CR21", "Horeca Vakschool Amstel"), ("CR31", "Horeca Vakschool Zuid")])
add("HO-202", "Reserveringen en front office", "LeerPlein Horeca", "online-library", "online", None,
    8, 49, ["handle reservations"])
add("HO-203", "Horecaondernemer (SVH)", "Horeca Vakschool Amstel", "certificate", "blended", "CR23",
    80, 1295, ["manage a restaurant or hotel"])
add("SC-101", "Schoonmaken: basisvakmanschap", "Schoonmaak Opleidingen Nederland", "certificate", "classroom",
    "CR29", 24, 345, ["clean buildings and offices", "use cleaning agents safely and sparingly",
                      "cleaning methods and agents"], extra=[("CR23", "Schoonmaak Opleidingen Nederland")])
add("SC-102", "Schrobzuigmachine en machinaal reinigen", "Schoonmaak Opleidingen Nederland", "in-company",
    "in-company", "NL", 8, 225, ["operate cleaning machines"])
add("SC-103", "Housekeeping hotel", "Horeca Vakschool Amstel", "short-course", "classroom", "CR23",
    16, 260, ["clean hotel rooms", "wash and iron laundry"])

# ---- technology ------------------------------------------------------------------------------
add("TE-101", "Technisch tekeninglezen", "TechnoCampus Brabant", "short-course", "classroom", "CR36",
    24, 395, ["read technical drawings", "tolerances and fits"], extra=[("CR20", "Techniekcentrum IJmond")])
add("TE-102", "Elektrotechnische schema's lezen", "TechnoCampus Brabant", "short-course", "online", None,
    16, 295, ["read electrical diagrams", "electricity principles"])
add("TE-103", "Meten en meetmiddelen", "TechnoCampus Brabant", "short-course", "classroom", "CR36",
    8, 195, ["use measuring instruments", "inspect product quality"])
add("TE-104", "Werken op hoogte", "VeiligWerk Trainingen", "certificate", "classroom", "CR29",
    8, 245, ["work safely at height"], extra=[("CR15", "VeiligWerk Trainingen"), ("CR03", "VeiligWerk Trainingen")])
add("TE-105", "VCA Basis", "VeiligWerk Trainingen", "certificate", "online", None,
    8, 165, ["apply VCA safety rules", "work safely"])
add("TE-106", "Werkbonnen en technische rapportage", "LeerHub Online", "online-library", "online", None,
    4, 0, ["report on technical work"])
add("TE-201", "Lassen: basis (MAG/BMBE)", "Lastechniek Centrum", "certificate", "classroom", "CR20",
    120, 2450, ["weld metal", "MIG/MAG welding", "manual metal arc welding", "welding techniques"],
    requires=["read technical drawings"], extra=[("CR12", "Lastechniek Centrum"), ("CR38", "Lastechniek Centrum")])
add("TE-202", "TIG-lassen", "Lastechniek Centrum", "certificate", "classroom", "CR20",
    80, 1950, ["TIG welding"], requires=["weld metal"], extra=[("CR12", "Lastechniek Centrum")])
add("TE-203", "Lasinspectie en WPS", "Lastechniek Centrum", "certificate", "classroom", "CR20",
    40, 1390, ["inspect welds", "work to welding procedure specifications", "metals and their properties"],
    requires=["weld metal"])
add("TE-204", "Plaatbewerking en constructiemontage", "Lastechniek Centrum", "mbo-module", "classroom", "CR20",
    120, 1650, ["cut metal", "grind and finish metal surfaces", "bend and form sheet metal",
                "assemble steel structures"], extra=[("CR38", "Lastechniek Centrum")])
add("TE-205", "Solderen en hardsolderen", "Installatiewerk Opleidingen Oost", "short-course", "classroom",
    "CR13", 16, 345, ["braze and solder metal", "join pipes by soldering, pressing and threading"])
add("TE-301", "CNC-draaien en -frezen", "TechnoCampus Brabant", "mbo-module", "classroom", "CR36",
    160, 2850, ["operate a CNC lathe", "operate a CNC milling machine", "set up machine tools",
                "machining techniques"], requires=["read technical drawings"],
    extra=[("CR12", "Techniekcentrum Twente")])
add("TE-302", "CNC-programmeren en CAM", "TechnoCampus Brabant", "certificate", "blended", "CR36",
    80, 1950, ["program CNC machines", "use CAM software"], requires=["operate a CNC milling machine"])
add("TE-303", "Conventioneel verspanen", "Techniekcentrum Twente", "mbo-module", "classroom", "CR12",
    120, 1450, ["operate conventional lathes and milling machines", "machining techniques"])
add("TE-401", "Monteur mechatronica: onderhoud en storingen", "TechnoCampus Brabant", "mbo-module", "classroom",
    "CR36", 200, 2650, ["maintain machinery", "diagnose and repair mechanical faults",
                        "assemble machines and mechanical parts", "mechanical engineering"],
    extra=[("CR20", "Techniekcentrum IJmond"), ("CR14", "Techniekcentrum Achterhoek")])
add("TE-402", "Hydrauliek en pneumatiek", "TechnoCampus Brabant", "certificate", "classroom", "CR36",
    40, 1290, ["install and repair hydraulic and pneumatic systems", "hydraulics and pneumatics"])
add("TE-403", "Uitlijnen en balanceren", "Techniekcentrum IJmond", "short-course", "classroom", "CR20",
    16, 695, ["align shafts and balance drives"], requires=["maintain machinery"])
add("TE-404", "Operator productie en procesinstallaties", "Procesindustrie Opleidingen", "mbo-module",
    "classroom", "CR29", 160, 1950, ["operate a production line", "control process installations"],
    extra=[("CR31", "Procesindustrie Opleidingen")])
add("TE-501", "Eerste monteur elektrotechniek", "Installatiewerk Opleidingen Oost", "mbo-module", "classroom",
    "CR13", 200, 2450, ["install electrical wiring", "install distribution boards",
                        "electrical installation standards"], requires=["read electrical diagrams"],
    extra=[("CR29", "Elektrotechniek Opleidingen Rijnmond"), ("CR05", "Energie Vakschool Noord")])
add("TE-502", "NEN 3140 Vakbekwaam persoon", "VeiligWerk Trainingen", "certificate", "classroom", "CR29",
    16, 595, ["work safely on electrical installations"], extra=[("CR13", "VeiligWerk Trainingen")])
add("TE-503", "Inspectie elektrische installaties (NEN 1010/3140)", "Elektrotechniek Opleidingen Rijnmond",
    "certificate", "classroom", "CR29", 40, 1390, ["test and inspect electrical installations",
                                                  "find and repair electrical faults"],
    requires=["install electrical wiring"])
add("TE-504", "PLC-programmeren", "TechnoCampus Brabant", "certificate", "blended", "CR36",
    60, 1690, ["program PLCs", "install and commission control systems", "control engineering"],
    requires=["electricity principles"])
add("TE-505", "Elektronica repareren", "ROC Twentekanaal", "mbo-module", "classroom", "CR12",
    80, 990, ["repair electronic equipment", "electronics"])
add("TE-506", "Domotica en slimme woning", "Installatiewerk Opleidingen Oost", "short-course", "classroom",
    "CR13", 16, 495, ["install home automation and smart home systems"], requires=["install electrical wiring"])
add("TE-601", "Monteur installatietechniek: water en sanitair", "Installatiewerk Opleidingen Oost", "mbo-module",
    "classroom", "CR13", 160, 1850, ["install water supply and drainage pipes", "install sanitary fixtures",
                                     "plumbing systems", "join pipes by soldering, pressing and threading"],
    extra=[("CR29", "Installatietechniek Rijnmond"), ("CR36", "TechnoCampus Brabant")])
add("TE-602", "Gasinstallaties", "Installatiewerk Opleidingen Oost", "certificate", "classroom", "CR13",
    40, 1150, ["install and test gas installations"], requires=["install water supply and drainage pipes"])
add("TE-603", "Cv-installaties en ketels", "Installatiewerk Opleidingen Oost", "mbo-module", "classroom",
    "CR13", 120, 1650, ["install central heating systems", "service and repair boilers",
                        "heating, ventilation and cooling systems"],
    extra=[("CR29", "Installatietechniek Rijnmond"), ("CR03", "Energie Vakschool Noord"),
           ("CR35", "Installatiewerk Opleidingen Oost")])
add("TE-604", "Ventilatiesystemen", "Installatiewerk Opleidingen Oost", "short-course", "classroom", "CR13",
    24, 590, ["install ventilation systems"])
add("TE-605", "F-gassen: koeltechniek (STEK)", "Koeltechniek Opleidingen", "certificate", "classroom", "CR34",
    80, 2250, ["install and maintain refrigeration and air conditioning systems", "handle refrigerants safely",
               "thermodynamics"], extra=[("CR26", "Koeltechniek Opleidingen")])
add("TE-606", "Opleveren en overdragen van installaties", "LeerHub Online", "online-library", "online", None,
    6, 29, ["commission and hand over installations"])
add("TE-701", "Timmeren", "Bouwopleidingen Regio", "mbo-module", "classroom", "CR35",
    160, 1650, ["do carpentry", "use hand tools", "use power tools", "building construction"],
    extra=[("CR07", "Bouwopleidingen Regio")])
add("TE-702", "Metselen", "Bouwopleidingen Regio", "mbo-module", "classroom", "CR35",
    160, 1550, ["lay bricks", "building construction"])
add("TE-703", "Dakdekken en isoleren", "Bouwopleidingen Regio", "mbo-module", "classroom", "CR35",
    120, 1450, ["install roof coverings", "install thermal insulation"], requires=["work safely at height"],
    extra=[("CR07", "Bouwopleidingen Regio")])
add("TE-704", "Afbouw en interieur", "Bouwopleidingen Regio", "mbo-module", "classroom", "CR35",
    120, 1350, ["finish interiors"])
add("TE-705", "Bouwbesluit en bouwregelgeving", "LeerHub Online", "online-library", "online", None,
    10, 39, ["building regulations"])
add("TE-801", "Autotechnicus: diagnose", "Autotechniek Academie", "mbo-module", "classroom", "CR34",
    120, 1850, ["diagnose vehicle faults", "service and maintain vehicles", "vehicle technology"],
    extra=[("CR28", "Autotechniek Academie")])
add("TE-802", "Auto-elektra", "Autotechniek Academie", "certificate", "classroom", "CR34",
    40, 1190, ["repair vehicle electrical systems"], requires=["electricity principles"])
add("TE-803", "Veilig werken aan elektrische en hybride voertuigen (NEN 9140)", "Autotechniek Academie",
    "certificate", "classroom", "CR34", 16, 695, ["work safely on electric and hybrid vehicles"],
    requires=["repair vehicle electrical systems"], extra=[("CR28", "Autotechniek Academie")])
add("TE-804", "Elektrische aandrijflijnen en tractiebatterijen", "Autotechniek Academie", "certificate",
    "classroom", "CR34", 40, 1650, ["diagnose and repair electric drivetrains and traction batteries"],
    requires=["work safely on electric and hybrid vehicles"], extra=[("CR23", "E-Mobility Academie")])
add("TE-805", "Bedrijfswagentechniek: trucks, bussen en opleggers", "Transportschool Zuid", "mbo-module",
    "classroom", "CR35", 160, 2350, ["maintain trucks, buses and trailers", "service and maintain vehicles"],
    requires=["diagnose vehicle faults"], extra=[("CR29", "Autotechniek Academie")])
add("TE-806", "Fietstechniek en e-bikes", "Tweewieler Opleidingen", "mbo-module", "classroom", "CR17",
    80, 990, ["repair bicycles and e-bikes"], extra=[("CR36", "Tweewieler Opleidingen")])
add("AD-404", "Beveiliger 2", "Veiligheidsacademie Nederland", "mbo-module", "classroom", "NL-UT",
    120, 1450, ["guard buildings and sites", "monitor security cameras and alarm systems",
                "deal with aggressive behaviour"], extra=[("NL-ZH", "Veiligheidsacademie Nederland"),
                                                          ("NL-NB", "Beveiligingsschool Zuid")])
add("TE-901", "CAD-tekenen (SolidWorks/AutoCAD)", "TechnoCampus Brabant", "certificate", "online", None,
    60, 1250, ["create technical drawings with CAD"], requires=["read technical drawings"])
add("TE-902", "Werktuigbouwkundig ontwerpen", "Hogeschool Maasland", "hbo-module", "classroom", "CR39",
    168, 2300, ["design machines and mechanical products", "perform engineering calculations",
                "mechanical engineering"], requires=["create technical drawings with CAD"])
add("TE-903", "Simulatie en eindige-elementenmethode", "Hogeschool Maasland", "hbo-module", "online", None,
    84, 1450, ["run engineering simulations"], requires=["perform engineering calculations"])
add("TE-904", "Elektrische installaties ontwerpen", "Hogeschool Zuiderzee", "hbo-module", "blended", "CR40",
    112, 1790, ["design electrical installations and systems", "electrical engineering"],
    requires=["electrical installation standards"])
add("TE-905", "Installatieontwerp W-installaties", "Hogeschool Zuiderzee", "hbo-module", "blended", "CR40",
    112, 1790, ["design building services installations", "heating, ventilation and cooling systems"])
add("TE-906", "Werkvoorbereiding techniek", "TechnoCampus Brabant", "certificate", "blended", "CR36",
    60, 1290, ["prepare technical work", "plan and organise work"], requires=["read technical drawings"])
add("TE-907", "Kwaliteitsmanagement ISO 9001", "Procesverbeteraars", "certificate", "online", None,
    24, 795, ["quality management standards", "inspect product quality"])

# ---- transversal skills and languages ---------------------------------------------------------------
add("TR-101", "Digitale basisvaardigheden", "Bibliotheek LeerHub", "online-library", "online", None,
    12, 0, ["use a computer and digital devices", "communicate by e-mail and online tools",
            "search, filter and judge information online", "protect personal data and privacy online"])
add("TR-102", "Office-pakket praktisch", "Bibliotheek LeerHub", "online-library", "online", None,
    10, 0, ["use office software"])
add("TR-103", "Rekenen op het werk", "Taalhuis Academie", "short-course", "classroom", "NL-ZH",
    20, 0, ["apply numeracy skills", "read and follow work instructions"], extra=[("NL-GR", "Taalhuis Noord")])
add("TR-201", "Problemen oplossen en beslissen", "LeerHub Online", "online-library", "online", None,
    6, 29, ["solve problems", "make decisions", "think critically"])
add("TR-202", "Creatief denken", "LeerHub Online", "online-library", "online", None,
    4, 19, ["think creatively", "show initiative"])
add("TR-203", "Timemanagement en zelfstandig werken", "LeerHub Online", "online-library", "online", None,
    5, 19, ["manage time", "plan and organise work", "work independently", "work accurately"])
add("TR-204", "Veerkracht: omgaan met werkdruk en verandering", "Trainingsbureau Gesprek & Co", "in-company",
    "in-company", "NL", 8, 395, ["cope with stress and pressure", "adapt to change", "reflect on own work",
                                 "keep learning"])
add("TR-301", "Communiceren en actief luisteren", "Trainingsbureau Gesprek & Co", "certificate", "classroom",
    "NL-UT", 16, 595, ["communicate clearly", "listen actively", "give and receive feedback"],
    extra=[("NL-NH", "Trainingsbureau Gesprek & Co"), ("NL-NB", "Trainingsbureau Gesprek & Co")])
add("TR-302", "Samenwerken in (multidisciplinaire) teams", "Trainingsbureau Gesprek & Co", "in-company",
    "in-company", "NL", 8, 425, ["work in a team", "work in a multidisciplinary team"])
add("TR-303", "Empathie en klantgerichtheid", "Klantcontact Academie", "online-library", "online", None,
    6, 29, ["show empathy", "be customer oriented"])
add("TR-304", "Conflicthantering en agressie", "VeiligWerk Trainingen", "in-company", "in-company", "NL",
    8, 450, ["handle conflicts", "deal with aggressive behaviour"])
add("TR-305", "Presenteren en rapporteren", "LeerHub Online", "online-library", "online", None,
    8, 29, ["present information", "write reports"])
add("TR-306", "Onderhandelen", "Leiderschapshuis", "short-course", "classroom", "CR17",
    16, 795, ["negotiate"])
add("TR-307", "Coachend leidinggeven", "Leiderschapshuis", "certificate", "classroom", "CR17",
    24, 1150, ["coach others", "lead others"])
add("TR-308", "Werken in een diverse omgeving", "Bibliotheek LeerHub", "online-library", "online", None,
    3, 0, ["work with people from diverse backgrounds"])
add("TR-401", "Fysiek werken: tillen en gereedschap", "VeiligWerk Trainingen", "in-company", "in-company", "NL",
    4, 175, ["lift and carry heavy loads", "use hand tools", "use power tools", "work in a physically demanding job"])
add("TR-402", "BHV: bedrijfshulpverlening", "VeiligWerk Trainingen", "certificate", "classroom", "CR29",
    16, 285, ["provide first aid", "perform cardiopulmonary resuscitation", "act in emergencies"],
    extra=[("CR17", "VeiligWerk Trainingen"), ("CR23", "VeiligWerk Trainingen"), ("CR36", "VeiligWerk Trainingen"),
           ("CR03", "VeiligWerk Trainingen")])
add("TR-403", "Integriteit en beroepsgeheim", "Bibliotheek LeerHub", "online-library", "online", None,
    3, 0, ["act with integrity", "respect confidentiality"])
add("TR-404", "Duurzaam werken: afval en energie besparen", "Bibliotheek LeerHub", "online-library", "online",
    None, 3, 0, ["reduce waste and energy use"])
add("TL-101", "Nederlands als tweede taal (NT2 A2-B1)", "Taalhuis Academie", "short-course", "classroom",
    "NL-ZH", 240, 0, ["Dutch", "speak Dutch", "understand spoken Dutch"],
    extra=[("NL-NH", "Taalhuis Amsterdam-Noord"), ("NL-NB", "Taalhuis Brabant"), ("NL-GR", "Taalhuis Noord")])
add("TL-102", "Schrijven en lezen in het Nederlands (B1-B2)", "Taalhuis Academie", "certificate", "blended",
    "NL-ZH", 120, 650, ["write Dutch", "understand written Dutch"], requires=["speak Dutch"])
add("TL-103", "Werkplekgericht Engels", "Talenpunt", "certificate", "online", None,
    40, 490, ["English", "speak English", "understand written English", "write English"])
add("TL-104", "Duits voor de werkvloer", "Talenpunt", "certificate", "online", None,
    40, 490, ["German", "speak German"])
add("TL-105", "Pools voor leidinggevenden", "Talenpunt", "short-course", "online", None,
    30, 390, ["Polish", "speak Polish"])
add("TL-106", "Turks: basis", "Talenpunt", "short-course", "online", None,
    30, 390, ["Turkish", "speak Turkish"])
add("TL-107", "Arabisch: basis", "Talenpunt", "short-course", "online", None,
    30, 390, ["Arabic", "speak Arabic"])
add("TL-108", "Nederlandse Gebarentaal 1", "Gebarentaal Instituut", "certificate", "classroom", "CR17",
    60, 895, ["Dutch Sign Language"])


def euros(x):
    return "%.2f" % x


def main():
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["id", "title", "provider", "type", "mode", "region", "hours", "cost_eur", "start_dates",
                "teaches", "requires", "title_lang"])
    n = 0
    for (cid, title, provider, kind, mode, region, hours, cost, teaches, requires, starts, extra) in C:
        w.writerow([cid, title, provider, kind, mode, region or "", hours, euros(cost), "|".join(starts),
                    "|".join(teaches), "|".join(requires), "nl"])
        n += 1
        for k, (reg, prov) in enumerate(extra):
            # Another provider elsewhere: a little dearer or cheaper, a little longer or shorter.
            factor = [1.06, 0.95, 1.10, 0.92, 1.03][k % 5]
            hfactor = [1.0, 1.1, 0.9, 1.0, 1.2][k % 5]
            w.writerow(["%s-%s" % (cid, reg), title, prov, kind, mode, reg, round(hours * hfactor, 1),
                        euros(round(cost * factor / 5) * 5), "", "|".join(teaches), "|".join(requires),
                        "nl"])
            n += 1
    print("%d courses" % n, file=sys.stderr)


main()
