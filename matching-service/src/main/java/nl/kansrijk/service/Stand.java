package nl.kansrijk.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.explain.Adviseur;
import nl.kansrijk.io.output.WoningUitvoer;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.wonen.Ruilvoorstel;
import nl.kansrijk.wonen.Ruilvoorsteller;

/**
 * One version of the werkbank's plan: the period's input, the koppelingen the regievoerders made, and the plan
 * version. Immutable; the advisor and the scored plan are built on first use and then shared by every request.
 */
final class Stand {

    final Periode periode;
    final long versie;
    /** Household id to gemeente code, as decided in the werkbank (the input's pinned households are not in it). */
    final Map<String, String> koppelingen;
    private final Map<String, Huishouden> huishoudens;
    private final long inPlan;
    private volatile Adviseur adviseur;
    private volatile MatchingResult resultaat;
    private volatile WoningUitvoer wonen;
    private volatile List<Ruilvoorstel> ruilvoorstellen;

    Stand(Periode periode, long versie, Map<String, String> koppelingen) {
        this.periode = periode;
        this.versie = versie;
        this.huishoudens = new HashMap<>();
        periode.problem().huishoudens().forEach(h -> huishoudens.put(h.id(), h));
        Map<String, String> k = new HashMap<>();
        koppelingen.forEach((id, code) -> {
            Huishouden h = huishoudens.get(id);
            if (h != null && !h.isGekoppeld() && periode.context().bestemming(code) != null) {
                k.put(id, code);
            }
        });
        this.koppelingen = Map.copyOf(k);
        this.inPlan = this.koppelingen.size() + periode.problem().huishoudens().stream().filter(Huishouden::isGekoppeld).count();
    }

    /** Households linked in this plan: pinned in the input or linked in the werkbank. */
    long inPlan() {
        return inPlan;
    }

    /** The household, or {@code null}. */
    Huishouden huishouden(String id) {
        return huishoudens.get(id);
    }

    /** The advisor for this plan (every household where the plan has it). */
    Adviseur adviseur() {
        Adviseur a = adviseur;
        if (a == null) {
            synchronized (this) {
                if (adviseur == null) {
                    adviseur = new Adviseur(periode.context(), koppelingen);
                }
                a = adviseur;
            }
        }
        return a;
    }

    /** This plan scored with the solver's own rules. */
    MatchingResult resultaat(MatchingEngine engine) {
        MatchingResult r = resultaat;
        if (r == null) {
            synchronized (this) {
                if (resultaat == null) {
                    resultaat = engine.evaluate(periode.context(), koppelingen);
                }
                r = resultaat;
            }
        }
        return r;
    }

    /**
     * The exact toewijzing of this plan's koppelingen (the input's pinned ones included) over the period's dwellings
     * and its month overview, as {@code kansrijk solve} writes them; {@code null} when the period has no woningen.csv.
     */
    WoningUitvoer wonen(MatchingEngine engine) {
        if (periode.woningen().isEmpty()) {
            return null;
        }
        WoningUitvoer w = wonen;
        if (w == null) {
            synchronized (this) {
                if (wonen == null) {
                    wonen = WoningUitvoer.zonderRuil(resultaat(engine), periode.woningen().get());
                }
                w = wonen;
            }
        }
        return w;
    }

    /**
     * The exchange proposals of the regional pools for this plan, best first: only koppelingen decided in the werkbank
     * move (a regievoerder may move those; the input's pinned ones stay and count in their gemeente's toewijzing).
     * Empty without woningen.csv or regiopools.csv.
     */
    List<Ruilvoorstel> ruilvoorstellen(MatchingEngine engine) {
        if (periode.woningen().isEmpty() || periode.woningen().get().pools().isEmpty()) {
            return List.of();
        }
        List<Ruilvoorstel> r = ruilvoorstellen;
        if (r == null) {
            synchronized (this) {
                if (ruilvoorstellen == null) {
                    ruilvoorstellen = Ruilvoorsteller.voorstellen(resultaat(engine), periode.woningen().get(),
                            periode.context()::magNaar, WoningUitvoer.MAX_VOORSTELLEN,
                            k -> koppelingen.containsKey(k.huishoudenId()));
                }
                r = ruilvoorstellen;
            }
        }
        return r;
    }

    /** This plan with one more koppeling, at the next version. */
    Stand met(String huishoudenId, String gemeenteCode, long nieuweVersie) {
        Map<String, String> k = new HashMap<>(koppelingen);
        k.put(huishoudenId, gemeenteCode);
        return new Stand(periode, nieuweVersie, k);
    }
}
