package nl.kansrijk.service;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.PlanContext;

/**
 * The solve jobs of one werkbank: at most one runs at a time (a solve uses a whole core), on a daemon thread.
 * Jobs live in memory: a restart forgets them, never a decision.
 */
public final class Oplostaken implements AutoCloseable {

    private final MatchingEngine engine;
    private final ExecutorService uitvoerder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kansrijk-oplostaak");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Oplostaak> taken = new ConcurrentHashMap<>();
    private final AtomicLong volgnummer = new AtomicLong();

    Oplostaken(MatchingEngine engine) {
        this.engine = engine;
    }

    /** Starts a job that solves the problem {@code ctx} prepares (prepared on the job's thread, not the request's). */
    synchronized Oplostaak start(Supplier<PlanContext> ctx, long planVersie) {
        if (taken.values().stream().anyMatch(t -> t.toestand() == Oplostaak.Toestand.BEZIG)) {
            throw new Fout(409, null, "er loopt al een oplostaak; wacht tot die klaar is of annuleer hem");
        }
        Oplostaak taak = new Oplostaak("taak-" + volgnummer.incrementAndGet(), planVersie, Instant.now());
        taken.put(taak.id(), taak);
        taak.future(uitvoerder.submit(() -> {
            try {
                taak.klaar(engine.solve(ctx.get(), taak::voortgang));
            } catch (RuntimeException e) {
                taak.mislukt();
            }
        }));
        return taak;
    }

    /** The job, or 404. */
    public Oplostaak taak(String id) {
        Oplostaak t = taken.get(id);
        if (t == null) {
            throw new Fout(404, "id", "onbekende oplostaak " + Werkbank.kort(id));
        }
        return t;
    }

    /** Cancels a running job; 409 when it is not running. */
    public Oplostaak annuleer(String id) {
        Oplostaak t = taak(id);
        if (!t.annuleer()) {
            throw new Fout(409, "id", "oplostaak " + id + " loopt niet meer");
        }
        return t;
    }

    @Override
    public void close() {
        uitvoerder.shutdownNow();
    }
}
