package nl.kansrijk.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import nl.kansrijk.explain.Schaarste;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.solve.PlanContext;

/**
 * Price policy (prijsbeleid): at every batch the scarcity of each gemeente's remaining room is re-estimated
 * ({@link Prijsschatter}: the relaxation of the batch plus sampled later arrivals, averaged over samples, and per
 * sample a plan of whole households made of it by the core's plan search). Each household of the batch goes,
 * nareizigers first and then in arrival order, among the gemeenten that pass its hard rules and still have room,
 * to the candidate with the best mean plan value ({@link Schaarste#planwaarde}: what placing it there does to the
 * sampled whole-household plans, a sample-based two-stage decision as in dynamic GeoMatch and Annie MOORE); when
 * no candidate has room, to the gemeente with the largest score gain minus the price of the places it takes
 * ({@code plaatsingswinst − prijs × personen}). The advice ranked with scarcity ranks the same way, so it names
 * the gemeente this policy picks. Commitment goes through {@link Vastlegging}. Stateless and thread-safe.
 */
public final class PrijsBeleid implements OnlineBeleid {

    private final Verwachting verwachting;
    private final int steekproeven;
    private final long herbouwRondes;

    /**
     * @param verwachting where later arrivals are drawn from
     * @param steekproeven sampled futures per batch (at least 1)
     */
    public PrijsBeleid(Verwachting verwachting, int steekproeven) {
        this(verwachting, steekproeven, 0);
    }

    /**
     * @param herbouwRondes ruin-and-recreate rounds per household of each sample's plan (0: none), see
     *        {@link Prijsschatter#schat(SimulatieStand, List, Verwachting, int, long)}
     */
    public PrijsBeleid(Verwachting verwachting, int steekproeven, long herbouwRondes) {
        this.verwachting = Objects.requireNonNull(verwachting, "verwachting");
        if (steekproeven < 1) {
            throw new IllegalArgumentException("steekproeven moet minstens 1 zijn, is " + steekproeven);
        }
        if (herbouwRondes < 0) {
            throw new IllegalArgumentException("herbouwrondes mag niet negatief zijn, is " + herbouwRondes);
        }
        this.steekproeven = steekproeven;
        this.herbouwRondes = herbouwRondes;
    }

    @Override
    public String naam() {
        return "price";
    }

    /** The prices this policy links the batch with. */
    public Schaarste schaarste(SimulatieStand stand, List<Huishouden> batch) {
        return Prijsschatter.schat(stand, batch, verwachting, steekproeven, herbouwRondes);
    }

    @Override
    public Map<String, String> koppel(SimulatieStand stand, List<Huishouden> batch) {
        Schaarste schaarste = schaarste(stand, batch);
        PlanContext ctx = PlanContext.of(stand.probleemMet(batch), stand.config());
        Koppelplan plan = ctx.nieuwPlan();
        Map<Bestemming, Long> lasten = GretigeStap.vasteLasten(plan.getEenheden());
        List<Plaatsingseenheid> volgorde = new ArrayList<>(batch.size());
        plan.getEenheden().stream().filter(p -> !p.isVastgezet() && p.getHuishouden().isNareiziger()).forEach(volgorde::add);
        plan.getEenheden().stream().filter(p -> !p.isVastgezet() && !p.getHuishouden().isNareiziger()).forEach(volgorde::add);
        Map<String, String> voorstel = new HashMap<>();
        for (Plaatsingseenheid p : volgorde) {
            Bestemming b = kies(p, lasten, stand, schaarste);
            if (b != null) {
                lasten.merge(b, (long) p.getPersonen(), Long::sum);
                voorstel.put(p.getId(), b.code());
            }
        }
        return Vastlegging.metTerugval(stand, batch, voorstel);
    }

    /** Above any difference of gain minus price: a candidate with a plan value comes before every other gemeente. */
    static final long KANDIDAAT = 1L << 50;

    /**
     * The gemeente with room and the best plan value, else the one with the largest gain minus price, or
     * {@code null}; ties to the first in input order.
     */
    static Bestemming kies(Plaatsingseenheid p, Map<Bestemming, Long> lasten, SimulatieStand stand, Schaarste schaarste) {
        Gewichten gewichten = stand.config().gewichten();
        // the chooser maximises gain − kosten: for a candidate that is KANDIDAAT + its plan value
        return GretigeStap.kies(p, lasten, gewichten, stand::ruimte, b -> {
            OptionalDouble w = schaarste.planwaarde(p.getId(), b.code());
            if (w.isEmpty()) {
                return schaarste.kosten(b.code(), p.getPersonen());
            }
            long winst = Bijdragen.plaatsingswinst(p, b, lasten.getOrDefault(b, 0L), 0, gewichten).softScore();
            return winst - KANDIDAAT - Math.round(w.getAsDouble());
        });
    }
}
