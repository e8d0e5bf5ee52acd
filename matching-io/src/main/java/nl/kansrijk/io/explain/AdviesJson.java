package nl.kansrijk.io.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.explain.Advies;
import nl.kansrijk.explain.Evaluatie;
import nl.kansrijk.explain.Optie;
import nl.kansrijk.explain.Overweging;
import nl.kansrijk.explain.Reden;
import nl.kansrijk.explain.Uitleg;
import nl.kansrijk.io.json.OvertredingJson;
import nl.kansrijk.io.json.ScoreJson;
import nl.kansrijk.io.output.ResultWriter;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingResult;

/**
 * Advice, what-ifs, evaluations and explanations as ordered maps for JSON, in the schema of {@code docs/advice.md}.
 * Deterministic: keys in a fixed order, rules in rule order.
 */
public final class AdviesJson {

    private AdviesJson() {
    }

    // ---- JSON -------------------------------------------------------------------------------------------------

    /** The JSON object of an advice. */
    public static Map<String, Object> json(Advies a, long vasteKoppelingen) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("huishouden_id", a.huishoudenId());
        m.put("koppelingen_in_plan", vasteKoppelingen);
        m.put("gemeenten", a.gemeenten());
        m.put("toegestaan", a.toegestaan());
        m.put("advies", a.opties().stream().map(AdviesJson::json).toList());
        if (a.informatiewaarde() != null) {
            m.put("informatiewaarde", a.informatiewaarde());
            m.put("wachten", a.wachtTekst());
        }
        m.put("uitgesloten", perRegelInt(a.uitgesloten()));
        return m;
    }

    /** The JSON object of a what-if. */
    public static Map<String, Object> json(Overweging o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("huishouden_id", o.huishoudenId());
        m.put("gemeente_code", o.gekozen().gemeenteCode());
        m.put("toegestaan", o.isToegestaan());
        m.put("weigering", o.weigeringsregels().stream().map(Regel::id).toList());
        m.put("weigering_tekst", o.weigering());
        m.put("kosten", score(o.kosten()));
        m.put("kosten_per_regel", perRegel(o.kostenPerRegel()));
        m.put("gekozen", json(o.gekozen()));
        m.put("beste", o.beste() == null ? null : json(o.beste()));
        return m;
    }

    /** The JSON object of an explanation. */
    public static Map<String, Object> json(Uitleg u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("huishouden_id", u.koppeling().huishoudenId());
        m.put("gemeente_code", u.koppeling().gemeenteCode());
        m.put("status", u.koppeling().status().code());
        m.put("toelichting", u.zin());
        m.put("koppeling", u.huidig() == null ? null : json(u.huidig()));
        m.put("alternatief", u.alternatief() == null ? null : json(u.alternatief()));
        m.put("verschil", score(u.verschil()));
        m.put("verschil_per_regel", perRegel(u.verschilPerRegel()));
        return m;
    }

    /** The JSON object of an evaluation. */
    public static Map<String, Object> json(Evaluatie e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", ResultWriter.ordered("plan", score(e.plan().score()), "engine", score(e.engine().score())));
        List<Map<String, Object>> regels = new ArrayList<>();
        for (Evaluatie.RegelVergelijking v : e.perRegel()) {
            regels.add(ResultWriter.ordered("regel", v.regel().id(), "plan", v.plan(), "engine", v.engine(), "verschil", v.verschil()));
        }
        m.put("per_regel", regels);
        m.put("kwaliteit", ResultWriter.ordered("plan", ResultWriter.kwaliteit(e.metricsPlan().totaal()), "engine",
                ResultWriter.kwaliteit(e.metricsEngine().totaal())));
        m.put("harde_schendingen", e.overtredingen().stream().map(OvertredingJson::van).toList());
        m.put("verplaatst_door_engine", verplaatst(e.plan(), e.engine()));
        return m;
    }

    private static Map<String, Object> json(Optie o) {
        Gemeente g = o.gemeente();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rang", o.rang());
        m.put("gemeente_code", g.code());
        m.put("gemeente_naam", g.naam());
        m.put("arbeidsmarktregio_code", g.arbeidsmarktregioCode());
        m.put("score", score(o.delta()));
        m.put("verschil", score(o.verschil()));
        m.put("per_regel", perRegel(o.perRegel()));
        m.put("overtreden", o.overtreden().stream().map(Regel::id).toList());
        List<Map<String, Object>> redenen = new ArrayList<>();
        for (Reden r : o.redenen()) {
            redenen.add(ResultWriter.ordered("regel", r.regel().id(), "punten", r.punten(), "feit", r.feit(), "tekst", r.tekst()));
        }
        m.put("redenen", redenen);
        m.put("toelichting", o.redenTekst());
        if (o.prijs() != null) {
            m.put("prijs", o.prijs());
            m.put("schaarste", o.schaarsteTekst());
        }
        if (o.planwaarde() != null) {
            m.put("planwaarde", o.planwaarde());
            m.put("vooruitblik", o.vooruitblikTekst());
        }
        return m;
    }

    /** A score as {@code {hard, medium, soft, tekst}}, or null. */
    static ScoreJson score(HardMediumSoftScore s) {
        return ScoreJson.van(s);
    }

    private static Map<String, Object> perRegel(Map<Regel, Long> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((r, v) -> out.put(r.id(), v));
        return out;
    }

    private static Map<String, Object> perRegelInt(Map<Regel, Integer> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((r, v) -> out.put(r.id(), v));
        return out;
    }

    private static long verplaatst(MatchingResult plan, MatchingResult engine) {
        return plan.koppelingen().stream().filter(k -> !Objects.equals(k.gemeenteCode(),
                engine.koppeling(k.huishoudenId()).orElseThrow().gemeenteCode())).count();
    }
}
