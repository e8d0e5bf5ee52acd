package nl.kansrijk.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.relaxation.PlanSearch;
import nl.kansrijk.relaxation.Relaxation;
import nl.kansrijk.relaxation.TransportModel;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;

/**
 * The start of a solve: the plan's relaxation (prices per gemeente and a proven bound) and the plan of whole
 * households built from it by {@link PlanSearch}, as the {@link Koppelplan#getVoorstel() voorstel} that the
 * solver's first phase installs. Also tells the proven upper bound of the soft score for the final plan.
 *
 * @param relaxation the solved relaxation of the free households
 * @param voorstel per plan entity its starting gemeente (pinned ones at theirs; {@code null}: unplaced)
 * @param vastZacht the soft score of what the relaxation does not decide (pinned households, nareizigers at
 *                  their family's gemeente)
 * @param zacht the soft score of the voorstel
 * @param voorstelGrens the proven bound for plans leaving no more persons unplaced than the voorstel
 * @param zetten moves the search evaluated
 */
public record RelaxationStart(Relaxation relaxation, List<Bestemming> voorstel, long vastZacht, long zacht,
        long voorstelGrens, long zetten) {

    /** Passes of the search at most (it normally stops earlier, when no move improves the plan). */
    static final int MAX_PASSES = 50;
    /** Ruin-and-recreate rounds per free household at most (the time limit usually ends them first on large plans). */
    static final long HERBOUW_RONDES_PER_HUISHOUDEN = 1_000;

    /** Builds the relaxation and the starting plan for the plan's households; {@code stop} may cut the search short. */
    public static RelaxationStart of(Koppelplan plan, Gewichten gewichten, long seed, BooleanSupplier stop) {
        TransportModel model = new TransportModel(plan, gewichten);
        Relaxation relaxation = Relaxation.of(model);
        // two starts, the better plan (medium first, then soft) is kept
        PlanSearch search = null;
        int[] keuze = null;
        for (PlanSearch.Start s : PlanSearch.Start.values()) {
            PlanSearch poging = new PlanSearch(relaxation, s);
            int[] k = poging.run(seed, MAX_PASSES, 0, stop);
            if (search == null || poging.medium() > search.medium()
                    || (poging.medium() == search.medium() && poging.zacht() > search.zacht())) {
                search = poging;
                keuze = k;
            }
        }
        // then ruin and recreate from the better local optimum, within the time the caller gives
        keuze = search.herbouw(seed, HERBOUW_RONDES_PER_HUISHOUDEN * model.huishoudens(), stop);
        List<Plaatsingseenheid> eenheden = plan.getEenheden();
        List<Bestemming> voorstel = new ArrayList<>(Arrays.asList(new Bestemming[eenheden.size()]));
        long vast = 0;
        for (int e = 0; e < eenheden.size(); e++) {
            Plaatsingseenheid p = eenheden.get(e);
            Bestemming vasteBestemming = TransportModel.vasteBestemming(p);
            int i = model.vrijIndex(e);
            if (vasteBestemming != null) {
                voorstel.set(e, vasteBestemming);
                vast += Bijdragen.zacht(p, vasteBestemming, gewichten);
            } else if (i >= 0 && keuze[i] >= 0) {
                voorstel.set(e, p.getToegestaan().get(keuze[i]));
            }
        }
        return new RelaxationStart(relaxation, voorstel, vast, vast + search.zacht(),
                vast + relaxation.bovengrens(search.ongeplaatstePersonen()), search.zetten());
    }

    /** Whether the voorstel's soft score is within {@code fractie} of the bound (e.g. 0.001 for 99.9 %). */
    public boolean binnen(double fractie) {
        return zacht >= voorstelGrens - fractie * Math.abs(voorstelGrens);
    }

    /**
     * The proven upper bound of the soft score of every plan that leaves no more persons unplaced than
     * {@code plan} does (only the households the relaxation decides count).
     */
    public long bovengrens(Koppelplan plan) {
        TransportModel model = relaxation.model();
        long ongeplaatst = 0;
        List<Plaatsingseenheid> eenheden = plan.getEenheden();
        for (int e = 0; e < eenheden.size(); e++) {
            if (model.vrijIndex(e) >= 0 && eenheden.get(e).getBestemming() == null) {
                ongeplaatst += eenheden.get(e).getPersonen();
            }
        }
        return vastZacht + relaxation.bovengrens(ongeplaatst);
    }
}
