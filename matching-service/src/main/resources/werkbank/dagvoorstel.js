// The werkbank page, the day's proposal: what the default online policy decides today for the households waiting,
// accepted as a selection (each accepted item a logged decision of this regievoerder). textContent only.
"use strict";

let dagvoorstelData = null;

function voorstelTekst(v) {
  if (v.wacht) return "wachten, uiterlijk " + new Date(v.uiterlijk + "T12:00:00").toLocaleDateString("nl-NL") + " koppelen";
  if (!v.gemeente_code) return "geen gemeente kan het huishouden nu nemen";
  return gemeente(v.gemeente_code) + (v.gemeente_regio ? " (" + v.gemeente_regio + ")" : "");
}

async function laadVoorstel(vernieuwen) {
  $("voorstel-samenvatting").textContent = "Het voorstel wordt gemaakt (bij landelijke aantallen kan dat even duren)…";
  const r = await api("GET", "/api/dagvoorstel" + (vernieuwen ? "?vernieuwen=ja" : ""));
  if (!r.ok) {
    $("voorstel-samenvatting").textContent = r.data ? r.data.fout : "het voorstel kon niet worden gemaakt";
    $("voorstel").tBodies[0].replaceChildren();
    dagvoorstelData = null;
    return;
  }
  dagvoorstelData = r.data;
  $("voorstel-samenvatting").textContent = "Voorstel van " + new Date(dagvoorstelData.datum + "T12:00:00").toLocaleDateString("nl-NL")
    + " (gemaakt " + lokaal(dagvoorstelData.gemaakt_op) + "): " + dagvoorstelData.nu_koppelen + " huishoudens nu koppelen, "
    + dagvoorstelData.wachten + " wachten.";
  tekenVoorstel();
}

function tekenVoorstel() {
  const body = $("voorstel").tBodies[0];
  body.replaceChildren();
  for (const v of dagvoorstelData.voorstellen) {
    const kies = el("input", { type: "checkbox", "aria-label": "Aanvaard het voorstel voor " + v.huishouden_id });
    kies.dataset.id = v.huishouden_id;
    kies.disabled = v.wacht || !v.gemeente_code || v.al_beslist || !mag("regievoerder");
    body.append(el("tr", {},
      el("td", { "data-label": "Kies" }, kies),
      el("td", { "data-label": "Huishouden", text: v.huishouden_id }),
      el("td", { class: "getal", "data-label": "Personen", text: String(v.personen) }),
      el("td", { "data-label": "Termijn", text: dagenTekst(v.dagen_over) }),
      el("td", { "data-label": "Voorstel", text: voorstelTekst(v) }),
      el("td", { class: "getal", "data-label": "Schaarsteprijs", text: v.gemeente_code ? String(v.prijs) : "-" }),
      el("td", { "data-label": "Uitkomst", id: "uitkomst-" + v.huishouden_id, text: v.al_beslist ? "al beslist" : "" })));
  }
}

function kiesAlles() {
  for (const k of $("voorstel").querySelectorAll("input[type=checkbox]")) if (!k.disabled) k.checked = true;
}

async function aanvaard() {
  if (!dagvoorstelData) return;
  const ids = [...$("voorstel").querySelectorAll("input[type=checkbox]:checked")].map(k => k.dataset.id);
  if (ids.length === 0) { melding("Kies eerst huishoudens uit het voorstel.", "fout"); return; }
  const knop = $("voorstel-aanvaard");
  knop.disabled = true;
  try {
    const r = await api("POST", "/api/dagvoorstel/aanvaarden", { plan_versie: dagvoorstelData.plan_versie, huishoudens: ids },
      { "Idempotency-Key": "dv-" + crypto.randomUUID() });
    if (!r.ok) { melding(r.data ? r.data.fout : "aanvaarden mislukt", "fout"); return; }
    let vast = 0;
    for (const u of r.data) {
      const cel = $("uitkomst-" + u.huishouden_id);
      if (cel) cel.textContent = u.status === "vastgelegd" ? "vastgelegd" : "geweigerd: " + u.melding;
      if (u.status === "vastgelegd") vast++;
    }
    for (const k of $("voorstel").querySelectorAll("input[type=checkbox]:checked")) { k.checked = false; k.disabled = true; }
    melding(vast + " van " + r.data.length + " voorstellen vastgelegd" + (vast < r.data.length ? "; zie de kolom Uitkomst" : ""),
      vast === r.data.length ? "goed" : "fout");
  } finally {
    knop.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("voorstel-vernieuw").addEventListener("click", () => laadVoorstel(true));
  $("voorstel-alles").addEventListener("click", kiesAlles);
  $("voorstel-aanvaard").addEventListener("click", aanvaard);
});
