package nl.kansrijk.simulate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

import nl.kansrijk.model.Koppeltermijn;
import nl.kansrijk.explain.Schaarste;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.solve.Lasten;
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
 * the gemeente this policy picks. Commitment goes through {@link Vastlegging}. With {@code wachtdagen} it keeps
 * households for a later batch within their deadline ({@link #wacht}), so they are linked knowing who came in
 * between. Stateless and thread-safe.
 */
public final class PrijsBeleid implements OnlineBeleid {

    private final Verwachting verwachting;
    private final int steekproeven;
    private final long herbouwRondes;
    private final int wachtdagen;
    private final double wachtwinst;

    /** Sampled futures per batch of the default policy ({@code kansrijk simulate}, the werkbank's day's proposal). */
    public static final int STANDAARD_STEEKPROEVEN = 3;

    /** Ruin-and-recreate rounds per household of each sample's plan, in the default policy. */
    public static final long STANDAARD_HERBOUWRONDES = 10;

    /** The default policy waits within the whole term: the best measured on the family of shapes (docs/dynamic.md). */
    public static final int STANDAARD_WACHTDAGEN = Koppeltermijn.DAGEN;

    /** The default online policy, with later arrivals drawn from {@code verwachting}. */
    public static PrijsBeleid standaard(Verwachting verwachting) {
        return new PrijsBeleid(verwachting, STANDAARD_STEEKPROEVEN, STANDAARD_HERBOUWRONDES, STANDAARD_WACHTDAGEN);
    }

    /** {@code wachtwinst} for: every household within the wait waits, whatever the samples say. */
    public static final double ALTIJD_WACHTEN = Double.NEGATIVE_INFINITY;

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
        this(verwachting, steekproeven, herbouwRondes, 0);
    }

    /**
     * @param wachtdagen the most days after its permit a household (other than a nareiziger, whose gemeente is fixed)
     *        is kept for a later batch, so that it is linked knowing who came in between ({@link #wacht}); 0: every
     *        household is linked in the batch it arrives in; at most {@link Koppeltermijn#DAGEN}
     */
    public PrijsBeleid(Verwachting verwachting, int steekproeven, long herbouwRondes, int wachtdagen) {
        this(verwachting, steekproeven, herbouwRondes, wachtdagen, ALTIJD_WACHTEN);
    }

    /**
     * @param wachtwinst a household within its wait waits only when knowing which sampled future comes true would
     *        gain its choice more than this many soft points ({@link Schaarste#informatiewaarde}; 0: whenever the
     *        samples' plans disagree on its best gemeente); {@link #ALTIJD_WACHTEN}: every household within the wait
     *        waits. Deciding it costs one more estimate per batch in which any household may wait.
     */
    public PrijsBeleid(Verwachting verwachting, int steekproeven, long herbouwRondes, int wachtdagen, double wachtwinst) {
        if (wachtwinst != ALTIJD_WACHTEN && !(wachtwinst >= 0 && wachtwinst < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("wachtwinst moet een eindig getal van minstens 0 zijn, is " + wachtwinst);
        }
        this.wachtwinst = wachtwinst;
        if (wachtdagen < 0 || wachtdagen > Koppeltermijn.DAGEN) {
            throw new IllegalArgumentException("wachtdagen moet tussen 0 en " + Koppeltermijn.DAGEN + " liggen, is " + wachtdagen);
        }
        this.wachtdagen = wachtdagen;
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

    /**
     * Keeps every household other than a nareiziger whose permit is at most {@code wachtdagen} days before the next
     * batch: it is linked in the last batch within that wait, when the households that arrived in between are
     * known as they are instead of drawn. With a {@code wachtwinst}, only those of them for which the sampled futures
     * disagree by more than that ({@link Schaarste#informatiewaarde}, estimated for today's whole queue) wait; the
     * others are linked today (the minimum-discord idea of dynamic GeoMatch: where every future agrees, knowing
     * which comes cannot change the choice).
     */
    @Override
    public Set<String> wacht(SimulatieStand stand, List<Huishouden> wachtrij, List<Huishouden> kunnenWachten) {
        Set<String> binnen = binnenWachttijd(stand, kunnenWachten);
        return binnen.isEmpty() || wachtwinst == ALTIJD_WACHTEN ? binnen : oneens(binnen, schaarste(stand, wachtrij));
    }

    /**
     * As {@link #wacht} then {@link #koppel}, but with a {@code wachtwinst} the one estimate of today's whole queue
     * serves both: its samples hold the same households as an estimate of those linked today with the waiting ones
     * known ({@link LaterTrekking#bekend()}), the queue's as batch households instead, so the day costs one estimate
     * where it would cost two.
     */
    @Override
    public Dagbesluit besluit(SimulatieStand stand, List<Huishouden> wachtrij, List<Huishouden> kunnenWachten) {
        return besluitMetPrijzen(stand, wachtrij, kunnenWachten).besluit();
    }

    /**
     * {@link #besluit} with the prices and plan values the households linked today were chosen with (those of the
     * queue's estimate with a {@code wachtwinst}; {@link Schaarste#GEEN} when nobody is linked today), for a
     * proposal that shows people why ({@link Dagvoorstel}).
     */
    public Geprijsd besluitMetPrijzen(SimulatieStand stand, List<Huishouden> wachtrij, List<Huishouden> kunnenWachten) {
        Set<String> binnen = binnenWachttijd(stand, kunnenWachten);
        Schaarste[] gebruikt = {Schaarste.GEEN};
        if (binnen.isEmpty() || wachtwinst == ALTIJD_WACHTEN) {
            Dagbesluit besluit = Dagbesluit.van(stand, wachtrij, binnen, (vandaag, nu) -> {
                gebruikt[0] = schaarste(vandaag, nu);
                return koppel(vandaag, nu, gebruikt[0]);
            });
            return new Geprijsd(besluit, gebruikt[0]);
        }
        Schaarste schaarste = schaarste(stand, wachtrij);
        return new Geprijsd(Dagbesluit.van(stand, wachtrij, oneens(binnen, schaarste),
                (vandaag, nu) -> koppel(vandaag, nu, schaarste)), schaarste);
    }

    /**
     * A day's decision with the prices it was made with.
     *
     * @param besluit who waits and where the others go
     * @param schaarste the prices and plan values of the households linked today
     */
    public record Geprijsd(Dagbesluit besluit, Schaarste schaarste) {
    }

    /** Of these households, those whose sampled futures disagree by more than {@code wachtwinst}. */
    private Set<String> oneens(Set<String> binnen, Schaarste schaarste) {
        binnen.removeIf(id -> schaarste.informatiewaarde(id).orElse(0) <= wachtwinst);
        return binnen;
    }

    /** The households other than nareizigers that can still be linked at the next batch within the wait. */
    private Set<String> binnenWachttijd(SimulatieStand stand, List<Huishouden> kunnenWachten) {
        Set<String> out = new HashSet<>();
        if (wachtdagen == 0 || stand.volgendeBatch().isEmpty()) {
            return out;
        }
        LocalDate volgende = stand.volgendeBatch().get();
        for (Huishouden h : kunnenWachten) {
            if (!h.isNareiziger() && ChronoUnit.DAYS.between(h.vergunningdatum(), volgende) <= wachtdagen) {
                out.add(h.id());
            }
        }
        return out;
    }

    /** The least value of knowing the future for which a household waits ({@link #ALTIJD_WACHTEN}: any). */
    public double wachtwinst() {
        return wachtwinst;
    }

    /** The most days after its permit a household is kept for a later batch (0: none). */
    public int wachtdagen() {
        return wachtdagen;
    }

    /** The prices this policy links the batch with. */
    public Schaarste schaarste(SimulatieStand stand, List<Huishouden> batch) {
        return Prijsschatter.schat(stand, batch, verwachting, steekproeven, herbouwRondes);
    }

    @Override
    public Map<String, String> koppel(SimulatieStand stand, List<Huishouden> batch) {
        return koppel(stand, batch, schaarste(stand, batch));
    }

    /** Links the batch with these prices and plan values (they must cover every household of the batch). */
    private static Map<String, String> koppel(SimulatieStand stand, List<Huishouden> batch, Schaarste schaarste) {
        PlanContext ctx = stand.context(stand.probleemMet(batch));
        Koppelplan plan = ctx.nieuwPlan();
        Lasten lasten = GretigeStap.vasteLasten(plan);
        List<Plaatsingseenheid> volgorde = new ArrayList<>(batch.size());
        plan.getEenheden().stream().filter(p -> !p.isVastgezet() && p.getHuishouden().isNareiziger()).forEach(volgorde::add);
        plan.getEenheden().stream().filter(p -> !p.isVastgezet() && !p.getHuishouden().isNareiziger()).forEach(volgorde::add);
        Map<String, String> voorstel = new HashMap<>();
        for (Plaatsingseenheid p : volgorde) {
            Bestemming b = kies(p, lasten, stand, schaarste);
            if (b != null) {
                lasten.plaats(p, b);
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
    static Bestemming kies(Plaatsingseenheid p, Lasten lasten, SimulatieStand stand, Schaarste schaarste) {
        Gewichten gewichten = stand.config().gewichten();
        // the chooser maximises gain − kosten: for a candidate that is KANDIDAAT + its plan value
        return GretigeStap.kies(p, lasten, gewichten, b -> stand.ruimte(p, b, lasten.personen(b)), b -> {
            OptionalDouble w = schaarste.planwaarde(p.getId(), b.code());
            if (w.isEmpty()) {
                return schaarste.kosten(b.code(), p.getPersonen());
            }
            long winst = Bijdragen.plaatsingswinst(p, b, lasten.personen(b), 0, gewichten).softScore();
            return winst - KANDIDAAT - Math.round(w.getAsDouble());
        });
    }
}
