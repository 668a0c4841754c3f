"""resolve.py - turn the hand-written Dutch gold set (SENTENCE|label; label per line, labels
being ESCO v1.1.1 English preferred labels chosen by reading skills_en.csv) into gold.tsv:
SENTENCE<TAB>URI URI...<TAB>labels.  Reads only the ESCO CSV, never brug.
    python3 resolve.py SRC ../../../../shared/data/esco-1.1.1/en/skills_en.csv > gold.tsv"""
import csv
import sys

by = {}
with open(sys.argv[2], newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        by[r["preferredLabel"].strip().lower()] = r["conceptUri"]
print("# Dutch skill-extraction gold set (README.md): sentence, ESCO skill URIs, their labels")
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    sentence, labels = line.split("|")
    labels = [l.strip() for l in labels.split(";") if l.strip()]
    uris = [by[l.lower()] for l in labels]  # KeyError: a label ESCO lacks
    print("%s\t%s\t%s" % (sentence, " ".join(uris), "; ".join(labels)))
