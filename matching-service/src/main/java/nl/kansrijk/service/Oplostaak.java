package nl.kansrijk.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;


import ai.timefold.solver.core.api.score.HardMediumSoftScore;
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
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("toestand", toestand.name().toLowerCase(java.util.Locale.ROOT));
        m.put("plan_versie", planVersie);
        m.put("gestart", start.toString());
        m.put("verstreken_ms", verstreken.toMillis());
        m.put("verbeteringen", verbeteringen);
        HardMediumSoftScore s = besteScore;
        m.put("beste_score", ScoreJson.van(s));
        MatchingResult r = resultaat;
        // the engine proves its bound with the relaxation it starts from: reported while it runs, and with the result
        Long grens = r != null ? r.bovengrens() : lopendeGrens;
        m.put("bovengrens_zacht", grens);
        m.put("procent_van_bovengrens", r != null ? r.procentVanBovengrens()
                .map(p -> nl.kansrijk.io.output.ResultWriter.decimaal(p, 2)).orElse(null)
                : s == null || grens == null || grens <= 0 ? null
                : nl.kansrijk.io.output.ResultWriter.decimaal(100.0 * s.softScore() / grens, 2));
        m.put("resultaat_beschikbaar", r != null);
        return m;
    }

    /** The proposal: per household that was free in this solve, the gemeente (or unplaced with the reason). */
    public Map<String, Object> resultaatJson() {
        MatchingResult r = resultaat;
        if (r == null) {
            throw new Fout(409, "id", "oplostaak " + id + " heeft nog geen resultaat (toestand "
                    + toestand.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        List<Map<String, Object>> ks = new ArrayList<>();
        for (Koppeling k : r.koppelingen()) {
            if (k.huishouden().isGekoppeld()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("huishouden_id", k.huishoudenId());
            m.put("gemeente_code", k.gemeenteCode());
            m.put("status", k.status().code());
            m.put("reden", k.reden());
            ks.add(m);
        }
        Map<String, Object> m = json();
        m.put("score", ScoreJson.van(r.score()));
        m.put("koppelingen", ks);
        return m;
    }
}
