package nl.kansrijk.solve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Bewijs;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Groepstand;
import nl.kansrijk.rules.Regel;

/**
 * Turns a plan into a {@link MatchingResult} by applying the rule functions to every household and gemeente:
 * the per-household contributions plus the gemeente-level terms plus the group term (groepsgelijkheid) are the
 * plan's score.
 */
public final class PlanScorer {

    private PlanScorer() {
    }

    /** Scores the plan as it stands and builds the result, without a proof (a plan made elsewhere). */
    public static MatchingResult resultaat(PlanContext ctx, Koppelplan plan, Duration rekentijd) {
        return resultaat(ctx, plan, rekentijd, null);
    }

    /** Scores the plan as it stands and builds the result with what its solve proved ({@code null}: nothing). */
    public static MatchingResult resultaat(PlanContext ctx, Koppelplan plan, Duration rekentijd, Bewijs bewijs) {
        Gewichten gewichten = ctx.config().gewichten();
        Lasten last = Lasten.van(plan);
        EnumMap<Regel, Long> totaal = new EnumMap<>(Regel.class);
        for (Regel r : Regel.values()) {
            totaal.put(r, 0L);
        }
        HardMediumSoftScore score = HardMediumSoftScore.ZERO;
        List<Koppeling> koppelingen = new ArrayList<>(plan.getEenheden().size());
        for (Plaatsingseenheid p : plan.getEenheden()) {
            Bestemming b = p.getBestemming();
            Bijdragen bijdragen = Bijdragen.vanHuishouden(p, b, gewichten, last::vrij);
            bijdragen.perRegel().forEach((r, v) -> totaal.merge(r, v, Long::sum));
            score = score.add(bijdragen.score());
            Status status = b == null ? Status.NIET_GEPLAATST : p.isVastgezet() ? Status.VASTGEZET : Status.GEKOPPELD;
            String reden = b == null ? redenNietGeplaatst(ctx, p, last) : null;
            koppelingen.add(new Koppeling(p.getHuishouden(), b == null ? null : b.code(), status, bijdragen, reden));
        }
        List<GemeenteResultaat> gemeenten = new ArrayList<>(ctx.bestemmingen().size());
        for (Bestemming b : ctx.bestemmingen()) {
            long l = last.personen(b);
            Bijdragen bijdragen = Bijdragen.vanGemeente(b, l, last.gebonden(b), gewichten);
            bijdragen.perRegel().forEach((r, v) -> totaal.merge(r, v, Long::sum));
            score = score.add(bijdragen.score());
            gemeenten.add(new GemeenteResultaat(b.gemeente(), b.taakstelling(), b.capaciteit(), l, b.vastePersonen(), bijdragen));
        }
        Bijdragen groepen = Bijdragen.vanGroepen(Groepstand.van(plan.getEenheden()), gewichten);
        groepen.perRegel().forEach((r, v) -> totaal.merge(r, v, Long::sum));
        score = score.add(groepen.score());
        return new MatchingResult(ctx.periode(), koppelingen, gemeenten, score, totaal, ctx.config(), rekentijd, bewijs);
    }

    /**
     * Why a household is unplaced and what would make it placeable: no gemeente passes its hard rules (then per
     * rule, which gemeenten changing that rule alone would open), or every allowed gemeente is full (then how many
     * places the nearest-to-room one lacks), or the solver did not choose an open place.
     */
    static String redenNietGeplaatst(PlanContext ctx, Plaatsingseenheid p, Lasten last) {
        int n = ctx.bestemmingen().size();
        if (p.getToegestaan().isEmpty()) {
            Map<Regel, Integer> uit = ctx.uitsluitingen(p.getHuishouden());
            return "geen gemeente voldoet aan alle harde regels: " + uit.entrySet().stream()
                    .map(e -> e.getKey().label() + " sluit " + e.getValue() + " van " + n + " gemeenten uit")
                    .collect(Collectors.joining("; ")) + "; " + oplossingHardeRegels(ctx.zonderEenRegel(p.getHuishouden()));
        }
        long vol = p.getToegestaan().stream()
                .filter(b -> last.tekort(b, p) > 0)
                .count();
        int aantal = p.getToegestaan().size();
        if (vol == aantal) {
            String welke = aantal <= 3
                    ? " (" + p.getToegestaan().stream().map(Bestemming::toString).collect(Collectors.joining(", ")) + ")"
                    : "";
            Bestemming dichtst = p.getToegestaan().stream()
                    .min(Comparator.comparingLong((Bestemming b) -> last.tekort(b, p)).thenComparingInt(Bestemming::index))
                    .orElseThrow();
            long tekort = last.tekort(dichtst, p);
            String oplossing = "; plaatsbaar als " + dichtst.code() + " " + tekort + (tekort == 1 ? " plaats" : " plaatsen")
                    + " meer krijgt (hogere taakstelling of tolerantie)";
            String plaatsen = p.getPersonen() == 1 ? "1 plaats" : p.getPersonen() + " plaatsen";
            String wat = aantal == n ? "geen gemeente heeft nog " + plaatsen + " vrij"
                    : aantal == 1 ? "de enige gemeente die aan de harde regels voldoet" + welke + " heeft geen "
                            + plaatsen + " meer vrij"
                    : "geen van de " + aantal + " gemeenten die aan de harde regels voldoen" + welke + " heeft nog "
                            + plaatsen + " vrij";
            return "taakstelling: " + wat + oplossing;
        }
        return "niet geplaatst: " + (aantal - vol) + " toegestane gemeenten hebben nog plaats, maar de plaatsing is niet gekozen";
    }

    /** "plaatsbaar als alleen <regel> anders is: GM… ; …", or that one change is not enough. */
    public static String oplossingHardeRegels(Map<Regel, List<Bestemming>> zonderEenRegel) {
        List<String> opties = new ArrayList<>();
        zonderEenRegel.forEach((regel, open) -> {
            if (!open.isEmpty()) {
                opties.add(regel.label() + " (dan " + (open.size() == 1 ? "1 gemeente: "
                        : open.size() + (open.size() <= 3 ? " gemeenten: " : " gemeenten, o.a. "))
                        + open.stream().limit(3).map(Bestemming::code).collect(Collectors.joining(", ")) + ")");
            }
        });
        return opties.isEmpty()
                ? "geen enkele regel alleen staat in de weg: er moeten meerdere gegevens van het huishouden veranderen"
                : "plaatsbaar als één van deze gegevens verandert: " + String.join(" of ", opties);
    }
}
