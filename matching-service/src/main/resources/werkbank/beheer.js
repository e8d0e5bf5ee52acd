// The werkbank page, beheer (role beheerder only; the server refuses others with 403): read the period again from the
// input folder, and apply the retention term now. textContent only.
"use strict";

async function beheer(knop, pad, tekst) {
  if (knop.disabled) return;
  knop.disabled = true;
  try {
    const r = await api("POST", pad, {});
    $("beheer-uitslag").textContent = r.ok ? tekst(r.data) : (r.data ? r.data.fout : "mislukt (" + r.status + ")");
    if (r.ok) await laadPeriode();
  } finally {
    knop.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("beheer-herladen").addEventListener("click", e => beheer(e.currentTarget, "/api/periode/herladen",
    p => "Periode " + p.periode + " ingelezen (" + p.huishoudens + " huishoudens)."));
  $("beheer-bewaartermijn").addEventListener("click", e => beheer(e.currentTarget, "/api/beheer/bewaartermijn",
    u => "Bewaartermijn " + u.termijn_maanden + " maanden toegepast: " + (u.periodes.length ? "periodes " + u.periodes.join(", ")
      : "geen periode ouder dan de termijn") + "; " + u.redenen_verwijderd + " redenen verwijderd, " + u.bestanden_geleegd
      + " invoerbestanden geleegd."));
});
