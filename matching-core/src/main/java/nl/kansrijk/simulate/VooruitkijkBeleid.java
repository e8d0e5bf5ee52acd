package nl.kansrijk.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.solve.MatchingEngine;

/**
 * Look-ahead (vooruitkijken): each batch is solved together with a sampled likely future, so that the places
 * later arrivals will need are not given away now; only the real households are committed.
 * <p>
 * The future is drawn from the profile mix seen so far: households that arrived this period (nareizigers left
 * out, as their tie is to one family), drawn uniformly with replacement and given fresh ids starting with
 * {@value #TOEKOMST_PREFIX}, as many as {@link SimulatieStand#verwachtNogTeKomen()} × {@link Vooruitblik#schaal()}.
 * When that exceeds {@link Vooruitblik#maxToekomst()}, only a fraction f of it is drawn and every gemeente's
 * remaining room for the future is scaled by f as well (the rest is booked as already realised, so the balans term
 * still sees it). With several futures each real household takes the gemeente most of them chose. The
 * commitment goes through {@link Vastlegging}, so it never exceeds real capacity.
 * The random draws depend only on the configured seed, the batch number and the future's number.
 */
public final class VooruitkijkBeleid implements OnlineBeleid {

    /** Every sampled household's id starts with this; real ids never do in a valid simulation. */
    public static final String TOEKOMST_PREFIX = "~toekomst-";

    private final MatchingEngine engine;
    private final Vooruitblik parameters;

    public VooruitkijkBeleid(MatchingEngine engine, Vooruitblik parameters) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public String naam() {
        return "lookahead";
    }

    public Vooruitblik parameters() {
        return parameters;
    }

    @Override
    public Map<String, String> koppel(SimulatieStand stand, List<Huishouden> batch) {
        Set<String> echt = new HashSet<>();
        batch.forEach(h -> echt.add(h.id()));
        Map<String, Map<String, Integer>> stemmen = new LinkedHashMap<>();
        for (int s = 0; s < parameters.steekproeven(); s++) {
            Toekomst toekomst = toekomst(stand, batch, s);
            List<Huishouden> vrij = new ArrayList<>(stand.vrijMetAangekondigd(batch));
            vrij.addAll(toekomst.huishoudens());
            MatchingProblem probleem = toekomst.basis().withHuishoudens(
                    concat(toekomst.basis().huishoudens(), vrij));
            BatchOplosser.los(engine, stand.context(probleem), parameters.budget()).forEach((id, code) -> {
                if (echt.contains(id)) {
                    stemmen.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(code, 1, Integer::sum);
                }
            });
        }
        Map<String, String> voorstel = new HashMap<>();
        stemmen.forEach((id, perCode) -> voorstel.put(id, perCode.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).orElseThrow().getKey()));
        return Vastlegging.metTerugval(stand, batch, voorstel);
    }

    /**
     * One sampled future for this batch.
     *
     * @param basis the state's problem (pinned households, taakstellingen scaled when only a fraction is sampled)
     * @param huishoudens the sampled future households, fresh ids, no koppeling
     * @param fractie the fraction f of the expected future that was sampled (1 when all)
     */
    record Toekomst(MatchingProblem basis, List<Huishouden> huishoudens, double fractie) {
    }

    /** Sampled future number {@code s} for the state and batch (deterministic). */
    Toekomst toekomst(SimulatieStand stand, List<Huishouden> batch, int s) {
        List<Huishouden> pool = stand.aangekomen().stream().filter(h -> !h.isNareiziger()).toList();
        long verwacht = Math.round(parameters.schaal() * stand.verwachtNogTeKomen());
        if (pool.isEmpty() || verwacht <= 0) {
            return new Toekomst(stand.probleem(), List.of(), 1.0);
        }
        int n = (int) Math.min(verwacht, parameters.maxToekomst());
        double f = n / (double) verwacht;
        SplittableRandom rng = new SplittableRandom(mix(stand.config().seed(), stand.batchNummer(), s));
        List<Huishouden> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Huishouden h = pool.get(rng.nextInt(pool.size()));
            out.add(h.metId(TOEKOMST_PREFIX + s + "-" + i).metGekoppeldGemeente(null));
        }
        MatchingProblem basis = f < 1.0 ? geschaald(stand, batch, f) : stand.probleem();
        return new Toekomst(basis, List.copyOf(out), f);
    }

    /**
     * The state's problem with each gemeente's remaining room for the future scaled by {@code f}: of the room R
     * left after earlier koppelingen, (1 − f) × R × (1 − batch persons / total room) is booked as realised, so the
     * batch plus the sampled fraction f of the future compete for room in the same proportion as the full future would.
     */
    private static MatchingProblem geschaald(SimulatieStand stand, List<Huishouden> batch, double f) {
        MatchingProblem p = stand.probleem();
        String periode = p.effectievePeriode();
        Map<String, Long> vast = new HashMap<>();
        for (Huishouden h : p.huishoudens()) {
            if (h.isGekoppeld()) {
                vast.merge(h.gekoppeldGemeente(), (long) h.personen(), Long::sum);
            }
        }
        int tolerantie = stand.config().tolerantie();
        Map<String, Long> ruimte = new HashMap<>();
        long totaal = 0;
        for (Taakstelling t : p.taakstellingen()) {
            if (t.periode().equals(periode)) {
                long r = Math.max(0L, t.capaciteit() + tolerantie - vast.getOrDefault(t.gemeenteCode(), 0L));
                ruimte.put(t.gemeenteCode(), r);
                totaal += r;
            }
        }
        long batchPersonen = batch.stream().mapToLong(Huishouden::personen).sum();
        double aandeelToekomst = totaal == 0 ? 0.0 : Math.max(0.0, 1.0 - batchPersonen / (double) totaal);
        List<Taakstelling> taak = new ArrayList<>(p.taakstellingen().size());
        for (Taakstelling t : p.taakstellingen()) {
            Long r = t.periode().equals(periode) ? ruimte.get(t.gemeenteCode()) : null;
            int fantoom = r == null ? 0 : (int) Math.floor((1.0 - f) * r * aandeelToekomst);
            taak.add(fantoom == 0 ? t : new Taakstelling(t.gemeenteCode(), t.periode(), t.taakstelling(),
                    t.achterstand(), t.gerealiseerd() + fantoom));
        }
        return new MatchingProblem(p.periode(), p.gemeenten(), p.arbeidsmarktregios(), taak, p.azcs(),
                p.zorglocaties(), p.huishoudens());
    }

    private static long mix(long seed, int batch, int steekproef) {
        long z = seed * 0x9E3779B97F4A7C15L + batch * 0xBF58476D1CE4E5B9L + steekproef * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static List<Huishouden> concat(List<Huishouden> a, List<Huishouden> b) {
        List<Huishouden> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
