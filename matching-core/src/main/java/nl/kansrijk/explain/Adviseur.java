package nl.kansrijk.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.model.ProblemValidator;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Groepstand;
import nl.kansrijk.model.Groepsdeel;
import nl.kansrijk.rules.Niveau;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.Lasten;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.PlanContext;

/**
 * The advisor (adviseur) for one plan: for a household, what placing it in each gemeente would change in the
 * plan's score, with every other household fixed where the plan has it. Built once per plan (it counts the
 * persons per gemeente), then each question costs O(gemeenten × rules) and calls no solver. The score changes
 * are exact: the household's own contributions ({@link Bijdragen#vanHuishouden}), the change of the gemeente's
 * taakstelling and balans terms ({@link Bijdragen#vanGemeente} with and without the household) and the
 * niet-geplaatst penalty that falls away, and (when the rule is on) the change of the groepsgelijkheid term; the
 * solver's constraints use the same functions.
 * Immutable and thread-safe.
 */
public final class Adviseur {

    /** The number of gemeenten an advice lists by default. */
    public static final int STANDAARD_TOP = 5;

    private static final Comparator<Kandidaat> OP_SCORE = Comparator
            .comparing(Kandidaat::score, Comparator.reverseOrder())
            .thenComparing(k -> k.bestemming().code());

    private final PlanContext ctx;
    private final Gewichten gewichten;
    /** The plan's load per gemeente (never changed after construction). */
    private final Lasten lasten;
    private final Map<String, Bestemming> huidig;
    /**
     * Households placed or moved since {@link #huidig} was built ({@link #met}), read before it; empty for an advisor
     * built anew, folded into a new {@code huidig} when it grows to an eighth of it.
     */
    private final Map<String, Bestemming> verplaatst;
    private final Map<String, Huishouden> huishoudens;
    /** Per gemeente: persons of nareizigers the plan leaves unplaced although their family's gemeente is allowed. */
    private final long[] wachtend;
    /** Per group (groepsgelijkheid on): the standing of the plan's placed households; empty when the rule is off. */
    private final Map<String, Groepstand> groepen;
    /** Per placed household (groepsgelijkheid on): the gemeente where the plan has it, whose parts count in the groups. */
    private final Map<String, Bestemming> zachtePunten;
    /** The scarcity prices shown per option, or {@code null}. */
    private final Schaarste schaarste;
    /** Best first: by score, or by score minus the scarcity price. */
    private final Comparator<Kandidaat> besteEerst;

    /**
     * An advisor for the plan in which every household of the problem is where {@code plan} puts it (household
     * id to gemeente code; absent: unplaced); households pinned in the problem stay at their koppeling, as in
     * {@link PlanContext#plan(Map)}.
     *
     * @throws IllegalArgumentException when the plan names a household or gemeente the problem does not have
     */
    public Adviseur(PlanContext ctx, Map<String, String> plan) {
        this.ctx = ctx;
        this.gewichten = ctx.config().gewichten();
        this.huishoudens = new HashMap<>();
        for (Huishouden h : ctx.problem().huishoudens()) {
            huishoudens.put(h.id(), h);
        }
        plan.forEach((id, code) -> {
            if (!huishoudens.containsKey(id)) {
                throw new IllegalArgumentException("unknown household in plan: " + id);
            }
            if (code != null && ctx.bestemming(code) == null) {
                throw new IllegalArgumentException("unknown gemeente in plan for " + id + ": " + code);
            }
        });
        this.lasten = new Lasten(ctx.bestemmingen().size());
        this.huidig = new HashMap<>();
        this.verplaatst = Map.of();
        for (Huishouden h : ctx.problem().huishoudens()) {
            String code = h.isGekoppeld() ? h.gekoppeldGemeente() : plan.get(h.id());
            if (code != null) {
                Bestemming b = ctx.bestemming(code);
                lasten.plaats(b, h.personen(), gebondenIn(h, b));
                huidig.put(h.id(), b);
            }
        }
        this.wachtend = new long[ctx.bestemmingen().size()];
        for (Huishouden h : ctx.problem().huishoudens()) {
            if (h.nareizigerVanGemeente() != null && !h.isGekoppeld() && !huidig.containsKey(h.id())) {
                Bestemming familie = ctx.eenheid(h).getFamilieBestemming();
                if (familie != null) {
                    wachtend[familie.index()] += h.personen();
                }
            }
        }
        this.groepen = new java.util.TreeMap<>();
        this.zachtePunten = new HashMap<>();
        if (gewichten.get(Regel.GROEPSGELIJKHEID) != 0) {
            for (Huishouden h : ctx.problem().huishoudens()) {
                Bestemming b = huidig.get(h.id());
                if (b != null) {
                    Plaatsingseenheid p = ctx.eenheid(h);
                    zachtePunten.put(h.id(), b);
                    voegToe(groepen, p, b, 1);
                }
            }
        }
        this.schaarste = null;
        this.besteEerst = OP_SCORE;
    }

    private Adviseur(Adviseur a, Schaarste schaarste, boolean rangschikken) {
        this.ctx = a.ctx;
        this.gewichten = a.gewichten;
        this.lasten = a.lasten;
        this.huidig = a.huidig;
        this.verplaatst = a.verplaatst;
        this.huishoudens = a.huishoudens;
        this.wachtend = a.wachtend;
        this.groepen = a.groepen;
        this.zachtePunten = a.zachtePunten;
        this.schaarste = schaarste;
        // hard and medium first, then the candidates of the sampled plans by plan value, then score minus price:
        // the order the price policy chooses in (nl.kansrijk.simulate.PrijsBeleid)
        this.besteEerst = !rangschikken ? OP_SCORE : Comparator
                .comparingLong((Kandidaat k) -> k.score().hardScore()).reversed()
                .thenComparing(Comparator.comparingLong((Kandidaat k) -> k.score().mediumScore()).reversed())
                .thenComparing(Comparator.comparingInt((Kandidaat k) -> planwaarde(k).isPresent() ? 0 : 1))
                .thenComparing(Comparator.comparingDouble((Kandidaat k) -> planwaarde(k).orElse(0)).reversed())
                .thenComparing(Comparator.comparingLong((Kandidaat k) -> k.score().softScore()
                        - schaarste.kosten(k.bestemming().code(), k.eenheid().getPersonen())).reversed())
                .thenComparing(k -> k.bestemming().code());
    }

    /**
     * This advisor with scarcity: every option shows the price its places are expected to cost later arrivals
     * ({@link Optie#prijs()}) and, for the household's candidates, what placing it there does to the sampled
     * whole-household plans ({@link Optie#planwaarde()}); with {@code rangschikken} the options are ranked (hard and
     * medium levels first, as always) candidates first by plan value, then by score minus the price, instead of by
     * score: the price policy's order.
     */
    public Adviseur metSchaarste(Schaarste schaarste, boolean rangschikken) {
        return new Adviseur(this, java.util.Objects.requireNonNull(schaarste, "schaarste"), rangschikken);
    }

    /**
     * The advisor for this plan with household {@code huishoudenId} linked to {@code gemeenteCode} (moved there when
     * the plan has it elsewhere; a household pinned in the problem stays at its koppeling, as in the constructor):
     * the same advisor as {@code new Adviseur(context(), plan)} for that plan, without scarcity, but made from this
     * one by moving one household's persons instead of placing every household again. With the groepsgelijkheid
     * rule on it is built anew.
     *
     * @throws IllegalArgumentException when the problem has no such household or gemeente
     */
    public Adviseur met(String huishoudenId, String gemeenteCode) {
        Huishouden h = huishoudens.get(huishoudenId);
        if (h == null) {
            throw new IllegalArgumentException("unknown household in plan: " + huishoudenId);
        }
        Bestemming naar = ctx.bestemming(gemeenteCode);
        if (naar == null) {
            throw new IllegalArgumentException("unknown gemeente in plan for " + huishoudenId + ": " + gemeenteCode);
        }
        if (gewichten.get(Regel.GROEPSGELIJKHEID) != 0) {
            Map<String, String> plan = new HashMap<>();
            Map<String, Bestemming> alle = new HashMap<>(huidig);
            alle.putAll(verplaatst);
            alle.forEach((id, b) -> {
                if (!huishoudens.get(id).isGekoppeld()) {
                    plan.put(id, b.code());
                }
            });
            plan.put(huishoudenId, gemeenteCode);
            return new Adviseur(ctx, plan);
        }
        return new Adviseur(this, h, h.isGekoppeld() ? ctx.bestemming(h.gekoppeldGemeente()) : naar);
    }

    /** {@code a}'s plan with {@code h} moved to {@code naar}; only with the groepsgelijkheid rule off. */
    private Adviseur(Adviseur a, Huishouden h, Bestemming naar) {
        this.ctx = a.ctx;
        this.gewichten = a.gewichten;
        this.huishoudens = a.huishoudens;
        this.lasten = new Lasten(ctx.bestemmingen().size());
        for (Bestemming b : ctx.bestemmingen()) {
            lasten.plaats(b, a.lasten.personen(b), a.lasten.gebonden(b));
        }
        Bestemming van = a.plaats(h.id());
        if (van != null) {
            lasten.plaats(van, -h.personen(), -gebondenIn(h, van));
        }
        lasten.plaats(naar, h.personen(), gebondenIn(h, naar));
        Map<String, Bestemming> erbij = new HashMap<>(a.verplaatst);
        erbij.put(h.id(), naar);
        if (erbij.size() > 64 && erbij.size() * 8L > a.huidig.size()) {
            Map<String, Bestemming> alle = new HashMap<>(a.huidig);
            alle.putAll(erbij);
            this.huidig = alle;
            this.verplaatst = Map.of();
        } else {
            this.huidig = a.huidig;
            this.verplaatst = erbij;
        }
        this.wachtend = a.wachtend.clone();
        if (van == null && h.nareizigerVanGemeente() != null && !h.isGekoppeld()) {
            Bestemming familie = ctx.eenheid(h).getFamilieBestemming();
            if (familie != null) {
                wachtend[familie.index()] -= h.personen();
            }
        }
        // the rule is off: both stay empty, as the constructor leaves them
        this.groepen = a.groepen;
        this.zachtePunten = a.zachtePunten;
        this.schaarste = null;
        this.besteEerst = OP_SCORE;
    }

    /** The scarcity prices this advisor shows, or {@code null}. */
    public Schaarste schaarste() {
        return schaarste;
    }

    /** An advisor for a solved or evaluated plan: its placed households stay where they are. */
    public static Adviseur van(PlanContext ctx, MatchingResult resultaat) {
        Map<String, String> plan = new HashMap<>();
        for (Koppeling k : resultaat.koppelingen()) {
            if (k.isGeplaatst()) {
                plan.put(k.huishoudenId(), k.gemeenteCode());
            }
        }
        return new Adviseur(ctx, plan);
    }

    public PlanContext context() {
        return ctx;
    }

    /** Persons linked to the gemeente in the plan. */
    public long last(Bestemming b) {
        return lasten.personen(b);
    }

    /** The gemeente the plan links the household to, or {@code null}. */
    public Bestemming huidig(String huishoudenId) {
        return plaats(huishoudenId);
    }

    /** Where the plan has the household, or {@code null}. */
    private Bestemming plaats(String huishoudenId) {
        Bestemming b = verplaatst.get(huishoudenId);
        return b != null ? b : huidig.get(huishoudenId);
    }

    /** The top {@value #STANDAARD_TOP} gemeenten for the household. */
    public Advies advies(Huishouden h) {
        return advies(h, STANDAARD_TOP);
    }

    /**
     * The top {@code top} gemeenten for household {@code h} against the plan, best first (ties by gemeente code),
     * among those that break no hard rule, and per hard rule how many gemeenten it excludes. When the plan
     * already links {@code h}, it is taken out first (the advice is then where to move it); when {@code h} has
     * an existing koppeling of its own, that koppeling is ignored.
     */
    public Advies advies(Huishouden h, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1");
        }
        Plaatsingseenheid p = vrijeEenheid(h);
        List<Kandidaat> toegestaan = new ArrayList<>();
        Map<Regel, Integer> uitgesloten = new EnumMap<>(Regel.class);
        for (Bestemming b : ctx.bestemmingen()) {
            Kandidaat k = kandidaat(p, b);
            if (k.overtreden().isEmpty()) {
                toegestaan.add(k);
            } else {
                k.overtreden().forEach(r -> uitgesloten.merge(r, 1, Integer::sum));
            }
        }
        toegestaan.sort(besteEerst);
        List<Optie> opties = new ArrayList<>();
        for (int i = 0; i < Math.min(top, toegestaan.size()); i++) {
            opties.add(optie(toegestaan.get(i), i + 1, toegestaan.get(0)));
        }
        Double informatie = schaarste == null || schaarste.informatiewaarde(p.getId()).isEmpty() ? null
                : schaarste.informatiewaarde(p.getId()).getAsDouble();
        return new Advies(h.id(), opties, toegestaan.size(), ctx.bestemmingen().size(), uitgesloten, informatie,
                schaarste == null ? 0 : schaarste.steekproeven());
    }

    /**
     * What linking household {@code h} to {@code gemeenteCode} costs against the advised best, per rule; refused
     * (not thrown) when a hard rule forbids it, naming the rule.
     *
     * @throws IllegalArgumentException when the gemeente is unknown
     */
    public Overweging overweeg(Huishouden h, String gemeenteCode) {
        Bestemming b = ctx.bestemming(gemeenteCode);
        if (b == null) {
            throw new IllegalArgumentException("unknown gemeente: " + gemeenteCode);
        }
        Plaatsingseenheid p = vrijeEenheid(h);
        Kandidaat gekozen = kandidaat(p, b);
        Kandidaat beste = null;
        int rang = 0;
        List<Kandidaat> toegestaan = new ArrayList<>();
        for (Bestemming o : ctx.bestemmingen()) {
            Kandidaat k = o == b ? gekozen : kandidaat(p, o);
            if (k.overtreden().isEmpty()) {
                toegestaan.add(k);
            }
        }
        if (!toegestaan.isEmpty()) {
            beste = toegestaan.stream().min(besteEerst).orElseThrow();
            if (gekozen.overtreden().isEmpty()) {
                rang = 1 + (int) toegestaan.stream().filter(k -> besteEerst.compare(k, gekozen) < 0).count();
            }
        }
        List<String> weigering = gekozen.overtreden().stream()
                .map(r -> Toelichting.feit(ctx, p, b, r, gekozen.lastZonder()))
                .toList();
        Optie besteOptie = beste == null ? null : optie(beste, 1, beste);
        Optie gekozenOptie = optie(gekozen, rang, beste == null ? gekozen : beste);
        return new Overweging(h.id(), gekozenOptie, besteOptie, weigering,
                beste == null ? null : gekozenOptie.verschil(),
                beste == null ? Map.of() : verschil(gekozen.delta(), beste.delta()).perRegel());
    }

    /**
     * The option of household {@code p} (as the plan holds it, pinned or not) in {@code b}, its score change
     * measured against the plan without {@code p}; {@code verschil} is 0. For explaining an existing koppeling.
     */
    Optie optie(Plaatsingseenheid p, Bestemming b) {
        Kandidaat k = kandidaat(p, b);
        return optie(k, 0, k);
    }

    /** The household as a free (not pinned) unit of this plan's context, checked against the problem. */
    Plaatsingseenheid vrijeEenheid(Huishouden h) {
        Huishouden vrij = h.isGekoppeld() ? h.metGekoppeldGemeente(null) : h;
        if (!vrij.equals(huishoudens.get(h.id()))) {
            ProblemValidator.requireValid(ctx.problem().withHuishoudens(List.of(vrij)));
        }
        return ctx.eenheid(vrij);
    }

    private Optie optie(Kandidaat k, int rang, Kandidaat beste) {
        Plaatsingseenheid p = k.eenheid();
        Long prijs = schaarste == null || schaarste.prijs(k.bestemming().code()).isEmpty() ? null
                : schaarste.kosten(k.bestemming().code(), p.getPersonen());
        OptionalDouble w = planwaarde(k);
        Long planwaarde = w.isPresent() ? Math.round(w.getAsDouble()) : null;
        return new Optie(k.bestemming().gemeente(), rang, k.score(), k.score().subtract(beste.score()), k.delta().perRegel(),
                Toelichting.redenen(ctx, p, k.bestemming(), k.lastZonder(), k.delta().perRegel()), k.overtreden(), prijs,
                planwaarde, schaarste == null ? 0 : schaarste.steekproeven());
    }

    private OptionalDouble planwaarde(Kandidaat k) {
        return schaarste == null ? OptionalDouble.empty()
                : schaarste.planwaarde(k.eenheid().getId(), k.bestemming().code());
    }

    /** The change of the plan's score when {@code p} goes from unplaced to {@code b}, the others fixed. */
    private Kandidaat kandidaat(Plaatsingseenheid p, Bestemming b) {
        boolean hier = plaats(p.getId()) == b;
        long zonder = lasten.personen(b) - (hier ? huishoudens.get(p.getId()).personen() : 0);
        long gebondenZonder = lasten.gebonden(b) - (hier ? gebondenIn(huishoudens.get(p.getId()), b) : 0);
        long gebondenMet = gebondenZonder + (p.getProfiel().nareizigerIndex() == b.index() ? p.getPersonen() : 0);
        EnumMap<Regel, Long> delta = new EnumMap<>(Regel.class);
        Bijdragen.vanHuishouden(p, b, gewichten).perRegel().forEach((r, v) -> delta.merge(r, v, Long::sum));
        Bijdragen.vanGemeente(b, zonder + p.getPersonen(), gebondenMet, gewichten).perRegel()
                .forEach((r, v) -> delta.merge(r, v, Long::sum));
        Bijdragen.vanGemeente(b, zonder, gebondenZonder, gewichten).perRegel().forEach((r, v) -> delta.merge(r, -v, Long::sum));
        // voorrang gebonden: a free household that becomes the first to hold room where nareizigers wait
        long vrijZonder = zonder - gebondenZonder;
        long wachtendHier = wachtend[b.index()] - (plaats(p.getId()) != null || !b.equals(p.getFamilieBestemming())
                ? 0 : p.getPersonen());
        if (gebondenMet == gebondenZonder && vrijZonder == 0 && wachtendHier > 0) {
            delta.merge(Regel.VOORRANG_GEBONDEN, Regel.VOORRANG_GEBONDEN.teken()
                    * gewichten.get(Regel.VOORRANG_GEBONDEN) * wachtendHier, Long::sum);
        }
        Bijdragen.vanHuishouden(p, null, gewichten, g -> lasten.vrij(g)
                - (plaats(p.getId()) == g ? p.getPersonen() - gebondenIn(huishoudens.get(p.getId()), g) : 0))
                .perRegel().forEach((r, v) -> delta.merge(r, -v, Long::sum));
        if (p.heeftGroep()) {
            Map<String, Groepstand> zonderP = new java.util.TreeMap<>(groepen);
            Bestemming nu = zachtePunten.get(p.getId());
            if (nu != null) {
                voegToe(zonderP, p, nu, -1);
            }
            Map<String, Groepstand> metP = new java.util.TreeMap<>(zonderP);
            voegToe(metP, p, b, 1);
            Bijdragen.vanGroepen(metP.values(), gewichten).perRegel().forEach((r, v) -> delta.merge(r, v, Long::sum));
            Bijdragen.vanGroepen(zonderP.values(), gewichten).perRegel().forEach((r, v) -> delta.merge(r, -v, Long::sum));
        }
        delta.values().removeIf(v -> v == 0);
        // a hard rule the placement breaks (a nareiziger no longer waiting is a gain, not a breach)
        List<Regel> overtreden = delta.entrySet().stream()
                .filter(e -> e.getKey().niveau() == Niveau.HARD && e.getValue() < 0).map(Map.Entry::getKey).toList();
        Bijdragen bijdragen = new Bijdragen(delta);
        return new Kandidaat(p, b, zonder, bijdragen, bijdragen.score(), overtreden);
    }

    /** Adds ({@code teken} 1) or removes (−1) household {@code p} in {@code b} to the group standings, part by part. */
    private static void voegToe(Map<String, Groepstand> groepen, Plaatsingseenheid p, Bestemming b, int teken) {
        for (Groepsdeel d : p.getGroepsdelen()) {
            groepen.merge(d.groep(), new Groepstand(d.groep(), teken * d.zacht(b), (long) teken * d.personen(),
                    p.getGroepReferentie()), (a, c) -> a.plus(c.zachtePunten(), c.personen()));
        }
    }

    /** Persons of {@code h} bound to {@code b}: all of a household pinned there or of a nareiziger of {@code b}. */
    private long gebondenIn(Huishouden h, Bestemming b) {
        boolean nareiziger = h.nareizigerVanGemeente() != null && h.nareizigerVanGemeente().equals(b.code());
        return h.isGekoppeld() || nareiziger ? h.personen() : 0;
    }

    /** {@code a − b} per rule, rules without difference left out. */
    static Bijdragen verschil(Bijdragen a, Bijdragen b) {
        EnumMap<Regel, Long> d = new EnumMap<>(Regel.class);
        a.perRegel().forEach((r, v) -> d.merge(r, v, Long::sum));
        b.perRegel().forEach((r, v) -> d.merge(r, -v, Long::sum));
        d.values().removeIf(v -> v == 0);
        return new Bijdragen(d);
    }

    /** One gemeente's score change for one household, before texts are made. */
    private record Kandidaat(Plaatsingseenheid eenheid, Bestemming bestemming, long lastZonder, Bijdragen delta,
            HardMediumSoftScore score, List<Regel> overtreden) {
    }
}
