package nl.kansrijk.io.json;

import java.util.List;
import java.util.Objects;

import nl.kansrijk.explain.Evaluatie;
import nl.kansrijk.solve.MatchingResult;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A plan made elsewhere beside the engine's own ({@code evaluatie.json}, {@code kansrijk evaluate --json}): scores,
 * points per rule, quality, the hard rules the plan breaks and how many households the engine would move.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EvaluatieJson(Paar<ScoreJson> score, List<RegelVergelijking> perRegel, Paar<KwaliteitJson> kwaliteit,
        List<OvertredingJson> hardeSchendingen, long verplaatstDoorEngine) {

    /** A figure of the evaluated plan beside the engine's. */
    public record Paar<T>(T plan, T engine) {
    }

    /** One rule's points in the plan and in the engine's plan. */
    public record RegelVergelijking(String regel, long plan, long engine, long verschil) {
    }

    /** The JSON form of an evaluation. */
    public static EvaluatieJson van(Evaluatie e) {
        return new EvaluatieJson(new Paar<>(ScoreJson.van(e.plan().score()), ScoreJson.van(e.engine().score())),
                e.perRegel().stream().map(v -> new RegelVergelijking(v.regel().id(), v.plan(), v.engine(), v.verschil()))
                        .toList(),
                new Paar<>(KwaliteitJson.van(e.metricsPlan().totaal()), KwaliteitJson.van(e.metricsEngine().totaal())),
                e.overtredingen().stream().map(OvertredingJson::van).toList(), verplaatst(e.plan(), e.engine()));
    }

    private static long verplaatst(MatchingResult plan, MatchingResult engine) {
        return plan.koppelingen().stream().filter(k -> !Objects.equals(k.gemeenteCode(),
                engine.koppeling(k.huishoudenId()).orElseThrow().gemeenteCode())).count();
    }
}
