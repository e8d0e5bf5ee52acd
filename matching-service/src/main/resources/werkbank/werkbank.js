// The werkbank page: plain JavaScript, no libraries, no inline script (CSP script-src 'self').
// Every text from the server is set with textContent, never parsed as HTML.
"use strict";

const staat = { csrf: "", huishoudens: [], gekozen: null, advies: null };
const MAX_RIJEN = 300;

function $(id) { return document.getElementById(id); }

function el(tag, attrs, ...kinderen) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
  }
  for (const k of kinderen) e.append(k);
  return e;
}

// A score in words as kansrijk advise prints it: "+4 medium, +4018 zacht", with a real minus sign.
function getal(v) { return (v > 0 ? "+" : v < 0 ? "\u2212" : "") + Math.abs(v); }
function score(s) {
  if (!s) return "-";
  const delen = [];
  if (s.hard !== 0) delen.push(getal(s.hard) + " hard");
  if (s.medium !== 0) delen.push(getal(s.medium) + " medium");
  if (s.soft !== 0 || delen.length === 0) delen.push(getal(s.soft) + " zacht");
  return delen.join(", ");
}

function melding(tekst, soort) {
  const m = $("melding");
  m.textContent = tekst;
  m.className = "melding " + (soort || "");
}

async function api(methode, pad, body) {
  const opties = { method: methode, headers: {}, credentials: "same-origin" };
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
  return { status: r.status, ok: r.ok, data };
}

function toonLogin() {
  $("werkbank").hidden = true;
  $("kop-gebruiker").hidden = true;
  $("login").hidden = false;
  $("login-gebruiker").focus();
}

async function start() {
  const s = await api("GET", "/api/sessie");
  if (s.ok) { staat.csrf = s.data.csrf_token; await open(s.data.gebruiker); } else { toonLogin(); }
}

async function open(gebruiker) {
  $("login").hidden = true;
  $("werkbank").hidden = false;
  $("kop-gebruiker").hidden = false;
  $("gebruiker-naam").textContent = "ingelogd als " + gebruiker;
  await laadPeriode();
  await laadHuishoudens();
}

async function laadPeriode() {
  const p = await api("GET", "/api/periode");
  if (!p.ok) return;
  $("kop-periode").textContent = "Periode " + p.data.periode + " · " + p.data.huishoudens + " huishoudens · "
      + (p.data.vaste_koppelingen + p.data.koppelingen_werkbank) + " gekoppeld · datum " + p.data.datum
      + " · planversie " + p.data.plan_versie;
}

async function laadHuishoudens() {
  const r = await api("GET", "/api/huishoudens?status=wachtend");
  if (!r.ok) return;
  staat.huishoudens = r.data;
  tekenHuishoudens();
}

function dagenTekst(d) {
  if (d === null || d === undefined) return "onbekend";
  if (d < 0) return (-d) + (d === -1 ? " dag" : " dagen") + " te laat";
  return d + (d === 1 ? " dag" : " dagen");
}

function tekenHuishoudens() {
  const zoek = $("zoek").value.trim().toUpperCase();
  const body = $("huishoudens").tBodies[0];
  body.replaceChildren();
  const lijst = staat.huishoudens.filter(h => !zoek || h.huishouden_id.toUpperCase().includes(zoek));
  for (const h of lijst.slice(0, MAX_RIJEN)) {
    const rij = el("tr", { tabindex: "0", "data-id": h.huishouden_id, "aria-selected": String(h.huishouden_id === staat.gekozen) },
      el("td", { text: h.huishouden_id }),
      el("td", { class: "getal", text: String(h.personen) }),
      el("td", { text: h.azc_code || "" }),
      el("td", { class: h.dagen_over !== null && h.dagen_over < 0 ? "verlopen" : "", text: dagenTekst(h.dagen_over) }));
    rij.addEventListener("click", () => kies(h.huishouden_id));
    rij.addEventListener("keydown", e => {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); kies(h.huishouden_id); }
      if (e.key === "ArrowDown" && rij.nextElementSibling) { e.preventDefault(); rij.nextElementSibling.focus(); }
      if (e.key === "ArrowUp" && rij.previousElementSibling) { e.preventDefault(); rij.previousElementSibling.focus(); }
    });
    body.append(rij);
  }
  $("lijst-meer").textContent = lijst.length > MAX_RIJEN ? (lijst.length - MAX_RIJEN) + " meer; verfijn de zoekopdracht"
      : lijst.length === 0 ? "Geen wachtende huishoudens." : lijst.length + " wachtend";
}

async function kies(id) {
  staat.gekozen = id;
  for (const r of $("huishoudens").tBodies[0].rows) r.setAttribute("aria-selected", String(r.dataset.id === id));
  const r = await api("GET", "/api/huishoudens/" + encodeURIComponent(id) + "/advies?top=5");
  if (!r.ok) { melding(r.data ? r.data.fout : "advies niet beschikbaar", "fout"); return; }
  tekenAdvies(r.data);
}

function tekenAdvies(a) {
  staat.advies = a;
  const vak = $("advies");
  const h = staat.huishoudens.find(x => x.huishouden_id === a.huishouden_id);
  vak.replaceChildren(el("h2", { id: "advies-titel", text: "Advies voor " + a.huishouden_id }));
  if (h) {
    vak.append(el("p", { class: "uitleg", text: h.personen + (h.personen === 1 ? " persoon" : " personen") + " · azc " + (h.azc_code || "-")
        + " · vergunning " + (h.vergunningdatum || "-") + " · " + dagenTekst(h.dagen_over) + " over van de termijn"
        + (h.regioadvies && h.regioadvies.length ? " · regioadvies " + h.regioadvies.join(", ") : "") }));
  }
  if (a.advies.length === 0) vak.append(el("p", { class: "fout", text: "Geen enkele gemeente voldoet aan alle harde regels." }));
  for (const o of a.advies) {
    const redenen = el("ul");
    for (const r of o.redenen) redenen.append(el("li", { text: r.tekst }));
    const knop = el("button", { type: "button", class: "kies" + (o.rang === 1 ? " primair" : ""), "data-gemeente": o.gemeente_code,
        text: o.rang === 1 ? "Volg advies: " + o.gemeente_naam : "Kies " + o.gemeente_naam });
    knop.addEventListener("click", () => voorstel(o.gemeente_code, o.gemeente_naam, o.rang));
    vak.append(el("div", { class: "optie" + (o.rang === 1 ? " eerste" : "") },
      el("h3", { text: o.rang + ". " + o.gemeente_code + " " + o.gemeente_naam + " (" + o.arbeidsmarktregio_code + ")" }),
      el("p", { text: "score " + score(o.score) + (o.rang > 1 ? " · " + score(o.verschil) + " ten opzichte van de beste" : "") }),
      redenen, knop));
  }
  const ander = el("input", { id: "andere-gemeente", placeholder: "GM0344" });
  const overweeg = el("button", { type: "button", id: "overweeg", text: "Bekijk andere gemeente" });
  overweeg.addEventListener("click", () => anders(ander.value.trim().toUpperCase()));
  ander.addEventListener("keydown", e => { if (e.key === "Enter") { e.preventDefault(); overweeg.click(); } });
  vak.append(el("fieldset", {}, el("legend", { text: "Andere gemeente (overrule)" }),
    el("label", { for: "andere-gemeente", text: "Gemeentecode" }), ander, overweeg, el("div", { id: "overweging" })));
  vak.append(el("div", { id: "keuze" }));
  const eerste = vak.querySelector("button.kies");
  if (eerste) eerste.focus();
}

async function anders(code) {
  const a = staat.advies;
  const r = await api("GET", "/api/huishoudens/" + encodeURIComponent(a.huishouden_id) + "/overweging?gemeente=" + encodeURIComponent(code));
  const vak = $("overweging");
  vak.replaceChildren();
  if (!r.ok) { vak.append(el("p", { class: "fout", text: r.data ? r.data.fout : "fout" })); return; }
  const o = r.data;
  if (!o.toegestaan) {
    vak.append(el("p", { class: "fout", text: "Geweigerd: " + o.weigering_tekst.join("; ") }));
    return;
  }
  const lijst = el("ul");
  for (const [regel, punten] of Object.entries(o.kosten_per_regel)) lijst.append(el("li", { text: regel + ": " + punten }));
  vak.append(el("p", { text: "Toegestaan, rang " + o.gekozen.rang + (o.kosten ? "; kost " + score(o.kosten) + " ten opzichte van het advies" : "") }), lijst);
  voorstel(o.gemeente_code, o.gekozen.gemeente_naam, o.gekozen.rang);
}

function voorstel(code, naam, rang) {
  const vak = $("keuze");
  vak.replaceChildren();
  const afwijkend = rang !== 1;
  const reden = el("textarea", { id: "reden", rows: "3", maxlength: "2000" });
  if (afwijkend) reden.required = true;
  const bevestig = el("button", { type: "button", id: "bevestig", class: "primair", text: "Koppeling vastleggen" });
  const annuleer = el("button", { type: "button", id: "annuleer-keuze", text: "Annuleren" });
  bevestig.addEventListener("click", () => leg(code, reden.value));
  annuleer.addEventListener("click", () => vak.replaceChildren());
  vak.append(el("fieldset", {}, el("legend", { text: "Koppelen aan " + code + " " + naam }),
    el("label", { for: "reden", text: afwijkend ? "Reden (verplicht: wijkt af van het eerste advies)" : "Reden (optioneel)" }),
    reden, el("p", { class: "fout", id: "keuze-fout", role: "alert" }), bevestig, annuleer));
  reden.focus();
}

async function leg(code, reden) {
  const a = staat.advies;
  const r = await api("POST", "/api/koppelingen", { huishouden_id: a.huishouden_id, gemeente_code: code,
    reden: reden.trim() === "" ? null : reden, plan_versie: a.plan_versie });
  if (r.status === 201) {
    melding("Vastgelegd: " + a.huishouden_id + " naar " + code + (r.data.reden ? " (reden: " + r.data.reden + ")" : ""), "goed");
    $("advies").replaceChildren(el("h2", { id: "advies-titel", text: "Advies" }),
      el("p", { class: "goed", id: "vastgelegd", text: a.huishouden_id + " is gekoppeld aan " + code + "." }));
    await laadPeriode();
    await laadHuishoudens();
    const volgende = $("huishoudens").tBodies[0].rows[0];
    if (volgende) volgende.focus();
    return;
  }
  const fout = r.data ? r.data.fout : "vastleggen mislukt";
  if (r.status === 409 && r.data && r.data.advies) {
    tekenAdvies(r.data.advies);
    melding(fout, "fout");
    return;
  }
  $("keuze-fout").textContent = fout;
}

async function laadGemeenten() {
  const r = await api("GET", "/api/gemeenten");
  if (!r.ok) return;
  const body = $("gemeenten").tBodies[0];
  body.replaceChildren();
  for (const g of r.data) {
    body.append(el("tr", {}, el("td", { text: g.gemeente_code + " " + g.gemeente_naam }), el("td", { text: g.arbeidsmarktregio_code }),
      el("td", { class: "getal", text: String(g.opgave) }), el("td", { class: "getal", text: String(g.gerealiseerd) }),
      el("td", { class: "getal", text: String(g.gekoppeld) }),
      el("td", { class: "getal" + (g.resterend < 0 ? " verlopen" : ""), text: String(g.resterend) }),
      el("td", { class: "getal", text: g.vulgraad === null ? "-" : Math.round(g.vulgraad * 100) + "%" })));
  }
}

async function laadLog() {
  const r = await api("GET", "/api/beslissingen");
  if (!r.ok) return;
  const body = $("log").tBodies[0];
  body.replaceChildren();
  for (const b of r.data.slice().reverse()) {
    body.append(el("tr", {}, el("td", { text: String(b.id) }), el("td", { text: b.tijd }), el("td", { text: b.gebruiker }),
      el("td", { text: b.huishouden_id }), el("td", { text: b.gekozen_gemeente }), el("td", { text: b.geadviseerde_gemeente || "-" }),
      el("td", { class: "getal", text: String(b.rang) }), el("td", { text: b.reden || "" })));
  }
}

function tab(naam) {
  for (const k of document.querySelectorAll(".tab")) k.setAttribute("aria-pressed", String(k.dataset.tab === naam));
  for (const p of document.querySelectorAll(".paneel")) p.hidden = p.id !== "tab-" + naam;
  if (naam === "gemeenten") laadGemeenten();
  if (naam === "log") laadLog();
  if (naam === "wachtend") laadHuishoudens();
}

document.addEventListener("DOMContentLoaded", () => {
  $("login-form").addEventListener("submit", async e => {
    e.preventDefault();
    const r = await api("POST", "/api/login", { gebruiker: $("login-gebruiker").value, wachtwoord: $("login-wachtwoord").value });
    if (r.ok) { staat.csrf = r.data.csrf_token; $("login-fout").textContent = ""; $("login-wachtwoord").value = ""; await open(r.data.gebruiker); }
    else $("login-fout").textContent = r.data ? r.data.fout : "inloggen mislukt";
  });
  $("uitloggen").addEventListener("click", async () => { await api("POST", "/api/logout"); staat.csrf = ""; toonLogin(); });
  $("zoek").addEventListener("input", tekenHuishoudens);
  for (const k of document.querySelectorAll(".tab")) k.addEventListener("click", () => tab(k.dataset.tab));
  start();
});
