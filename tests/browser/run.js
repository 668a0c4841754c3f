/* run.js - the web application's journeys in a real headless Chromium
 * (Debian's /usr/bin/chromium, driven by puppeteer-core), in Dutch and
 * English at 375 px and 1280 px, on the demo data; and on the real ESCO
 * when ../shared/data is there.  On every page: axe-core (WCAG 2.1 A/AA, no
 * serious or critical violation), no horizontal scroll, no English template
 * text on a Dutch page (and the reverse), no untranslated keys, figures
 * visible; a screenshot of each page at each width under
 * $BRUG_SCREENSHOTS (build/screenshots).  Usage: node run.js (env: BRUG,
 * BRUG_SOURCE_DIR, BRUG_SHARED_DATA, BRUG_SCREENSHOTS, CHROMIUM).
 * Exit status 0 when every check passed. */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn, execFileSync } = require("child_process");
const puppeteer = require("puppeteer-core");
const axeSource = require("axe-core").source;

const BRUG = path.resolve(process.env.BRUG || "build/brug");
const SOURCE = path.resolve(process.env.BRUG_SOURCE_DIR || ".");
const SHARED = process.env.BRUG_SHARED_DATA || path.join(SOURCE, "..", "shared", "data");
const SHOTS = path.resolve(process.env.BRUG_SCREENSHOTS || path.join(path.dirname(BRUG), "screenshots"));
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const ONLY = process.env.BRUG_BROWSER_ONLY || ""; /* e.g. "demo" or "esco" */
const NS = "http://data.brug.example/demo/";

const failures = [];
let checks = 0;
function check(cond, what) {
  checks++;
  if (!cond) { failures.push(what); console.error("FAIL: " + what); }
  return cond;
}

/* The page's own texts (i18n.js), to tell template words from data. */
const sandbox = { window: {} };
new Function("window", fs.readFileSync(path.join(SOURCE, "server/web/i18n.js"), "utf8"))(sandbox.window);
const TX = sandbox.window.BRUG_TEXTS;
/* Texts of one language that the other lacks: whole phrases of 2+ words
 * without placeholders (the parts around {x} for the others). */
function flatTexts(o) {
  return Object.entries(o).flatMap(([k, v]) => typeof v === "string" ? [[k, v]] : Object.entries(v).map(([k2, v2]) => [k + "." + k2, v2]));
}
function foreignPhrases(lang) {
  const other = lang === "nl" ? "en" : "nl";
  const mine = new Set(flatTexts(TX[lang]).map(([, v]) => v));
  const out = new Set();
  for (const [k, v] of flatTexts(TX[other])) {
    if (typeof v !== "string" || k === "locale" || mine.has(v)) continue;
    for (const part of v.split(/\{[a-z]+\}/)) {
      const s = part.trim().replace(/^[:,.·()\s]+|[:,.·()\s]+$/g, "");
      if (s.split(/\s+/).length >= 2 && s.length >= 8 && ![...mine].some((m) => m.includes(s))) out.add(s);
    }
  }
  return [...out];
}
const FOREIGN = { nl: foreignPhrases("nl"), en: foreignPhrases("en") };
const KEYS = Object.keys(TX.nl).filter((k) => /[a-z][A-Z]/.test(k) && k.length > 5);

function brug(db, ...args) {
  return execFileSync(BRUG, ["--db", db, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function serve(db) {
  return new Promise((resolve, reject) => {
    const p = spawn(BRUG, ["--db", db, "serve", "--host", "127.0.0.1", "--port", "0", "--threads", "4"],
      { stdio: ["ignore", "pipe", "pipe"] });
    let out = "", err = "";
    p.stderr.on("data", (d) => { err += d; });
    p.stdout.on("data", (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve({ proc: p, url: "http://127.0.0.1:" + m[1] + "/", stderr: () => err });
    });
    p.on("exit", (c) => reject(new Error("brug serve exited " + c + ": " + err)));
  });
}

async function http(url, method, body, token) {
  const r = await fetch(url, { method, headers: Object.assign({ "Content-Type": "application/json" },
    token ? { Authorization: "Bearer " + token } : {}), body: body ? JSON.stringify(body) : undefined });
  return { status: r.status, body: await r.json().catch(() => null) };
}

/* ---- what every page must satisfy ---- */
async function inspect(page, name, lang, width, extra) {
  const t0 = Date.now();
  await page.waitForFunction(() => document.body.dataset.ready === "1", { timeout: 60000 });
  await new Promise((r) => setTimeout(r, 50));
  const where = `${name} [${lang} ${width}px]`;
  const info = await page.evaluate(() => ({
    lang: document.documentElement.lang, text: document.body.innerText,
    scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
    title: document.title, h1: (document.querySelector("h1") || {}).textContent || "",
    esco: document.body.innerText.includes("ESCO"),
    /* elements sticking out to the right (cut off or needing a scroll) */
    wide: [...document.querySelectorAll("main *")].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.right > window.innerWidth + 1 && getComputedStyle(e).position !== "absolute";
    }).slice(0, 3).map((e) => e.tagName + "." + e.className + ": " + e.textContent.slice(0, 40)),
  }));
  check(info.lang === lang, `${where}: html lang is ${info.lang}`);
  check(info.scroll <= info.inner, `${where}: no horizontal scroll (scrollWidth ${info.scroll} > ${info.inner})`);
  check(!info.wide.length, `${where}: nothing sticks out of the page: ${info.wide.join(" | ")}`);
  check(info.esco && info.text.includes(TX[lang].attribution), `${where}: the ESCO attribution is shown`);
  check(info.h1.trim().length > 0, `${where}: the page has a heading`);
  const foreign = FOREIGN[lang].filter((s) => info.text.includes(s));
  check(!foreign.length, `${where}: no ${lang === "nl" ? "English" : "Dutch"} template text: ${foreign.slice(0, 4).join(" | ")}`);
  const keys = KEYS.filter((k) => new RegExp("\\b" + k + "\\b").test(info.text));
  check(!keys.length, `${where}: no untranslated text keys: ${keys.join(", ")}`);
  check(!/\b(EDENIED|EINVAL|ENOTFOUND|EPARSE|EAMBIGUOUS)\b|Fout:|Error:/.test(info.text), `${where}: no raw error codes on the page`);
  check(!/€\s?\d+\.\d\d\b/.test(info.text) || lang === "en", `${where}: amounts in Dutch notation`);
  if (extra) await extra(info, where);
  /* axe-core: WCAG 2.1 A and AA */
  await page.evaluate(axeSource);
  const res = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] }));
  const bad = res.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  check(!bad.length, `${where}: axe-core serious/critical: ${bad.map((v) => v.id + " (" + v.nodes.length + ": " + v.nodes[0].target.join(" ") + ")").join(", ")}`);
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}-${lang}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (process.env.VERBOSE) console.log(`${where}: ${Date.now() - t0} ms`);
  return info;
}

/* Go to a hash route of the app and wait until it is drawn. */
async function go(page, base, hash) {
  await page.evaluate(() => { document.body.dataset.ready = "0"; });
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction(() => document.body.dataset.ready === "1", { timeout: 60000 });
}

/* Type into a field and press Enter, by keyboard only. */
async function typeEnter(page, selector, text) {
  await page.focus(selector);
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

async function newPage(browser, base, lang, width, acceptLang) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  page.setDefaultTimeout(60000);
  await page.setViewport({ width, height: width < 600 ? 740 : 900, deviceScaleFactor: 1, isMobile: width < 600, hasTouch: width < 600 });
  if (acceptLang) await page.setExtraHTTPHeaders({ "Accept-Language": acceptLang });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
  await page.evaluateOnNewDocument((l) => {
    Object.defineProperty(navigator, "language", { get: () => l });
    Object.defineProperty(navigator, "languages", { get: () => [l] });
  }, acceptLang || (lang === "nl" ? "nl-NL" : "en-GB"));
  await page.goto(base + (lang ? "?lang=" + lang : ""), { waitUntil: "load" });
  await page.waitForFunction(() => document.body.dataset.ready === "1", { timeout: 60000 });
  return { page, ctx, errors };
}

async function signInAs(page, token) {
  await page.evaluate(() => { location.hash = "#/signin"; });
  await page.waitForSelector("#token");
  await page.waitForFunction(() => document.body.dataset.ready === "1");
  await page.evaluate(() => { document.body.dataset.ready = "0"; document.getElementById("token").value = ""; });
  await typeEnter(page, "#token", token);
  await page.waitForFunction(() => document.body.dataset.ready === "1" && !location.hash.startsWith("#/signin"), { timeout: 60000 });
}

/* Figures of the plan (hours and costs, the totals too) visible on screen. */
async function planFigures(page, where) {
  const figs = await page.evaluate(() => [...document.querySelectorAll(".course-figs dd")].map((d) => {
    const r = d.getBoundingClientRect(), s = getComputedStyle(d);
    return { text: d.textContent, ok: r.width > 0 && r.left >= 0 && r.right <= window.innerWidth && s.visibility !== "hidden" && s.display !== "none" };
  }));
  check(figs.length >= 4, `${where}: the plan shows hours and costs (${figs.length} figures)`);
  check(figs.every((f) => f.ok), `${where}: every figure is visible: ${figs.filter((f) => !f.ok).map((f) => f.text).join(", ")}`);
  return figs;
}

/* ---- the demo journeys ---- */
/* Dutch and English side by side (two pages at a time), widths in turn. */
async function demoJourneys(browser, base, tokens) {
  await Promise.all(["nl", "en"].map(async (lang) => {
    for (const width of [375, 1280]) {
      const { page, ctx, errors } = await newPage(browser, base, lang, width);
      const W = (n) => `${n} [${lang} ${width}px]`;

      // Worker: home, search by keyboard, pick, bridges.
      await inspect(page, "home", lang, width);
      await typeEnter(page, "#occ-q", lang === "nl" ? "lasser" : "welder");
      await page.waitForSelector("#occ-results button.pick");
      check(await page.evaluate(() => document.activeElement.classList.contains("pick")), W("home") + ": focus moves to the first hit");
      await page.evaluate(() => { document.body.dataset.ready = "0"; });
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => location.hash.startsWith("#/bridges") && document.body.dataset.ready === "1");
      await page.waitForSelector("li.bridge");
      await inspect(page, "bridges", lang, width, async (info, where) => {
        check(/\d+\s?%/.test(info.text), where + ": scores as percentages");
        check(info.text.includes(TX[lang].carried), where + ": what carries over");
        check(info.text.includes(TX[lang].missingE), where + ": what is missing");
      });
      // Direction filter: energy transition.
      await page.evaluate(() => { document.body.dataset.ready = "0"; });
      await page.select("#direction", "green");
      await page.waitForFunction(() => location.hash.includes("direction=green") && document.body.dataset.ready === "1");
      const green = await page.$$eval("li.bridge", (xs) => xs.length);
      check(green >= 1, W("bridges green") + ": bridges into the energy transition: " + green);
      const planHref = await page.$eval("li.bridge a.button", (a) => a.getAttribute("href"));
      // Occupation and skill pages.
      await go(page, base, "#/occupation?uri=" + encodeURIComponent(NS + "occupation/welder"));
      // Where it leads and where people come from: two ranked lists.
      await page.waitForFunction(() => [...document.querySelectorAll("main ol.plain")].filter((o) => o.children.length > 0).length >= 2);
      await inspect(page, "occupation", lang, width, async (info, where) => {
        check(info.text.includes(TX[lang].essentialSkills) && info.text.includes(TX[lang].leadsTo), where + ": skills and where it leads");
        check(info.text.includes(TX[lang].comesFrom), where + ": where people come from");
        check(info.text.includes(lang === "nl" ? "lasser" : "welder"), where + ": the label in the page's language");
      });
      // An occupation with no skill profile of its own is bridged from its exact match, and the page says so.
      await go(page, base, "#/bridges?" + new URLSearchParams({ from: "https://linkeddata.competentnl.nl/uwv/id/occupation/elektricien" }));
      await page.waitForSelector("li.bridge");
      await inspect(page, "bridges-competentnl", lang, width, async (info, where) => {
        check(info.text.includes(TX[lang].profileOf.split("{x}")[0].trim()), where + ": says whose skill profile is used");
      });
      await go(page, base, "#/skill?uri=" + encodeURIComponent(NS + "skill/weld-mig-mag"));
      await inspect(page, "skill", lang, width, async (info, where) => {
        check(info.text.includes(TX[lang].neededFor), where + ": the occupations that need it");
        check(info.text.includes(TX[lang].reuseLevels["sector-specific"]), where + ": the reuse level in the page's language");
      });
      // The plan of a bridge into the energy transition; then with a region, objective and budget.
      await go(page, base, planHref);
      await inspect(page, "plan", lang, width, async (info, where) => {
        await planFigures(page, where);
        // The demo's course titles are Dutch (title_lang "nl"): marked so on an English page only.
        const marked = await page.$$eval(".course-title", (xs) => xs.map((x) => !!x.querySelector("[lang=nl]")));
        check(marked.length > 0 && marked.every((m) => m === (lang === "en")),
          where + ": course titles marked as Dutch on the English page only: " + JSON.stringify(marked));
      });
      await go(page, base, "#/plan?" + new URLSearchParams({ from: NS + "occupation/welder", to: NS + "occupation/heat-pump-technician" }));
      await page.evaluate(() => { document.body.dataset.ready = "0"; });
      await page.focus("#region");
      await page.keyboard.type("Brabant");
      await page.select("#objective", "cost");
      await page.focus("#budget");
      await page.keyboard.type("20000");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => location.hash.includes("region=") && document.body.dataset.ready === "1");
      await inspect(page, "plan-region", lang, width, async (info, where) => {
        await planFigures(page, where);
        check(info.text.includes(TX[lang].uncoveredO) || info.text.includes(TX[lang].allCovered), where + ": uncovered skills apart");
        check(!info.text.includes(TX[lang].noCoursesNeeded) || !info.text.includes(TX[lang].uncoveredE), where + ": no 'no courses needed' above uncovered skills");
        check(!/\b(CR|AM|PV)\d\d\b|NL-[A-Z]{2}\b/.test(info.text.split(TX[lang].courses)[1] || ""), where + ": course locations by name, not code");
        check(/Brabant/.test(info.text.split(TX[lang].courses)[1] || ""), where + ": courses in the region asked for by name");
        if (lang === "nl") check(/€\s?\d{1,3}(\.\d{3})*,\d\d/.test(info.text), where + ": euro amounts as € 1.234,00");
        else check(/€\d{1,3}(,\d{3})*\.\d\d/.test(info.text), where + ": euro amounts as €1,234.00");
      });
      // A name that fits several occupations: the page asks which one.
      await go(page, base, "#/plan?" + new URLSearchParams({ from: lang === "nl" ? "las" : "weld", to: NS + "occupation/heat-pump-technician" }));
      const asked = await page.$$eval(".ambiguous button.pick", (b) => b.map((x) => x.textContent));
      check(asked.length >= 2, W("plan ambiguous") + ": the page asks which occupation was meant: " + asked.join(" | "));
      if (asked.length) {
        await inspect(page, "plan-ambiguous", lang, width);
        await page.evaluate(() => { document.body.dataset.ready = "0"; });
        await page.focus(".ambiguous button.pick");
        await page.keyboard.press("Enter");
        await page.waitForFunction(() => document.body.dataset.ready === "1" && document.querySelector("#plan"), { timeout: 60000 });
        check(!(await page.evaluate(() => location.hash)).includes("from=la"), W("plan ambiguous") + ": the choice replaces the name by its URI");
      }
      // The printable download and the print stylesheet.
      const media = await page.evaluate(() => [...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.media && r.media.mediaText === "print")));
      check(media, W("plan") + ": a print stylesheet");
      if (width === 1280) {
        await page.emulateMediaType("print");
        const hidden = await page.evaluate(() => getComputedStyle(document.querySelector("header.top")).display === "none" && getComputedStyle(document.querySelector(".plan-form")).display === "none");
        check(hidden, W("plan print") + ": print shows the plan without the page's chrome");
        fs.mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SHOTS, `plan-print-${lang}-${width}.png`), fullPage: true });
        await page.emulateMediaType("screen");
      }
      // A route in steps.
      await go(page, base, "#/paths?" + new URLSearchParams({ from: NS + "occupation/electrician", to: NS + "occupation/heat-pump-technician" }));
      await inspect(page, "paths", lang, width, async (info, where) => {
        check(await page.$$eval("ol.path li", (xs) => xs.length) >= 3, where + ": a route over several steps");
      });
      // Occupation plus extra skills.
      await go(page, base, "#/bridges?" + new URLSearchParams({ from: NS + "occupation/welder", plus: NS + "skill/electricity-principles" }));
      await inspect(page, "bridges-plus", lang, width);
      // Describe your work.
      await go(page, base, "#/describe");
      await typeEnter(page, "#describe-text", lang === "nl" ? "Ik heb tien jaar als lasser gewerkt, MIG/MAG en TIG." : "I worked ten years as a welder, MIG/MAG and TIG.");
      await page.focus("#describe-text");
      await page.evaluate(() => document.querySelector("form.extract button[type=submit]").click());
      await page.waitForFunction(() => document.querySelector("ul.suggest li, .error, main p.muted:not([role])"), { timeout: 60000 });
      const hasExtract = await page.$("ul.suggest li");
      if (hasExtract) {
        check(await page.$("mark") !== null, W("describe") + ": supporting spans highlighted");
        await page.click("ul.suggest li button");
      }
      await inspect(page, "describe", lang, width);

      // A person with a passport.
      await signInAs(page, tokens.person);
      await page.waitForSelector("table.passport");
      await page.waitForFunction(() => document.querySelector("ol.offers"), { timeout: 60000 });
      await inspect(page, "passport", lang, width, async (info, where) => {
        check(info.text.includes(TX[lang].evSelf) || (await page.$$eval("table.passport select", (s) => s.length)) > 0, where + ": evidence shown");
        check(!/\be\d{7}\b/.test(info.text), where + ": employers by name or sector, not ids");
        check(!info.text.includes("(person)") || lang === "en", where + ": the role in the page's language");
      });
      // Findable by employers: the person turns it off and on again.
      // The four page sizes run at once with this one person, so another run
      // may have switched it off meanwhile: each run ends with it on.
      const toggleTo = async (on) => {
        await page.click("#findable");
        await page.waitForFunction((x) => document.body.innerText.includes(x), { timeout: 30000 },
          on ? TX[lang].findableOn : TX[lang].findableOff);
        check(await page.$eval("#findable", (b) => b.checked) === on, W("passport") + ": findable " + (on ? "on" : "off"));
      };
      if (!(await page.$eval("#findable", (b) => b.checked))) await toggleTo(true);
      await toggleTo(false);
      await toggleTo(true);
      // Consent to the adviser (grant; the adviser journey needs it).
      await typeEnter(page, "#adviser-name", "anna");
      await page.waitForFunction(() => document.querySelector("ul.consents").innerText.includes("anna"));
      // Describe your work, signed in: accept one suggestion, reject another,
      // put the accepted one into the passport with evidence "self".
      await describeIntoPassport(page, base, tokens, lang, width);
      // The adviser.
      await signInAs(page, tokens.adviser);
      await page.waitForSelector("ul.caseload a");
      await inspect(page, "adviser", lang, width, async (info, where) => {
        check(info.text.includes("p00000001"), where + ": the person who consented is in the caseload");
      });
      await page.evaluate(() => { document.body.dataset.ready = "0"; });
      await page.click("ul.caseload a");
      await page.waitForFunction(() => document.body.dataset.ready === "1" && document.querySelector("ol.bridges li"), { timeout: 60000 });
      await inspect(page, "adviser-person", lang, width);
      await go(page, base, await page.$eval("ol.bridges a.button", (a) => a.getAttribute("href")));
      await inspect(page, "adviser-plan", lang, width, async (info, where) => { check(info.text.includes(TX[lang].handOver), where + ": a plan to hand over"); });
      // The employer: offers, post a trial placement, candidates.
      await signInAs(page, tokens.employer);
      await page.waitForSelector("form.offer-form");
      await inspect(page, "employer", lang, width, async (info, where) => {
        const who = await page.$eval("#who", (e) => e.textContent);
        check(who && !who.includes(tokens.employerId), where + ": signed in by name or sector, not the id: " + who);
      });
      await page.select("#o-type", "placement");
      await page.focus("#o-title");
      await page.keyboard.type(lang === "nl" ? "Proefplaats magazijn" : "Warehouse trial");
      await typeEnter(page, "#offocc-q", lang === "nl" ? "magazijnmedewerker" : "warehouse worker");
      await page.waitForSelector("#offocc-results button.pick");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.querySelectorAll("ul.chips li button").length > 0, { timeout: 60000 });
      await page.evaluate(() => { document.body.dataset.ready = "0"; });
      await page.evaluate(() => [...document.querySelectorAll("button.primary")].pop().click());
      await page.waitForFunction(() => location.hash.startsWith("#/employer/offer") && document.body.dataset.ready === "1", { timeout: 60000 });
      await inspect(page, "employer-candidates", lang, width, async (info, where) => {
        check(await page.$$eval("ol.offers li.offer", (xs) => xs.length) >= 1, where + ": candidates who fit");
      });
      check(!errors.length, W("journeys") + ": no JavaScript errors: " + errors.slice(0, 3).join(" | "));
      await ctx.close();
    }
  }));
}

/* The extraction document of POST /api/v1/extract (the documented shape)
 * for the texts this test types, used only while this server has no such
 * route yet, so the page's accept/reject component is tested either way. */
function extractDoc(text) {
  const span = (needle) => { const i = Buffer.from(text).indexOf(Buffer.from(needle)); return [i, i + Buffer.byteLength(needle)]; };
  const sk = (uri, labelText, needle) => ({ uri: NS + "skill/" + uri, label: labelText, label_lang: "nl", score: 0.9, spans: [span(needle)], how: ["label"] });
  return { skills: [sk("weld-mig-mag", "MIG/MAG-lassen", "MIG/MAG"), sk("weld-tig", "TIG-lassen", "TIG")],
    occupations: [{ uri: NS + "occupation/welder", label: "lasser", label_lang: "nl", score: 0.8, spans: [span(text.includes("lasser") ? "lasser" : "welder")], how: ["label"] }] };
}

async function describeIntoPassport(page, base, tokens, lang, width) {
  const W = (n) => `${n} [${lang} ${width}px]`;
  const real = (await http(base + "api/v1/extract", "POST", { text: "lasser" })).status !== 404;
  if (!real) {
    await page.setRequestInterception(true);
    page.on("request", (req) => {
      if (!req.isInterceptResolutionHandled() && req.url().endsWith("/api/v1/extract") && req.method() === "POST")
        req.respond({ status: 200, contentType: "application/json", body: JSON.stringify(extractDoc(JSON.parse(req.postData()).text)) });
      else if (!req.isInterceptResolutionHandled()) req.continue();
    });
  }
  await go(page, base, "#/describe");
  await page.focus("#describe-text");
  await page.keyboard.type(lang === "nl" ? "Ik heb tien jaar als lasser gewerkt, MIG/MAG en TIG." : "I worked ten years as a welder, MIG/MAG and TIG.");
  await page.evaluate(() => document.querySelector("form.extract button[type=submit]").click());
  await page.waitForSelector("ul.suggest li", { timeout: 60000 });
  const marks = await page.$$eval("mark", (m) => m.map((x) => x.textContent));
  check(marks.includes("MIG/MAG") || real, W("describe") + ": the supporting words are highlighted: " + marks.join(" | "));
  const uris = await page.$$eval("ul.suggest li", (li) => li.map((x) => x.dataset.uri));
  // Accept the first, reject the second, with the keyboard.
  await page.focus("ul.suggest li:nth-child(1) .yn button:nth-child(1)");
  await page.keyboard.press("Enter");
  if (uris.length > 1) { await page.focus("ul.suggest li:nth-child(2) .yn button:nth-child(2)"); await page.keyboard.press("Enter"); }
  await inspect(page, "describe-accept", lang, width);
  await page.evaluate((s) => [...document.querySelectorAll("button")].find((b) => b.textContent === s).click(), TX[lang].addToPassport);
  await page.waitForFunction((s) => document.body.innerText.includes(s), { timeout: 60000 }, TX[lang].addedToPassport.split("{n}")[1].trim().slice(0, 20));
  const pp = (await http(base + "api/v1/passports/p00000001", "GET", null, tokens.admin)).body;
  const got = (pp.skills || []).find((x) => x.uri === uris[0]);
  check(got && got.evidence === "self", W("describe") + ": the accepted skill is in the passport with evidence self: " + JSON.stringify(got));
  if (uris.length > 1) check(!(pp.skills || []).some((x) => x.uri === uris[1]), W("describe") + ": the rejected skill is not added");
  if (!real) { page.removeAllListeners("request"); await page.setRequestInterception(false); }
}

/* Errors as sentences; language switching translates the whole page and is remembered. */
async function languageChecks(browser, base, tokens) {
  const { page, ctx } = await newPage(browser, base, null, 375, "nl-NL,nl;q=0.9");
  check(await page.evaluate(() => document.documentElement.lang) === "nl", "a Dutch browser gets the Dutch page");
  await page.evaluate(() => { document.body.dataset.ready = "0"; });
  await page.click("button[data-lang=en]");
  await page.waitForFunction(() => document.documentElement.lang === "en" && document.body.dataset.ready === "1");
  const text = await page.evaluate(() => document.body.innerText);
  check(!FOREIGN_NL_IN(text), "switching to English translates the whole page");
  await page.reload({ waitUntil: "load" });
  await page.waitForFunction(() => document.body.dataset.ready === "1");
  check(await page.evaluate(() => document.documentElement.lang) === "en", "the language choice is remembered");
  await page.evaluate(() => { document.body.dataset.ready = "0"; });
  await page.click("button[data-lang=nl]");
  await page.waitForFunction(() => document.documentElement.lang === "nl" && document.body.dataset.ready === "1");
  await page.evaluate(() => { location.hash = "#/signin"; });
  await page.waitForSelector("#token");
  await typeEnter(page, "#token", "brug_not-a-real-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  await page.waitForSelector(".error");
  const err = await page.$eval(".error", (e) => e.innerText);
  check(err.includes(TX.nl.errDenied) && !/EDENIED|Fout:/.test(err), "a wrong token gives a Dutch sentence: " + err);
  await inspect(page, "signin-error", "nl", 375);
  // Delete my data, with a confirmation.
  await signInAs(page, tokens.doomed);
  await page.waitForSelector("#del-confirm");
  await page.evaluate(() => { document.body.dataset.ready = "0"; });
  await typeEnter(page, "#del-confirm", "nee");
  check(await page.$eval("#del-confirm", (e) => e.getAttribute("aria-invalid")) === "true", "delete asks for the confirmation word");
  const r1 = await http(base + "api/v1/passports/p00000002", "GET", null, tokens.admin);
  check(r1.status === 200, "a wrong confirmation deletes nothing");
  await page.$eval("#del-confirm", (e) => { e.value = ""; });
  await typeEnter(page, "#del-confirm", TX.nl.deleteWord);
  await page.waitForFunction((s) => document.body.innerText.includes(s), {}, TX.nl.deleted);
  const r2 = await http(base + "api/v1/passports/p00000002", "GET", null, tokens.admin);
  check(r2.status === 404, "delete-my-data deletes the passport: " + r2.status);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, "deleted-nl-375.png"), fullPage: true });
  await ctx.close();
}
function FOREIGN_NL_IN(text) { return FOREIGN.en.find((s) => text.includes(s)); }

async function demo(browser) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brug-browser-"));
  const db = path.join(dir, "demo.db");
  brug(db, "import", "esco", path.join(SOURCE, "data/demo/en"), path.join(SOURCE, "data/demo/nl"));
  brug(db, "import", "courses", path.join(SOURCE, "data/demo/courses.csv"));
  // Two CompetentNL-shaped occupations without a skill profile, matched to demo ones.
  brug(db, "import", "skos", "--profile", "competentnl", path.join(SOURCE, "tests/data/ok_skos/competentnl_demo.ttl"));
  brug(db, "gen", "--persons", "400", "--offers", "120", "--seed", "1", "--out", dir);
  brug(db, "import", "offers", path.join(dir, "offers.jsonl"));
  brug(db, "import", "passports", path.join(dir, "passports.jsonl"));
  const tok = (...a) => brug(db, "token", "create", ...a).trim();
  const offers = fs.readFileSync(path.join(dir, "offers.jsonl"), "utf8").split("\n").filter(Boolean).map(JSON.parse);
  const emp = offers.map((o) => typeof o.employer === "object" ? o.employer.id : o.employer)[0];
  const tokens = { admin: tok("--role", "admin"), person: tok("--role", "person", "--person", "p00000001"),
    doomed: tok("--role", "person", "--person", "p00000002"), adviser: tok("--role", "adviser", "--name", "anna"),
    employer: tok("--role", "employer", "--name", emp), employerId: emp };
  const srv = await serve(db);
  try {
    // Employers see only people who opted in to be found (off by default):
    // the first 400 generated people opt in, through the API as an admin.
    for (let i = 0; i < 400; i += 20)
      await Promise.all(Array.from({ length: 20 }, (_, j) => "p" + String(i + j).padStart(8, "0")).map(async (id) => {
        const r = await http(srv.url + "api/v1/passports/" + id + "/findable", "PUT", null, tokens.admin);
        if (r.status !== 200) throw new Error("findable " + id + ": " + r.status);
      }));
    await demoJourneys(browser, srv.url, tokens);
    await languageChecks(browser, srv.url, tokens);
  } finally {
    srv.proc.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/* ---- the real ESCO ---- */
async function esco(browser) {
  const en = path.join(SHARED, "esco-1.1.1", "en"), nl = path.join(SHARED, "esco-1.1.1", "nl");
  if (!fs.existsSync(en)) {
    if (process.env.CI) check(false, "the real ESCO is missing at " + en + " (CI)");
    else console.log("skipped: the real ESCO journeys (no " + en + ")");
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brug-browser-esco-"));
  const db = process.env.BRUG_ESCO_DB || path.join(dir, "esco.db");
  if (!process.env.BRUG_ESCO_DB) {
    brug(db, "import", "esco", en, nl);
    brug(db, "import", "courses", path.join(SOURCE, "data/demo/courses.csv"));
    /* ESCO's VDAB crosswalk: Dutch labels for about half of the skills. */
    const sup = path.join(SHARED, "esco-nl-supplement");
    const csv = fs.existsSync(sup) ? fs.readdirSync(sup).filter((f) => f.endsWith(".csv")) : [];
    if (csv.length) brug(db, "import", "labels", ...csv.map((f) => path.join(sup, f)));
  }
  const tok = (...a) => brug(db, "token", "create", ...a).trim();
  const tokens = { nurse: tok("--role", "person", "--person", "nurse-1"), adviser: tok("--role", "adviser", "--name", "jansen"),
    employer: tok("--role", "employer", "--name", "warmte-bv") };
  const srv = await serve(db);
  const base = srv.url;
  try {
    // The welder who wants to go into the energy transition, in Dutch, with an English browser.
    {
      const width = 375;
      const { page, ctx, errors } = await newPage(browser, base, null, width, "en-GB,en;q=0.9");
      check(await page.evaluate(() => document.documentElement.lang) === "en", "ESCO: an English browser gets English first");
      await page.evaluate(() => { document.body.dataset.ready = "0"; });
      await page.click("button[data-lang=nl]");
      await page.waitForFunction(() => document.documentElement.lang === "nl" && document.body.dataset.ready === "1");
      await typeEnter(page, "#occ-q", "lasser");
      await page.waitForSelector("#occ-results button.pick");
      const hits = await page.$$eval("#occ-results button.pick", (b) => b.map((x) => x.textContent));
      check(hits.some((h) => /^lasser/i.test(h)), "ESCO: 'lasser' finds the welder: " + hits.slice(0, 3).join(" | "));
      const i = Math.max(0, hits.findIndex((h) => /^lasser\b/i.test(h)));
      await page.evaluate(() => { document.body.dataset.ready = "0"; });
      await page.evaluate((k) => document.querySelectorAll("#occ-results button.pick")[k].click(), i);
      await page.waitForFunction(() => location.hash.startsWith("#/bridges") && document.body.dataset.ready === "1", { timeout: 60000 });
      await page.evaluate(() => { document.body.dataset.ready = "0"; });
      await page.select("#direction", "green");
      await page.waitForFunction(() => location.hash.includes("direction=green") && document.body.dataset.ready === "1", { timeout: 60000 });
      await inspect(page, "esco-welder-bridges", "nl", width, async (info, where) => {
        check(await page.$$eval("li.bridge", (x) => x.length) >= 1, where + ": green bridges for the welder");
      });
      const href = await page.$eval("li.bridge a.button", (a) => a.getAttribute("href"));
      await go(page, base, href);
      await inspect(page, "esco-welder-plan", "nl", width, async (info, where) => {
        const figs = await page.$$eval(".course-figs dd", (d) => d.length);
        if (figs) await planFigures(page, where);
        check(info.text.includes(TX.nl.uncoveredE) || info.text.includes(TX.nl.uncoveredO) || figs > 0, where + ": a plan or its uncovered skills");
      });
      check(!errors.length, "ESCO welder: no JavaScript errors: " + errors.slice(0, 3).join(" | "));
      await ctx.close();
    }
    // A nurse's adviser, in English.
    {
      const width = 1280;
      const nurse = (await http(base + "api/v1/search?q=nurse%20responsible%20for%20general%20care&type=occupation&limit=1", "GET")).body.results[0];
      const occ = (await http(base + "api/v1/concept?uri=" + encodeURIComponent(nurse.uri), "GET")).body;
      const skills = occ.essential_skills.slice(0, 12).map((s) => ({ uri: s.uri, evidence: "diploma", date: "2019-06" }));
      let r = await http(base + "api/v1/passports", "POST", { id: "nurse-1", region: "AM18", skills, work: [{ occupation: nurse.uri, years: 8 }] }, tokens.nurse);
      check(r.status === 201, "ESCO: the nurse's passport: " + r.status);
      r = await http(base + "api/v1/passports/nurse-1/findable", "PUT", null, tokens.nurse);
      check(r.status === 200, "ESCO: the nurse lets employers find her: " + r.status);
      r = await http(base + "api/v1/passports/nurse-1/consents/jansen", "PUT", null, tokens.nurse);
      const { page, ctx, errors } = await newPage(browser, base, "en", width);
      await signInAs(page, tokens.adviser);
      await page.waitForSelector("ul.caseload a");
      await inspect(page, "esco-adviser", "en", width);
      await page.evaluate(() => { document.body.dataset.ready = "0"; });
      await page.click("ul.caseload a");
      await page.waitForFunction(() => document.body.dataset.ready === "1" && document.querySelector("ol.bridges li"), { timeout: 60000 });
      await inspect(page, "esco-adviser-person", "en", width);
      await go(page, base, await page.$eval("ol.bridges a.button", (a) => a.getAttribute("href")));
      await inspect(page, "esco-adviser-plan", "en", width);
      check(!errors.length, "ESCO adviser: no JavaScript errors: " + errors.slice(0, 3).join(" | "));
      await ctx.close();
    }
    // An employer who posts a trial placement and sees candidates.
    {
      const width = 375;
      const { page, ctx, errors } = await newPage(browser, base, "nl", width);
      await signInAs(page, tokens.employer);
      await page.waitForSelector("form.offer-form");
      await page.select("#o-type", "placement");
      await page.focus("#o-title");
      await page.keyboard.type("Proefplaats verpleegkunde");
      await page.focus("#o-ename");
      await page.keyboard.type("Zorggroep Warmte");
      await page.select("#o-sector", "care");
      await page.select("#o-region", "AM18");
      await typeEnter(page, "#offocc-q", "verpleegkundige");
      await page.waitForSelector("#offocc-results button.pick");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.querySelectorAll("ul.chips li button").length > 0, { timeout: 30000 });
      await inspect(page, "esco-employer", "nl", width);
      await page.evaluate(() => { document.body.dataset.ready = "0"; });
      await page.evaluate(() => [...document.querySelectorAll("button.primary")].pop().click());
      await page.waitForFunction(() => location.hash.startsWith("#/employer/offer") && document.body.dataset.ready === "1", { timeout: 60000 });
      await inspect(page, "esco-employer-candidates", "nl", width, async (info, where) => {
        check(await page.$$eval("ol.offers li.offer", (xs) => xs.length) >= 1, where + ": the nurse is a candidate");
      });
      // The nurse sees the placement with the employer's name, its title in Dutch.
      await signInAs(page, tokens.nurse);
      await page.waitForFunction(() => document.querySelector("ol.offers li"), { timeout: 60000 });
      await inspect(page, "esco-nurse-passport", "nl", width, async (info, where) => {
        check(info.text.includes("Zorggroep Warmte"), where + ": the match names its employer");
        check(info.text.includes(TX.nl.placement), where + ": a trial placement among the matches");
      });
      check(!errors.length, "ESCO employer: no JavaScript errors: " + errors.slice(0, 3).join(" | "));
      await ctx.close();
    }
  } finally {
    srv.proc.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

(async () => {
  const t0 = Date.now();
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=en-GB"] });
  try {
    if (ONLY !== "esco") await demo(browser);
    if (ONLY !== "demo") await esco(browser);
  } catch (e) {
    check(false, "the browser run stopped: " + (e && e.stack || e));
  } finally {
    await browser.close();
  }
  console.log(`${checks} checks, ${failures.length} failed, ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in ${SHOTS}`);
  process.exit(failures.length ? 1 : 0);
})();
