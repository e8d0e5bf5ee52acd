package nl.kansrijk.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Persoon;

/**
 * Gives every adult of a generated problem a sex (geslacht van volwassenen), as personen.csv would list them, so the
 * grouping {@code geslacht_volwassenen} of the groepsgelijkheid rule can be tried. The main applicant ({@code P1})
 * keeps the household's {@code geslacht_hoofdaanvrager} where it has one (else a man with chance 0.6); the second
 * adult of a household of two adults is of the other sex with chance 0.95; further adults are a man or a woman with
 * chance 0.5. Children are not listed. Drawn from its own random stream per household (seed and position), so the
 * rest of the problem is exactly what the generator made without it.
 */
public final class GeslachtVolwassenen {

    private GeslachtVolwassenen() {
    }

    /** The problem with its households' adults listed with a sex. */
    public static MatchingProblem van(MatchingProblem problem, long seed) {
        List<Huishouden> uit = new ArrayList<>(problem.huishoudens().size());
        long i = 0;
        for (Huishouden h : problem.huishoudens()) {
            SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + i++);
            List<Persoon> leden = new ArrayList<>(h.volwassenen());
            String eerste = h.kenmerken().get("geslacht_hoofdaanvrager");
            for (int a = 0; a < h.volwassenen(); a++) {
                String geslacht;
                if (a == 0) {
                    geslacht = eerste != null ? eerste : rng.nextDouble() < 0.6 ? "m" : "v";
                } else if (a == 1 && h.volwassenen() == 2) {
                    String ander = leden.get(0).geslacht().equals("m") ? "v" : "m";
                    geslacht = rng.nextDouble() < 0.95 ? ander : leden.get(0).geslacht();
                } else {
                    geslacht = rng.nextDouble() < 0.5 ? "m" : "v";
                }
                leden.add(new Persoon("P" + (a + 1), true, geslacht, null));
            }
            uit.add(leden.isEmpty() ? h : h.toBuilder().leden(leden).build());
        }
        return problem.withHuishoudens(uit);
    }
}
