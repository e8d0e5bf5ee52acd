package nl.kansrijk.simulate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Periode;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;

/**
 * What a policy knows when a batch is due (simulatiestand): the period's facts, every koppeling made so far
 * (pinned: they never move), the households that arrived so far, today's date, and the nareizigers announced
 * (known to be coming, {@link Huishouden#isAangekondigdOp}) who have not arrived yet. It knows nothing else of
 * households whose permit comes later. Immutable.
 */
public final class SimulatieStand {

    private final MatchingProblem probleem;
    private final MatchingConfig config;
    private final LocalDate datum;
    private final Periode periode;
    private final int batchNummer;
    private final List<Huishouden> aangekomen;
    private final Map<String, String> koppelingen;
    private final Map<String, Long> gebondenPersonen;
    private final List<Huishouden> aangekondigd;
    private final Map<String, Long> gereserveerd;
    private final List<Huishouden> wachtend;
    private final LocalDate volgendeBatch;
    private final Woningaanbod woningaanbod;

    /**
     * @param probleem the period's facts with, as households, every household linked so far, pinned to its gemeente
     * @param config the rules, weights and seed the policy is judged by
     * @param datum the batch date (today)
     * @param periode the half year simulated
     * @param batchNummer 0 for the first batch, then 1, 2, …
     * @param aangekomen households released so far, this batch included, as given (without koppeling), in arrival order
     * @param koppelingen gemeente code per household linked so far (unplaced ones absent)
     * @param gebondenPersonen per gemeente code: persons bound to it regardless of any policy, known today: households
     *        with a koppeling in the input and nareizigers that arrived so far (this batch included)
     */
    public SimulatieStand(MatchingProblem probleem, MatchingConfig config, LocalDate datum, Periode periode,
            int batchNummer, List<Huishouden> aangekomen, Map<String, String> koppelingen,
            Map<String, Long> gebondenPersonen) {
        this(probleem, config, datum, periode, batchNummer, aangekomen, koppelingen, gebondenPersonen, List.of());
    }

    /**
     * As above, with the nareizigers announced by today that have not arrived yet ({@code aangekondigd}, as given,
     * without koppeling): their family's gemeente keeps room for them ({@link #ruimte}).
     */
    public SimulatieStand(MatchingProblem probleem, MatchingConfig config, LocalDate datum, Periode periode,
            int batchNummer, List<Huishouden> aangekomen, Map<String, String> koppelingen,
            Map<String, Long> gebondenPersonen, List<Huishouden> aangekondigd) {
        this(probleem, config, datum, periode, batchNummer, aangekomen, koppelingen, gebondenPersonen, aangekondigd,
                List.of(), null);
    }

    /**
     * As above, with the households that arrived and that the policy keeps for a later batch ({@code wachtend}, as
     * given, without koppeling: known, but not linked today) and the date of the next batch ({@code volgendeBatch},
     * {@code null} when this is the last one).
     */
    public SimulatieStand(MatchingProblem probleem, MatchingConfig config, LocalDate datum, Periode periode,
            int batchNummer, List<Huishouden> aangekomen, Map<String, String> koppelingen,
            Map<String, Long> gebondenPersonen, List<Huishouden> aangekondigd, List<Huishouden> wachtend,
            LocalDate volgendeBatch) {
        this(probleem, config, datum, periode, batchNummer, aangekomen, koppelingen, gebondenPersonen, aangekondigd,
                wachtend, volgendeBatch, Woningaanbod.LEEG);
    }

    /**
     * As above, with the dwellings of {@code woningen.csv} ({@link Woningaanbod#LEEG} without): every solve and score
     * of the policies made through {@link #context} sees them, so the woning rule weighs as in {@code kansrijk solve}.
     */
    public SimulatieStand(MatchingProblem probleem, MatchingConfig config, LocalDate datum, Periode periode,
            int batchNummer, List<Huishouden> aangekomen, Map<String, String> koppelingen,
            Map<String, Long> gebondenPersonen, List<Huishouden> aangekondigd, List<Huishouden> wachtend,
            LocalDate volgendeBatch, Woningaanbod woningaanbod) {
        this.woningaanbod = woningaanbod == null ? Woningaanbod.LEEG : woningaanbod;
        this.probleem = probleem;
        this.config = config;
        this.datum = datum;
        this.periode = periode;
        this.batchNummer = batchNummer;
        this.aangekomen = List.copyOf(aangekomen);
        this.koppelingen = Collections.unmodifiableMap(new LinkedHashMap<>(koppelingen));
        this.gebondenPersonen = Map.copyOf(gebondenPersonen);
        this.aangekondigd = List.copyOf(aangekondigd);
        Map<String, Long> r = new LinkedHashMap<>();
        for (Huishouden h : this.aangekondigd) {
            if (!h.isNareiziger()) {
                throw new IllegalArgumentException("aangekondigd: huishouden '" + h.id() + "' is geen nareiziger");
            }
            r.merge(h.nareizigerVanGemeente(), (long) h.personen(), Long::sum);
        }
        this.gereserveerd = Collections.unmodifiableMap(r);
        this.wachtend = List.copyOf(wachtend);
        if (volgendeBatch != null && !volgendeBatch.isAfter(datum)) {
            throw new IllegalArgumentException("volgendeBatch " + volgendeBatch + " ligt niet na " + datum);
        }
        this.volgendeBatch = volgendeBatch;
    }

    /** The same state with these households kept for a later batch (known today, linked later). */
    public SimulatieStand metWachtend(List<Huishouden> wachtend) {
        return new SimulatieStand(probleem, config, datum, periode, batchNummer, aangekomen, koppelingen,
                gebondenPersonen, aangekondigd, wachtend, volgendeBatch, woningaanbod);
    }

    /** The same state with this next batch date ({@code null}: this is the last batch). */
    public SimulatieStand metVolgendeBatch(LocalDate volgende) {
        return new SimulatieStand(probleem, config, datum, periode, batchNummer, aangekomen, koppelingen,
                gebondenPersonen, aangekondigd, wachtend, volgende, woningaanbod);
    }

    /** The dwellings the woning rule sees ({@link Woningaanbod#LEEG} when the input has no {@code woningen.csv}). */
    public Woningaanbod woningaanbod() { return woningaanbod; }

    /** A problem of this state prepared for scoring under its configuration, with its dwellings. */
    public PlanContext context(MatchingProblem p) {
        return PlanContext.of(p, config, woningaanbod);
    }

    /**
     * Households that arrived and wait for a later batch (the policy kept them, {@link OnlineBeleid#wacht}): they are
     * known to come, as they are, but keep no room.
     */
    public List<Huishouden> wachtend() { return wachtend; }

    /** The date of the next batch, if there is one. */
    public java.util.Optional<LocalDate> volgendeBatch() { return java.util.Optional.ofNullable(volgendeBatch); }

    /**
     * The load a gemeente may reach with the koppelingen of this period: its capacity, or more when the persons
     * bound to it (input koppelingen and arrived nareizigers) alone need more. Unlike
     * {@link nl.kansrijk.model.Bestemming#toegestaneLast()} in a batch problem, earlier policy koppelingen do not raise it.
     */
    public long toegestaneLast(nl.kansrijk.model.Bestemming b) {
        return Math.max(b.capaciteit(), gebondenPersonen.getOrDefault(b.code(), 0L) + gereserveerd(b));
    }

    /**
     * The load a gemeente may reach with today's koppelingen: {@link #toegestaneLast} less the room kept for the
     * announced nareizigers who have not arrived yet. A free household that takes that room would leave a nareiziger
     * without its family later (the rule voorrang-gebonden, over time).
     */
    public long ruimte(nl.kansrijk.model.Bestemming b) {
        return toegestaneLast(b) - gereserveerd(b);
    }

    /**
     * The load gemeente {@code b} may reach once household {@code p} (of today's queue) is linked there, when it
     * carries {@code last} persons so far: {@link #ruimte(nl.kansrijk.model.Bestemming)} for a free household; for a
     * nareiziger of {@code b} (bound there, {@link Plaatsingseenheid#gebondenPersonenIn}) never less than
     * {@code last} plus its persons, so that it always joins its family. That is the score's own verdict, not a
     * second rule: left out while free households hold its family's gemeente it costs its persons under
     * {@link nl.kansrijk.rules.Regels#voorrangGebonden}; placed, it adds at most its persons to
     * {@link nl.kansrijk.rules.Regels#taakstelling} (the allowed load {@code max(cap, bound)} grows with its persons
     * beyond the capacity; only persons of free households placed earlier can exceed it); and without free households
     * there the bound load alone is allowed, so it fits. A free household never gets room beyond
     * {@link #ruimte(nl.kansrijk.model.Bestemming)}.
     */
    public long ruimte(Plaatsingseenheid p, nl.kansrijk.model.Bestemming b, long last) {
        long r = ruimte(b);
        return !p.isVastgezet() && p.gebondenPersonenIn(b) > 0 ? Math.max(r, last + p.getPersonen()) : r;
    }

    /** Persons of the announced nareizigers not yet arrived whose family lives in {@code b}. */
    public long gereserveerd(nl.kansrijk.model.Bestemming b) {
        return gereserveerd.getOrDefault(b.code(), 0L);
    }

    /** The nareizigers announced by today who have not arrived yet, as given (without koppeling). */
    public List<Huishouden> aangekondigd() { return aangekondigd; }

    /** The period's facts with every household linked so far as a pinned household. */
    public MatchingProblem probleem() { return probleem; }
    public MatchingConfig config() { return config; }
    /** Today: the batch date. */
    public LocalDate datum() { return datum; }
    public Periode periode() { return periode; }
    public int batchNummer() { return batchNummer; }
    /** Households released so far in arrival order, this batch included, as given (never pinned). */
    public List<Huishouden> aangekomen() { return aangekomen; }
    /** Gemeente code per household linked so far. */
    public Map<String, String> koppelingen() { return koppelingen; }

    /**
     * The problem a batch solve needs: every earlier koppeling pinned, plus the given households free. (Announced
     * nareizigers are not added: {@link #vrijMetAangekondigd} gives them for a solve that should keep their room.)
     */
    public MatchingProblem probleemMet(List<Huishouden> vrij) {
        List<Huishouden> alle = new ArrayList<>(probleem.huishoudens().size() + vrij.size());
        alle.addAll(probleem.huishoudens());
        alle.addAll(vrij);
        return probleem.withHuishoudens(alle);
    }

    /** The given households followed by the announced nareizigers not yet arrived (for a solve that keeps their room). */
    public List<Huishouden> vrijMetAangekondigd(List<Huishouden> vrij) {
        List<Huishouden> out = new ArrayList<>(vrij.size() + aangekondigd.size());
        out.addAll(vrij);
        out.addAll(aangekondigd);
        return out;
    }

    /**
     * Households expected to arrive after today until the end of the period, from the rate seen so far:
     * arrivals so far / days elapsed × days left (calendar days; today counted as elapsed, so the days left are
     * those after today before the period's exclusive end: none on its last day). Until December 2026 the
     * days left counted the first day after the period too, so on the last batch the samples held a day of
     * households that never come, competing for the last room with the real ones (docs/dynamic.md).
     */
    public double verwachtNogTeKomen() {
        long verstreken = ChronoUnit.DAYS.between(periode.start(), datum) + 1;
        long resterend = ChronoUnit.DAYS.between(datum, periode.einde()) - 1;
        if (verstreken <= 0 || resterend <= 0) {
            return 0.0;
        }
        return aangekomen.size() * (double) resterend / verstreken;
    }
}
