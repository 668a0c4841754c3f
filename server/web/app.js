/* app.js - the brug web page: find an occupation or pick skills, see
 * bridges with what carries over and what is missing, the training plan of
 * a bridge, a multi-step path, and (signed in) one's passport and matching
 * offers.  Talks only to this server's /api/v1; no dependencies. */
"use strict";

const T = {
  nl: {
    skip: "Naar de inhoud",
    tagline: "Van je huidige beroep naar een nieuw beroep: wat neem je mee, wat leer je erbij?",
    start: "1. Waar begin je?", byOccupation: "Vanuit een beroep", bySkills: "Vanuit je vaardigheden",
    occLabel: "Zoek je huidige beroep", skillLabel: "Zoek een vaardigheid die je hebt",
    search: "Zoeken", mySkills: "Mijn vaardigheden", findBridges: "Bruggen zoeken",
    bridges: "2. Bruggen naar ander werk", filter: "Richting", any: "alle beroepen",
    green: "groene banen (energietransitie)", digital: "digitale banen",
    plan: "3. Opleidingsplan", path: "4. Een route in stappen",
    pathLabel: "Naar welk beroep wil je uiteindelijk?", me: "Mijn paspoort",
    tokenLabel: "Inloggen met je toegangscode (token)", signIn: "Inloggen",
    attribution: "Deze dienst gebruikt de ESCO-classificatie van de Europese Commissie. (This service uses the ESCO classification of the European Commission.)",
    searching: "Zoeken…", none: "Niets gevonden.", provenBy: "bewezen door", loading: "Laden…",
    from: "Vanuit", carried: "Neem je mee", missingE: "Nog te leren (essentieel)",
    missingO: "Handig om te leren (optioneel)", more: "en nog {n}", showPlan: "Opleidingsplan",
    showPath: "Route hierheen", details: "Details", remove: "Verwijder", add: "Voeg toe",
    courses: "Cursussen", course: "Cursus", provider: "Aanbieder", hours: "Uur", cost: "Kosten",
    total: "Totaal", uncovered: "Nog geen cursus voor", noCourses: "Geen cursussen nodig of beschikbaar.",
    optimal: "optimaal plan", approx: "benadering", pathNone: "Geen route gevonden.",
    step: "stap", signedIn: "Ingelogd als", passport: "Paspoort", offers: "Passende vacatures en proefplaatsingen",
    noPassport: "Nog geen paspoort.", score: "past voor", skills: "vaardigheden", error: "Fout",
    bridgesFrom: "Bruggen vanuit", skillsN: "{n} vaardigheden"
  },
  en: {
    skip: "Skip to content",
    tagline: "From your current job to a new one: what carries over, what to learn?",
    start: "1. Where do you start?", byOccupation: "From an occupation", bySkills: "From your skills",
    occLabel: "Find your current occupation", skillLabel: "Find a skill you have",
    search: "Search", mySkills: "My skills", findBridges: "Find bridges",
    bridges: "2. Bridges to other work", filter: "Direction", any: "all occupations",
    green: "green jobs (energy transition)", digital: "digital jobs",
    plan: "3. Training plan", path: "4. A route in steps",
    pathLabel: "Which occupation do you want to reach?", me: "My passport",
    tokenLabel: "Sign in with your access token", signIn: "Sign in",
    attribution: "This service uses the ESCO classification of the European Commission.",
    searching: "Searching…", none: "Nothing found.", provenBy: "proven by", loading: "Loading…",
    from: "From", carried: "Carries over", missingE: "Still to learn (essential)",
    missingO: "Useful to learn (optional)", more: "and {n} more", showPlan: "Training plan",
    showPath: "Route to here", details: "Details", remove: "Remove", add: "Add",
    courses: "Courses", course: "Course", provider: "Provider", hours: "Hours", cost: "Cost",
    total: "Total", uncovered: "No course yet for", noCourses: "No courses needed or available.",
    optimal: "optimal plan", approx: "approximation", pathNone: "No route found.",
    step: "step", signedIn: "Signed in as", passport: "Passport", offers: "Matching vacancies and trial placements",
    noPassport: "No passport yet.", score: "fits", skills: "skills", error: "Error",
    bridgesFrom: "Bridges from", skillsN: "{n} skills"
  }
};

const state = { lang: "nl", from: null, skills: new Map(), token: null, me: null };
const $ = (id) => document.getElementById(id);
const t = (k, n) => (T[state.lang][k] || k).replace("{n}", n);

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "onclick") e.addEventListener("click", v);
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of kids) if (c != null) e.append(c);
  return e;
}

function status(msg, isError) {
  const s = $("status");
  s.textContent = msg || "";
  s.className = isError ? "status error" : "status";
}

async function api(path, opts) {
  const o = Object.assign({ headers: {} }, opts || {});
  if (state.token) o.headers.Authorization = "Bearer " + state.token;
  const r = await fetch(path, o);
  let body = null;
  try { body = await r.json(); } catch (e) { body = null; }
  if (!r.ok) {
    const m = body && body.error ? body.error.code + ": " + body.error.message : r.status + "";
    throw new Error(m);
  }
  return body;
}

const q = (o) => Object.entries(o).filter(([, v]) => v !== "" && v != null)
  .map(([k, v]) => encodeURIComponent(k) + "=" + encodeURIComponent(v)).join("&");

function setLang(lang) {
  state.lang = lang;
  document.documentElement.lang = lang;
  $("lang-nl").setAttribute("aria-pressed", lang === "nl");
  $("lang-en").setAttribute("aria-pressed", lang === "en");
  document.querySelectorAll("[data-t]").forEach((e) => { e.textContent = t(e.dataset.t); });
  if (state.from || state.skills.size) loadBridges();
}

async function search(text, type, list, onPick) {
  list.textContent = "";
  status(t("searching"));
  try {
    const r = await api("/api/v1/search?" + q({ q: text, type, language: state.lang, limit: 8 }));
    status("");
    if (!r.results.length) { list.append(el("li", { class: "muted", text: t("none") })); return; }
    for (const hit of r.results) {
      list.append(el("li", {}, el("button", { type: "button", "data-uri": hit.uri,
        onclick: () => onPick(hit) }, hit.label)));
    }
    list.querySelector("button").focus();
  } catch (e) { status(t("error") + ": " + e.message, true); }
}

function pickOccupation(hit) {
  state.from = { uri: hit.uri, label: hit.label };
  state.skills.clear();
  $("occ-results").textContent = "";
  $("occ-q").value = hit.label;
  loadBridges();
}

function renderSkills() {
  const ul = $("my-skills");
  ul.textContent = "";
  for (const [uri, label] of state.skills) {
    ul.append(el("li", {}, label, el("button", { type: "button", "aria-label": t("remove") + " " + label,
      onclick: () => { state.skills.delete(uri); renderSkills(); } }, "×")));
  }
  $("skills-go").disabled = state.skills.size === 0;
}

function skillList(title, items, cls, total) {
  if (!items || !items.length) return null;
  const ul = el("ul", { class: cls });
  for (const s of items) ul.append(el("li", {}, s.label));
  const extra = (total || items.length) - items.length;
  if (extra > 0) ul.append(el("li", { class: "muted" }, t("more", extra)));
  return el("div", {}, el("h4", { text: title }), ul);
}

async function loadBridges() {
  const card = $("bridges-card"), ol = $("bridges");
  card.hidden = false;
  ol.textContent = "";
  const params = { language: state.lang, top: 10, max_missing: 5, max_carried: 5,
                   collection: $("collection").value };
  if (state.from) params.from = state.from.uri;
  else params.skills = [...state.skills.keys()].join(",");
  $("bridges-from").textContent = t("bridgesFrom") + " " +
    (state.from ? state.from.label : t("skillsN", state.skills.size));
  status(t("loading"));
  try {
    const r = await api("/api/v1/bridges?" + q(params));
    status("");
    if (!r.results.length) ol.append(el("li", { class: "muted", text: t("none") }));
    r.results.forEach((b, i) => {
      const pct = Math.round(b.score * 100);
      const details = el("div", { class: "details", id: "bridge-d-" + i, hidden: "" },
        el("p", { class: "muted", text: b.explanation }),
        skillList(t("carried"), b.carried, "carried", b.carried_total),
        skillList(t("missingE"), b.missing_essential, "missing"),
        skillList(t("missingO"), b.missing_optional, "missing"));
      const toggle = el("button", { type: "button", "aria-expanded": "false",
        "aria-controls": "bridge-d-" + i, onclick: () => {
          const open = details.hidden;
          details.hidden = !open;
          toggle.setAttribute("aria-expanded", open);
        } }, t("details"));
      const planBtn = el("button", { type: "button", class: "plan-btn",
        onclick: () => loadPlan(b) }, t("showPlan"));
      ol.append(el("li", { class: "bridge", "data-uri": b.uri },
        el("div", { class: "bridge-head" },
          el("span", { class: "name", text: b.label }),
          el("span", { class: "meter", role: "img", "aria-label": pct + "%" },
            el("span", { style: "width:" + pct + "%" })),
          el("span", { text: pct + "%" }), toggle, planBtn),
        details));
    });
    $("path-card").hidden = !state.from;
  } catch (e) { status(t("error") + ": " + e.message, true); }
}

function money(v) { return "€ " + Number(v).toFixed(2); }

async function loadPlan(bridge) {
  const card = $("plan-card"), box = $("plan");
  card.hidden = false;
  box.textContent = "";
  status(t("loading"));
  const params = { to: bridge.uri, language: state.lang };
  if (state.from) params.from = state.from.uri;
  else params.skills = [...state.skills.keys()].join(",");
  try {
    const r = await api("/api/v1/plans?" + q(params));
    status("");
    const p = r.plan;
    box.append(el("p", {}, el("strong", { text: (state.from ? state.from.label : t("mySkills")) +
      " → " + r.to.label }), " (" + Math.round(r.score * 100) + "%)"));
    if (p.courses.length) {
      const tb = el("tbody");
      for (const c of p.courses)
        tb.append(el("tr", {}, el("td", { text: c.title }), el("td", { text: c.provider || "" }),
          el("td", { text: String(c.hours) }), el("td", { text: money(c.cost) })));
      tb.append(el("tr", {}, el("th", { text: t("total") }), el("td"),
        el("th", { text: String(p.total_hours) }), el("th", { text: money(p.total_cost) })));
      box.append(el("table", { class: "plan-courses" },
        el("thead", {}, el("tr", {}, el("th", { text: t("course") }), el("th", { text: t("provider") }),
          el("th", { text: t("hours") }), el("th", { text: t("cost") }))), tb));
      box.append(el("p", { class: "muted", text: p.optimal ? t("optimal") : t("approx") }));
    } else {
      box.append(el("p", { class: "muted no-courses", text: t("noCourses") }));
    }
    const unc = skillList(t("uncovered"), p.uncovered, "missing");
    if (unc) box.append(unc);
    card.focus();
  } catch (e) { status(t("error") + ": " + e.message, true); }
}

async function loadPaths(target) {
  const box = $("paths");
  box.textContent = "";
  status(t("loading"));
  try {
    const r = await api("/api/v1/paths?" + q({ from: state.from.uri, to: target.uri,
                                                language: state.lang, k: 3 }));
    status("");
    if (!r.paths.length) { box.append(el("p", { class: "muted", text: t("pathNone") })); return; }
    for (const p of r.paths) {
      const ol = el("ol", { class: "path" });
      for (const s of p.steps)
        ol.append(el("li", {}, (s.label || s.to) + " (" + Math.round(s.score * 100) + "%)"));
      box.append(el("div", { class: "card" }, el("p", { text: state.from.label + " → " + target.label }), ol));
    }
  } catch (e) { status(t("error") + ": " + e.message, true); }
}

async function signIn(token) {
  state.token = token || null;
  const box = $("me");
  box.textContent = "";
  if (!state.token) return;
  try {
    const me = await api("/api/v1/me");
    state.me = me;
    box.append(el("p", { text: t("signedIn") + " " + me.subject + " (" + me.role + ")" }));
    if (me.role !== "person") return;
    let pp = null;
    try { pp = await api("/api/v1/passports/" + encodeURIComponent(me.subject) + "?" + q({ language: state.lang })); }
    catch (e) { box.append(el("p", { class: "muted", text: t("noPassport") })); return; }
    const skills = (pp.skills || []).map((s) => ({ label: s.label || s.uri, uri: s.uri }));
    box.append(skillList(t("passport") + ": " + skills.length + " " + t("skills"), skills, "carried"));
    try {
      const m = await api("/api/v1/matches?" + q({ passport: me.subject, top: 10, language: state.lang }));
      const ul = el("ul", { class: "offers" });
      for (const o of m.matches || []) {
        // skills proven by a verified credential, and by whom (brug_match_proofs)
        const proven = (o.matching_skills || []).filter((x) => x.proven_by)
          .map((x) => (x.label || x.uri) + " (" + t("provenBy") + " " + x.proven_by.issuer_name + ")");
        ul.append(el("li", {}, (o.title || o.offer) + (o.employer ? " (" + o.employer + ")" : "") +
          " — " + t("score") + " " + Math.round(o.score || 0) + "%" +
          (proven.length ? "; " + proven.join(", ") : "")));
      }
      if (!(m.matches || []).length) ul.append(el("li", { class: "muted", text: t("none") }));
      box.append(el("h3", { text: t("offers") }), ul);
    } catch (e) { box.append(el("p", { class: "muted", text: e.message })); }
  } catch (e) { state.token = null; status(t("error") + ": " + e.message, true); }
}

function setupTabs() {
  const tabs = [$("tab-occ"), $("tab-skills")];
  const select = (tab) => {
    for (const x of tabs) {
      const on = x === tab;
      x.setAttribute("aria-selected", on);
      x.tabIndex = on ? 0 : -1;
      $(x.getAttribute("aria-controls")).hidden = !on;
    }
    tab.focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (e) => {
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        e.preventDefault();
        select(tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length]);
      }
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setupTabs();
  $("lang-nl").addEventListener("click", () => setLang("nl"));
  $("lang-en").addEventListener("click", () => setLang("en"));
  $("occ-form").addEventListener("submit", (e) => {
    e.preventDefault();
    search($("occ-q").value, "occupation", $("occ-results"), pickOccupation);
  });
  $("skill-form").addEventListener("submit", (e) => {
    e.preventDefault();
    search($("skill-q").value, "skill", $("skill-results"), (hit) => {
      state.skills.set(hit.uri, hit.label);
      $("skill-results").textContent = "";
      $("skill-q").value = "";
      $("skill-q").focus();
      renderSkills();
    });
  });
  $("skills-go").addEventListener("click", () => { state.from = null; loadBridges(); });
  $("collection").addEventListener("change", () => { if (state.from || state.skills.size) loadBridges(); });
  $("path-form").addEventListener("submit", (e) => {
    e.preventDefault();
    search($("path-q").value, "occupation", $("path-results"), (hit) => {
      $("path-results").textContent = "";
      $("path-q").value = hit.label;
      loadPaths(hit);
    });
  });
  $("token-form").addEventListener("submit", (e) => {
    e.preventDefault();
    signIn($("token").value.trim());
  });
  const pref = (navigator.language || "nl").slice(0, 2) === "en" ? "en" : "nl";
  const asked = new URLSearchParams(location.search).get("lang");
  setLang(asked === "en" || asked === "nl" ? asked : pref);
  api("/api/v1/health").then((h) => {
    $("version").textContent = "brug " + h.version + (h.taxonomy_version ? " · ESCO " + h.taxonomy_version : "");
  }).catch(() => {});
});
