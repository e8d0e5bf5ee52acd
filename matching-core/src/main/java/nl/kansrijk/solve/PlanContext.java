package nl.kansrijk.solve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Groepsdeel;
import nl.kansrijk.model.Groepsindeling;
import nl.kansrijk.model.Persoon;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Huishoudprofiel;
import nl.kansrijk.model.InvalidProblemException;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Periode;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.model.ProblemValidator;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.model.Zorglocatie;
import nl.kansrijk.relaxation.Groepreferentie;
import nl.kansrijk.rules.Afstand;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.rules.Regels;
import nl.kansrijk.rules.Woonkans;

/**
 * A validated problem prepared for scoring under one configuration: the gemeenten as {@link Bestemming}en with
 * their capacity, the distance tables, and a factory for {@link Plaatsingseenheid}en with precomputed profiles
 * and value ranges. Immutable after construction and safe to share between threads; the plans it makes are not.
 */
public final class PlanContext {

    private final MatchingProblem problem;
    private final MatchingConfig config;
    private final String periode;
    private final List<Bestemming> bestemmingen;
    private final Map<String, Bestemming> bestemmingPerCode;
    private final Map<String, Integer> regioIndex;
    private final List<Arbeidsmarktregio> regios;
    private final int[][] gemeenteAfstand;
    private final Map<String, int[]> azcAfstand;
    private final Map<String, int[]> zorgAfstand;
    private final Woningaanbod woningaanbod;
    private final Woonkans woonkans;
    /** The groepsgelijkheid rule's fixed reference (soft points per person); 0 when the rule is off. */
    private final long groepReferentie;

    /** Validates the problem and prepares it; throws {@link nl.kansrijk.model.InvalidProblemException} on bad input. */
    public static PlanContext of(MatchingProblem problem, MatchingConfig config) {
        return of(problem, config, Woningaanbod.LEEG);
    }

    /**
     * As {@link #of(MatchingProblem, MatchingConfig)}, with the dwellings of {@code woningen.csv}: the woning rule
     * then sees each household's prospect of a fitting dwelling soon per gemeente ({@link Woonkans}).
     */
    public static PlanContext of(MatchingProblem problem, MatchingConfig config, Woningaanbod woningaanbod) {
        ProblemValidator.requireValid(problem);
        requireKolom(problem, config);
        return new PlanContext(problem, config, woningaanbod == null ? Woningaanbod.LEEG : woningaanbod);
    }

    private PlanContext(MatchingProblem problem, MatchingConfig config, Woningaanbod woningaanbod) {
        this.problem = problem;
        this.config = config;
        this.periode = problem.effectievePeriode();
        this.regios = problem.arbeidsmarktregios();
        this.regioIndex = new HashMap<>();
        for (int i = 0; i < regios.size(); i++) {
            regioIndex.put(regios.get(i).code(), i);
        }
        Map<String, Taakstelling> taak = new HashMap<>();
        for (Taakstelling t : problem.taakstellingen()) {
            if (t.periode().equals(periode)) {
                taak.put(t.gemeenteCode(), t);
            }
        }
        Map<String, Long> vast = new HashMap<>();
        for (Huishouden h : problem.huishoudens()) {
            String doel = h.isGekoppeld() ? h.gekoppeldGemeente() : h.nareizigerVanGemeente();
            if (doel != null) {
                vast.merge(doel, (long) h.personen(), Long::sum);
            }
        }
        List<Gemeente> gemeenten = problem.gemeenten();
        List<Bestemming> list = new ArrayList<>(gemeenten.size());
        Map<String, Bestemming> perCode = new LinkedHashMap<>();
        for (int i = 0; i < gemeenten.size(); i++) {
            Gemeente g = gemeenten.get(i);
            Taakstelling t = taak.getOrDefault(g.code(), new Taakstelling(g.code(), periode, 0, 0, 0));
            int r = regioIndex.get(g.arbeidsmarktregioCode());
            Bestemming b = new Bestemming(g, i, regios.get(r), r, t, (long) t.capaciteit() + config.tolerantie(),
                    vast.getOrDefault(g.code(), 0L));
            list.add(b);
            perCode.put(g.code(), b);
        }
        this.bestemmingen = Collections.unmodifiableList(list);
        this.bestemmingPerCode = Collections.unmodifiableMap(perCode);
        int n = gemeenten.size();
        this.gemeenteAfstand = new int[n][n];
        for (int i = 0; i < n; i++) {
            Gemeente a = gemeenten.get(i);
            for (int j = i + 1; j < n; j++) {
                Gemeente b = gemeenten.get(j);
                int km = Afstand.km(a.lat(), a.lon(), b.lat(), b.lon());
                gemeenteAfstand[i][j] = km;
                gemeenteAfstand[j][i] = km;
            }
        }
        this.azcAfstand = new HashMap<>();
        for (Azc a : problem.azcs()) {
            azcAfstand.put(a.code(), afstandenVanaf(a.lat(), a.lon()));
        }
        this.zorgAfstand = new HashMap<>();
        for (Zorglocatie z : problem.zorglocaties()) {
            zorgAfstand.put(z.code(), afstandenVanaf(z.lat(), z.lon()));
        }
        this.woningaanbod = woningaanbod;
        this.woonkans = Woonkans.van(woningaanbod, bestemmingen, problem.huishoudens(), Periode.van(periode).start());
        // after the dwellings: the woning rule's points count in the soft points the reference is a mean of
        this.groepReferentie = config.gewichten().get(Regel.GROEPSGELIJKHEID) == 0 ? 0
                : Groepreferentie.van(planMetReferentie(0), config.gewichten());
    }

    private int[] afstandenVanaf(double lat, double lon) {
        int[] row = new int[bestemmingen.size()];
        for (Bestemming b : bestemmingen) {
            row[b.index()] = Afstand.km(lat, lon, b.gemeente().lat(), b.gemeente().lon());
        }
        return row;
    }

    public MatchingProblem problem() { return problem; }
    public MatchingConfig config() { return config; }
    /** The period planned. */
    public String periode() { return periode; }
    /** The dwellings and pools given beside the problem ({@link Woningaanbod#LEEG} when none). */
    public Woningaanbod woningaanbod() { return woningaanbod; }
    /** Every gemeente as a destination, in input order. */
    public List<Bestemming> bestemmingen() { return bestemmingen; }

    /** The destination for a gemeente code, or {@code null}. */
    public Bestemming bestemming(String gemeenteCode) {
        return bestemmingPerCode.get(gemeenteCode);
    }

    /** Km between two gemeenten. */
    public int afstand(Bestemming a, Bestemming b) {
        return gemeenteAfstand[a.index()][b.index()];
    }

    /** Km from an azc to a gemeente, or −1 when the azc is unknown. */
    public int azcAfstand(String azcCode, Bestemming b) {
        int[] row = azcCode == null ? null : azcAfstand.get(azcCode);
        return row == null ? -1 : row[b.index()];
    }

    /** A plan of all the problem's households, each at its pinned gemeente or unplaced. */
    public Koppelplan nieuwPlan() {
        return planMetReferentie(groepReferentie);
    }

    /**
     * The groepsgelijkheid rule's fixed reference in soft points per person ({@link Groepreferentie}): the mean of the
     * relaxation's plan without the rule, computed once here; 0 when the rule is off.
     */
    public long groepReferentie() { return groepReferentie; }

    /** A plan of all households, pinned ones in place, with the given groepsgelijkheid reference in their profiles. */
    private Koppelplan planMetReferentie(long referentie) {
        List<Plaatsingseenheid> eenheden = new ArrayList<>(problem.huishoudens().size());
        for (Huishouden h : problem.huishoudens()) {
            eenheden.add(eenheid(h, referentie));
        }
        return new Koppelplan(bestemmingen, eenheden, config.gewichten().toOverrides());
    }

    /**
     * A plan with each household at the gemeente the assignment gives (absent or {@code null}: unplaced).
     * A plan made elsewhere may put a household where a hard rule forbids it; that household's value range is
     * widened with its gemeente, so that the solver's score calculation accepts (and penalises) it.
     */
    public Koppelplan plan(Map<String, String> gemeentePerHuishouden) {
        Koppelplan plan = nieuwPlan();
        List<Plaatsingseenheid> eenheden = new ArrayList<>(plan.getEenheden().size());
        for (Plaatsingseenheid p : plan.getEenheden()) {
            if (!p.isVastgezet()) {
                String code = gemeentePerHuishouden.get(p.getId());
                Bestemming b = code == null ? null : bestemmingPerCode.get(code);
                if (b != null && !voldoetAanHardeRegels(p.getProfiel(), b)) {
                    List<Bestemming> ruimer = new ArrayList<>(p.getToegestaan());
                    ruimer.add(b);
                    p = new Plaatsingseenheid(p.getHuishouden(), p.getProfiel(), List.copyOf(ruimer), false, b);
                } else {
                    p.setBestemming(b);
                }
            }
            eenheden.add(p);
        }
        plan.setEenheden(eenheden);
        return plan;
    }

    /** A planning entity for a household: pinned when it has a koppeling, else free within its allowed gemeenten. */
    public Plaatsingseenheid eenheid(Huishouden h) {
        return eenheid(h, groepReferentie);
    }

    private Plaatsingseenheid eenheid(Huishouden h, long referentie) {
        Huishoudprofiel profiel = profiel(h, referentie);
        if (h.isGekoppeld()) {
            Bestemming b = bestemmingPerCode.get(h.gekoppeldGemeente());
            return new Plaatsingseenheid(h, profiel, List.of(b), true, b);
        }
        List<Bestemming> toegestaan = new ArrayList<>();
        for (Bestemming b : bestemmingen) {
            if (voldoetAanHardeRegels(profiel, b)) {
                toegestaan.add(b);
            }
        }
        return new Plaatsingseenheid(h, profiel, List.copyOf(toegestaan), false, null);
    }

    /** Whether the hard per-household rules allow the household in the gemeente, its pinning aside (for exchanges). */
    public boolean magNaar(Huishouden h, String gemeenteCode) {
        Bestemming b = bestemmingPerCode.get(gemeenteCode);
        return b != null && voldoetAanHardeRegels(hardProfiel(h), b);
    }

    private static boolean voldoetAanHardeRegels(Huishoudprofiel profiel, Bestemming b) {
        for (Regel r : Regel.HARD_PER_HUISHOUDEN) {
            if (Regels.hard(r, profiel, b) != 0) {
                return false;
            }
        }
        return true;
    }

    /** How many gemeenten each hard per-household rule excludes for this household (rules excluding none left out). */
    public Map<Regel, Integer> uitsluitingen(Huishouden h) {
        Huishoudprofiel profiel = hardProfiel(h);
        Map<Regel, Integer> out = new EnumMap<>(Regel.class);
        for (Bestemming b : bestemmingen) {
            for (Regel r : Regel.HARD_PER_HUISHOUDEN) {
                if (Regels.hard(r, profiel, b) != 0) {
                    out.merge(r, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /**
     * What would make an unplaceable household placeable: for each hard per-household rule that excludes gemeenten
     * for it, the gemeenten that pass every other hard rule, so that changing only that rule's fact (a radius, an
     * exclusion, the nareiziger gemeente, …) would open them. Rules whose change alone opens nothing map to an
     * empty list; rules excluding no gemeente are left out.
     */
    public Map<Regel, List<Bestemming>> zonderEenRegel(Huishouden h) {
        Huishoudprofiel profiel = hardProfiel(h);
        Map<Regel, List<Bestemming>> out = new EnumMap<>(Regel.class);
        for (Bestemming b : bestemmingen) {
            Regel enige = null;
            int overtreden = 0;
            for (Regel r : Regel.HARD_PER_HUISHOUDEN) {
                if (Regels.hard(r, profiel, b) != 0) {
                    out.computeIfAbsent(r, k -> new ArrayList<>());
                    enige = r;
                    overtreden++;
                }
            }
            if (overtreden == 1) {
                out.get(enige).add(b);
            }
        }
        return out;
    }

    /** The household's facts against this problem's tables. */
    public Huishoudprofiel profiel(Huishouden h) {
        return profiel(h, groepReferentie);
    }

    private Huishoudprofiel profiel(Huishouden h, long referentie) {
        Huishoudprofiel profiel = hardProfiel(h);
        if (woonkans != null) {
            profiel = profiel.metWoonkans(woonkans.punten(h));
        }
        return config.gewichten().get(Regel.GROEPSGELIJKHEID) == 0 ? profiel : metGroep(h, profiel, referentie);
    }

    /** The facts without the tables that only soft rules derive from other households (woonkans, group points). */
    private Huishoudprofiel hardProfiel(Huishouden h) {
        int nRegio = regios.size();
        byte[] rang = new byte[nRegio];
        for (int i = 0; i < h.regioadvies().size(); i++) {
            rang[regioIndex.get(h.regioadvies().get(i))] = (byte) (i + 1);
        }
        int[] sector = new int[nRegio];
        if (!h.sectoren().isEmpty()) {
            for (int r = 0; r < nRegio; r++) {
                int som = 0;
                for (String s : h.sectoren()) {
                    som += regios.get(r).vraag(s);
                }
                sector[r] = som;
            }
        }
        BitSet voorkeur = indexen(h.voorkeurGemeenten());
        BitSet uitgesloten = indexen(h.uitgeslotenGemeenten());
        int[] kans = null;
        if (!h.uitkomstkans().isEmpty()) {
            kans = new int[nRegio];
            java.util.Arrays.fill(kans, -1);
            for (Map.Entry<String, Double> e : h.uitkomstkans().entrySet()) {
                kans[regioIndex.get(e.getKey())] = (int) Math.round(100.0 * e.getValue());
            }
        }
        Bestemming familie = h.familieGemeente() == null ? null : bestemmingPerCode.get(h.familieGemeente());
        Bestemming werk = h.werkOfOpleidingGemeente() == null ? null : bestemmingPerCode.get(h.werkOfOpleidingGemeente());
        Bestemming netwerk = h.netwerkGemeente() == null ? null : bestemmingPerCode.get(h.netwerkGemeente());
        Bestemming nareiziger = h.nareizigerVanGemeente() == null ? null : bestemmingPerCode.get(h.nareizigerVanGemeente());
        Huishoudprofiel profiel = new Huishoudprofiel(h.personen(), rang, sector,
                h.azcCode() == null ? null : azcAfstand.get(h.azcCode()), voorkeur,
                netwerk == null ? null : gemeenteAfstand[netwerk.index()],
                familie == null ? null : gemeenteAfstand[familie.index()], familie == null ? -1 : familie.index(),
                h.zorgCode() == null ? null : zorgAfstand.get(h.zorgCode()),
                werk == null ? null : gemeenteAfstand[werk.index()], werk == null ? -1 : werk.index(),
                nareiziger == null ? -1 : nareiziger.index(), uitgesloten, kans, config.stralen());
        return profiel;
    }

    /** The profile with the household's group parts and its soft points per gemeente, for the groepsgelijkheid rule. */
    private Huishoudprofiel metGroep(Huishouden h, Huishoudprofiel profiel, long referentie) {
        long[] zacht = zachtePunten(h, profiel);
        return profiel.metGroep(groepsdelen(h, profiel, zacht, config.groepsindeling()), zacht, referentie);
    }

    /** The household's soft points per gemeente: {@link Bijdragen#zacht} in every gemeente. */
    private long[] zachtePunten(Huishouden h, Huishoudprofiel profiel) {
        Plaatsingseenheid p = new Plaatsingseenheid(h, profiel, List.of(), false, null);
        long[] zacht = new long[bestemmingen.size()];
        for (Bestemming b : bestemmingen) {
            zacht[b.index()] = Bijdragen.zacht(p, b, config.gewichten());
        }
        return zacht;
    }

    /**
     * How household {@code h} counts in the groups of {@code indeling} ({@link Groepsindeling#delen}), with its soft
     * points per gemeente under this context's weights: what the groepsgelijkheid rule sums when {@code indeling} is
     * the rule's grouping, and what the group metrics report for every grouping.
     */
    public List<Groepsdeel> groepsdelen(Huishouden h, Groepsindeling indeling) {
        Huishoudprofiel profiel = profiel(h);
        long[] zacht = profiel.zachtePunten() != null ? profiel.zachtePunten() : zachtePunten(h, profiel);
        return groepsdelen(h, profiel, zacht, indeling);
    }

    private List<Groepsdeel> groepsdelen(Huishouden h, Huishoudprofiel profiel, long[] zacht, Groepsindeling indeling) {
        return indeling.delen(h, zacht, a -> eigenUitkomst(profiel, a));
    }

    /**
     * Per gemeente, the change person {@code a}'s own uitkomstkans makes to their soft points against the household's
     * per person: {@code w × (round(100 × p_a) − round(100 × p_h))} in a region where {@code a} has an own probability
     * ({@code p_h}: the household's, 0 points where it has none), else 0; {@code null} when {@code a} has no own
     * probability or the rule is off.
     */
    private long[] eigenUitkomst(Huishoudprofiel profiel, Persoon a) {
        long w = config.gewichten().get(Regel.UITKOMSTKANS);
        if (a.uitkomstkans().isEmpty() || w == 0) {
            return null;
        }
        int[] huishouden = profiel.uitkomstkans();
        long[] uit = new long[bestemmingen.size()];
        for (Bestemming b : bestemmingen) {
            Double eigen = a.uitkomstkans().get(b.arbeidsmarktregio().code());
            if (eigen != null) {
                int h = huishouden == null ? -1 : huishouden[b.regioIndex()];
                uit[b.index()] = Regel.UITKOMSTKANS.teken() * w * ((int) Math.round(100.0 * eigen) - Math.max(0, h));
            }
        }
        return uit;
    }

    /**
     * Refuses a grouping column the problem's households do not have: the groepsgelijkheid rule and the group
     * metrics can only group by {@code huishoudtype}, {@code opleidingsniveau} or an extra column of huishoudens.csv.
     */
    private static void requireKolom(MatchingProblem problem, MatchingConfig config) {
        Groepsindeling g = config.groepsindeling();
        if (g.isPerVolwassene() && problem.huishoudens().stream()
                .noneMatch(h -> h.leden().stream().anyMatch(a -> a.volwassene() && a.geslacht() != null))) {
            throw new InvalidProblemException(List.of("configuratie groepsgelijkheid.kolom: '" + g.kolom()
                    + "' vraagt het geslacht van volwassenen in personen.csv (kolom geslacht), maar de invoer heeft het"
                    + " van geen enkele volwassene"));
        }
        if (g.isKenmerk() && problem.huishoudens().stream().noneMatch(h -> h.kenmerken().containsKey(g.kolom()))) {
            java.util.TreeSet<String> kolommen = new java.util.TreeSet<>();
            problem.huishoudens().forEach(h -> kolommen.addAll(h.kenmerken().keySet()));
            kolommen.add(Groepsindeling.HUISHOUDTYPE);
            kolommen.add(Groepsindeling.OPLEIDINGSNIVEAU);
            throw new InvalidProblemException(List.of("configuratie groepsgelijkheid.kolom: '" + g.kolom()
                    + "' is geen kolom van huishoudens.csv; mogelijk zijn " + String.join(", ", kolommen)));
        }
    }

    private BitSet indexen(List<String> codes) {
        BitSet set = new BitSet(bestemmingen.size());
        for (String c : codes) {
            set.set(bestemmingPerCode.get(c).index());
        }
        return set;
    }
}
