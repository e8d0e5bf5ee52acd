package nl.kansrijk.simulate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Periode;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.MatchingConfig;

/**
 * The state an advice is given in (adviesstand), in the simulator's terms, so that the advice's scarcity prices
 * come from the same {@link Prijsschatter} call the price policy makes: today is the household's permit date
 * (or, without one, the latest permit date in the input); the plan's koppelingen are pinned; the households that
 * arrived by today (permit on or before it, or without a date) are the profile mix; those of them the plan does
 * not link, the household itself included, are today's queue. Immutable.
 *
 * @param stand what is known today
 * @param wachtrij the households to link today, in arrival order
 */
public record Adviesstand(SimulatieStand stand, List<Huishouden> wachtrij) {

    public Adviesstand {
        Objects.requireNonNull(stand, "stand");
        wachtrij = List.copyOf(wachtrij);
    }

    /**
     * @param probleem the input (households with a koppeling are pinned)
     * @param plan gemeente code per household of the current plan (beyond the input's koppelingen)
     * @param h the household asked about (taken out of the plan first)
     */
    public static Adviesstand van(MatchingProblem probleem, MatchingConfig config, Map<String, String> plan, Huishouden h) {
        return van(probleem, config, plan, h, Woningaanbod.LEEG);
    }

    /**
     * As above, with the dwellings of {@code woningen.csv}: the scarcity prices' solves then see them
     * ({@link SimulatieStand#context}), so the woning rule weighs as in {@code kansrijk solve} and in the price policy.
     */
    public static Adviesstand van(MatchingProblem probleem, MatchingConfig config, Map<String, String> plan, Huishouden h,
            Woningaanbod woningaanbod) {
        Periode periode = Periode.van(probleem.effectievePeriode());
        LocalDate vandaag = h.vergunningdatum() != null ? h.vergunningdatum()
                : probleem.huishoudens().stream().map(Huishouden::vergunningdatum).filter(Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(periode.start());
        return bouw(probleem, config, plan, h, vandaag, null, 0, false, woningaanbod);
    }

    /**
     * Today's state of a period in progress, as a team of regievoerders meets it (the day's proposal): the
     * koppelingen made so far are the input's ({@link Huishouden#isGekoppeld}), pinned; the households without one
     * whose permit is on or before {@code vandaag} (or without a date) are today's queue; a later batch is due
     * tomorrow, unless today is the period's last day. Every household that arrived in the period by today, linked
     * or not, is in the profile mix later arrivals are drawn from, as in the simulator; the day's number since the
     * period's start seeds the samples, so each day draws its own futures and the same day the same.
     */
    public static Adviesstand vandaag(MatchingProblem probleem, MatchingConfig config, LocalDate vandaag) {
        return vandaag(probleem, config, vandaag, Woningaanbod.LEEG);
    }

    /** As above, with the dwellings of {@code woningen.csv} the policy's solves then see ({@link SimulatieStand#context}). */
    public static Adviesstand vandaag(MatchingProblem probleem, MatchingConfig config, LocalDate vandaag,
            Woningaanbod woningaanbod) {
        Periode periode = Periode.van(probleem.effectievePeriode());
        LocalDate morgen = vandaag.plusDays(1);
        return bouw(probleem, config, Map.of(), null, vandaag, morgen.isBefore(periode.einde()) ? morgen : null,
                (int) ChronoUnit.DAYS.between(periode.start(), vandaag), true, woningaanbod);
    }

    /** The state with the plan's koppelingen pinned and {@code h}, when given, taken out of the plan and queued. */
    private static Adviesstand bouw(MatchingProblem probleem, MatchingConfig config, Map<String, String> plan,
            Huishouden h, LocalDate vandaag, LocalDate volgende, int batchNummer, boolean gekoppeldInMix,
            Woningaanbod woningaanbod) {
        Periode periode = Periode.van(probleem.effectievePeriode());
        List<Huishouden> vast = new ArrayList<>();
        Map<String, String> koppelingen = new LinkedHashMap<>();
        Map<String, Long> gebonden = new HashMap<>();
        List<Huishouden> aangekomen = new ArrayList<>();
        List<Huishouden> wachtrij = new ArrayList<>();
        List<Huishouden> aangekondigd = new ArrayList<>();
        for (Huishouden x : probleem.huishoudens()) {
            if (h != null && x.id().equals(h.id())) {
                continue;
            }
            String code = x.isGekoppeld() ? x.gekoppeldGemeente() : plan.get(x.id());
            boolean aangekomenVandaag = !x.isGekoppeld()
                    && (x.vergunningdatum() == null || !x.vergunningdatum().isAfter(vandaag));
            if (x.isGekoppeld()) {
                gebonden.merge(code, (long) x.personen(), Long::sum);
            } else if (x.isNareiziger() && (code != null || aangekomenVandaag)) {
                gebonden.merge(x.nareizigerVanGemeente(), (long) x.personen(), Long::sum);
            }
            if (aangekomenVandaag) {
                aangekomen.add(x);
            } else if (gekoppeldInMix && x.isGekoppeld() && x.vergunningdatum() != null
                    && !x.vergunningdatum().isBefore(periode.start()) && !x.vergunningdatum().isAfter(vandaag)) {
                aangekomen.add(x.metGekoppeldGemeente(null));
            }
            if (code != null) {
                vast.add(x.metGekoppeldGemeente(code));
                koppelingen.put(x.id(), code);
            } else if (aangekomenVandaag) {
                wachtrij.add(x);
            } else if (!x.isGekoppeld() && x.isAangekondigdOp(vandaag)) {
                aangekondigd.add(x);
            }
        }
        if (h != null) {
            Huishouden vrij = h.metGekoppeldGemeente(null);
            aangekomen.add(vrij);
            wachtrij.add(vrij);
            if (vrij.isNareiziger()) {
                gebonden.merge(vrij.nareizigerVanGemeente(), (long) vrij.personen(), Long::sum);
            }
        }
        Comparator<Huishouden> aankomst = Comparator.comparing((Huishouden x) -> x.vergunningdatum() == null ? vandaag
                : x.vergunningdatum());
        wachtrij.sort(aankomst);
        aangekomen.sort(aankomst);
        SimulatieStand stand = new SimulatieStand(probleem.withHuishoudens(vast), config, vandaag, periode, batchNummer, aangekomen,
                koppelingen, gebonden, aangekondigd, List.of(), volgende, woningaanbod);
        return new Adviesstand(stand, wachtrij);
    }
}
