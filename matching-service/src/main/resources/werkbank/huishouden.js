// The werkbank page, one household: everything about it, the advice with why each option is lower than option 1,
// the what-if for a gemeente chosen by name, the decision (also "wijzigen" for a linked household), its explanation
// and letter. Texts from the server are set with textContent only.
"use strict";

function eenheid(n, een, meer) { return n + " " + (n === 1 ? een : meer); }
function naamLijst(lijst) { return (lijst || []).map(x => x.naam === x.code ? x.code : x.naam + " (" + x.code + ")").join(", "); }
function naamVan(x) { return x ? (x.naam === x.code ? x.code : x.naam + " (" + x.code + ")") : ""; }

// A random key per decision attempt: the same key on a double click or a retry makes the server record it once.
function nieuweSleutel() {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return Array.from(b, x => x.toString(16).padStart(2, "0")).join("");
}

async function kies(id) {
  staat.gekozen = id;
  for (const r of $("huishoudens").tBodies[0].rows) r.setAttribute("aria-selected", String(r.dataset.id === id));
  const [d, a] = await Promise.all([api("GET", "/api/huishoudens/" + encodeURIComponent(id)),
    api("GET", "/api/huishoudens/" + encodeURIComponent(id) + "/advies?top=5")]);
  if (!d.ok || !a.ok) { melding((d.data || a.data || {}).fout || "huishouden niet beschikbaar", "fout"); return; }
  document.body.classList.add("detail-open");
  tekenAdvies(a.data, d.data);
}

function gegevens(h) {
  const dl = el("dl", { class: "gegevens" });
  const rij = (k, v) => { if (v !== null && v !== undefined && v !== "") dl.append(el("dt", { text: k }), el("dd", { text: v })); };
  rij("Samenstelling", eenheid(h.personen, "persoon", "personen") + ": " + eenheid(h.volwassenen, "volwassene", "volwassenen")
      + ", " + eenheid(h.kinderen, "kind", "kinderen"));
  rij("Azc", naamVan(h.azc));
  rij("Vergunning", (h.vergunningdatum ? new Date(h.vergunningdatum + "T12:00:00Z").toLocaleDateString("nl-NL", { timeZone: ZONE }) : "onbekend")
      + " · termijn: " + dagenTekst(h.dagen_over));
  rij("Regioadvies", naamLijst(h.regioadvies));
  rij("Sectoren", (h.sectoren || []).join(", "));
  rij("Opleiding", h.opleidingsniveau);
  rij("Voorkeur", naamLijst(h.voorkeur_gemeenten));
  rij("Netwerk", naamVan(h.netwerk_gemeente));
  rij("Familie (eerste graad)", naamVan(h.familie_gemeente));
  rij("Medische zorg", naamVan(h.zorg));
  rij("Werk of opleiding", naamVan(h.werk_of_opleiding_gemeente));
  rij("Uitgesloten gemeenten", naamLijst(h.uitgesloten_gemeenten));
  rij("Nareiziger van", naamVan(h.nareiziger_van_gemeente));
  const k = h.koppeling;
  rij("Status", h.status === "wachtend" ? "wachtend" : (h.status === "vast" ? "vast gekoppeld aan " : "gekoppeld aan ")
      + naamVan(h.gemeente) + (k ? " door " + k.gebruiker + " op " + lokaal(k.tijd) + (k.reden ? " (reden: " + k.reden + ")" : "") : ""));
  // from the exact toewijzing of the current koppelingen over woningen.csv (absent without dwellings or koppeling)
  if (h.woning) rij("Woning", h.woning.tekst);
  return dl;
}

// Why an option is lower than option 1, per rule, in words.
function verschilInWoorden(o, eerste) {
  const lijst = el("ul", { class: "verschil" });
  const regels = new Set([...Object.keys(o.per_regel || {}), ...Object.keys(eerste.per_regel || {})]);
  for (const r of regels) {
    const d = (o.per_regel[r] || 0) - (eerste.per_regel[r] || 0);
    if (d === 0) continue;
    lijst.append(el("li", { text: (staat.regels[r] || r) + ": " + Math.abs(d) + (d < 0 ? " punten minder" : " punten meer")
        + " dan " + eerste.gemeente_naam }));
  }
  if (lijst.children.length === 0) lijst.append(el("li", { text: "geen verschil per regel met " + eerste.gemeente_naam }));
  return lijst;
}

function tekenAdvies(a, h) {
  staat.advies = a;
  if (h) staat.detail = h;
  h = staat.detail;
  const vak = $("advies");
  vak.replaceChildren(el("h2", { id: "advies-titel", text: "Advies voor " + a.huishouden_id }));
  const terug = el("button", { type: "button", class: "terug", text: "Terug naar de lijst" });
  terug.addEventListener("click", () => { document.body.classList.remove("detail-open"); const r = document.querySelector("#huishoudens tr[aria-selected='true']"); if (r) r.focus(); });
  vak.append(terug, el("div", { id: "conflict", role: "alert" }));
  if (h && h.huishouden_id === a.huishouden_id) {
    vak.append(gegevens(h));
    if (h.status !== "wachtend") {
      const uitleg = el("button", { type: "button", id: "toon-uitleg", text: "Uitleg en brief" });
      uitleg.addEventListener("click", () => toonUitleg(h.huishouden_id));
      vak.append(uitleg, el("div", { id: "uitleg" }));
    }
  }
  const uit = Object.entries(a.uitgesloten || {}).filter(([, n]) => n > 0);
  if (uit.length) vak.append(el("p", { class: "uitleg", id: "uitgesloten", text: "Uitgesloten door harde regels: "
      + uit.map(([r, n]) => (staat.regels[r] || r) + " " + eenheid(n, "gemeente", "gemeenten")).join(", ") + "." }));
  const vast = h && h.status === "vast";
  if (a.advies.length === 0) vak.append(el("p", { class: "fout", text: "Geen enkele gemeente voldoet aan alle harde regels." }));
  const eerste = a.advies[0];
  for (const o of a.advies) {
    const redenen = el("ul");
    for (const r of o.redenen) redenen.append(el("li", { text: r.tekst }));
    const blok = el("div", { class: "optie" + (o.rang === 1 ? " eerste" : "") },
      el("h3", { text: o.rang + ". " + o.gemeente_naam + " (" + o.gemeente_code + ", " + o.arbeidsmarktregio_code + ")" }),
      el("p", { text: "score " + score(o.score) + (o.rang > 1 ? " · " + score(o.verschil) + " ten opzichte van " + eerste.gemeente_naam : "") }),
      redenen);
    if (o.rang > 1) blok.append(el("p", { class: "klein", text: "Waarom lager dan " + eerste.gemeente_naam + ":" }), verschilInWoorden(o, eerste));
    if (!vast && mag("regievoerder") && o.gemeente_code !== a.huidige_gemeente) {
      const knop = el("button", { type: "button", class: "kies" + (o.rang === 1 ? " primair" : ""), "data-gemeente": o.gemeente_code,
        text: (a.huidige_gemeente ? "Wijzig naar " : o.rang === 1 ? "Volg advies: " : "Kies ") + o.gemeente_naam });
      knop.addEventListener("click", () => voorstel(o.gemeente_code, o.gemeente_naam, o.rang));
      blok.append(knop);
    }
    vak.append(blok);
  }
  if (!vast && !mag("regievoerder")) {
    vak.append(el("p", { class: "uitleg", id: "alleen-lezen", text: "Uw rol (" + staat.rollen.join(", ")
      + ") mag niet koppelen: u kunt het advies lezen en exporteren." }));
  }
  if (!vast && mag("regievoerder")) {
    const ander = el("input", { id: "andere-gemeente", list: "gemeenten-lijst", autocomplete: "off", placeholder: "naam of code, bijvoorbeeld Katwijk" });
    const overweeg = el("button", { type: "button", id: "overweeg", text: "Bekijk deze gemeente" });
    overweeg.addEventListener("click", () => anders(ander.value));
    ander.addEventListener("keydown", e => { if (e.key === "Enter") { e.preventDefault(); overweeg.click(); } });
    vak.append(el("fieldset", {}, el("legend", { text: a.huidige_gemeente ? "Wijzigen naar een andere gemeente" : "Andere gemeente (overrule)" }),
      el("label", { for: "andere-gemeente", text: "Gemeente" }), ander, overweeg, el("div", { id: "overweging" })));
  }
  vak.append(el("div", { id: "keuze" }));
  const knop = vak.querySelector("button.kies");
  if (knop) knop.focus(); else vak.querySelector("h2").setAttribute("tabindex", "-1");
}

// A gemeente typed by name (autocompleted) or by code.
function gemeenteCode(tekst) {
  const t = tekst.trim();
  const m = t.match(/GM\d{4}/i);
  if (m) return m[0].toUpperCase();
  const g = staat.gemeenten.find(x => x.gemeente_naam.toLowerCase() === t.toLowerCase());
  return g ? g.gemeente_code : null;
}

async function anders(tekst) {
  const a = staat.advies;
  const vak = $("overweging");
  vak.replaceChildren();
  const code = gemeenteCode(tekst);
  if (!code) { vak.append(el("p", { class: "fout", text: "Onbekende gemeente \u2018" + tekst.trim() + "\u2019: kies een naam uit de lijst." })); return; }
  const r = await api("GET", "/api/huishoudens/" + encodeURIComponent(a.huishouden_id) + "/overweging?gemeente=" + encodeURIComponent(code));
  if (!r.ok) { vak.append(el("p", { class: "fout", text: r.data ? r.data.fout : "fout" })); return; }
  const o = r.data;
  if (!o.toegestaan) {
    vak.append(el("p", { class: "fout", text: "Geweigerd: " + o.weigering_tekst.join("; ") }));
    return;
  }
  const lijst = el("ul");
  for (const [regel, punten] of Object.entries(o.kosten_per_regel)) lijst.append(el("li", { text: (staat.regels[regel] || regel) + ": " + getal(punten) + " punten" }));
  vak.append(el("p", { text: "Toegestaan, rang " + o.gekozen.rang + (o.kosten ? "; kost " + score(o.kosten) + " ten opzichte van het advies" : "") }), lijst);
  voorstel(o.gemeente_code, o.gekozen.gemeente_naam, o.gekozen.rang);
}

function voorstel(code, naam, rang) {
  const vak = $("keuze");
  vak.replaceChildren();
  const huidig = staat.advies.huidige_gemeente;
  const verplaatsen = !!huidig;
  const verplicht = verplaatsen || rang !== 1;
  const reden = el("textarea", { id: "reden", rows: "3", maxlength: "2000" });
  if (verplicht) reden.required = true;
  const bevestig = el("button", { type: "button", id: "bevestig", class: "primair", text: verplaatsen ? "Wijziging vastleggen" : "Koppeling vastleggen" });
  const annuleer = el("button", { type: "button", id: "annuleer-keuze", text: "Annuleren" });
  const sleutel = nieuweSleutel();
  bevestig.addEventListener("click", () => leg(code, reden.value, verplaatsen, sleutel, bevestig));
  annuleer.addEventListener("click", () => vak.replaceChildren());
  vak.append(el("fieldset", {}, el("legend", { text: verplaatsen ? "Wijzigen: van " + gemeente(huidig) + " naar " + code + " " + naam
      : "Koppelen aan " + code + " " + naam }),
    el("label", { for: "reden", text: verplaatsen ? "Reden (verplicht bij wijzigen)" : rang !== 1 ? "Reden (verplicht: wijkt af van het eerste advies)" : "Reden (optioneel)" }),
    reden, el("p", { class: "fout", id: "keuze-fout", role: "alert" }), bevestig, annuleer));
  reden.focus();
}

async function leg(code, reden, verplaatsen, sleutel, knop) {
  if (knop.disabled) return;
  knop.disabled = true;
  const a = staat.advies;
  const body = { huishouden_id: a.huishouden_id, gemeente_code: code, reden: reden.trim() === "" ? null : reden, plan_versie: a.plan_versie,
    gezien_advies: a.advies.length ? a.advies[0].gemeente_code : null };
  if (verplaatsen) body.verplaatsen = true;
  let r;
  try { r = await api("POST", "/api/koppelingen", body, { "Idempotency-Key": sleutel }); } finally { knop.disabled = false; }
  if (r.status === 201) {
    melding("Vastgelegd: " + a.huishouden_id + " naar " + gemeente(code) + (r.data.reden ? " (reden: " + r.data.reden + ")" : ""), "goed");
    $("advies").replaceChildren(el("h2", { id: "advies-titel", text: "Advies" }),
      el("p", { class: "goed", id: "vastgelegd", text: a.huishouden_id + " is gekoppeld aan " + gemeente(code) + "." }));
    document.body.classList.remove("detail-open");
    await laadPeriode();
    await laadHuishoudens();
    const volgende = $("huishoudens").tBodies[0].rows[0];
    if (volgende) volgende.focus(); else $("zoek").focus();
    return;
  }
  const fout = r.data ? r.data.fout : "vastleggen mislukt";
  if (r.status === 409) {
    const d = await api("GET", "/api/huishoudens/" + encodeURIComponent(a.huishouden_id));
    const vers = r.data && r.data.advies ? { data: r.data.advies } : await api("GET", "/api/huishoudens/" + encodeURIComponent(a.huishouden_id) + "/advies?top=5");
    if (vers.data && d.ok) tekenAdvies(vers.data, d.data);
    $("conflict").replaceChildren(el("p", { class: "fout conflict", text: fout }));
    melding(fout, "fout");
    $("conflict").setAttribute("tabindex", "-1");
    $("conflict").focus();
    return;
  }
  $("keuze-fout").textContent = fout;
}

async function toonUitleg(id) {
  const vak = $("uitleg");
  const [u, b] = await Promise.all([api("GET", "/api/huishoudens/" + encodeURIComponent(id) + "/uitleg"),
    api("GET", "/api/huishoudens/" + encodeURIComponent(id) + "/brief")]);
  vak.replaceChildren();
  if (u.ok) vak.append(el("p", { id: "uitleg-tekst", text: u.data.toelichting }));
  if (b.ok) {
    vak.append(el("details", { id: "brief" }, el("summary", { text: "Brief aan het huishouden (Nederlands)" }), el("pre", { text: b.data.nl })),
      el("details", {}, el("summary", { text: "Letter to the household (English)" }), el("pre", { text: b.data.en })));
  }
}
