"""test_browser.py - the web page in a real browser (Debian's headless
Chromium over the DevTools protocol), on the demo data, with the keyboard
only: search an occupation, pick it, open a bridge's details and its
training plan; switch to English; and check it fits a phone's width."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from brugserve import SOURCE, Server, check, finish, run, tmpdir  # noqa: E402
from cdp import CHROMIUM, Browser  # noqa: E402

if not os.path.exists(CHROMIUM):
    if os.environ.get("CI"):
        print("FAIL: chromium is missing (scripts/deps.sh installs it)", file=sys.stderr)
        sys.exit(1)
    print("skipped: no chromium at %s" % CHROMIUM)
    sys.exit(0)

d = tmpdir()
db = os.path.join(d, "demo.db")
run("--db", db, "import", "esco", os.path.join(SOURCE, "data/demo/en"),
    os.path.join(SOURCE, "data/demo/nl"))
srv = Server(db)
b = Browser()
try:
    b.open("http://127.0.0.1:%d/?lang=nl" % srv.port)
    check(b.eval("document.documentElement.lang") == "nl", "Dutch page")
    check("ESCO" in b.eval("document.body.innerText"), "ESCO attribution shown")

    # Search with the keyboard: focus the field, type, Enter.
    b.eval("document.getElementById('occ-q').focus()")
    b.type("elektromonteur")
    b.enter()
    b.wait("document.querySelectorAll('#occ-results button').length > 0")
    first = b.eval("document.querySelector('#occ-results button').textContent")
    check("elektromonteur" in first.lower(), "search found elektromonteur: %r" % first)
    check(b.eval("document.activeElement === document.querySelector('#occ-results button')"),
          "focus moves to the first result")
    b.enter()  # pick it
    b.wait("document.querySelectorAll('#bridges li.bridge').length > 0")
    n = b.eval("document.querySelectorAll('#bridges li.bridge').length")
    check(n >= 3, "bridges listed: %d" % n)
    target = b.eval("document.querySelector('#bridges li.bridge .name').textContent")

    # Open the first bridge's details, then its plan, with the keyboard.
    b.eval("document.querySelector('#bridges li.bridge button[aria-expanded]').focus()")
    b.enter()
    check(b.eval("document.querySelector('#bridges li.bridge .details').hidden === false"),
          "details open")
    check(b.eval("document.querySelector('#bridges li.bridge button[aria-expanded]')"
                 ".getAttribute('aria-expanded')") == "true", "aria-expanded follows")
    b.tab()
    check(b.eval("document.activeElement.classList.contains('plan-btn')"),
          "Tab reaches the plan button")
    b.enter()
    b.wait("!document.getElementById('plan-card').hidden && "
           "document.getElementById('plan').textContent.length > 0")
    plan = b.eval("document.getElementById('plan').innerText")
    check(target in plan, "the plan names the bridge's target %r: %r" % (target, plan[:200]))
    check(b.eval("!!document.querySelector('#plan table.plan-courses, #plan .no-courses, "
                 "#plan ul.missing')"), "the plan shows courses or what stays uncovered")

    # English, and the bridges reload in English.
    b.eval("document.getElementById('lang-en').click()")
    b.wait("document.documentElement.lang === 'en'")
    b.wait("document.querySelectorAll('#bridges li.bridge').length > 0")
    check("Bridges to other work" in b.eval("document.body.innerText"), "English labels")

    # A phone: no horizontal scrolling at 375 px.
    b.call("Emulation.setDeviceMetricsOverride", {"width": 375, "height": 740,
                                                  "deviceScaleFactor": 2, "mobile": True})
    b.eval("new Promise(r => setTimeout(r, 200))")
    w = b.eval("document.documentElement.scrollWidth")
    check(w <= 375, "fits a 375 px wide screen (scrollWidth %s)" % w)
    check(not b.exceptions(), "no JavaScript errors: %s" % b.exceptions()[:2])
finally:
    b.close()
    srv.close()
finish()
