package nl.kansrijk.simulate;

import java.time.LocalDate;
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
        Periode periode = Periode.van(probleem.effectievePeriode());
        LocalDate vandaag = h.vergunningdatum() != null ? h.vergunningdatum()
                : probleem.huishoudens().stream().map(Huishouden::vergunningdatum).filter(Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(periode.start());
        List<Huishouden> vast = new ArrayList<>();
        Map<String, String> koppelingen = new LinkedHashMap<>();
        Map<String, Long> gebonden = new HashMap<>();
        List<Huishouden> aangekomen = new ArrayList<>();
        List<Huishouden> wachtrij = new ArrayList<>();
        List<Huishouden> aangekondigd = new ArrayList<>();
        for (Huishouden x : probleem.huishoudens()) {
            if (x.id().equals(h.id())) {
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
        Huishouden vrij = h.metGekoppeldGemeente(null);
        aangekomen.add(vrij);
        wachtrij.add(vrij);
        wachtrij.sort(Comparator.comparing((Huishouden x) -> x.vergunningdatum() == null ? vandaag : x.vergunningdatum()));
        aangekomen.sort(Comparator.comparing((Huishouden x) -> x.vergunningdatum() == null ? vandaag : x.vergunningdatum()));
        if (vrij.isNareiziger()) {
            gebonden.merge(vrij.nareizigerVanGemeente(), (long) vrij.personen(), Long::sum);
        }
        SimulatieStand stand = new SimulatieStand(probleem.withHuishoudens(vast), config, vandaag, periode, 0, aangekomen,
                koppelingen, gebonden, aangekondigd);
        return new Adviesstand(stand, wachtrij);
    }
}
