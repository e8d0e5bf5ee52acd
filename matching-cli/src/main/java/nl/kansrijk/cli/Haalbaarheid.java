package nl.kansrijk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.rules.Regels;
import nl.kansrijk.solve.PlanContext;
import nl.kansrijk.solve.PlanScorer;

/**
 * Feasibility diagnosis (haalbaarheid) of a valid problem, found without solving: households no gemeente can take
 * under the hard rules, pinned households whose gemeente breaks a hard rule, gemeenten whose pinned and
 * nareiziger households alone exceed their capacity, and more persons than places in all. Each finding is a
 * Dutch sentence naming only pseudonymous ids, gemeente codes and rules, with what would make it feasible.
 */
public final class Haalbaarheid {

    private Haalbaarheid() {
    }

    /** Every finding for the prepared problem; empty when nothing stands in the way of placing everyone. */
    public static List<String> diagnose(PlanContext context) {
        List<String> out = new ArrayList<>();
        int gemeenten = context.bestemmingen().size();
        long personen = 0;
        for (Huishouden h : context.problem().huishoudens()) {
            personen += h.personen();
            Plaatsingseenheid eenheid = context.eenheid(h);
            if (h.isGekoppeld()) {
                pinnedAgainstHardRule(context, h, eenheid, out);
            } else if (eenheid.getToegestaan().isEmpty()) {
                out.add("huishouden " + h.id() + ": geen enkele gemeente voldoet aan de harde regels ("
                        + describe(context.uitsluitingen(h), gemeenten) + "); "
                        + PlanScorer.oplossingHardeRegels(context.zonderEenRegel(h)));
            }
        }
        long capaciteit = 0;
        for (Bestemming b : context.bestemmingen()) {
            capaciteit += Math.max(0, b.toegestaneLast());
            if (b.vastePersonen() > b.capaciteit()) {
                out.add(b.code() + " heeft " + (b.vastePersonen() - b.capaciteit()) + " plaatsen extra nodig voor "
                        + "vastgezette en nareiziger-huishoudens (" + b.vastePersonen() + " personen, capaciteit "
                        + b.capaciteit() + ")");
            }
        }
        if (personen > capaciteit) {
            long tekort = personen - capaciteit;
            out.add("in totaal " + personen + " personen maar " + capaciteit + " plaatsen: minstens " + tekort
                    + (tekort == 1 ? " persoon blijft" : " personen blijven") + " ongeplaatst, tenzij taakstellingen en "
                    + "tolerantie samen minstens " + tekort + (tekort == 1 ? " plaats" : " plaatsen") + " meer geven");
        }
        return out;
    }

    private static void pinnedAgainstHardRule(PlanContext context, Huishouden h, Plaatsingseenheid eenheid, List<String> out) {
        Bestemming b = eenheid.getToegestaan().get(0);
        StringJoiner broken = new StringJoiner(", ");
        for (Regel r : Regel.HARD_PER_HUISHOUDEN) {
            if (Regels.hard(r, eenheid.getProfiel(), b) != 0) {
                broken.add(r.label());
            }
        }
        if (broken.length() > 0) {
            out.add("huishouden " + h.id() + " is vastgezet op " + b.code() + ", maar die koppeling schendt: " + broken
                    + "; de koppeling blijft staan, controleer haar");
        }
    }

    private static String describe(Map<Regel, Integer> uitsluitingen, int gemeenten) {
        StringJoiner j = new StringJoiner("; ");
        uitsluitingen.forEach((r, n) -> j.add(r.label() + " sluit " + n + " van " + gemeenten + " gemeenten uit"));
        return j.toString();
    }
}
