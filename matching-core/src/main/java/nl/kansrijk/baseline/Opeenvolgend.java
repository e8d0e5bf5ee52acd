package nl.kansrijk.baseline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.solve.Lasten;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;
import nl.kansrijk.solve.PlanScorer;

/**
 * The common loop of the one-by-one baselines: households are taken in a given order and each goes to one of the
 * gemeenten that are feasible at that moment — passing its hard per-household rules and with room for all its
 * persons within the taakstelling given the loads so far — or stays unplaced when there is none. Pinned households
 * stay where they are and count in the loads from the start.
 */
final class Opeenvolgend {

    /**
     * Chooses among the feasible gemeenten (never empty, in input order) given the loads so far: all persons, and
     * those of bound (pinned or nareiziger) households.
     */
    @FunctionalInterface
    interface Keuze {
        Bestemming kies(Plaatsingseenheid eenheid, List<Bestemming> haalbaar, Lasten lasten);
    }


    /** Permit date first (households without a date last), then id: the order a regievoerder works in. */
    static final Comparator<Plaatsingseenheid> OP_VERGUNNINGDATUM = Comparator
            .comparing((Plaatsingseenheid p) -> p.getHuishouden().vergunningdatum(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Plaatsingseenheid::getId);

    private Opeenvolgend() {
    }

    /** The households the policy places (not pinned), in the plan's order, as a list the caller may reorder. */
    static List<Plaatsingseenheid> vrij(Koppelplan plan) {
        List<Plaatsingseenheid> vrij = new ArrayList<>();
        for (Plaatsingseenheid p : plan.getEenheden()) {
            if (!p.isVastgezet()) {
                vrij.add(p);
            }
        }
        return vrij;
    }

    /** Places the free households of a fresh plan in permit-date order with {@code keuze}, then scores the plan. */
    static MatchingResult opVergunningdatum(PlanContext ctx, Keuze keuze) {
        Koppelplan plan = ctx.nieuwPlan();
        List<Plaatsingseenheid> volgorde = vrij(plan);
        volgorde.sort(OP_VERGUNNINGDATUM);
        return plaats(ctx, plan, volgorde, keuze);
    }

    /** Places {@code volgorde} (households of {@code plan}) one by one with {@code keuze}, then scores the plan. */
    static MatchingResult plaats(PlanContext ctx, Koppelplan plan, List<Plaatsingseenheid> volgorde, Keuze keuze) {
        long start = System.nanoTime();
        // bound households first: a nareiziger joins its family before any free household takes the room
        volgorde = new ArrayList<>(volgorde);
        volgorde.sort(Comparator.comparing((Plaatsingseenheid p) -> p.getFamilieBestemming() == null));
        Lasten lasten = Lasten.van(plan);
        List<Bestemming> haalbaar = new ArrayList<>();
        for (Plaatsingseenheid p : volgorde) {
            haalbaar.clear();
            for (Bestemming b : p.getToegestaan()) {
                if (lasten.past(b, p)) {
                    haalbaar.add(b);
                }
            }
            Bestemming b = haalbaar.isEmpty() ? null : keuze.kies(p, haalbaar, lasten);
            p.setBestemming(b);
            if (b != null) {
                lasten.plaats(p, b);
            }
        }
        return PlanScorer.resultaat(ctx, plan, Duration.ofNanos(System.nanoTime() - start));
    }
}
