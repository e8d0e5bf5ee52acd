package nl.kansrijk.relaxation;

import java.util.List;

import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.demo.Gebied;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;

/** Test data: a region around Utrecht whose quotas hold fewer persons than arrive, so some must stay unplaced. */
public final class KrappeRegio {

    private KrappeRegio() {
    }

    /** The plan of {@code gemeenten} gemeenten with their taakstellingen at {@code ruimte} × the persons. */
    public static Koppelplan plan(int gemeenten, int huishoudens, double ruimte, long seed) {
        MatchingProblem p = DemoDataGenerator.genereer(DemoSettings.of(huishoudens, seed)
                .withGebied(Gebied.regio("GM0344", gemeenten)).withRuimte(0.0));
        List<Taakstelling> krap = p.taakstellingen().stream().map(t -> new Taakstelling(t.gemeenteCode(), t.periode(),
                (int) Math.round(ruimte * t.taakstelling()), t.achterstand(), t.gerealiseerd())).toList();
        p = new MatchingProblem(p.periode(), p.gemeenten(), p.arbeidsmarktregios(), krap, p.azcs(), p.zorglocaties(),
                p.huishoudens());
        return PlanContext.of(p, MatchingConfig.STANDAARD).nieuwPlan();
    }

    /** Its transportation model at the default weights. */
    public static TransportModel model(int gemeenten, int huishoudens, double ruimte, long seed) {
        return new TransportModel(plan(gemeenten, huishoudens, ruimte, seed), MatchingConfig.STANDAARD.gewichten());
    }
}
