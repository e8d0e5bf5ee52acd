package nl.kansrijk.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Woning;
import nl.kansrijk.model.Woningaanbod;

/**
 * A household's prospect of a fitting dwelling soon in each gemeente (woonkans), derived once before the search from
 * {@code woningen.csv}: the points per person of the {@link Regel#WONING woning} rule. For household h of s persons
 * in gemeente g, with d₁ ≤ d₂ ≤ … the wachtdagen of g's dwellings that fit h (size, and accessibility where the input
 * marks it) counted from h's vergunningdatum, and n ≥ 1 the households of s persons expected to need one of them in
 * g, the points per person are round(Σ_{i ≤ min(n, m)} v(d_i) / n) with v(d) = {@value #HORIZON} + {@value #HORIZON}
 * − min(d, {@value #HORIZON}): a dwelling at all is worth half, one free at once the other half, and a household
 * expected to find none (n beyond the m dwellings) counts 0. n is the bound (pinned or nareiziger) households of s
 * persons in g, plus g's free room in persons times the share of s-person households' persons among the free
 * households' persons (scaled down when the free room in all gemeenten exceeds those persons), divided by s.
 * The value is fixed per household and gemeente, so the rule is linear per pair like every per-household rule.
 * Immutable; safe to share.
 */
public final class Woonkans {

    /** Days after which a later dwelling is worth no more than a dwelling at all: half a year. */
    public static final int HORIZON = 183;

    private final List<List<Woning>> woningen;
    private final boolean toegankelijkheid;
    private final LocalDate zonderVergunningdatum;
    private final double[][] verwacht;

    private Woonkans(List<List<Woning>> woningen, boolean toegankelijkheid, LocalDate zonderVergunningdatum,
            double[][] verwacht) {
        this.woningen = woningen;
        this.toegankelijkheid = toegankelijkheid;
        this.zonderVergunningdatum = zonderVergunningdatum;
        this.verwacht = verwacht;
    }

    /**
     * The prospects for the households of a solve, or {@code null} when there are no dwellings (the rule then gives 0
     * everywhere).
     *
     * @param zonderVergunningdatum the day from which a household without a vergunningdatum waits (the period's start)
     */
    public static Woonkans van(Woningaanbod aanbod, List<Bestemming> bestemmingen, List<Huishouden> huishoudens,
            LocalDate zonderVergunningdatum) {
        if (aanbod == null || aanbod.woningen().isEmpty()) {
            return null;
        }
        Map<String, Integer> index = new HashMap<>();
        for (Bestemming b : bestemmingen) {
            index.put(b.code(), b.index());
        }
        List<List<Woning>> perGemeente = new ArrayList<>();
        for (int i = 0; i < bestemmingen.size(); i++) {
            perGemeente.add(new ArrayList<>());
        }
        for (Woning w : aanbod.woningen()) {
            Integer i = index.get(w.gemeenteCode());
            if (i != null) {
                perGemeente.get(i).add(w);
            }
        }
        List<List<Woning>> gesorteerd = new ArrayList<>(perGemeente.size());
        for (List<Woning> l : perGemeente) {
            l.sort(Comparator.comparing(Woning::beschikbaarVanaf)); // stable: input order among equal days
            gesorteerd.add(List.copyOf(l));
        }
        return new Woonkans(List.copyOf(gesorteerd), aanbod.toegankelijkheidGemarkeerd(), zonderVergunningdatum,
                verwacht(bestemmingen, huishoudens, index));
    }

    /** Households of each size expected per gemeente: [gemeente index][persons]. */
    private static double[][] verwacht(List<Bestemming> bestemmingen, List<Huishouden> huishoudens,
            Map<String, Integer> index) {
        int maxPersonen = huishoudens.stream().mapToInt(Huishouden::personen).max().orElse(0);
        double[][] out = new double[bestemmingen.size()][maxPersonen + 1];
        long[] vrijePersonenPerGrootte = new long[maxPersonen + 1];
        long vrijePersonen = 0;
        for (Huishouden h : huishoudens) {
            String gebonden = h.isGekoppeld() ? h.gekoppeldGemeente() : h.nareizigerVanGemeente();
            Integer i = gebonden == null ? null : index.get(gebonden);
            if (i != null) {
                out[i][h.personen()] += 1;
            } else {
                vrijePersonenPerGrootte[h.personen()] += h.personen();
                vrijePersonen += h.personen();
            }
        }
        long vrijeRuimte = 0;
        for (Bestemming b : bestemmingen) {
            vrijeRuimte += vrijeRuimte(b);
        }
        if (vrijePersonen == 0 || vrijeRuimte == 0) {
            return out;
        }
        double schaal = Math.min(1.0, vrijePersonen / (double) vrijeRuimte);
        for (Bestemming b : bestemmingen) {
            double personen = vrijeRuimte(b) * schaal;
            for (int s = 1; s <= maxPersonen; s++) {
                out[b.index()][s] += personen * vrijePersonenPerGrootte[s] / vrijePersonen / s;
            }
        }
        return out;
    }

    private static long vrijeRuimte(Bestemming b) {
        return Math.max(0, b.capaciteit() - b.vastePersonen());
    }

    /** The value of one dwelling reached after {@code wachtdagen} days: 2 × HORIZON − min(wachtdagen, HORIZON). */
    public static long waarde(long wachtdagen) {
        return 2L * HORIZON - Math.min(wachtdagen, HORIZON);
    }

    /** The points per person of household {@code h} in each gemeente, by {@link Bestemming#index()}. */
    public int[] punten(Huishouden h) {
        LocalDate vanaf = h.vergunningdatum() != null ? h.vergunningdatum() : zonderVergunningdatum;
        int[] out = new int[woningen.size()];
        for (int g = 0; g < out.length; g++) {
            double n = Math.max(1.0, h.personen() < verwacht[g].length ? verwacht[g][h.personen()] : 0);
            int plaatsen = (int) Math.min(Integer.MAX_VALUE, Math.round(n));
            long som = 0;
            int gevonden = 0;
            for (Woning w : woningen.get(g)) {
                if (gevonden >= plaatsen) {
                    break;
                }
                if (Woningaanbod.past(h, w, toegankelijkheid)) {
                    som += waarde(w.wachtdagenVanaf(vanaf));
                    gevonden++;
                }
            }
            out[g] = (int) Math.round(som / Math.max(n, plaatsen));
        }
        return out;
    }
}
