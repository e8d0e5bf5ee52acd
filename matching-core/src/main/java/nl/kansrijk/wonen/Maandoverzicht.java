package nl.kansrijk.wonen;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.kansrijk.model.Woning;
import nl.kansrijk.model.Woningaanbod;

/**
 * The overview per gemeente per month of the koppelingen against the dwellings coming free (maandoverzicht): the
 * uniform overview of local koppelingen and vrijkomende huurwoningen the U16 plan asks for.
 *
 * @param rijen one per gemeente and month with a koppeling or a dwelling, gemeenten in the given order, months ascending
 */
public record Maandoverzicht(List<Rij> rijen) {

    public Maandoverzicht {
        rijen = List.copyOf(rijen);
    }

    /**
     * One gemeente in one month.
     *
     * @param gemeenteCode the gemeente
     * @param maand the calendar month
     * @param koppelingen linked households whose vergunningdatum (the first day of the period without one) falls in the month
     * @param personen their persons
     * @param vrijkomendeWoningen dwellings whose {@code beschikbaar_vanaf} falls in the month
     * @param toegewezen of those dwellings, how many the toewijzing assigned
     */
    public record Rij(String gemeenteCode, YearMonth maand, int koppelingen, int personen, int vrijkomendeWoningen,
            int toegewezen) {
    }

    /**
     * The overview of a toewijzing over its supply.
     *
     * @param gemeenteVolgorde the order of the gemeenten (the input's); gemeenten not in it follow by code
     * @param zonderVergunningdatum the month of a household without a vergunningdatum is this day's
     */
    public static Maandoverzicht van(Woningtoewijzing t, Woningaanbod aanbod, List<String> gemeenteVolgorde,
            LocalDate zonderVergunningdatum) {
        Map<String, TreeMap<YearMonth, int[]>> per = new TreeMap<>();
        for (Toewijzing x : t.toewijzingen()) {
            LocalDate d = x.huishouden().vergunningdatum() != null ? x.huishouden().vergunningdatum() : zonderVergunningdatum;
            int[] c = cel(per, x.gemeenteCode(), YearMonth.from(d));
            c[0]++;
            c[1] += x.huishouden().personen();
        }
        java.util.Set<String> toegewezen = new java.util.HashSet<>();
        t.toewijzingen().stream().filter(Toewijzing::isGehuisvest).forEach(x -> toegewezen.add(x.woning().id()));
        for (Woning w : aanbod.woningen()) {
            int[] c = cel(per, w.gemeenteCode(), YearMonth.from(w.beschikbaarVanaf()));
            c[2]++;
            c[3] += toegewezen.contains(w.id()) ? 1 : 0;
        }
        Map<String, Integer> rang = new HashMap<>();
        for (int i = 0; i < gemeenteVolgorde.size(); i++) {
            rang.putIfAbsent(gemeenteVolgorde.get(i), i);
        }
        List<String> codes = new ArrayList<>(per.keySet());
        codes.sort(java.util.Comparator.comparingInt((String c) -> rang.getOrDefault(c, Integer.MAX_VALUE))
                .thenComparing(c -> c));
        List<Rij> rijen = new ArrayList<>();
        for (String code : codes) {
            per.get(code).forEach((maand, c) -> rijen.add(new Rij(code, maand, c[0], c[1], c[2], c[3])));
        }
        return new Maandoverzicht(rijen);
    }

    private static int[] cel(Map<String, TreeMap<YearMonth, int[]>> per, String code, YearMonth maand) {
        return per.computeIfAbsent(code, k -> new TreeMap<>()).computeIfAbsent(maand, k -> new int[4]);
    }
}
