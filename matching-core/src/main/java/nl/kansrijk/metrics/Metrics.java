package nl.kansrijk.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Groepsdeel;
import nl.kansrijk.model.Groepsindeling;
import nl.kansrijk.solve.GemeenteResultaat;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/**
 * The research metrics of a plan, defined once and used by solve, evaluate and sweep: overall quality, the
 * spread of fill ratios over gemeenten, hard violations and the outcome gaps between groups of households.
 *
 * @param totaal quality over all households in the plan (pinned included)
 * @param vulgraadMin lowest fill ratio over gemeenten with a positive opgave
 * @param vulgraadMax highest fill ratio
 * @param vulgraadGini Gini coefficient of the fill ratios (0 = all equal)
 * @param huishoudensMetHardeSchending households placed against a hard per-household rule
 * @param overvoldeGemeenten gemeenten whose load breaks the taakstelling rule
 * @param groepen outcome gaps per grouping
 */
public record Metrics(Kwaliteit totaal, double vulgraadMin, double vulgraadMax, double vulgraadGini,
        long huishoudensMetHardeSchending, long overvoldeGemeenten, List<Groepsverschil> groepen) {

    /** The measures whose gaps between groups are reported, by name. */
    public static final Map<String, ToDoubleFunction<Kwaliteit>> MAATSTAVEN;

    static {
        Map<String, ToDoubleFunction<Kwaliteit>> m = new LinkedHashMap<>();
        m.put("aandeel_geplaatst", Kwaliteit::aandeelGeplaatst);
        m.put("aandeel_eerste_regio", Kwaliteit::aandeelEersteRegio);
        m.put("aandeel_advies_regio", Kwaliteit::aandeelAdviesRegio);
        m.put("km_gemiddeld", Kwaliteit::kmGemiddeld);
        m.put("aandeel_voorkeur_of_netwerk", Kwaliteit::aandeelVoorkeurOfNetwerk);
        m.put("gemiddelde_sectorvraag", Kwaliteit::gemiddeldeSectorvraag);
        m.put("zacht_per_persoon", Kwaliteit::zachtPerPersoon);
        MAATSTAVEN = Collections.unmodifiableMap(m);
    }

    /** Computes every metric of a result against the context it was solved in. */
    public static Metrics van(PlanContext ctx, MatchingResult result) {
        List<Koppeling> all = result.koppelingen();
        Kwaliteit totaal = kwaliteit(ctx, all);
        double[] vul = result.gemeenten().stream()
                .filter(g -> g.taakstelling().opgave() > 0)
                .mapToDouble(GemeenteResultaat::vulgraad).sorted().toArray();
        long schendingen = all.stream().filter(k -> k.bijdragen().schendtHardeRegel()).count();
        long overvol = result.gemeenten().stream().filter(g -> g.bijdragen().schendtHardeRegel()).count();
        List<Groepsverschil> groepen = new ArrayList<>();
        groepen.add(groepsverschil(ctx, all, Groepsindeling.STANDAARD));
        groepen.add(groepsverschil(ctx, all, new Groepsindeling(Groepsindeling.OPLEIDINGSNIVEAU)));
        TreeSet<String> kenmerken = new TreeSet<>();
        all.forEach(k -> kenmerken.addAll(k.huishouden().kenmerken().keySet()));
        for (String naam : kenmerken) {
            groepen.add(groepsverschil(ctx, all, new Groepsindeling(naam)));
        }
        if (all.stream().anyMatch(k -> k.huishouden().leden().stream().anyMatch(a -> a.volwassene() && a.geslacht() != null))) {
            groepen.add(groepsverschil(ctx, all, new Groepsindeling(Groepsindeling.GESLACHT_VOLWASSENEN)));
        }
        return new Metrics(totaal, vul.length == 0 ? Double.NaN : vul[0], vul.length == 0 ? Double.NaN : vul[vul.length - 1],
                gini(vul), schendingen, overvol, List.copyOf(groepen));
    }

    /**
     * The grouping with the largest gap between its groups for one measure of {@link #MAATSTAVEN} (the first such
     * grouping on ties), or empty when there are no groupings.
     */
    public java.util.Optional<Groepsverschil> grootsteGroepsverschil(String maatstaf) {
        if (!MAATSTAVEN.containsKey(maatstaf)) {
            throw new IllegalArgumentException("unknown measure " + maatstaf + ", known: " + MAATSTAVEN.keySet());
        }
        Groepsverschil beste = null;
        for (Groepsverschil g : groepen) {
            if (beste == null || g.grootsteVerschil().get(maatstaf) > beste.grootsteVerschil().get(maatstaf)) {
                beste = g;
            }
        }
        return java.util.Optional.ofNullable(beste);
    }

    /** The outcome gaps of one grouping (by its {@link Groepsindeling#naam()}), if the plan has it. */
    public java.util.Optional<Groepsverschil> groepsverschil(Groepsindeling indeling) {
        return groepen.stream().filter(g -> g.indeling().equals(indeling.naam())).findFirst();
    }

    /**
     * The outcomes of one grouping. Privacy: a group of fewer than {@code minGroepsgrootte} households is shown
     * without measures; when the small groups together are fewer than that too, the smallest shown groups are
     * suppressed as well until the suppressed households number at least {@code minGroepsgrootte}, so that no small
     * group's outcome follows from the totals minus the shown groups.
     */
    private static Groepsverschil groepsverschil(PlanContext ctx, List<Koppeling> all, Groepsindeling indeling) {
        Map<String, List<Deelname>> perGroep = new TreeMap<>();
        for (Koppeling k : all) {
            if (!indeling.isPerVolwassene()) {
                perGroep.computeIfAbsent(indeling.groep(k.huishouden()), x -> new ArrayList<>()).add(Deelname.heel(k));
                continue;
            }
            Bestemming b = k.isGeplaatst() ? ctx.bestemming(k.gemeenteCode()) : null;
            for (Groepsdeel d : ctx.groepsdelen(k.huishouden(), indeling)) {
                perGroep.computeIfAbsent(d.groep(), x -> new ArrayList<>())
                        .add(new Deelname(k, d.personen(), b == null ? 0 : d.zacht(b)));
            }
        }
        int min = ctx.config().minGroepsgrootte();
        Map<String, String> onderdrukt = new TreeMap<>();
        long klein = 0;
        for (Map.Entry<String, List<Deelname>> e : perGroep.entrySet()) {
            if (e.getValue().size() < min) {
                onderdrukt.put(e.getKey(), "< " + min);
                klein += e.getValue().size();
            }
        }
        if (klein > 0 && klein < min) {
            List<Map.Entry<String, List<Deelname>>> groot = perGroep.entrySet().stream()
                    .filter(e -> !onderdrukt.containsKey(e.getKey()))
                    .sorted(java.util.Comparator.comparingInt((Map.Entry<String, List<Deelname>> e) -> e.getValue().size())
                            .thenComparing(Map.Entry::getKey))
                    .toList();
            for (var e : groot) {
                if (klein >= min) {
                    break;
                }
                onderdrukt.put(e.getKey(), "\u2265 " + min);
                klein += e.getValue().size();
            }
        }
        Map<String, Kwaliteit> kwaliteit = new LinkedHashMap<>();
        perGroep.forEach((g, ks) -> {
            if (!onderdrukt.containsKey(g)) {
                kwaliteit.put(g, kwaliteitVan(ctx, ks));
            }
        });
        String indelingNaam = indeling.naam();
        Map<String, Double> verschil = new LinkedHashMap<>();
        MAATSTAVEN.forEach((naam, f) -> {
            double[] v = kwaliteit.values().stream().mapToDouble(f).filter(d -> !Double.isNaN(d)).toArray();
            verschil.put(naam, v.length < 2 ? 0.0 : Arrays.stream(v).max().getAsDouble() - Arrays.stream(v).min().getAsDouble());
        });
        return new Groepsverschil(indelingNaam, Collections.unmodifiableMap(kwaliteit), Collections.unmodifiableMap(verschil),
                Collections.unmodifiableMap(onderdrukt));
    }

    /**
     * How a household counts in a group (deelname): its koppeling, the persons of it the group counts, and their soft
     * points where it is placed (the whole household: all its persons and its soft contribution).
     */
    private record Deelname(Koppeling k, int personen, long zacht) {
        static Deelname heel(Koppeling k) {
            return new Deelname(k, k.huishouden().personen(), k.bijdragen().zacht());
        }
    }

    /** Quality over a set of koppelingen. */
    public static Kwaliteit kwaliteit(PlanContext ctx, List<Koppeling> koppelingen) {
        return kwaliteitVan(ctx, koppelingen.stream().map(Deelname::heel).toList());
    }

    /** Quality over the persons each household counts with: every share weighted by those persons. */
    private static Kwaliteit kwaliteitVan(PlanContext ctx, List<Deelname> deelnames) {
        long personen = 0, geplaatst = 0, metAdvies = 0, eerste = 0, advies = 0, metWens = 0, wens = 0;
        long sectorPersonen = 0, zacht = 0;
        double sectorSom = 0;
        List<long[]> km = new ArrayList<>(); // {km, persons}
        for (Deelname dn : deelnames) {
            Koppeling k = dn.k();
            Huishouden h = k.huishouden();
            int p = dn.personen();
            personen += p;
            boolean heeftAdvies = !h.regioadvies().isEmpty();
            boolean heeftWens = !h.voorkeurGemeenten().isEmpty() || h.netwerkGemeente() != null;
            metAdvies += heeftAdvies ? p : 0;
            metWens += heeftWens ? p : 0;
            if (!k.isGeplaatst()) {
                continue;
            }
            geplaatst += p;
            zacht += dn.zacht();
            Bestemming b = ctx.bestemming(k.gemeenteCode());
            int rang = h.regioadvies().indexOf(b.arbeidsmarktregio().code());
            eerste += rang == 0 ? p : 0;
            advies += rang >= 0 ? p : 0;
            if (heeftWens && (h.voorkeurGemeenten().contains(b.code()) || (h.netwerkGemeente() != null
                    && ctx.afstand(ctx.bestemming(h.netwerkGemeente()), b) <= ctx.config().stralen().netwerkKm()))) {
                wens += p;
            }
            int afstand = ctx.azcAfstand(h.azcCode(), b);
            if (afstand >= 0) {
                km.add(new long[] {afstand, p});
            }
            if (!h.sectoren().isEmpty()) {
                double vraag = h.sectoren().stream().mapToInt(s -> b.arbeidsmarktregio().vraag(s)).average().orElse(0);
                sectorSom += vraag * p;
                sectorPersonen += p;
            }
        }
        km.sort((a, c) -> Long.compare(a[0], c[0]));
        long kmPersonen = km.stream().mapToLong(a -> a[1]).sum();
        double kmGem = kmPersonen == 0 ? Double.NaN : km.stream().mapToDouble(a -> a[0] * (double) a[1]).sum() / kmPersonen;
        return new Kwaliteit(deelnames.size(), personen, geplaatst, ratio(geplaatst, personen), ratio(eerste, metAdvies),
                ratio(advies, metAdvies), kmGem, percentiel(km, kmPersonen, 0.9), ratio(wens, metWens),
                sectorPersonen == 0 ? Double.NaN : sectorSom / sectorPersonen, ratio(zacht, geplaatst));
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : a / (double) b;
    }

    /** Nearest-rank percentile over person-weighted sorted values. */
    private static double percentiel(List<long[]> gesorteerd, long totaal, double q) {
        if (totaal == 0) {
            return Double.NaN;
        }
        long rang = (long) Math.ceil(q * totaal);
        long cum = 0;
        for (long[] a : gesorteerd) {
            cum += a[1];
            if (cum >= rang) {
                return a[0];
            }
        }
        return gesorteerd.get(gesorteerd.size() - 1)[0];
    }

    /** Gini coefficient of non-negative values (sorted ascending); 0 when all are equal, NaN when empty. */
    static double gini(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double som = 0, gewogen = 0;
        for (int i = 0; i < n; i++) {
            som += sorted[i];
            gewogen += (i + 1) * sorted[i];
        }
        return som == 0 ? 0.0 : (2 * gewogen) / (n * som) - (n + 1.0) / n;
    }
}
