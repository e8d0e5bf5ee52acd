// The werkbank page, dwellings (woningen.csv): per gemeente the dwellings coming free per month against its
// koppelingen (in "Voortgang per gemeente"), and the exchange proposals of the regional pools, each accepted by a
// regievoerder as logged decisions. A household's own dwelling is in its panel (huishouden.js). textContent only.
"use strict";

let ruilData = null;

function maandTekst(m) {
  const [j, n] = m.split("-").map(Number);
  return new Date(Date.UTC(j, n - 1, 15)).toLocaleDateString("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });
}

// The gemeente chooser of the month table, filled once from the gemeenten the page knows.
function vulWoningGemeenten() {
  const kies = $("w-gemeente");
  if (kies.options.length > 0) return;
  for (const g of staat.gemeenten.slice().sort((x, y) => x.gemeente_naam.localeCompare(y.gemeente_naam, "nl"))) {
    kies.append(el("option", { value: g.gemeente_code, text: g.gemeente_naam + " (" + g.gemeente_code + ")" }));
  }
}

async function laadWoningen() {
  const blok = $("woningen-blok");
  vulWoningGemeenten();
  const code = $("w-gemeente").value;
  const r = await api("GET", "/api/woningen" + (code ? "?gemeente=" + encodeURIComponent(code) : ""));
  const body = $("woningen").tBodies[0];
  body.replaceChildren();
  if (!r.ok || !r.data.woningen_gegeven) {
    blok.hidden = true;
    return;
  }
  blok.hidden = false;
  const s = r.data.samenvatting;
  $("woningen-samenvatting").textContent = "Alle gemeenten: " + s.gehuisvest + " van " + s.huishoudens
    + " gekoppelde huishoudens hebben een woning (" + s.zonder_woning + " zonder passende woning), "
    + s.persoonsdagen + " persoonsdagen wachten; " + s.woningen_vrij_gebleven + " van " + s.woningen + " woningen blijven vrij.";
  for (const m of r.data.maanden) {
    const tekort = m.koppelingen > m.vrijkomende_woningen;
    body.append(el("tr", {}, el("td", { "data-label": "Maand", text: maandTekst(m.maand) }),
      el("td", { class: "getal", "data-label": "Koppelingen", text: String(m.koppelingen) }),
      el("td", { class: "getal", "data-label": "Personen", text: String(m.personen) }),
      el("td", { class: "getal" + (tekort ? " verlopen" : ""), "data-label": "Vrijkomende woningen", text: String(m.vrijkomende_woningen) }),
      el("td", { class: "getal", "data-label": "Toegewezen", text: String(m.toegewezen) })));
  }
  if (r.data.maanden.length === 0) {
    body.append(el("tr", {}, el("td", { colspan: "5", text: "geen koppelingen en geen vrijkomende woningen in deze gemeente" })));
  }
}

function naamCode(n) { return n.naam === n.code ? n.code : n.naam + " (" + n.code + ")"; }

async function laadRuil() {
  const r = await api("GET", "/api/ruilvoorstellen");
  const body = $("ruil").tBodies[0];
  body.replaceChildren();
  ruilData = r.ok ? r.data : null;
  if (!r.ok) { $("ruil-samenvatting").textContent = r.data ? r.data.fout : "de ruilvoorstellen zijn niet beschikbaar"; return; }
  if (!ruilData.pools_gegeven) {
    $("ruil-samenvatting").textContent = "Deze periode heeft geen woningen.csv en regiopools.csv: er zijn geen ruilvoorstellen.";
    return;
  }
  $("ruil-samenvatting").textContent = ruilData.voorstellen.length === 0
    ? "Geen ruil tussen gemeenten van een pool huisvest nu meer huishoudens of laat ze korter wachten."
    : ruilData.voorstellen.length + " ruilvoorstellen, beste eerst (plan-versie " + ruilData.plan_versie + ").";
  for (const v of ruilData.voorstellen) {
    const knop = el("button", { type: "button", class: "ruil-aanvaard", text: "Aanvaard",
      "aria-label": "Aanvaard ruilvoorstel " + v.voorstel });
    knop.addEventListener("click", () => aanvaardRuil(v, knop));
    body.append(el("tr", { id: "ruil-" + v.voorstel },
      el("td", { class: "getal", "data-label": "#", text: String(v.voorstel) }),
      el("td", { "data-label": "Pool", text: v.pool }),
      el("td", { "data-label": "Van A naar B", text: naamCode(v.gemeente_a) + " → " + naamCode(v.gemeente_b) + ": " + v.naar_b.join(", ") }),
      el("td", { "data-label": "Van B naar A", text: v.naar_a.length ? v.naar_a.join(", ") : "-" }),
      el("td", { class: "getal", "data-label": "Meer gehuisvest", text: String(v.extra_gehuisvest) }),
      el("td", { class: "getal", "data-label": "Minder persoonsdagen", text: String(v.minder_persoonsdagen) }),
      el("td", { "data-label": "Daarna (opgave)", text: v.gemeente_a.naam + " " + v.personen_na_a + " (" + v.opgave_a + "), "
        + v.gemeente_b.naam + " " + v.personen_na_b + " (" + v.opgave_b + ")" }),
      el("td", { "data-label": "Beslissen" }, knop)));
  }
}

async function aanvaardRuil(v, knop) {
  knop.disabled = true;
  try {
    const r = await api("POST", "/api/ruilvoorstellen/aanvaarden", { plan_versie: ruilData.plan_versie,
      gemeente_a: v.gemeente_a.code, gemeente_b: v.gemeente_b.code, naar_b: v.naar_b, naar_a: v.naar_a },
      { "Idempotency-Key": "ruil-" + nieuweSleutel() });
    if (!r.ok) { melding(r.data ? r.data.fout : "aanvaarden mislukt", "fout"); return; }
    melding("Ruilvoorstel " + v.voorstel + " aanvaard: " + r.data.beslissingen.map(b => b.huishouden_id + " naar "
      + gemeente(b.gekozen_gemeente)).join(", ") + " (in het beslisregister).", "goed");
    await Promise.all([laadRuil(), laadPeriode()]);
  } finally {
    knop.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("w-gemeente").addEventListener("change", laadWoningen);
});
