package nl.kansrijk.solve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Groepstand;

/**
 * Exhaustive search for tests: enumerates every assignment of the free households to a gemeente or to
 * "unplaced" and returns the best score with all assignments reaching it. Exact for any weights: a household
 * outside its allowed gemeenten, or a gemeente over its allowed load, breaks a hard rule while "everyone free
 * unplaced" breaks none, so such branches are pruned without losing the optimum. Only for small instances.
 *
 * @param score the best score
 * @param optima every assignment (household id to gemeente code, {@code null} for unplaced) with that score
 * @param bekeken the number of complete assignments scored
 */
public record BruteForce(HardMediumSoftScore score, List<Map<String, String>> optima, long bekeken) {

    /** Searches the problem under the configuration. */
    public static BruteForce optimum(MatchingProblem problem, MatchingConfig config) {
        return new Search(PlanContext.of(problem, config)).run();
    }

    /** The score of an assignment as {@link PlanScorer} gives it (pinned households stay where they are). */
    public static HardMediumSoftScore score(MatchingProblem problem, MatchingConfig config, Map<String, String> koppelingen) {
        PlanContext ctx = PlanContext.of(problem, config);
        return PlanScorer.resultaat(ctx, ctx.plan(koppelingen), Duration.ZERO).score();
    }

    private static final class Search {
        private final PlanContext ctx;
        private final Gewichten gewichten;
        private final Koppelplan plan;
        private final List<Plaatsingseenheid> vrij = new ArrayList<>();
        private final long[] last;
        private HardMediumSoftScore best;
        private final List<Map<String, String>> optima = new ArrayList<>();
        private long bekeken;

        Search(PlanContext ctx) {
            this.ctx = ctx;
            this.gewichten = ctx.config().gewichten();
            this.plan = ctx.nieuwPlan();
            this.last = new long[ctx.bestemmingen().size()];
            for (Plaatsingseenheid p : plan.getEenheden()) {
                if (p.isVastgezet()) {
                    last[p.getBestemming().index()] += p.getPersonen();
                } else {
                    vrij.add(p);
                }
            }
        }

        BruteForce run() {
            visit(0);
            return new BruteForce(best, List.copyOf(optima), bekeken);
        }

        private void visit(int i) {
            if (i == vrij.size()) {
                leaf();
                return;
            }
            Plaatsingseenheid p = vrij.get(i);
            p.setBestemming(null);
            visit(i + 1);
            for (Bestemming b : p.getToegestaan()) {
                if (last[b.index()] + p.getPersonen() <= b.toegestaneLast()) {
                    last[b.index()] += p.getPersonen();
                    p.setBestemming(b);
                    visit(i + 1);
                    last[b.index()] -= p.getPersonen();
                }
            }
            p.setBestemming(null);
        }

        /** Scores the complete assignment exactly as {@link PlanScorer} does: per household, per gemeente, per group. */
        private void leaf() {
            bekeken++;
            HardMediumSoftScore s = HardMediumSoftScore.ZERO;
            for (Plaatsingseenheid p : plan.getEenheden()) {
                s = s.add(Bijdragen.vanHuishouden(p, p.getBestemming(), gewichten).score());
            }
            Lasten lasten = Lasten.van(plan);
            for (Bestemming b : ctx.bestemmingen()) {
                s = s.add(Bijdragen.vanGemeente(b, lasten.personen(b), lasten.gebonden(b), gewichten).score());
            }
            s = s.add(Bijdragen.vanGroepen(Groepstand.van(plan.getEenheden()), gewichten).score());
            int c = best == null ? 1 : s.compareTo(best);
            if (c > 0) {
                best = s;
                optima.clear();
            }
            if (c >= 0) {
                Map<String, String> a = new LinkedHashMap<>();
                for (Plaatsingseenheid p : plan.getEenheden()) {
                    a.put(p.getId(), p.getBestemming() == null ? null : p.getBestemming().code());
                }
                optima.add(a);
            }
        }
    }
}
