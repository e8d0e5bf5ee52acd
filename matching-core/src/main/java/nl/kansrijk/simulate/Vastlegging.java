package nl.kansrijk.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.solve.Lasten;
import nl.kansrijk.solve.PlanContext;

/**
 * Commits a proposal for one batch against the real state (vastlegging): household by household in arrival
 * order, the proposed gemeente is kept when it passes the household's hard rules and still has room for it
 * given everything linked before; otherwise (or without a proposal) the {@link GretigeStap} chooses. Nareizigers go
 * first, so the room kept for them is not taken by others. Room is {@link SimulatieStand#ruimte(Plaatsingseenheid,
 * Bestemming, long)}: for a free household the allowed load less the room kept for announced nareizigers who have not
 * arrived yet; a nareiziger always joins its family, whenever its hard rules allow that gemeente (as the score wants,
 * even when free households linked earlier have filled it). So whatever a policy proposed, the committed koppelingen
 * never break a hard per-household rule, and no free household is linked beyond a gemeente's capacity.
 */
final class Vastlegging {

    private Vastlegging() {
    }

    /**
     * @param voorstel proposed gemeente code per household of the batch (may be empty)
     * @return the committed gemeente code per placed household of the batch
     */
    static Map<String, String> metTerugval(SimulatieStand stand, List<Huishouden> batch, Map<String, String> voorstel) {
        PlanContext ctx = stand.context(stand.probleemMet(batch));
        Koppelplan plan = ctx.nieuwPlan();
        Lasten lasten = GretigeStap.vasteLasten(plan);
        List<Plaatsingseenheid> vrij = new ArrayList<>(batch.size());
        for (Plaatsingseenheid p : plan.getEenheden()) {
            if (!p.isVastgezet() && p.getHuishouden().isNareiziger()) {
                vrij.add(p);
            }
        }
        for (Plaatsingseenheid p : plan.getEenheden()) {
            if (!p.isVastgezet() && !p.getHuishouden().isNareiziger()) {
                vrij.add(p);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Plaatsingseenheid p : vrij) {
            String code = voorstel.get(p.getId());
            Bestemming b = code == null ? null : ctx.bestemming(code);
            ToLongFunction<Bestemming> ruimte = g -> stand.ruimte(p, g, lasten.personen(g));
            boolean past = b != null && p.getToegestaan().contains(b)
                    && lasten.personen(b) + p.getPersonen() <= ruimte.applyAsLong(b);
            if (!past) {
                b = GretigeStap.kies(p, lasten, stand.config().gewichten(), ruimte);
            }
            if (b != null) {
                lasten.plaats(p, b);
                out.put(p.getId(), b.code());
            }
        }
        return out;
    }
}
