"""escodb.py - a database with the real ESCO 1.1.1 (en + nl) for the HTTP
tests, imported once per test run into a temporary folder.  When the data is
missing the tests skip, except under CI (env CI set), where they fail."""
import os
import sys

from brugserve import SHARED, run

ESCO = os.path.join(SHARED, "esco-1.1.1")
WELDER = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b"


def esco_db(folder):
    en, nl = os.path.join(ESCO, "en"), os.path.join(ESCO, "nl")
    if not os.path.isdir(en):
        if os.environ.get("CI"):
            print("FAIL: the real ESCO data is missing at %s (CI)" % en, file=sys.stderr)
            sys.exit(1)
        print("skipped: no ESCO data at %s" % en)
        sys.exit(0)
    path = os.path.join(folder, "esco.db")
    run("--db", path, "import", "esco", en, nl)
    return path
