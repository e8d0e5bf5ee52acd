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
    /** Households pinned in the input. */
    private final long vast;
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
        this.vast = periode.problem().huishoudens().stream().filter(Huishouden::isGekoppeld).count();
        this.inPlan = this.koppelingen.size() + vast;
    }

    /**
     * The next version of {@code vorige}: its period's households (shared, never changed) and pinned count, with
     * koppelingen already checked against them. Nothing built for {@code vorige}'s koppelingen is taken over here
     * (scored plan, dwellings, exchange proposals): they are built for these koppelingen on first use.
     */
    private Stand(Stand vorige, long versie, Map<String, String> koppelingen) {
        this.periode = vorige.periode;
        this.versie = versie;
        this.huishoudens = vorige.huishoudens;
        this.koppelingen = Map.copyOf(koppelingen);
        this.vast = vorige.vast;
        this.inPlan = this.koppelingen.size() + vast;
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

    /**
     * This plan with one more koppeling, at the next version: the household and gemeente are checked as the
     * constructor checks them, the period's households are shared rather than indexed again, and an advisor already
     * built is carried one koppeling further ({@link Adviseur#met}) (a decision does this under the write lock).
     */
    Stand met(String huishoudenId, String gemeenteCode, long nieuweVersie) {
        Huishouden h = huishoudens.get(huishoudenId);
        if (h == null || h.isGekoppeld() || periode.context().bestemming(gemeenteCode) == null) {
            return new Stand(periode, nieuweVersie, metEen(huishoudenId, gemeenteCode));
        }
        Stand volgende = new Stand(this, nieuweVersie, metEen(huishoudenId, gemeenteCode));
        Adviseur a = adviseur;
        if (a != null) {
            // one household moved: the advisor is carried forward rather than built anew on the next question
            volgende.adviseur = a.met(huishoudenId, gemeenteCode);
        }
        return volgende;
    }

    private Map<String, String> metEen(String huishoudenId, String gemeenteCode) {
        Map<String, String> k = new HashMap<>(koppelingen);
        k.put(huishoudenId, gemeenteCode);
        return k;
    }
}
