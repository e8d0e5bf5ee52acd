package nl.kansrijk.solve;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import nl.kansrijk.exact.ExactResult;
import nl.kansrijk.exact.ExactSolver;
import nl.kansrijk.exact.Groepsterm;
import nl.kansrijk.relaxation.Groepgrens;
import nl.kansrijk.relaxation.Strafgrens;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.rules.Regel;

/**
 * The work of a solve's second core, beside the relaxation's heuristic on the calling thread: with the
 * groepsgelijkheid rule on, first the bound that models it ({@link Groepgrens}, a few dozen auctions); the exact path
 * where the plan fits ({@link ExactSolver}), then, unless that proved the optimum, the bound over the penalty per
 * unplaced person ({@link Strafgrens}). One per solve, on its own thread; {@link #uitkomst()} waits for it.
 *
 * <p>Deterministic where the solve is: without a time limit the exact path ends by its node limit and
 * the grid runs whole, so neither depends on the clock.
 */
final class TweedeKern {

    /** Persons of free households up to which the penalty grid's auctions run in a solve without a time limit. */
    static final long ROOSTER_MAX_PERSONEN = 5_000;
    /** System property that switches the exact path off ({@code -Dkansrijk.exact=uit}), to compare without it. */
    static final String UIT = "kansrijk.exact";

    /** What the second core found. */
    record Uitkomst(ExactResult exact, Strafgrens strafgrens, Groepgrens groepgrens) {
    }

    private final Thread thread;
    private final ExactSolver solver;
    private volatile boolean optimaal;
    private volatile boolean gestopt;
    private volatile Uitkomst uitkomst;
    /** The group bound as soon as it is computed: kept when the exact path after it does not end in time. */
    private volatile Groepgrens groepgrens;
    private volatile RuntimeException fout;

    private final boolean tijd;
    private final long deadlineNanos;

    private TweedeKern(TransportModel model, Groepsterm groepen, MatchingConfig config, long deadlineNanos) {
        this.tijd = config.beeindiging().tijdslimiet() != null;
        this.deadlineNanos = deadlineNanos;
        boolean exact = !"uit".equals(System.getProperty(UIT)) && ExactSolver.past(model, groepen, tijd)
                && ExactSolver.beschikbaar();
        this.solver = exact ? new ExactSolver(model, groepen) : null;
        BooleanSupplier stop = () -> gestopt || (tijd && System.nanoTime() > deadlineNanos);
        this.thread = new Thread(() -> {
            try {
                ExactResult ex = null;
                // the group bound first: a few dozen auctions, where the exact path may take all the time it has
                Groepgrens gg = groepen.gewicht() == 0 ? null : Groepgrens.van(model, groepen.gewicht(),
                        groepen.referentie(), groepen.vast(), Groepgrens.STAPPEN, stop);
                groepgrens = gg;
                if (solver != null) {
                    double seconden = tijd ? (deadlineNanos - System.nanoTime()) / 1e9 : Double.POSITIVE_INFINITY;
                    Optional<ExactResult> r = solver.los(seconden);
                    ex = r.orElse(null);
                    optimaal = ex != null && ex.optimaal();
                }
                // without a time limit only where auctions are cheap, so that a repeatable solve stays quick
                boolean rooster = !optimaal && (tijd || model.totaalPersonen() <= ROOSTER_MAX_PERSONEN);
                Strafgrens sg = rooster ? Strafgrens.van(model, stop, !tijd) : null;
                uitkomst = new Uitkomst(ex, sg, gg);
            } catch (RuntimeException e) {
                fout = e;
            }
        }, "kansrijk-tweede-kern");
        thread.setDaemon(true);
    }

    /**
     * Starts the second core's work for a solve whose relaxation step ends at {@code deadlineNanos}; {@code groepen}
     * is the groepsgelijkheid rule for the exact path ({@link Groepsterm#GEEN} when it is off).
     */
    static TweedeKern start(TransportModel model, Groepsterm groepen, MatchingConfig config, long deadlineNanos) {
        TweedeKern k = new TweedeKern(model, groepen, config, deadlineNanos);
        k.thread.start();
        return k;
    }

    /** Whether the exact path has proven its plan optimal (the heuristic may then stop). */
    boolean optimaal() {
        return optimaal;
    }

    /** Ends the work early (an interrupted solve); {@link #uitkomst()} then returns what was found. */
    void stop() {
        gestopt = true;
        if (solver != null) {
            solver.stop();
        }
    }

    /**
     * Waits for the work and returns what it found. With a time limit it waits until {@code deadlineNanos} plus
     * {@link #GRATIE}, then stops the work and waits {@link #GRATIE} more; work still running then (a MIP solver that
     * does not notice its limit in time) is left to end by itself and the solve goes on without it (but with the
     * group bound, when that was computed before). Without a time
     * limit it waits for the end (the result must not depend on the clock).
     */
    Uitkomst uitkomst() {
        boolean onderbroken = false;
        boolean gewacht = false;
        while (!gewacht) {
            try {
                if (!tijd) {
                    thread.join();
                } else {
                    long tot = deadlineNanos + GRATIE.toNanos() - System.nanoTime();
                    if (tot > 0) {
                        thread.join(Math.max(1, tot / 1_000_000));
                    }
                    if (thread.isAlive()) {
                        stop();
                        thread.join(GRATIE.toMillis());
                    }
                }
                gewacht = true;
            } catch (InterruptedException e) {
                onderbroken = true;
                stop();
            }
        }
        if (onderbroken) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            return new Uitkomst(null, null, groepgrens);
        }
        if (fout != null) {
            throw fout;
        }
        return uitkomst;
    }

    /** How long past its deadline the second core is waited for, and again after it was told to stop. */
    static final java.time.Duration GRATIE = java.time.Duration.ofMillis(500);
}
