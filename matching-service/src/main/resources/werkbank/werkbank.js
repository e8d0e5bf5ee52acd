// The werkbank page: plain JavaScript, no libraries, no inline script (CSP script-src 'self').
// Every text from the server is set with textContent, never parsed as HTML.
// This file: the session, the worklist, progress and the audit log; huishouden.js: one household and its decision.
"use strict";

const PAGINA = 100;
const ZONE = "Europe/Amsterdam";

function nieuweStaat() {
  return { csrf: "", huishoudens: [], totaal: 0, van: 0, gekozen: null, advies: null, detail: null,
    gemeenten: [], gemeenteNaam: {}, regels: {}, periode: null, rollen: [] };
}
let staat = nieuweStaat();

function $(id) { return document.getElementById(id); }

// Whether the signed-in account has a role (GET /api/sessie): the page hides what the role may not do; the server's
// 403 stays the guard.
function mag(rol) { return staat.rollen.includes(rol); }

function el(tag, attrs, ...kinderen) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
  }
  for (const k of kinderen) e.append(k);
  return e;
}

// A number with a real minus sign; a score in words without jargon.
function getal(v) { return (v > 0 ? "+" : v < 0 ? "\u2212" : "") + Math.abs(v); }
function score(s) {
  if (!s) return "-";
  const delen = [];
  if (s.hard !== 0) delen.push(getal(s.hard) + " op harde regels");
  if (s.medium !== 0) delen.push(getal(s.medium) + " op plaatsing (huishoudens zonder plek)");
  if (s.soft !== 0 || delen.length === 0) delen.push(getal(s.soft) + " punten");
  return delen.join(", ");
}

// A code with its name beside it: "GM1701 Katwijk".
function gemeente(code) {
  if (!code) return "-";
  const naam = staat.gemeenteNaam[code];
  return naam ? code + " " + naam : code;
}

// A server time (ISO with offset) in Dutch local time.
function lokaal(iso) {
  if (!iso) return "";
  return new Date(iso).toLocaleString("nl-NL", { timeZone: ZONE, day: "numeric", month: "numeric", year: "numeric",
    hour: "2-digit", minute: "2-digit" });
}

function dagenTekst(d) {
  if (d === null || d === undefined) return "geen vergunningdatum";
  if (d < 0) return (-d) + (d === -1 ? " dag" : " dagen") + " te laat";
  if (d === 0) return "laatste dag";
  return "nog " + d + (d === 1 ? " dag" : " dagen");
}

function melding(tekst, soort) {
  const m = $("melding");
  m.textContent = tekst;
  m.className = "melding " + (soort || "");
}

async function api(methode, pad, body, extraHeaders) {
  const opties = { method: methode, headers: Object.assign({}, extraHeaders || {}), credentials: "same-origin" };
  if (body !== undefined) {
    opties.headers["Content-Type"] = "application/json";
    opties.body = JSON.stringify(body);
  }
  if (methode !== "GET") opties.headers["X-CSRF-Token"] = staat.csrf;
  const r = await fetch(pad, opties);
  let data = null;
  const type = r.headers.get("Content-Type") || "";
  if (type.startsWith("application/json")) data = await r.json();
  if (r.status === 401 && pad !== "/api/login") toonLogin();
  return { status: r.status, ok: r.ok, data, headers: r.headers };
}

function toonLogin() {
  $("werkbank").hidden = true;
  $("kop-gebruiker").hidden = true;
  $("login").hidden = false;
  $("login-gebruiker").focus();
}

// Logging out clears everything the page showed: the household, its decision and reason, the lists.
function wisPagina() {
  staat = nieuweStaat();
  $("advies").replaceChildren(el("h2", { id: "advies-titel", text: "Advies" }),
    el("p", { class: "uitleg", text: "Nog geen huishouden gekozen." }));
  for (const t of ["huishoudens", "gemeenten", "regios", "log", "voorstel", "woningen", "ruil"]) $(t).tBodies[0].replaceChildren();
  $("voorstel-samenvatting").textContent = "";
  dagvoorstelData = null;
  $("ruil-samenvatting").textContent = "";
  $("woningen-samenvatting").textContent = "";
  $("woningen-blok").hidden = true;
  $("w-gemeente").replaceChildren();
  ruilData = null;
  $("kaart").replaceChildren();
  $("lijst-meer").textContent = "";
  $("kop-periode").textContent = "";
  $("gebruiker-naam").textContent = "";
  $("datum-waarschuwing").hidden = true;
  $("datum-waarschuwing").textContent = "";
  $("filters").reset();
  document.body.classList.remove("detail-open");
  toonRol();
  melding("");
}

async function start() {
  const s = await api("GET", "/api/sessie");
  if (s.ok) { staat.csrf = s.data.csrf_token; staat.rollen = s.data.rollen || []; await open(s.data.gebruiker); } else { toonLogin(); }
}

async function open(gebruiker) {
  $("login").hidden = true;
  $("werkbank").hidden = false;
  $("kop-gebruiker").hidden = false;
  $("gebruiker-naam").textContent = "ingelogd als " + gebruiker + (staat.rollen.length ? " (" + staat.rollen.join(", ") + ")" : "");
  toonRol();
  await Promise.all([laadPeriode(), laadNamen()]);
  await laadHuishoudens();
  $("zoek").focus();
}

// Controls by role: deciding and accepting for a regievoerder, the period and retention for a beheerder.
function toonRol() {
  const regie = mag("regievoerder");
  $("voorstel-alles").hidden = !regie;
  $("voorstel-aanvaard").hidden = !regie;
  const beheer = document.querySelector(".tab[data-tab='beheer']");
  beheer.hidden = !mag("beheerder");
  if (beheer.hidden && beheer.getAttribute("aria-pressed") === "true") {
    for (const k of document.querySelectorAll(".tab")) k.setAttribute("aria-pressed", String(k.dataset.tab === "wachtend"));
    for (const p of document.querySelectorAll(".paneel")) p.hidden = p.id !== "tab-wachtend";
  }
}

async function laadNamen() {
  const [g, r] = await Promise.all([api("GET", "/api/gemeenten"), api("GET", "/api/regels")]);
  if (g.ok) {
    staat.gemeenten = g.data;
    const lijst = $("gemeenten-lijst");
    lijst.replaceChildren();
    const regios = new Set();
    for (const x of g.data) {
      staat.gemeenteNaam[x.gemeente_code] = x.gemeente_naam;
      lijst.append(el("option", { value: x.gemeente_naam + " (" + x.gemeente_code + ")" }));
      regios.add(x.arbeidsmarktregio_code);
    }
    const sel = $("f-regio");
    sel.replaceChildren(el("option", { value: "", text: "alle" }));
    for (const code of [...regios].sort()) sel.append(el("option", { value: code, text: code }));
  }
  if (r.ok) for (const x of r.data) staat.regels[x.regel] = x.label;
}

async function laadPeriode() {
  const p = await api("GET", "/api/periode");
  if (!p.ok) return;
  staat.periode = p.data;
  const datum = new Date(p.data.datum + "T12:00:00Z").toLocaleDateString("nl-NL", { timeZone: ZONE });
  $("kop-periode").textContent = "Periode " + p.data.periode + " · " + p.data.huishoudens + " huishoudens · "
      + (p.data.vaste_koppelingen + p.data.koppelingen_werkbank) + " gekoppeld · datum " + datum
      + " · planversie " + p.data.plan_versie;
  const w = $("datum-waarschuwing");
  w.textContent = p.data.datum_waarschuwing ? "Let op: " + p.data.datum_waarschuwing + "." : "";
  w.hidden = !p.data.datum_waarschuwing;
}

function vraag() {
  const q = new URLSearchParams();
  const zet = (k, v) => { if (v !== "" && v !== null && v !== undefined) q.set(k, v); };
  zet("status", $("f-status").value);
  zet("zoek", $("zoek").value.trim());
  zet("azc", $("f-azc").value.trim());
  zet("regio", $("f-regio").value);
  const [min, max] = $("f-grootte").value.split("-");
  zet("personen_min", min);
  zet("personen_max", max);
  zet("dagen_max", $("f-dagen").value.trim());
  zet("sorteer", $("f-sorteer").value);
  zet("richting", $("f-richting").value);
  q.set("van", String(staat.van));
  q.set("aantal", String(PAGINA));
  return q.toString();
}

async function laadHuishoudens() {
  const r = await api("GET", "/api/huishoudens?" + vraag());
  if (!r.ok) { $("lijst-meer").textContent = r.data ? r.data.fout : "lijst niet beschikbaar"; return; }
  staat.huishoudens = r.data;
  staat.totaal = Number(r.headers.get("X-Totaal") || r.data.length);
  tekenHuishoudens();
}

function statusTekst(h) {
  if (h.status === "wachtend") return "wachtend";
  return (h.status === "vast" ? "vast: " : "gekoppeld: ") + (h.gemeente_naam || h.gemeente_code);
}

function tekenHuishoudens() {
  const body = $("huishoudens").tBodies[0];
  body.replaceChildren();
  const azcs = new Set();
  for (const h of staat.huishoudens) {
    if (h.azc_code) azcs.add(h.azc_code);
    const rij = el("tr", { tabindex: "0", "data-id": h.huishouden_id, "aria-selected": String(h.huishouden_id === staat.gekozen) },
      el("td", { "data-label": "Huishouden", text: h.huishouden_id }),
      el("td", { class: "getal", "data-label": "Personen", text: String(h.personen) }),
      el("td", { "data-label": "Azc", text: h.azc_code || "" }),
      el("td", { "data-label": "Termijn", class: h.dagen_over !== null && h.dagen_over < 0 ? "verlopen" : "", text: dagenTekst(h.dagen_over) }),
      el("td", { "data-label": "Status", text: statusTekst(h) }));
    rij.addEventListener("click", () => kies(h.huishouden_id));
    rij.addEventListener("keydown", e => {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); kies(h.huishouden_id); }
      if (e.key === "ArrowDown" && rij.nextElementSibling) { e.preventDefault(); rij.nextElementSibling.focus(); }
      if (e.key === "ArrowUp" && rij.previousElementSibling) { e.preventDefault(); rij.previousElementSibling.focus(); }
    });
    body.append(rij);
  }
  const lijst = $("azc-lijst");
  if (lijst.options.length === 0) for (const a of [...azcs].sort()) lijst.append(el("option", { value: a }));
  const tot = staat.van + staat.huishoudens.length;
  $("lijst-meer").textContent = staat.totaal === 0 ? "Geen huishoudens die hieraan voldoen."
      : (staat.van + 1) + "\u2013" + tot + " van " + staat.totaal;
  $("vorige").disabled = staat.van === 0;
  $("volgende").disabled = tot >= staat.totaal;
}

function filterGewijzigd() {
  staat.van = 0;
  laadHuishoudens();
}

const GEMEENTE_VOLGORDE = {
  naam: (x, y) => x.gemeente_naam.localeCompare(y.gemeente_naam, "nl"),
  vulgraad: (x, y) => (x.vulgraad === null ? 9 : x.vulgraad) - (y.vulgraad === null ? 9 : y.vulgraad),
  resterend: (x, y) => y.resterend - x.resterend,
  opgave: (x, y) => y.opgave - x.opgave,
  regio: (x, y) => x.arbeidsmarktregio_code.localeCompare(y.arbeidsmarktregio_code) || x.gemeente_naam.localeCompare(y.gemeente_naam, "nl"),
};

function procent(teller, noemer) { return noemer > 0 ? Math.round(teller / noemer * 100) + "%" : "-"; }

async function laadGemeenten() {
  const r = await api("GET", "/api/gemeenten");
  if (!r.ok) return;
  const regios = new Map();
  for (const g of r.data) {
    const t = regios.get(g.arbeidsmarktregio_code) || { naam: g.arbeidsmarktregio_naam, opgave: 0, gerealiseerd: 0, gekoppeld: 0, resterend: 0 };
    t.opgave += g.opgave; t.gerealiseerd += g.gerealiseerd; t.gekoppeld += g.gekoppeld; t.resterend += g.resterend;
    regios.set(g.arbeidsmarktregio_code, t);
  }
  const rb = $("regios").tBodies[0];
  rb.replaceChildren();
  for (const [code, t] of [...regios.entries()].sort((x, y) => x[1].naam.localeCompare(y[1].naam, "nl"))) {
    rb.append(el("tr", {}, el("td", { "data-label": "Arbeidsmarktregio", text: t.naam + " (" + code + ")" }),
      el("td", { class: "getal", "data-label": "Opgave", text: String(t.opgave) }),
      el("td", { class: "getal", "data-label": "Gerealiseerd", text: String(t.gerealiseerd) }),
      el("td", { class: "getal", "data-label": "Gekoppeld", text: String(t.gekoppeld) }),
      el("td", { class: "getal", "data-label": "Nog open", text: String(t.resterend) }),
      el("td", { class: "getal", "data-label": "Vulgraad", text: procent(t.gerealiseerd + t.gekoppeld, t.opgave) })));
  }
  tekenKaart(r.data);
  const body = $("gemeenten").tBodies[0];
  body.replaceChildren();
  for (const g of r.data.slice().sort(GEMEENTE_VOLGORDE[$("g-sorteer").value] || GEMEENTE_VOLGORDE.naam)) {
    body.append(el("tr", {}, el("td", { "data-label": "Gemeente", text: g.gemeente_naam + " (" + g.gemeente_code + ")" }),
      el("td", { "data-label": "Regio", text: g.arbeidsmarktregio_naam + " (" + g.arbeidsmarktregio_code + ")" }),
      el("td", { class: "getal", "data-label": "Opgave", text: String(g.opgave) }),
      el("td", { class: "getal", "data-label": "Gerealiseerd", text: String(g.gerealiseerd) }),
      el("td", { class: "getal", "data-label": "Gekoppeld", text: String(g.gekoppeld) }),
      el("td", { class: "getal" + (g.resterend < 0 ? " verlopen" : ""), "data-label": "Nog open", text: String(g.resterend) }),
      el("td", { class: "getal", "data-label": "Vulgraad", text: g.vulgraad === null ? "-" : Math.round(g.vulgraad * 100) + "%" })));
  }
}

async function laadLog() {
  const r = await api("GET", "/api/beslissingen");
  if (!r.ok) return;
  const body = $("log").tBodies[0];
  body.replaceChildren();
  for (const b of r.data.slice().reverse()) {
    body.append(el("tr", {}, el("td", { "data-label": "#", text: String(b.id) }),
      el("td", { "data-label": "Tijd", text: lokaal(b.tijd) }), el("td", { "data-label": "Gebruiker", text: b.gebruiker }),
      el("td", { "data-label": "Huishouden", text: b.huishouden_id }),
      el("td", { "data-label": "Gekozen", text: gemeente(b.gekozen_gemeente) }),
      el("td", { "data-label": "Advies", text: gemeente(b.geadviseerde_gemeente) }),
      el("td", { class: "getal", "data-label": "Rang", text: String(b.rang) }),
      el("td", { "data-label": "Reden", text: b.reden || "" })));
  }
}

function tab(naam) {
  for (const k of document.querySelectorAll(".tab")) k.setAttribute("aria-pressed", String(k.dataset.tab === naam));
  for (const p of document.querySelectorAll(".paneel")) p.hidden = p.id !== "tab-" + naam;
  if (naam === "gemeenten") { laadGemeenten(); laadWoningen(); }
  if (naam === "ruil") laadRuil();
  if (naam === "log") laadLog();
  if (naam === "voorstel") laadVoorstel(false);
  if (naam === "wachtend") laadHuishoudens();
}

document.addEventListener("DOMContentLoaded", () => {
  $("login-form").addEventListener("submit", async e => {
    e.preventDefault();
    const r = await api("POST", "/api/login", { gebruiker: $("login-gebruiker").value, wachtwoord: $("login-wachtwoord").value });
    if (r.ok) { staat.csrf = r.data.csrf_token; staat.rollen = r.data.rollen || []; $("login-fout").textContent = ""; $("login-wachtwoord").value = ""; await open(r.data.gebruiker); }
    else $("login-fout").textContent = r.data ? r.data.fout : "inloggen mislukt";
  });
  $("uitloggen").addEventListener("click", async () => { await api("POST", "/api/logout"); wisPagina(); toonLogin(); });
  $("filters").addEventListener("submit", e => { e.preventDefault(); filterGewijzigd(); });
  let wacht = null;
  $("zoek").addEventListener("input", () => { clearTimeout(wacht); wacht = setTimeout(filterGewijzigd, 250); });
  for (const id of ["f-status", "f-azc", "f-regio", "f-grootte", "f-dagen", "f-sorteer", "f-richting"]) $(id).addEventListener("change", filterGewijzigd);
  $("g-sorteer").addEventListener("change", laadGemeenten);
  $("vorige").addEventListener("click", () => { staat.van = Math.max(0, staat.van - PAGINA); laadHuishoudens(); });
  $("volgende").addEventListener("click", () => { staat.van += PAGINA; laadHuishoudens(); });
  for (const k of document.querySelectorAll(".tab")) k.addEventListener("click", () => tab(k.dataset.tab));
  start();
});
