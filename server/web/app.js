/* app.js - the brug web application: a client of this server's public
 * /api/v1 and nothing else.  A small hash router gives every result a
 * permalink (#/bridges?from=..., #/plan?...); views render into <main>.
 * Worker: start from an occupation, an occupation plus skills, a list of
 * skills or a description in one's own words; occupation and skill pages;
 * bridges; plans; paths.  Signed in (token kept in sessionStorage): a
 * person's passport, consents, matches and delete-my-data; an adviser's
 * caseload; an employer's offers and candidates.  Texts: i18n.js. */
"use strict";

const TX = window.BRUG_TEXTS;
const state = { lang: "nl", token: null, me: null, vocab: null, collections: null };
const $ = (id) => document.getElementById(id);

function t(key, vars) {
  let s = TX[state.lang][key];
  if (s == null) s = key;
  for (const [k, v] of Object.entries(vars || {})) s = s.split("{" + k + "}").join(v);
  return s;
}

/* el("tag", {attr|text|on*}, children...) */
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  return add(e, ...kids);
}
/* Append children (nested arrays flattened; null and false skipped). */
function add(parent, ...kids) {
  for (const c of kids.flat(4)) if (c != null && c !== false) parent.append(c);
  return parent;
}

/* ---- formatting per locale ---- */
const fmtMoney = (v) => new Intl.NumberFormat(t("locale"), { style: "currency", currency: "EUR" }).format(v);
const fmtNum = (v, d) => new Intl.NumberFormat(t("locale"), { maximumFractionDigits: d || 0 }).format(v);
const fmtPct = (v) => new Intl.NumberFormat(t("locale"), { style: "percent" }).format(v);
function fmtDate(s) {
  if (!s) return "";
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(s));
  if (!m) return String(s);
  const d = new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
  const o = { year: "numeric", timeZone: "UTC" };
  if (m[2]) o.month = "long";
  if (m[3]) o.day = "numeric";
  return new Intl.DateTimeFormat(t("locale"), o).format(d);
}

/* A label from the API, marked when it is not in the page's language
 * (the F_lang sibling of the field; absent means the requested language). */
function label(obj, field) {
  const f = field || "label";
  const text = (obj && (obj[f] || obj.uri)) || "";
  const lang = obj && obj[f + "_lang"];
  if (!lang || lang === state.lang) return document.createTextNode(text);
  const name = lang === "en" ? t("langEn") : lang === "nl" ? t("langNl") : lang;
  return el("span", { lang }, text, " ",
    el("abbr", { class: "lang-tag", title: t("inLang", { lang: name }) }, lang.toUpperCase()));
}
const labelText = (obj, f) => (obj && (obj[f || "label"] || obj.uri)) || "";

/* ---- the API ---- */
class ApiError extends Error {
  constructor(status, code, message, body) {
    super(message);
    this.status = status; this.code = code; this.body = body || {};
  }
}

async function api(path, opts) {
  const o = Object.assign({ headers: {} }, opts || {});
  if (state.token) o.headers.Authorization = "Bearer " + state.token;
  if (o.json !== undefined) {
    o.body = JSON.stringify(o.json);
    o.headers["Content-Type"] = "application/json";
    delete o.json;
  }
  let r;
  try { r = await fetch(path, o); } catch (e) { throw new ApiError(0, "ENETWORK", String(e)); }
  let body = null;
  try { body = await r.json(); } catch (e) { body = null; }
  if (!r.ok) {
    const err = (body && body.error) || {};
    throw new ApiError(r.status, err.code || "E" + r.status, err.message || "", Object.assign({}, body, err));
  }
  return body;
}

const qs = (o) => Object.entries(o).filter(([, v]) => v !== "" && v != null)
  .map(([k, v]) => encodeURIComponent(k) + "=" + encodeURIComponent(v)).join("&");

/* An error as a sentence in the page's language (the library's own
 * message only as a detail, when it is in this language). */
function errorBox(e) {
  const code = e && e.code;
  const map = { EDENIED: "errDenied", ENOTFOUND: "errNotFound", EINVAL: "errInvalid", EPARSE: "errInvalid",
    EBUSY: "errBusy", ENETWORK: "errNetwork", EEXISTS: "errExists", ETOOBIG: "errTooBig", EEMPTY: "errEmpty",
    EUNSUPPORTED: "errInvalid", EVERIFY: "errInvalid" };
  let key = map[code] || "errGeneric";
  if (code === "EINVAL" && /region/i.test(e.message || "")) key = "errRegion";
  const box = el("div", { class: "error", role: "alert" }, el("p", { text: t(key) }));
  const mlang = e && e.body && (e.body.message_lang || e.body.lang);
  if (e && e.message && (mlang ? mlang === state.lang : state.lang === "en") && code !== "ENETWORK")
    box.append(el("p", { class: "muted small" }, t("detail") + ": " + e.message));
  return box;
}

/* ---- shell: language, sign-in, navigation ---- */
function setLang(lang, rerender) {
  state.lang = lang === "en" ? "en" : "nl";
  try { localStorage.setItem("brug.lang", state.lang); } catch (e) { /* private mode */ }
  document.documentElement.lang = state.lang;
  for (const b of document.querySelectorAll("[data-lang]"))
    b.setAttribute("aria-pressed", String(b.dataset.lang === state.lang));
  for (const e of document.querySelectorAll("[data-t]")) e.textContent = t(e.dataset.t);
  renderNav();
  if (rerender) route();
}

function renderNav() {
  const nav = $("nav");
  nav.textContent = "";
  const link = (href, key) => el("li", {}, el("a", { href, "aria-current": location.hash.split("?")[0] === href ? "page" : null }, t(key)));
  nav.append(link("#/", "navHome"));
  const role = state.me && state.me.role;
  if (role === "person") nav.append(link("#/passport", "navPassport"));
  if (role === "adviser" || role === "admin") nav.append(link("#/adviser", "navAdviser"));
  if (role === "employer") nav.append(link("#/employer", "navEmployer"));
  if (state.me) {
    nav.append(el("li", {}, el("button", { type: "button", class: "linkish", onclick: () => { signOut(); location.hash = "#/"; } }, t("navSignOut"))));
    $("who").textContent = t("signedInAs", { who: whoText(state.me) });
  } else {
    nav.append(link("#/signin", "navSignIn"));
    $("who").textContent = "";
  }
}
const cap = (s) => s ? s[0].toUpperCase() + s.slice(1) : s;

// "alice (person)", "Bakkerij Jansen (employer)", "an employer in hospitality"
function whoText(me) {
  const e = me.employer;
  if (e && !e.name && e.sector) return t("employerSector", { x: sectorName(e.sector) });
  return (e && e.name ? e.name : me.subject) + " (" + t("role" + cap(me.role)) + ")";
}

async function signIn(token) {
  state.token = token;
  try {
    state.me = await api("/api/v1/me");
    if (state.me.role === "employer") {
      // an employer reads its own name (or sector), never its token's id
      const e = await api("/api/v1/employers/" + encodeURIComponent(state.me.subject) + "/offers").catch(() => null);
      state.me.employer = e && e.employer;
    }
    sessionStorage.setItem("brug.token", token);
  } catch (e) { state.token = null; state.me = null; throw e; }
  renderNav();
}
function signOut() {
  state.token = null; state.me = null;
  sessionStorage.removeItem("brug.token");
  renderNav();
}

async function vocab() {
  if (!state.vocab) {
    try { state.vocab = await api("/api/v1/vocabulary"); } catch (e) { state.vocab = { regions: [], sectors: [] }; }
  }
  return state.vocab;
}
function regionName(code) {
  if (!code) return t("anywhere");
  const r = state.vocab && state.vocab.regions.find((x) => x.code === code);
  return r ? r.name : code;
}
function sectorName(code) {
  const s = TX[state.lang].sectors && TX[state.lang].sectors[code];
  return s || code;
}

/* ---- views ---- */
function view(titleKey, vars) {
  const main = $("main");
  main.textContent = "";
  const h = el("h1", { tabindex: "-1", id: "page-title" }, t(titleKey, vars));
  main.append(h);
  document.title = h.textContent + " · brug";
  return main;
}
function section(titleText, ...kids) {
  return el("section", { class: "card" }, titleText ? el("h2", {}, titleText) : null, ...kids);
}
function busy(box) {
  const p = el("p", { class: "muted", role: "status" }, t("loading"));
  box.append(p);
  return () => p.remove();
}

/* A search field with its results; the person picks (never a silent
 * first hit).  onPick(hit). */
function searchBox(id, type, labelKey, placeholder, onPick) {
  const list = el("ul", { class: "results", "aria-live": "polite", id: id + "-results" });
  const input = el("input", { id: id + "-q", type: "search", required: true, minlength: "2", placeholder, autocomplete: "off" });
  const form = el("form", { class: "search", role: "search", onsubmit: async (ev) => {
    ev.preventDefault();
    list.textContent = "";
    list.append(el("li", { class: "muted" }, t("searching")));
    try {
      const r = await api("/api/v1/search?" + qs({ q: input.value, type, language: state.lang, limit: 8 }));
      list.textContent = "";
      if (!r.results.length) { list.append(el("li", { class: "muted" }, t("none"))); return; }
      if (r.results.length > 1) list.append(el("li", { class: "muted hint" }, t("chooseOne")));
      for (const hit of r.results)
        list.append(el("li", {}, el("button", { type: "button", class: "pick", "data-uri": hit.uri,
          onclick: () => { list.textContent = ""; input.value = labelText(hit); onPick(hit); } }, label(hit))));
      const first = list.querySelector("button");
      if (first) first.focus();
    } catch (e) { list.textContent = ""; list.append(el("li", {}, errorBox(e))); }
  } }, el("label", { for: id + "-q" }, t(labelKey)),
    el("div", { class: "row" }, input, el("button", { type: "submit" }, t("search"))));
  return el("div", { class: "searchbox" }, form, list);
}

/* Chosen skills as removable chips. */
function chips(map, onChange) {
  const ul = el("ul", { class: "chips", "aria-live": "polite" });
  const draw = () => {
    ul.textContent = "";
    if (!map.size) ul.append(el("li", { class: "muted" }, t("noSkillsYet")));
    for (const [uri, hit] of map)
      ul.append(el("li", {}, label(hit), el("button", { type: "button", class: "x", "aria-label": t("removeX", { x: labelText(hit) }),
        onclick: () => { map.delete(uri); draw(); onChange(); } }, "×")));
  };
  draw();
  return { ul, draw };
}

function homeView() {
  const main = view("homeTitle");
  main.append(el("p", { class: "lead" }, t("homeIntro")));
  const grid = el("div", { class: "grid" });
  main.append(grid);

  grid.append(section(t("startOcc"), el("p", { class: "muted" }, t("startOccHelp")),
    searchBox("occ", "occupation", "occLabel", "lasser, verpleegkundige, welder…", (hit) => {
      location.hash = "#/bridges?" + qs({ from: hit.uri });
    })));

  const plusSkills = new Map();
  let plusOcc = null;
  const plusChosen = el("p", { class: "chosen", "aria-live": "polite" });
  const plusGo = el("button", { type: "button", class: "primary", disabled: true, onclick: () => {
    location.hash = "#/bridges?" + qs({ from: plusOcc.uri, plus: [...plusSkills.keys()].join(",") });
  } }, t("findBridges"));
  const upd = () => { plusGo.disabled = !plusOcc; };
  const plusChips = chips(plusSkills, upd);
  grid.append(section(t("startPlus"), el("p", { class: "muted" }, t("startPlusHelp")),
    searchBox("plusocc", "occupation", "occLabel", "elektromonteur…", (hit) => {
      plusOcc = hit; plusChosen.textContent = ""; plusChosen.append(t("chosen") + ": ", label(hit)); upd();
    }), plusChosen,
    searchBox("plusskill", "skill", "skillLabel", "Python, EHBO, heftruck…", (hit) => {
      plusSkills.set(hit.uri, hit); plusChips.draw(); upd();
    }), el("h3", {}, t("mySkills")), plusChips.ul, plusGo));

  const skills = new Map();
  const go = el("button", { type: "button", class: "primary", disabled: true, onclick: () => {
    location.hash = "#/bridges?" + qs({ skills: [...skills.keys()].join(",") });
  } }, t("findBridges"));
  const sk = chips(skills, () => { go.disabled = !skills.size; });
  grid.append(section(t("startSkills"), el("p", { class: "muted" }, t("startSkillsHelp")),
    searchBox("skill", "skill", "skillLabel", "lassen, Python, patiënten…", (hit) => {
      skills.set(hit.uri, hit); sk.draw(); go.disabled = false;
    }), el("h3", {}, t("mySkills")), sk.ul, go));

  grid.append(section(t("startDescribe"), el("p", { class: "muted" }, t("startDescribeHelp")),
    el("p", {}, el("a", { class: "button", href: "#/describe" }, t("describeTitle")))));
}

/* The skills of a start: occupation (its essential skills) plus extras. */
async function startSkills(p) {
  const extra = (p.get("plus") || p.get("skills") || "").split(",").filter(Boolean);
  if (!p.get("from") || !p.get("plus")) return null;
  const occ = await api("/api/v1/concept?" + qs({ uri: p.get("from"), language: state.lang }));
  const all = new Set((occ.essential_skills || []).map((s) => s.uri));
  for (const u of extra) all.add(u);
  return { occ, skills: [...all], extra: extra.length };
}

const DIRECTIONS = [["", "dirAny"], ["green", "dirGreen"], ["digital", "dirDigital"], ["isco:22", "dirCare"], ["isco:7", "dirTech"]];

async function directionSelect(current, onChange) {
  const sel = el("select", { id: "direction", onchange: () => onChange(sel.value) });
  for (const [v, k] of DIRECTIONS) sel.append(el("option", { value: v, selected: v === current }, t(k)));
  try {
    if (!state.collections) state.collections = Object.keys((await api("/api/v1/stats")).collections || {});
    for (const c of state.collections)
      if (c !== "green" && c !== "digital") sel.append(el("option", { value: c, selected: c === current }, t("dirCollection", { x: c })));
  } catch (e) { /* the fixed directions still work */ }
  return el("div", { class: "filters" }, el("label", { for: "direction" }, t("direction")), sel);
}

function skillList(titleText, items, cls, total) {
  if (!items || !items.length) return null;
  const ul = el("ul", { class: "skills " + (cls || "") });
  for (const s of items)
    ul.append(el("li", {}, el("a", { href: "#/skill?" + qs({ uri: s.uri }) }, label(s)),
      s.via && s.via.label ? el("span", { class: "muted small" }, " (" + t("via", { x: labelText(s.via) }) + ")") : null));
  const extra = (total || items.length) - items.length;
  if (extra > 0) ul.append(el("li", { class: "muted" }, t("more", { n: fmtNum(extra) })));
  return el("div", {}, titleText ? el("h3", {}, titleText) : null, ul);
}

/* A list behind a summary line (open on a wide screen). */
function fold(summary, body) {
  if (!body) return null;
  return el("details", { class: "fold", open: window.matchMedia("(min-width: 48rem)").matches }, el("summary", {}, summary), body);
}

function meter(score) {
  const pct = Math.max(0, Math.min(100, Math.round(score * 100)));
  return el("span", { class: "meter", role: "img", "aria-label": t("fits", { p: fmtPct(score) }) },
    el("span", { style: "width:" + pct + "%" }));
}

async function bridgesView(p) {
  const from = p.get("from"), plus = p.get("plus"), skills = p.get("skills");
  const dir = p.get("direction") || "";
  const main = view("bridgesTitle");
  const sub = el("p", { class: "lead" });
  main.append(sub);
  main.append(await directionSelect(dir, (v) => { p.set("direction", v); location.hash = "#/bridges?" + p.toString(); }));
  const ol = el("ol", { class: "bridges", "aria-live": "polite" });
  main.append(ol);
  const done = busy(main);
  try {
    const body = { top: 10, max_missing: 6, max_carried: 6, language: state.lang };
    if (dir.startsWith("isco:")) body.isco = dir.slice(5); else if (dir) body.collection = dir;
    let start;
    if (from && plus) {
      start = await startSkills(p);
      body.skills = start.skills;
      sub.append(t("bridgesPlus", { x: labelText(start.occ), n: fmtNum(start.extra) }));
    } else if (from) {
      body.from = from;
    } else {
      body.skills = (skills || "").split(",").filter(Boolean);
      sub.append(t("bridgesFromSkills", { n: fmtNum(body.skills.length) }));
    }
    const r = await api("/api/v1/bridges", { method: "POST", json: body });
    done();
    if (from && !plus) { sub.append(t("bridgesFrom", { x: "" })); sub.append(el("a", { href: "#/occupation?" + qs({ uri: from }) }, label(r.from))); }
    if (r.from && r.from.profile_of) sub.append(el("p", { class: "muted small profile-of" }, t("profileOf", { x: labelText(r.from) })));
    if (!r.results.length) ol.append(el("li", { class: "muted" }, t("none")));
    const base = new URLSearchParams();
    if (from) base.set("from", from);
    if (plus) base.set("plus", plus);
    if (skills) base.set("skills", skills);
    r.results.forEach((b) => {
      const plan = new URLSearchParams(base); plan.set("to", b.uri);
      ol.append(el("li", { class: "bridge card" },
        el("div", { class: "bridge-head" },
          el("h2", { class: "name" }, el("a", { href: "#/occupation?" + qs({ uri: b.uri }) }, label(b))),
          el("span", { class: "score" }, meter(b.score), " ", t("fits", { p: fmtPct(b.score) }))),
        b.explanation ? el("p", { class: "muted" }, label(b, "explanation")) : null,
        el("div", { class: "cols" },
          b.missing_essential && b.missing_essential.length ? skillList(t("missingE"), b.missing_essential, "missing")
            : el("div", {}, el("h3", {}, t("missingE")), el("p", { class: "muted" }, t("noMissing"))),
          fold(t("carried") + " (" + fmtNum(b.carried_total || (b.carried || []).length) + ")", skillList("", b.carried, "carried", b.carried_total)),
          fold(t("missingO") + " (" + fmtNum((b.missing_optional || []).length) + ")", skillList("", b.missing_optional, "optional"))),
        el("p", { class: "actions" },
          el("a", { class: "button", href: "#/plan?" + plan.toString() }, t("planBtn")),
          from && !plus ? el("a", { class: "button secondary", href: "#/paths?" + qs({ from, to: b.uri }) }, t("pathBtn")) : null)));
    });
  } catch (e) { done(); main.append(ambiguityOr(e, p, "#/bridges")); }
}

/* A 409 EAMBIGUOUS answer: ask which concept was meant. */
function ambiguityOr(e, p, base) {
  const cands = e && e.body && e.body.candidates;
  if (!(e && e.code === "EAMBIGUOUS" && Array.isArray(cands))) return errorBox(e);
  let key = e.body.parameter || null;
  if (!key) for (const [k, v] of p.entries()) if (v && !/^https?:/.test(v) && ["from", "to", "skills", "region"].includes(k)) key = k;
  const ul = el("ul", { class: "results" });
  for (const c of cands)
    ul.append(el("li", {}, el("button", { type: "button", class: "pick", onclick: () => {
      if (key) p.set(key, c.uri || c.code);
      location.hash = base + "?" + p.toString();
    } }, label(c), c.score != null ? el("span", { class: "muted small" }, " " + fmtNum(c.score, 2)) : null)));
  return el("div", { class: "card ambiguous", role: "alert" }, el("p", {}, t("ambiguous", { q: e.body.query || (key ? p.get(key) : "") })), ul);
}

async function occupationView(p) {
  const uri = p.get("uri");
  const main = view("occTitle");
  const done = busy(main);
  try {
    const c = await api("/api/v1/concept?" + qs({ uri, language: state.lang }));
    done();
    $("page-title").textContent = ""; $("page-title").append(label(c));
    document.title = labelText(c) + " · brug";
    const isco = (c.broader || []).find((b) => b.type === "isco_group");
    const alts = ((c.labels && c.labels[state.lang] && c.labels[state.lang].alternative) || []);
    main.append(section(null,
      c.description ? el("p", {}, label(c, "description")) : null,
      el("dl", { class: "facts" },
        c.code ? [el("dt", {}, t("isco")), el("dd", {}, (c.isco_group || c.code) + (isco ? " · " + labelText(isco) : ""))] : null,
        alts.length ? [el("dt", {}, t("altLabels")), el("dd", {}, alts.join(", "))] : null),
      el("p", { class: "actions" },
        el("a", { class: "button", href: "#/bridges?" + qs({ from: uri }) }, t("bridgesHere")))));
    main.append(el("div", { class: "cols" },
      section(t("essentialSkills"), skillList("", c.essential_skills, "carried")),
      section(t("optionalSkills"), skillList("", c.optional_skills, "optional"))));
    const rel = [...(c.broader || []).filter((b) => b.type === "occupation"), ...(c.narrower || [])];
    const leads = el("ol", { class: "plain" }), comes = el("ol", { class: "plain" });
    main.append(el("div", { class: "cols" }, section(t("leadsTo"), leads), section(t("comesFrom"), comes)));
    if (rel.length)
      main.append(section(t("relatedOcc"), el("ul", { class: "plain" }, rel.map((o) =>
        el("li", {}, el("a", { href: "#/occupation?" + qs({ uri: o.uri }) }, label(o)))))));
    const occItem = (x) => el("li", {}, el("a", { href: "#/occupation?" + qs({ uri: x.uri }) }, label(x)), " · " + t("fits", { p: fmtPct(x.score) }));
    const some = { top: 5, max_missing: 0, max_carried: 1, language: state.lang };
    const [b, into] = await Promise.all([api("/api/v1/bridges?" + qs({ from: uri, ...some })),
      api("/api/v1/bridges/into?" + qs({ to: uri, ...some }))]);
    for (const x of b.results) leads.append(occItem(x));
    for (const x of into.results) comes.append(occItem(x));
    if (!b.results.length) leads.replaceWith(el("p", { class: "muted" }, t("none")));
    if (!into.results.length) comes.replaceWith(el("p", { class: "muted" }, t("none")));
  } catch (e) { done(); main.append(errorBox(e)); }
}

async function skillView(p) {
  const uri = p.get("uri");
  const main = view("skillTitle");
  const done = busy(main);
  try {
    const c = await api("/api/v1/concept?" + qs({ uri, language: state.lang }));
    done();
    $("page-title").textContent = ""; $("page-title").append(label(c));
    document.title = labelText(c) + " · brug";
    const occList = (xs) => xs && xs.length ? el("ul", { class: "plain" }, xs.map((o) =>
      el("li", {}, el("a", { href: "#/occupation?" + qs({ uri: o.uri }) }, label(o))))) : el("p", { class: "muted" }, t("none"));
    const broader = (c.broader || []);
    main.append(section(null,
      c.description ? el("p", {}, label(c, "description")) : null,
      el("dl", { class: "facts" },
        c.skill_type ? [el("dt", {}, t("skillType")), el("dd", {}, TX[state.lang].skillTypes[c.skill_type] || c.skill_type)] : null,
        c.reuse_level ? [el("dt", {}, t("reuse")), el("dd", {}, TX[state.lang].reuseLevels[c.reuse_level] || c.reuse_level)] : null,
        broader.length ? [el("dt", {}, t("broader")), el("dd", {}, broader.map((b, i) => [i ? ", " : "",
          b.type === "skill" ? el("a", { href: "#/skill?" + qs({ uri: b.uri }) }, label(b)) : label(b)]))] : null,
        (c.narrower || []).length ? [el("dt", {}, t("narrower")), el("dd", {}, c.narrower.map((b, i) => [i ? ", " : "",
          el("a", { href: "#/skill?" + qs({ uri: b.uri }) }, label(b))]))] : null)));
    main.append(el("div", { class: "cols" }, section(t("neededFor"), occList(c.essential_for)),
      section(t("optionalFor"), occList(c.optional_for))));
  } catch (e) { done(); main.append(errorBox(e)); }
}

/* ---- the plan ---- */
function modeName(m) {
  return { online: t("onlineMode"), classroom: t("classroomMode"), blended: t("blendedMode") }[m] || m || "";
}
function courseWhere(c) {
  const where = c.location_name || c.region_name || (c.region ? regionName(c.region) : "");
  return [modeName(c.mode), where].filter(Boolean).join(" · ");
}
function courseStart(c) {
  const d = c.starts || c.start_dates || (c.start ? [c.start] : []);
  return (Array.isArray(d) ? d : [d]).filter(Boolean).map(fmtDate).join(", ");
}

/* Courses in study order: a course comes after the ones it requires. */
function studyOrder(courses) {
  const byId = new Map(courses.map((c) => [c.id, c]));
  const out = [], seen = new Set();
  const visit = (c) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    for (const r of [...(c.requires || []), ...(c.after || [])]) if (byId.has(r)) visit(byId.get(r));
    out.push(c);
  };
  courses.forEach(visit);
  return out;
}

function planDoc(r, p, fromText) {
  const plan = r.plan;
  const box = el("div", { class: "plan", id: "plan" });
  box.append(el("p", { class: "lead" }, el("strong", {}, fromText, " → ", label(r.to)), " · " + t("fits", { p: fmtPct(r.score) })));
  if (r.explanation) box.append(el("p", { class: "muted" }, label(r, "explanation")));
  const courses = studyOrder(plan.courses || []);
  const uncE = (plan.uncovered || []).filter((s) => s.essential);
  const uncO = (plan.uncovered || []).filter((s) => !s.essential);
  if (courses.length) {
    box.append(el("h2", {}, t("courses")), el("p", { class: "muted small" }, t("studyOrder")));
    const ol = el("ol", { class: "courses" });
    for (const c of courses) {
      ol.append(el("li", { class: "course" },
        el("div", { class: "course-main" },
          el("strong", { class: "course-title" }, c.title ? label(c, "title") : c.id),
          el("span", { class: "course-meta" }, [c.provider, courseWhere(c), courseStart(c)].filter(Boolean).join(" · "))),
        el("dl", { class: "course-figs" },
          el("div", {}, el("dt", {}, t("hours")), el("dd", {}, fmtNum(c.hours, 1))),
          el("div", {}, el("dt", {}, t("cost")), el("dd", {}, fmtMoney(c.cost))))));
    }
    box.append(ol);
    box.append(el("dl", { class: "course-figs total" },
      el("div", {}, el("dt", {}, t("total") + " · " + t("hours")), el("dd", {}, fmtNum(plan.total_hours, 1))),
      el("div", {}, el("dt", {}, t("total") + " · " + t("cost")), el("dd", {}, fmtMoney(plan.total_cost)))));
    box.append(el("p", { class: "muted small" }, plan.optimal ? t("optimal") : t("approx", { g: fmtPct(plan.gap || 0) })));
    if ((plan.covered || []).length) box.append(el("p", {}, t("coveredN", { n: fmtNum(plan.covered.length) })));
  } else if (!(plan.uncovered || []).length) {
    box.append(el("p", { class: "no-courses" }, t("noCoursesNeeded")));
  } else {
    box.append(el("p", { class: "no-courses" }, t("noCoursesFound")));
  }
  const unc = (title, xs, cls) => {
    if (!xs.length) return null;
    const ul = el("ul", { class: "skills " + cls });
    for (const s of xs)
      ul.append(el("li", {}, el("a", { href: "#/skill?" + qs({ uri: s.uri }) }, label(s)),
        s.reason ? el("span", { class: "muted small reason" }, " — ", label(s, "reason")) : null));
    return el("div", { class: "uncovered" }, el("h2", {}, title), ul);
  };
  for (const u of [unc(t("uncoveredE"), uncE, "missing"), unc(t("uncoveredO"), uncO, "optional")]) if (u) box.append(u);
  if (courses.length && !uncE.length && !uncO.length) box.append(el("p", {}, t("allCovered")));
  return box;
}

async function planView(p) {
  const main = view("planTitle");
  await vocab();
  const from = p.get("from"), plus = p.get("plus"), skills = p.get("skills"), to = p.get("to");
  const form = el("form", { class: "plan-form no-print", onsubmit: (ev) => {
    ev.preventDefault();
    const fd = new FormData(form);
    for (const k of ["region", "objective", "budget", "online"]) { const v = fd.get(k); if (v) p.set(k, v); else p.delete(k); }
    location.hash = "#/plan?" + p.toString();
  } });
  const regionList = el("datalist", { id: "regions" }, (state.vocab.regions || []).map((r) => el("option", { value: r.name })));
  add(form,
    el("div", { class: "field" }, el("label", { for: "region" }, t("region")),
      el("input", { id: "region", name: "region", list: "regions", value: p.get("region") || "", "aria-describedby": "region-help" }),
      el("p", { class: "muted small", id: "region-help" }, t("regionHelp")), regionList),
    el("div", { class: "field" }, el("label", { for: "objective" }, t("objective")),
      el("select", { id: "objective", name: "objective" }, [["hours", "objHours"], ["cost", "objCost"], ["mix", "objMix"]].map(([v, k]) =>
        el("option", { value: v, selected: (p.get("objective") || "hours") === v }, t(k))))),
    el("div", { class: "field" }, el("label", { for: "budget" }, t("budget")),
      el("input", { id: "budget", name: "budget", type: "number", min: "0", step: "50", inputmode: "numeric", value: p.get("budget") || "" })),
    el("div", { class: "field" }, el("label", { for: "online" }, t("mode")),
      el("select", { id: "online", name: "online" }, el("option", { value: "" }, t("modeAny")),
        el("option", { value: "1", selected: p.get("online") === "1" }, t("modeOnline")))),
    el("div", { class: "field" }, el("button", { type: "submit", class: "primary" }, t("update"))));
  main.append(form);
  const out = el("div", { "aria-live": "polite" });
  main.append(out);
  const done = busy(out);
  try {
    const q = { to, language: state.lang, region: p.get("region"), objective: p.get("objective"),
      budget: p.get("budget"), online: p.get("online") };
    let fromText;
    if (from && plus) {
      const st = await startSkills(p);
      q.skills = st.skills.join(",");
      fromText = t("bridgesPlus", { x: labelText(st.occ), n: fmtNum(st.extra) });
    } else if (from) q.from = from; else { q.skills = skills; fromText = t("bridgesFromSkills", { n: fmtNum((skills || "").split(",").filter(Boolean).length) }); }
    const r = await api("/api/v1/plans?" + qs(q));
    /* Start dates (and names) of the chosen courses from the catalogue. */
    await Promise.all(((r.plan && r.plan.courses) || []).map((c) => api("/api/v1/courses/" + encodeURIComponent(c.id))
      .then((d) => { for (const k of Object.keys(d)) if (c[k] == null) c[k] = d[k]; }).catch(() => null)));
    done();
    const doc = planDoc(r, p, fromText || labelText(r.from));
    if (!fromText && r.from) { const s = doc.querySelector("strong"); s.firstChild.replaceWith(label(r.from)); }
    for (const end of [r.from, r.to])
      if (end && end.profile_of) doc.prepend(el("p", { class: "muted small profile-of" }, t("profileOf", { x: labelText(end) })));
    out.append(doc, planTools(doc, labelText(r.from) + " → " + labelText(r.to)));
    if (p.get("person")) out.append(el("p", { class: "muted" }, t("handOver")));
  } catch (e) { done(); out.append(ambiguityOr(e, p, "#/plan")); }
}

/* Print, download (a printable standalone HTML page) and the permalink. */
function planTools(doc, title) {
  const status = el("span", { role: "status", class: "muted small" });
  return el("p", { class: "actions no-print" },
    el("button", { type: "button", onclick: () => window.print() }, t("print")),
    el("button", { type: "button", class: "secondary", onclick: () => downloadPage(doc, title) }, t("download")),
    el("button", { type: "button", class: "secondary", onclick: async () => {
      try { await navigator.clipboard.writeText(location.href); status.textContent = t("copied"); }
      catch (e) { status.textContent = location.href; }
    } }, t("copy")), " ", el("a", { href: location.href }, t("permalink")), " ", status);
}

function downloadPage(doc, title) {
  const css = [...document.styleSheets].map((s) => { try { return [...s.cssRules].map((r) => r.cssText).join("\n"); } catch (e) { return ""; } }).join("\n");
  const html = "<!doctype html><html lang=\"" + state.lang + "\"><head><meta charset=\"utf-8\">" +
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escapeHtml(title) + "</title><style>" + css +
    "</style></head><body><main id=\"main\"><h1>" + escapeHtml(title) + "</h1>" + doc.outerHTML +
    "<p class=\"muted small\">" + escapeHtml(t("printedOn", { d: fmtDate(new Date().toISOString().slice(0, 10)) })) + " · <a href=\"" +
    escapeHtml(location.href) + "\">" + escapeHtml(location.href) + "</a></p><p class=\"muted small\">" + escapeHtml(t("attribution")) +
    "</p></main></body></html>";
  const a = el("a", { href: URL.createObjectURL(new Blob([html], { type: "text/html" })), download: "brug-plan.html" });
  document.body.append(a);
  a.click();
  a.remove();
}
const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c]));

async function pathsView(p) {
  const from = p.get("from"), to = p.get("to");
  const main = view("pathsTitle");
  main.append(section(null, searchBox("path", "occupation", "pathsTo", "elektromonteur, data analist…", (hit) => {
    location.hash = "#/paths?" + qs({ from, to: hit.uri });
  })));
  if (!to) return;
  const out = el("div", { "aria-live": "polite" });
  main.append(out);
  const done = busy(out);
  try {
    const r = await api("/api/v1/paths?" + qs({ from, to, language: state.lang, k: 3 }));
    done();
    if (!r.paths.length) { out.append(el("p", { class: "muted" }, t("pathNone"))); return; }
    r.paths.forEach((path, i) => {
      const ol = el("ol", { class: "path" });
      ol.append(el("li", {}, el("a", { href: "#/occupation?" + qs({ uri: from }) }, label(r.from))));
      let prev = from;
      for (const s of path.steps) {
        const uri = s.uri || s.to;
        ol.append(el("li", {}, el("a", { href: "#/occupation?" + qs({ uri }) }, s.label ? label(s) : uri),
          " · " + t("fits", { p: fmtPct(s.score) }), " ",
          el("a", { class: "small", href: "#/plan?" + qs({ from: prev, to: uri }) }, t("planBtn"))));
        prev = uri;
      }
      out.append(section(t("route", { n: i + 1 }), ol));
    });
  } catch (e) { done(); out.append(errorBox(e)); }
}

/* ---- describe your work (extract) ---- */
/* Byte offsets (UTF-8) to string indices. */
function byteToIndex(text) {
  const enc = new TextEncoder();
  const map = [];
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i);
    const n = enc.encode(String.fromCodePoint(cp)).length;
    for (let k = 0; k < n; k++) map[b + k] = i;
    b += n;
    if (cp > 0xffff) i++;
  }
  map[b] = text.length;
  return (x) => (map[x] != null ? map[x] : text.length);
}

function highlighted(text, skills) {
  const at = byteToIndex(text);
  const marks = [];
  skills.forEach((s, i) => (s.spans || []).forEach(([a, b]) => marks.push([at(a), at(b), i])));
  marks.sort((x, y) => x[0] - y[0]);
  const p = el("p", { class: "extract-text" });
  let pos = 0;
  for (const [a, b, i] of marks) {
    if (a < pos) continue;
    p.append(text.slice(pos, a), el("mark", { "data-skill": String(i), title: labelText(skills[i]) }, text.slice(a, b)));
    pos = b;
  }
  p.append(text.slice(pos));
  return p;
}

/* The describe box; onDone(acceptedSkills) gets the accepted hits. */
function extractBox(idp, type, placeholderKey, actions) {
  const ta = el("textarea", { id: idp + "-text", rows: "5", "aria-describedby": idp + "-help" });
  const out = el("div", { "aria-live": "polite" });
  const decided = new Map();
  const form = el("form", { class: "extract", onsubmit: async (ev) => {
    ev.preventDefault();
    out.textContent = "";
    decided.clear();
    const done = busy(out);
    try {
      const r = await api("/api/v1/extract", { method: "POST", json: { text: ta.value, lang: "auto", type, top: 15 } });
      done();
      const skills = r.skills || [];
      out.append(highlighted(ta.value, skills));
      const ul = el("ul", { class: "suggest" });
      const text = ta.value, at = byteToIndex(text);
      skills.forEach((s, i) => {
        const st = el("span", { class: "decision muted small" });
        const set = (v) => {
          decided.set(s.uri, v ? s : null);
          st.textContent = v ? t("accepted") : t("rejected");
          yes.setAttribute("aria-pressed", String(v)); no.setAttribute("aria-pressed", String(!v));
          li.className = v ? "on" : "off";
        };
        const yes = el("button", { type: "button", "aria-pressed": "false", onclick: () => set(true) }, t("accept"));
        const no = el("button", { type: "button", class: "secondary", "aria-pressed": "false", onclick: () => set(false) }, t("reject"));
        const quotes = (s.spans || []).slice(0, 2).map(([a, b]) => "“" + text.slice(at(a), at(b)) + "”").join(", ");
        const li = el("li", { "data-uri": s.uri }, el("span", { class: "sname" }, el("a", { href: "#/skill?" + qs({ uri: s.uri }) }, label(s)),
          quotes ? el("span", { class: "muted small" }, " " + quotes) : null), el("span", { class: "yn", role: "group", "aria-label": labelText(s) }, yes, no), st);
        ul.append(li);
      });
      if (!skills.length) out.append(el("p", { class: "muted" }, t("none")));
      else out.append(el("h2", {}, t("suggested")), ul);
      if ((r.occupations || []).length && type !== "skill")
        out.append(el("h2", {}, t("suggestedOcc")), el("ul", { class: "plain" }, r.occupations.slice(0, 5).map((o) =>
          el("li", {}, el("a", { href: "#/occupation?" + qs({ uri: o.uri }) }, label(o))))));
      if (skills.length) out.append(actions(() => [...decided.values()].filter(Boolean), r));
    } catch (e) {
      done();
      out.append(e.status === 404 || e.status === 405 ? el("p", { class: "error", role: "alert" }, t("extractMissing")) : errorBox(e));
    }
  } }, el("label", { for: idp + "-text" }, t(placeholderKey)),
  el("p", { class: "muted small", id: idp + "-help" }, t("describeHelp")), ta,
  el("p", {}, el("button", { type: "submit", class: "primary" }, t("describeGo"))));
  return el("div", {}, form, out);
}

function describeView() {
  const main = view("describeTitle");
  main.append(section(null, extractBox("describe", "both", "describeLabel", (accepted) => {
    const msg = el("p", { role: "status" });
    return el("div", { class: "actions" },
      el("button", { type: "button", onclick: () => {
        const a = accepted();
        if (a.length) location.hash = "#/bridges?" + qs({ skills: a.map((s) => s.uri).join(",") });
      } }, t("useForBridges")),
      el("button", { type: "button", class: "secondary", onclick: async () => {
        msg.textContent = "";
        if (!state.me || state.me.role !== "person") { msg.textContent = t("signInFirst"); return; }
        try {
          const n = await addToPassport(accepted().map((s) => ({ uri: s.uri, evidence: "self" })));
          msg.textContent = t("addedToPassport", { n: fmtNum(n) });
        } catch (e) { msg.replaceWith(errorBox(e)); }
      } }, t("addToPassport")), msg);
  })));
}

/* ---- passports ---- */
const EVIDENCE = [["self", "evSelf"], ["employer", "evEmployer"], ["diploma", "evDiploma"], ["credential", "evCredential"]];
const evName = (c) => { const e = EVIDENCE.find((x) => x[0] === c); return e ? t(e[1]) : c; };

/* The passport as the API takes it back (labels dropped). */
function storable(pp) {
  const o = {};
  for (const k of ["id", "region", "max_km", "hours", "drives", "sectors"]) if (pp[k] != null) o[k] = pp[k];
  o.skills = (pp.skills || []).map((s) => { const x = { uri: s.uri, evidence: s.evidence || "self" }; if (s.date) x.date = s.date; return x; });
  if (pp.work) o.work = pp.work.map((w) => ({ occupation: w.occupation || w.uri, years: w.years }));
  return o;
}

async function addToPassport(skills) {
  const id = state.me.subject;
  const pp = await api("/api/v1/passports/" + encodeURIComponent(id));
  const have = new Set((pp.skills || []).map((s) => s.uri));
  const add = skills.filter((s) => !have.has(s.uri));
  pp.skills = [...(pp.skills || []), ...add];
  await api("/api/v1/passports/" + encodeURIComponent(id), { method: "PUT", json: storable(pp) });
  return add.length;
}

function regionSelect(id, name, current) {
  const sel = el("select", { id, name });
  for (const r of (state.vocab && state.vocab.regions) || [])
    sel.append(el("option", { value: r.code, selected: r.code === current }, r.name));
  return sel;
}

async function passportView() {
  if (!state.me) { location.hash = "#/signin?next=passport"; return; }
  const main = view("passportTitle");
  await vocab();
  const id = state.me.subject;
  const done = busy(main);
  let pp;
  try {
    pp = await api("/api/v1/passports/" + encodeURIComponent(id) + "?" + qs({ language: state.lang }));
  } catch (e) {
    done();
    if (e.code !== "ENOTFOUND") { main.append(errorBox(e)); return; }
    const f = el("form", { onsubmit: async (ev) => {
      ev.preventDefault();
      try {
        await api("/api/v1/passports", { method: "POST", json: { id, region: f.elements.region.value, skills: [] } });
        route();
      } catch (e2) { f.append(errorBox(e2)); }
    } }, el("p", {}, t("noPassport")), el("label", { for: "pp-region" }, t("livesIn")), regionSelect("pp-region", "region", null),
    el("button", { type: "submit", class: "primary" }, t("createPassport")));
    main.append(section(null, f));
    return;
  }
  done();
  main.append(await passportPanel(pp, true));
  main.append(await consentsPanel(id));
  const findable = await findablePanel(id);
  main.append(findable.sec);
  main.append(await matchesPanel(id, findable.responses));
  const confirm = el("input", { id: "del-confirm", autocomplete: "off", "aria-describedby": "del-help" });
  const delMsg = el("div", { "aria-live": "polite" });
  main.append(el("section", { class: "card danger" }, el("h2", {}, t("deleteTitle")),
    el("p", { id: "del-help" }, t("deleteHelp")),
    el("form", { onsubmit: async (ev) => {
      ev.preventDefault();
      if (confirm.value.trim().toUpperCase() !== t("deleteWord")) { confirm.focus(); confirm.setAttribute("aria-invalid", "true"); return; }
      try {
        await api("/api/v1/passports/" + encodeURIComponent(id), { method: "DELETE" });
        signOut();
        main.textContent = "";
        main.append(el("h1", { tabindex: "-1", id: "page-title" }, t("deleted")));
        $("page-title").focus();
      } catch (e) { delMsg.append(errorBox(e)); }
    } }, el("label", { for: "del-confirm" }, t("deleteConfirm")), el("div", { class: "row" }, confirm,
      el("button", { type: "submit", class: "danger" }, t("deleteBtn")))), delMsg));
}

/* Skills with evidence and dates, work history, region; editable when own. */
async function passportPanel(pp, editable) {
  const sec = el("section", { class: "card" });
  const msg = el("p", { role: "status", class: "muted" });
  const save = async () => {
    try {
      await api("/api/v1/passports/" + encodeURIComponent(pp.id), { method: "PUT", json: storable(pp) });
      msg.textContent = t("saved");
    } catch (e) { msg.textContent = ""; msg.after(errorBox(e)); }
  };
  const draw = () => {
    sec.textContent = "";
    sec.append(el("h2", {}, t(editable ? "mySkillsN" : "skillsN", { n: fmtNum((pp.skills || []).length) })));
    sec.append(el("dl", { class: "facts" },
      el("dt", {}, t("livesIn")), el("dd", {}, regionName(pp.region)),
      pp.max_km != null ? [el("dt", {}, t("maxKm")), el("dd", {}, fmtNum(pp.max_km))] : null,
      pp.hours != null ? [el("dt", {}, t("hoursWeek")), el("dd", {}, fmtNum(pp.hours))] : null));
    const tb = el("tbody");
    (pp.skills || []).forEach((s, i) => {
      const row = el("tr", {}, el("th", { scope: "row" }, el("a", { href: "#/skill?" + qs({ uri: s.uri }) }, label(s))),
        el("td", { "data-h": t("evidence") }, evName(s.evidence || "self")), el("td", { "data-h": t("date") }, fmtDate(s.date)));
      if (editable) {
        const ev = el("select", { "aria-label": t("evidence") + ": " + labelText(s) }, EVIDENCE.map(([v, k]) => el("option", { value: v, selected: v === (s.evidence || "self") }, t(k))));
        /* A text field (YYYY, YYYY-MM or YYYY-MM-DD as the API takes it):
         * the browser's own month picker would speak the browser's language. */
        const shown = el("span", { class: "muted small" }, s.date ? " " + fmtDate(s.date) : "");
        const dt = el("input", { type: "text", inputmode: "numeric", size: "10", value: s.date || "", placeholder: t("datePattern"),
          pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", "aria-label": t("date") + " (" + t("datePattern") + "): " + labelText(s) });
        row.children[1].replaceChildren(ev);
        row.children[2].replaceChildren(dt, shown);
        ev.addEventListener("change", () => { s.evidence = ev.value; save(); });
        dt.addEventListener("change", () => {
          if (!dt.checkValidity()) { dt.setAttribute("aria-invalid", "true"); return; }
          dt.removeAttribute("aria-invalid");
          if (dt.value) s.date = dt.value; else delete s.date;
          shown.textContent = s.date ? " " + fmtDate(s.date) : "";
          save();
        });
        row.append(el("td", {}, el("button", { type: "button", class: "secondary small", "aria-label": t("removeX", { x: labelText(s) }),
          onclick: () => { pp.skills.splice(i, 1); save(); draw(); } }, t("remove"))));
      }
      tb.append(row);
    });
    sec.append(el("div", { class: "table-wrap" }, el("table", { class: "passport" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("skill")), el("th", { scope: "col" }, t("evidence")),
        el("th", { scope: "col" }, t("date")), editable ? el("th", { scope: "col" }, el("span", { class: "sr-only" }, t("actions"))) : null)), tb)));
    if (editable)
      sec.append(searchBox("ppskill", "skill", "addSkill", "lassen, Python…", (hit) => {
        if (!(pp.skills || []).some((s) => s.uri === hit.uri)) (pp.skills = pp.skills || []).push({ uri: hit.uri, label: hit.label, label_lang: hit.label_lang, evidence: "self" });
        save(); draw();
        const f = document.getElementById("ppskill-q"); if (f) f.focus();
      }));
    sec.append(el("h2", {}, t("work")));
    const wl = el("ul", { class: "plain" });
    for (const [i, w] of (pp.work || []).entries())
      wl.append(el("li", {}, el("a", { href: "#/occupation?" + qs({ uri: w.occupation }) },
        w.occupation_label ? label(w, "occupation_label") : w.label ? label(w) : w.occupation),
        " · ", editable ? el("input", { type: "number", min: "0", max: "70", step: "0.5", value: String(w.years), class: "years",
          "aria-label": t("years") + ": " + (w.occupation_label || w.label || w.occupation),
          onchange: (ev) => { if (ev.target.checkValidity()) { w.years = +ev.target.value; save(); } } }) : fmtNum(w.years, 1),
        " " + t("years").toLowerCase(),
        editable ? [" ", el("button", { type: "button", class: "secondary small", "aria-label": t("removeX", { x: w.occupation_label || w.label || w.occupation }),
          onclick: () => { pp.work.splice(i, 1); save(); draw(); } }, t("remove"))] : null));
    if (!(pp.work || []).length) wl.append(el("li", { class: "muted" }, t("noWork")));
    sec.append(wl);
    if (editable)
      sec.append(searchBox("ppwork", "occupation", "addWork", "lasser…", (hit) => {
        (pp.work = pp.work || []).push({ occupation: hit.uri, occupation_label: hit.label, occupation_label_lang: hit.label_lang, years: 1 });
        save(); draw();
      }));
    sec.append(msg);
  };
  draw();
  return sec;
}

async function consentsPanel(id) {
  const sec = el("section", { class: "card" }, el("h2", {}, t("consents")), el("p", { class: "muted" }, t("consentHelp")));
  const ul = el("ul", { class: "plain consents" });
  const msg = el("div", { "aria-live": "polite" });
  const load = async () => {
    ul.textContent = "";
    try {
      const r = await api("/api/v1/passports/" + encodeURIComponent(id) + "/consents");
      const cs = r.consents || [];
      if (!cs.length) ul.append(el("li", { class: "muted" }, t("noConsents")));
      for (const c of cs)
        ul.append(el("li", {}, el("strong", {}, c.adviser), " · ",
          c.withdrawn ? t("withdrawnOn", { d: fmtDate(c.withdrawn) }) : t("grantedOn", { d: fmtDate(c.granted) }), " ",
          c.withdrawn ? el("button", { type: "button", class: "secondary", onclick: () => change(c.adviser, true) }, t("grant"))
            : el("button", { type: "button", class: "secondary", onclick: () => change(c.adviser, false) }, t("withdraw"))));
    } catch (e) { msg.append(errorBox(e)); }
  };
  const change = async (adviser, grant) => {
    msg.textContent = "";
    try {
      await api("/api/v1/passports/" + encodeURIComponent(id) + "/consents/" + encodeURIComponent(adviser), { method: grant ? "PUT" : "DELETE" });
      await load();
    } catch (e) { msg.append(errorBox(e)); }
  };
  const name = el("input", { id: "adviser-name", required: true, autocomplete: "off" });
  sec.append(ul, el("form", { onsubmit: (ev) => { ev.preventDefault(); change(name.value.trim(), true); name.value = ""; } },
    el("label", { for: "adviser-name" }, t("adviserName")), el("div", { class: "row" }, name, el("button", { type: "submit" }, t("grant")))), msg);
  await load();
  return sec;
}

/* May employers find this person (off by default)? They see a pseudonym
 * until the person responds to their offer (docs/passports.md). */
async function findablePanel(id) {
  const sec = el("section", { class: "card" }, el("h2", {}, t("findableTitle")), el("p", { class: "muted" }, t("findableHelp")));
  const msg = el("div", { "aria-live": "polite" });
  const box = el("input", { id: "findable", type: "checkbox" });
  const responses = new Set();
  const url = "/api/v1/passports/" + encodeURIComponent(id) + "/findable";
  try {
    const r = await api(url);
    box.checked = !!r.findable;
    for (const o of r.responses || []) responses.add(o);
  } catch (e) { msg.append(errorBox(e)); }
  box.addEventListener("change", async () => {
    msg.textContent = "";
    try {
      await api(url, { method: box.checked ? "PUT" : "DELETE" });
      msg.append(el("p", {}, t(box.checked ? "findableOn" : "findableOff")));
    } catch (e) { box.checked = !box.checked; msg.append(errorBox(e)); }
  });
  sec.append(el("p", { class: "check" }, box, " ", el("label", { for: "findable" }, t("findableLabel"))), msg);
  return { sec, responses };
}

/* Offers that fit a passport, with employer names and why they fit; the
 * person can respond to one, which shows the employer who they are. */
async function matchesPanel(id, responses) {
  const sec = el("section", { class: "card" }, el("h2", {}, t("matchesTitle")));
  try {
    const m = await api("/api/v1/matches?" + qs({ passport: id, top: 8, language: state.lang }));
    const ol = el("ol", { class: "offers" });
    const offers = await Promise.all((m.matches || []).map((o) => api("/api/v1/offers/" + encodeURIComponent(o.offer)).catch(() => null)));
    (m.matches || []).forEach((o, i) => {
      const od = offers[i];
      const emp = o.employer_name || (od && od.employer && od.employer.name);
      const head = o.occupation_label ? label(o, "occupation_label") : label(o, "title");
      const showTitle = o.title && o.title.toLowerCase() !== labelText(o, "occupation_label").toLowerCase();
      ol.append(el("li", { class: "offer card" },
        el("h3", {}, head),
        el("p", { class: "muted" }, [t(o.type === "placement" ? "placement" : "vacancy"),
          emp ? t("employerOf", { x: emp }) : t("employerSector", { x: sectorName(o.sector) }),
          regionName(o.region), t("distance", { km: fmtNum(o.distance_km || 0) }), t("hoursPerWeek", { h: fmtNum(o.hours) })].join(" · ")),
        showTitle ? el("p", { class: "small" }, t("titleByEmployer", { x: "" }), label(o, "title")) : null,
        whyFits(o, i < 2), respondButton(id, o.offer, responses)));
    });
    if (!(m.matches || []).length) ol.append(el("li", { class: "muted" }, t("none")));
    sec.append(ol);
  } catch (e) { sec.append(errorBox(e)); }
  return sec;
}

/* "I'm interested": the offer's employer sees the passport id from now on. */
function respondButton(id, offer, responses) {
  const msg = el("span", { "aria-live": "polite" });
  if (responses && responses.has(offer)) return el("p", { class: "small" }, t("responded"));
  const b = el("button", { type: "button", class: "secondary", onclick: async () => {
    msg.textContent = "";
    try {
      await api("/api/v1/passports/" + encodeURIComponent(id) + "/responses/" + encodeURIComponent(offer), { method: "PUT" });
      b.replaceWith(el("span", {}, t("responded")));
    } catch (e) { msg.append(errorBox(e)); }
  } }, t("respond"));
  return el("p", {}, b, " ", msg);
}

/* Why an offer fits a person (their own view: "you have"), or why a
 * candidate fits an offer (the employer's view: "has"). */
function whyFits(o, open, candidate) {
  const have = (o.matching_skills || []).slice(0, 6);
  const miss = (o.missing_essential || o.missing_skills || []).slice(0, 4);
  return el("details", { open: !!open }, el("summary", {}, t("whyFits") + ": " + t("skillCoverage", { p: fmtPct(o.skill_coverage || 0) })),
    have.length ? el("p", {}, el("strong", {}, t(candidate ? "candidateHas" : "matching") + ": "), have.map((s, i) => [i ? ", " : "", label(s),
      /* a skill proven by a verified credential, and by whom (brug_match_proofs) */
      s.proven_by ? el("span", { class: "proven" }, " (" + t("provenBy", { x: s.proven_by.issuer_name || s.proven_by.issuer }) + ")") : null])) : null,
    miss.length ? el("p", {}, el("strong", {}, t(candidate ? "candidateMissing" : "missingNow") + ": "), miss.map((s, i) => [i ? ", " : "", label(s)])) : null);
}

/* ---- adviser ---- */
async function adviserView() {
  if (!state.me) { location.hash = "#/signin?next=adviser"; return; }
  const main = view("caseloadTitle");
  main.append(el("p", { class: "lead" }, t("caseloadHelp")));
  try {
    const r = await api("/api/v1/caseload");
    const ul = el("ul", { class: "plain caseload" });
    for (const c of r.people)
      ul.append(el("li", {}, el("a", { href: "#/adviser/person?" + qs({ id: c.person }) }, c.person), " · " + t("since", { d: fmtDate(c.granted) })));
    if (!r.people.length) ul.append(el("li", { class: "muted" }, t("noCaseload")));
    main.append(section(null, ul));
  } catch (e) { main.append(errorBox(e)); }
}

async function adviserPersonView(p) {
  const id = p.get("id");
  const main = view("personTitle", { x: id });
  await vocab();
  try {
    const pp = await api("/api/v1/passports/" + encodeURIComponent(id) + "?" + qs({ language: state.lang }));
    main.append(await passportPanel(pp, false));
    const skills = (pp.skills || []).map((s) => s.uri);
    const sec = section(t("bridgesForPerson"));
    main.append(sec);
    const r = await api("/api/v1/bridges", { method: "POST", json: { skills, top: 6, max_missing: 4, max_carried: 3, language: state.lang } });
    const ol = el("ol", { class: "bridges" });
    for (const b of r.results)
      ol.append(el("li", {}, el("a", { href: "#/occupation?" + qs({ uri: b.uri }) }, label(b)), " · " + t("fits", { p: fmtPct(b.score) }), " ",
        el("a", { class: "button small", href: "#/plan?" + qs({ skills: skills.join(","), to: b.uri, person: id }) }, t("planBtn"))));
    sec.append(ol);
  } catch (e) { main.append(errorBox(e)); }
}

/* ---- employer ---- */
async function employerView() {
  if (!state.me) { location.hash = "#/signin?next=employer"; return; }
  const main = view("offersTitle");
  await vocab();
  const emp = state.me.subject;
  let doc = null;
  try { doc = await api("/api/v1/employers/" + encodeURIComponent(emp) + "/offers"); }
  catch (e) { if (e.code !== "ENOTFOUND") { main.append(errorBox(e)); return; } }
  const list = el("ul", { class: "plain offers" });
  for (const o of (doc && doc.offers) || [])
    list.append(el("li", {}, el("a", { href: "#/employer/offer?" + qs({ id: o.id }) }, o.title ? label(o, "title") : o.id), " · " +
      [t(o.type === "placement" ? "placement" : "vacancy"), regionName(o.region), t("capacity", { n: fmtNum(o.capacity) }), t("hoursPerWeek", { h: fmtNum(o.hours) })].join(" · ")));
  if (!doc || !doc.offers.length) list.append(el("li", { class: "muted" }, t("noOffers")));
  main.append(section(doc && doc.employer.name ? doc.employer.name : null, list));
  main.append(offerForm(emp, doc && doc.employer, doc && doc.offers.length ? doc.offers[0].region : null));
}

function offerForm(emp, employer, region) {
  const ess = new Map(), opt = new Map();
  let occ = null;
  const msg = el("div", { "aria-live": "polite" });
  const occChosen = el("p", { class: "chosen", "aria-live": "polite" });
  const essChips = chips(ess, () => {}), optChips = chips(opt, () => {});
  const f = el("form", { class: "offer-form", onsubmit: async (ev) => {
    ev.preventDefault();
    msg.textContent = "";
    if (!occ) { msg.append(el("p", { class: "error", role: "alert" }, t("errInvalid"))); return; }
    const fd = new FormData(f);
    const body = { id: emp + "-" + Date.now().toString(36), type: fd.get("type"), title: fd.get("title") || undefined,
      employer: employer ? emp : { id: emp, name: fd.get("ename") || undefined, sector: fd.get("sector"), size: fd.get("size") },
      occupation: occ.uri, region: fd.get("region"), hours: +fd.get("hours"), capacity: +fd.get("capacity"),
      essential: [...ess.keys()], optional: [...opt.keys()].filter((u) => !ess.has(u)) };
    try {
      const r = await api("/api/v1/offers", { method: "POST", json: body });
      location.hash = "#/employer/offer?" + qs({ id: r.id });
    } catch (e) { msg.append(errorBox(e)); }
  } });
  const sectors = (state.vocab.sectors || []).map((s) => el("option", { value: s.code }, sectorName(s.code)));
  add(f, el("h2", {}, t("newOffer")),
    el("div", { class: "field" }, el("label", { for: "o-type" }, t("offerType")),
      el("select", { id: "o-type", name: "type" }, el("option", { value: "placement" }, t("placement")), el("option", { value: "vacancy" }, t("vacancy")))),
    el("div", { class: "field" }, el("label", { for: "o-title" }, t("offerTitle")), el("input", { id: "o-title", name: "title", maxlength: "200" })),
    employer ? null : [el("div", { class: "field" }, el("label", { for: "o-ename" }, t("employerName")), el("input", { id: "o-ename", name: "ename" })),
      el("div", { class: "field" }, el("label", { for: "o-sector" }, t("sector")), el("select", { id: "o-sector", name: "sector" }, sectors)),
      el("div", { class: "field" }, el("label", { for: "o-size" }, t("size")), el("select", { id: "o-size", name: "size" },
        ["micro", "small", "medium", "large"].map((s) => el("option", { value: s }, s))))],
    el("div", { class: "field" }, el("label", { for: "o-region" }, t("offerRegion")), regionSelect("o-region", "region", region)),
    el("div", { class: "field" }, el("label", { for: "o-hours" }, t("offerHours")), el("input", { id: "o-hours", name: "hours", type: "number", min: "1", max: "80", value: "32" })),
    el("div", { class: "field" }, el("label", { for: "o-cap" }, t("offerCapacity")), el("input", { id: "o-cap", name: "capacity", type: "number", min: "1", max: "10000", value: "1" })));
  const occBox = searchBox("offocc", "occupation", "offerOcc", "lasser…", async (hit) => {
    occ = hit;
    occChosen.textContent = "";
    occChosen.append(t("chosen") + ": ", label(hit));
    try {
      const c = await api("/api/v1/concept?" + qs({ uri: hit.uri, language: state.lang }));
      for (const s of c.essential_skills || []) ess.set(s.uri, s);
      essChips.draw();
      occChosen.append(" · " + t("fromOccSkills"));
    } catch (e) { /* the person adds skills by hand */ }
  });
  const draft = extractBox("vacancy", "both", "pasteVacancy", (accepted, r) => el("p", {}, el("button", { type: "button", onclick: () => {
    for (const s of accepted()) ess.set(s.uri, s);
    essChips.draw();
    if (!occ && r.occupations && r.occupations[0]) { occ = r.occupations[0]; occChosen.textContent = ""; occChosen.append(t("chosen") + ": ", label(occ)); }
  } }, t("draft"))));
  const wrap = el("section", { class: "card" }, f, occBox, occChosen, el("h3", {}, t("offerSkills") + " (" + t("essential") + ")"), essChips.ul,
    searchBox("offskill", "skill", "addSkill", "lassen…", (hit) => { ess.set(hit.uri, hit); essChips.draw(); }),
    el("h3", {}, t("offerSkills") + " (" + t("optional") + ")"), optChips.ul,
    searchBox("offopt", "skill", "addSkill", "Engels…", (hit) => { opt.set(hit.uri, hit); optChips.draw(); }),
    el("details", {}, el("summary", {}, t("pasteVacancy")), draft),
    el("p", {}, el("button", { type: "button", class: "primary", onclick: () => f.requestSubmit() }, t("post"))), msg);
  return wrap;
}

async function employerOfferView(p) {
  const id = p.get("id");
  const main = view("candidates");
  await vocab();
  try {
    const o = await api("/api/v1/offers/" + encodeURIComponent(id));
    main.append(section(o.title ? label(o, "title") : o.id, el("p", { class: "muted" },
      [t(o.type === "placement" ? "placement" : "vacancy"), regionName(o.region), t("capacity", { n: fmtNum(o.capacity) }), t("hoursPerWeek", { h: fmtNum(o.hours) })].join(" · "))));
    const m = await api("/api/v1/matches?" + qs({ offer: id, top: 10, language: state.lang }));
    const ol = el("ol", { class: "offers" });
    (m.matches || []).forEach((c, i) =>
      ol.append(el("li", { class: "offer card" }, el("h3", {}, c.identified === false ? t("candidateAnon", { x: c.passport }) : t("candidate", { x: c.passport })),
        el("p", { class: "muted" }, [regionName(c.region), t("distance", { km: fmtNum(c.distance_km || 0) })].join(" · ")), whyFits(c, i < 2, true))));
    if (!(m.matches || []).length) ol.append(el("li", { class: "muted" }, t("noCandidates")));
    main.append(ol);
  } catch (e) { main.append(errorBox(e)); }
}

function signInView(p) {
  const main = view("signInTitle");
  const input = el("input", { id: "token", type: "password", autocomplete: "off", required: true, "aria-describedby": "token-help" });
  const msg = el("div", { "aria-live": "polite" });
  main.append(section(null, el("form", { onsubmit: async (ev) => {
    ev.preventDefault();
    msg.textContent = "";
    try {
      await signIn(input.value.trim());
      const role = state.me.role;
      location.hash = role === "person" ? "#/passport" : role === "employer" ? "#/employer" : "#/adviser";
    } catch (e) { msg.append(errorBox(e)); }
  } }, el("label", { for: "token" }, t("tokenLabel")), el("p", { class: "muted small", id: "token-help" }, t("tokenHelp")),
  el("div", { class: "row" }, input, el("button", { type: "submit", class: "primary" }, t("signIn")))), msg));
}

/* ---- router ---- */
const ROUTES = {
  "": homeView, "/": homeView, "/bridges": bridgesView, "/occupation": occupationView, "/skill": skillView,
  "/plan": planView, "/paths": pathsView, "/describe": describeView, "/signin": signInView,
  "/passport": passportView, "/adviser": adviserView, "/adviser/person": adviserPersonView,
  "/employer": employerView, "/employer/offer": employerOfferView,
};

let routing = 0;
async function route() {
  const h = location.hash.replace(/^#/, "");
  const [path, query] = [h.split("?")[0], h.split("?").slice(1).join("?")];
  const fn = ROUTES[path];
  const mine = ++routing;
  renderNav();
  document.body.dataset.view = path.replace(/\//g, " ").trim() || "home";
  document.body.dataset.ready = "0";
  if (!fn) {
    const main = view("notFoundPage");
    main.append(el("p", {}, el("a", { href: "#/" }, t("back"))));
  } else {
    try { await fn(new URLSearchParams(query)); } catch (e) { $("main").append(errorBox(e)); }
  }
  if (mine === routing) {
    document.body.dataset.ready = "1";
    const title = $("page-title");
    if (title && routing > 1) title.focus({ preventScroll: false });
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  for (const b of document.querySelectorAll("[data-lang]")) b.addEventListener("click", () => setLang(b.dataset.lang, true));
  let lang = null;
  const asked = new URLSearchParams(location.search).get("lang");
  try { lang = localStorage.getItem("brug.lang"); } catch (e) { lang = null; }
  if (asked === "en" || asked === "nl") lang = asked;
  if (!lang) lang = (navigator.languages || [navigator.language || "nl"]).some((l) => /^nl\b/i.test(l)) ? "nl" : (/^en\b/i.test(navigator.language || "") ? "en" : "nl");
  setLang(lang, false);
  const tok = sessionStorage.getItem("brug.token");
  if (tok) { try { await signIn(tok); } catch (e) { signOut(); } }
  window.addEventListener("hashchange", route);
  await route();
  api("/api/v1/health").then((h) => {
    $("version").textContent = "brug " + h.version + (h.taxonomy_version ? " · ESCO " + h.taxonomy_version : "");
  }).catch(() => {});
});
