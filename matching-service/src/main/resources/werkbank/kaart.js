// The werkbank page, the map of progress: every gemeente as a point at the coordinates of the input (gemeenten.csv),
// its area proportional to its opgave, its colour its fill (vulgraad). An SVG drawn here: no tile server, nothing
// from the network. Names in <title> (read out and shown on hover), never as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

// Fill in four steps, each named in the legend: far behind, behind, nearly, reached (or over).
const KLEUREN = [[0.5, "#b2182b", "minder dan 50%"], [0.8, "#ef8a62", "50 tot 80%"], [1.0, "#67a9cf", "80 tot 100%"],
  [Infinity, "#2166ac", "100% of meer"]];
function kleur(vulgraad) {
  if (vulgraad === null || vulgraad === undefined) return "#999999";
  for (const [tot, k] of KLEUREN) if (vulgraad < tot) return k;
  return KLEUREN[KLEUREN.length - 1][1];
}

function tekenKaart(gemeenten) {
  const kaart = $("kaart");
  kaart.replaceChildren();
  const punten = gemeenten.filter(g => Number.isFinite(g.lat) && Number.isFinite(g.lon));
  if (punten.length === 0) return;
  const lats = punten.map(g => g.lat), lons = punten.map(g => g.lon);
  const [lat0, lat1, lon0, lon1] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  // an equirectangular projection at the middle latitude: fine at the scale of the Netherlands
  const schaalX = Math.cos((lat0 + lat1) / 2 * Math.PI / 180);
  const breedte = 400, marge = 12;
  const spanX = Math.max((lon1 - lon0) * schaalX, 1e-6), spanY = Math.max(lat1 - lat0, 1e-6);
  const f = (breedte - 2 * marge) / Math.max(spanX, spanY);
  const hoogte = Math.round(spanY * f + 2 * marge);
  const maxOpgave = Math.max(1, ...punten.map(g => g.opgave));
  const doek = svg("svg", { viewBox: "0 0 " + breedte + " " + hoogte, role: "img", "aria-labelledby": "kaart-titel" });
  doek.append(svg("title", { id: "kaart-titel" }));
  doek.firstChild.textContent = "Kaart: " + punten.length + " gemeenten, grootte naar opgave, kleur naar vulgraad";
  for (const g of punten.slice().sort((a, b) => b.opgave - a.opgave)) {
    const r = 2 + 10 * Math.sqrt(Math.max(g.opgave, 0) / maxOpgave);
    const c = svg("circle", { cx: (marge + (g.lon - lon0) * schaalX * f).toFixed(1),
      cy: (marge + (lat1 - g.lat) * f).toFixed(1), r: r.toFixed(1), fill: kleur(g.vulgraad), "fill-opacity": "0.8",
      stroke: "#333333", "stroke-width": "0.5", "data-code": g.gemeente_code });
    const t = svg("title");
    t.textContent = g.gemeente_naam + " (" + g.gemeente_code + "): opgave " + g.opgave + ", gekoppeld " + g.gekoppeld
      + ", vulgraad " + (g.vulgraad === null ? "-" : Math.round(g.vulgraad * 100) + "%");
    c.append(t);
    doek.append(c);
  }
  kaart.append(doek);
  const legenda = $("kaart-legenda");
  legenda.replaceChildren();
  for (const [, k, tekst] of KLEUREN) {
    const vlak = el("span", { class: "vlak" });
    vlak.style.background = k;
    legenda.append(el("li", {}, vlak, document.createTextNode(" " + tekst)));
  }
}
