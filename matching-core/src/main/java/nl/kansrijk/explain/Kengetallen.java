package nl.kansrijk.explain;

import java.util.HashMap;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.solve.GemeenteResultaat;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingResult;

/**
 * Key figures (kengetallen) of a plan, to compare plans on the same input.
 *
 * @param score the plan's score
 * @param huishoudens households in the plan
 * @param geplaatst households placed
 * @param personen persons in the plan
 * @param personenGeplaatst persons placed
 * @param personenMetRegioadvies persons in households with a regioadvies
 * @param personenInAdviesregio persons placed in an arbeidsmarktregio of their regioadvies (any rank)
 * @param personenInAdviesregio1 persons placed in the arbeidsmarktregio of rank 1 of their regioadvies
 */
public record Kengetallen(HardMediumSoftScore score, int huishoudens, int geplaatst, long personen,
        long personenGeplaatst, long personenMetRegioadvies, long personenInAdviesregio, long personenInAdviesregio1) {

    /** The key figures of a result. */
    public static Kengetallen van(MatchingResult r) {
        Map<String, String> regio = new HashMap<>();
        for (GemeenteResultaat g : r.gemeenten()) {
            regio.put(g.gemeente().code(), g.gemeente().arbeidsmarktregioCode());
        }
        int geplaatst = 0;
        long personen = 0, personenGeplaatst = 0, metAdvies = 0, inAdvies = 0, inAdvies1 = 0;
        for (Koppeling k : r.koppelingen()) {
            var advies = k.huishouden().regioadvies();
            personen += k.personen();
            if (!advies.isEmpty()) {
                metAdvies += k.personen();
            }
            if (k.isGeplaatst()) {
                geplaatst++;
                personenGeplaatst += k.personen();
                String code = regio.get(k.gemeenteCode());
                if (advies.contains(code)) {
                    inAdvies += k.personen();
                }
                if (!advies.isEmpty() && advies.get(0).equals(code)) {
                    inAdvies1 += k.personen();
                }
            }
        }
        return new Kengetallen(r.score(), r.koppelingen().size(), geplaatst, personen, personenGeplaatst, metAdvies,
                inAdvies, inAdvies1);
    }
}
