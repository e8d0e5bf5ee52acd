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
 * in gemeente g, with d₁ ≤ d₂ ≤ … ≤ d_m the wachtdagen (counted from h's vergunningdatum) of g's m dwellings that fit
 * h (size, and accessibility where the input marks it), and n the households of s persons expected to be linked to g
 * (at least 1), the points per person are round(Σ_{i ≤ k} v(d_i) / max(n, k)) with k = min(m, round(n)) and
 * v(d) = 50 + 50 × (183 − min(d, 183)) / 183: a dwelling at all is worth 50, one free at once 100, and the share of
 * the n households expected to find none counts 0. n is the bound (pinned or nareiziger) households of s persons in
 * g plus g's free room in persons × (persons of free s-person households / persons of all free households, the room
 * scaled down when all gemeenten together have more free room than there are free persons) / s. The value is fixed
 * per household and gemeente before the search, so the rule is linear per pair like every per-household rule and the
 * relaxation, its prices and bound, and the exact path need nothing special. Immutable; safe to share.
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

    /** Points per person for a dwelling free at once; a dwelling at all is worth half of it. */
    public static final int MAXIMUM = 100;

    /**
     * The value of one dwelling reached after {@code wachtdagen} days: MAXIMUM / 2 for a dwelling at all, plus
     * MAXIMUM / 2 × (HORIZON − min(wachtdagen, HORIZON)) / HORIZON for how soon.
     */
    public static double waarde(long wachtdagen) {
        return MAXIMUM / 2.0 + MAXIMUM / 2.0 * (HORIZON - Math.min(wachtdagen, HORIZON)) / HORIZON;
    }

    /** The points per person of household {@code h} in each gemeente, by {@link Bestemming#index()}. */
    public int[] punten(Huishouden h) {
        LocalDate vanaf = h.vergunningdatum() != null ? h.vergunningdatum() : zonderVergunningdatum;
        int[] out = new int[woningen.size()];
        List<Woning> passend = new ArrayList<>();
        for (int g = 0; g < out.length; g++) {
            passend.clear();
            for (Woning w : woningen.get(g)) {
                if (Woningaanbod.past(h, w, toegankelijkheid)) {
                    passend.add(w);
                }
            }
            if (passend.isEmpty()) {
                continue;
            }
            double n = Math.max(1.0, h.personen() < verwacht[g].length ? verwacht[g][h.personen()] : 0);
            int plaatsen = (int) Math.min(passend.size(), Math.max(1, Math.round(n)));
            double som = 0;
            for (int i = 0; i < plaatsen; i++) {
                som += waarde(passend.get(i).wachtdagenVanaf(vanaf));
            }
            out[g] = (int) Math.round(som / Math.max(n, plaatsen));
        }
        return out;
    }
}
