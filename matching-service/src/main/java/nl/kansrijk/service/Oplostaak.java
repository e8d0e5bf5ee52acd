package nl.kansrijk.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.io.json.Decimaal;
import nl.kansrijk.io.json.ScoreJson;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.Voortgang;

/**
 * One solve run in the background (oplostaak): its state, the best score so far, and when done the proposed
 * koppelingen for the households that were waiting. Thread-safe: the solver thread writes, requests read.
 */
public final class Oplostaak {

    /** Where a job is. */
    public enum Toestand { BEZIG, KLAAR, GEANNULEERD, MISLUKT }

    private final String id;
    private final long planVersie;
    private final Instant start;
    private volatile Toestand toestand = Toestand.BEZIG;
    private volatile HardMediumSoftScore besteScore;
    private volatile Long lopendeGrens;
    private volatile Duration verstreken = Duration.ZERO;
    private volatile int verbeteringen;
    private volatile MatchingResult resultaat;
    private volatile boolean annuleren;
    private volatile Future<?> future;

    Oplostaak(String id, long planVersie, Instant start) {
        this.id = id;
        this.planVersie = planVersie;
        this.start = start;
    }

    public String id() {
        return id;
    }

    public Toestand toestand() {
        return toestand;
    }

    void voortgang(Voortgang v) {
        if (v.besteScore() != null) {
            besteScore = v.besteScore();
        }
        verstreken = v.verstreken();
        if (v.bovengrens() != null) {
            lopendeGrens = v.bovengrens();
        }
        verbeteringen++;
    }

    void klaar(MatchingResult r) {
        resultaat = r;
        besteScore = r.score();
        verstreken = r.rekentijd();
        toestand = annuleren ? Toestand.GEANNULEERD : Toestand.KLAAR;
    }

    void mislukt() {
        toestand = annuleren ? Toestand.GEANNULEERD : Toestand.MISLUKT;
    }

    void future(Future<?> f) {
        this.future = f;
    }

    /** Asks the solver to stop; the best plan so far stays available as the result. */
    boolean annuleer() {
        if (toestand != Toestand.BEZIG) {
            return false;
        }
        annuleren = true;
        Future<?> f = future;
        if (f != null) {
            f.cancel(true);
        }
        return true;
    }

    /** The state as JSON. */
    public OplostaakJson json() {
        HardMediumSoftScore s = besteScore;
        MatchingResult r = resultaat;
        // the engine proves its bound with the relaxation it starts from: reported while it runs, and with the result
        Long grens = r != null ? r.bovengrens() : lopendeGrens;
        BigDecimal procent = r != null ? r.procentVanBovengrens().map(p -> Decimaal.van(p, 2)).orElse(null)
                : s == null || grens == null || grens <= 0 ? null : Decimaal.van(100.0 * s.softScore() / grens, 2);
        return new OplostaakJson(id, toestand.name().toLowerCase(java.util.Locale.ROOT), planVersie, start.toString(),
                verstreken.toMillis(), verbeteringen, ScoreJson.van(s), grens, procent, r != null);
    }

    /** The proposal: per household that was free in this solve, the gemeente (or unplaced with the reason). */
    public OplostaakJson.Resultaat resultaatJson() {
        MatchingResult r = resultaat;
        if (r == null) {
            throw new Fout(409, "id", "oplostaak " + id + " heeft nog geen resultaat (toestand "
                    + toestand.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        List<OplostaakJson.Voorstel> ks = new ArrayList<>();
        for (Koppeling k : r.koppelingen()) {
            if (!k.huishouden().isGekoppeld()) {
                ks.add(new OplostaakJson.Voorstel(k.huishoudenId(), k.gemeenteCode(), k.status().code(), k.reden()));
            }
        }
        return new OplostaakJson.Resultaat(json(), ScoreJson.van(r.score()), ks);
    }
}
