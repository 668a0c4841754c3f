"""The brug demo ontology, written by hand for brug (not taken from ESCO).

scripts/gen_demo.py reads these modules (in the order of MODULES) and writes
the CSV files of data/demo/en and data/demo/nl in ESCO v1.1.1's layout.

Every module holds plain text blocks.  A record starts on a line that is not
indented; indented lines continue it.  Fields are separated by '|'.  Blank
lines and lines starting with '#' are ignored.  Label fields list the
preferred label, then alternative labels, separated by ';'; a label written
'~label' is a hidden label (a spelling people search for that should not be
shown).  Keys are slugs; the URI is http://data.brug.example/demo/<kind>/<key>.

ISCO (isco.py): code | English label | Dutch label [| en description | nl description]
    ISCO-08 codes (a public standard) with our own labels and URIs.  Every
    prefix of a code used by an occupation must be listed.

GROUPS (groups.py): key | parent key or - | en labels | nl labels | en desc | nl desc
    Skill groups; a parent must come first.  Roots are 'skills', 'knowledge',
    'transversal' and 'language' (codes S, K, T, L; children get S1, S1.2, ...).

SKILLS (skills_*.py): a line '[group-key]' sets the group of the skills below,
    then per skill:
    key | TR | flags | en labels | nl labels | en description | nl description
        [| en scope note | nl scope note]
    T is the skill type (K knowledge, S skill/competence), R the reuse level
    (T transversal, C cross-sector, S sector-specific, O occupation-specific).
    flags: g green, d digital, c DigComp (implies digital), r research,
    ^key a broader skill, +group an extra skill group.
    The transversal collection holds every transversal skill outside the
    language group; the language collection every skill under 'language'.

SKILL_RELATIONS: skill -> skill essential|optional

BUNDLES: @name: skill skill @other-bundle ...
    Named skill lists to share between occupations.  A skill written ?key
    in a bundle is optional even where the bundle is listed under E:.

OCCUPATIONS (occupations_*.py):
    key | ISCO unit group | ^broader occupation or empty | flags | en labels | nl labels
      | en description | nl description [| en scope note | nl scope note]
      E: essential skills and @bundles
      O: optional skills and @bundles
    flags: reg (a regulated profession), r (research collection).
    A skill listed both as essential and optional is essential.
"""

MODULES = [
    "isco",
    "groups",
    "skills_transversal",
    "skills_care",
    "skills_tech",
    "skills_energy",
    "skills_ict",
    "skills_services",
    "skills_public",
    "bundles",
    "occupations_care",
    "occupations_tech",
    "occupations_energy",
    "occupations_ict",
    "occupations_services",
    "occupations_public",
]
