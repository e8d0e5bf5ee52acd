package nl.kansrijk.io.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.kansrijk.metrics.Groepsverschil;
import nl.kansrijk.metrics.Kwaliteit;
import nl.kansrijk.simulate.Beleidsuitkomst;
import nl.kansrijk.simulate.SimulatieResultaat;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One plan of a simulation (hindsight or a policy) as a row of {@code simulatie.csv} and an element of
 * {@code plannen} in {@code simulatie.json}: the components, in order, are the columns. {@code null} where a figure
 * does not apply (hindsight has no batch rhythm nor waiting days; no bound without a relaxation).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SimulatieRijJson(String beleid, String batch, int batches, long huishoudens, long personen,
        long geplaatstePersonen, long nietGeplaatstePersonen, long scoreZacht, BigDecimal procentVanAchteraf,
        String score, BigDecimal aandeelEersteRegio, BigDecimal aandeelAdviesRegio, BigDecimal kmGemiddeld,
        BigDecimal kmP90, BigDecimal aandeelVoorkeurOfNetwerk, BigDecimal gemiddeldeSectorvraag,
        BigDecimal vulgraadMin, BigDecimal vulgraadMax, BigDecimal vulgraadGini, long hardeSchendingen,
        long overvolleGemeenten, BigDecimal grootsteGroepsverschilEersteRegio, BigDecimal grootsteGroepsverschilKm,
        BigDecimal procentVanBovengrens, BigDecimal wachtdagenGemiddeld, long hardBijKoppeling) {

    private static final RecordComponent[] COMPONENTEN = SimulatieRijJson.class.getRecordComponents();

    /** The column names, in order: the components' names in snake case, as the JSON has them. */
    public static final List<String> KOLOMMEN = Arrays.stream(COMPONENTEN)
            .map(c -> c.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)).toList();

    /** The row of one plan of {@code r}. */
    public static SimulatieRijJson van(SimulatieResultaat r, Beleidsuitkomst u) {
        Kwaliteit k = u.metrics().totaal();
        boolean achteraf = u == r.achteraf();
        return new SimulatieRijJson(u.naam(), achteraf ? "" : r.ritme().code(), u.batches(), k.huishoudens(),
                k.personen(), k.geplaatstePersonen(), k.nietGeplaatstePersonen(), u.zacht(),
                Decimaal.van(r.procentVanAchteraf(u), 2), u.resultaat().score().toString(),
                Decimaal.van(k.aandeelEersteRegio(), 4), Decimaal.van(k.aandeelAdviesRegio(), 4),
                Decimaal.van(k.kmGemiddeld(), 1), Decimaal.van(k.kmP90(), 1),
                Decimaal.van(k.aandeelVoorkeurOfNetwerk(), 4), Decimaal.van(k.gemiddeldeSectorvraag(), 2),
                Decimaal.van(u.metrics().vulgraadMin(), 4), Decimaal.van(u.metrics().vulgraadMax(), 4),
                Decimaal.van(u.metrics().vulgraadGini(), 4), u.metrics().huishoudensMetHardeSchending(),
                u.metrics().overvoldeGemeenten(), Decimaal.van(grootsteVerschil(u, "aandeel_eerste_regio"), 4),
                Decimaal.van(grootsteVerschil(u, "km_gemiddeld"), 1),
                r.bovengrens() == null ? null : Decimaal.van(r.procentVanBovengrens(u), 2),
                achteraf ? null : Decimaal.van(u.wachtdagenGemiddeld(), 2), u.hard());
    }

    /** The rows of a simulation: hindsight, then the policies in the order run. */
    public static List<SimulatieRijJson> van(SimulatieResultaat r) {
        List<SimulatieRijJson> out = new ArrayList<>();
        out.add(van(r, r.achteraf()));
        r.beleid().forEach(u -> out.add(van(r, u)));
        return out;
    }

    /** The values in column order, {@code null} where a figure does not apply. */
    public List<Object> waarden() {
        List<Object> out = new ArrayList<>(COMPONENTEN.length);
        for (RecordComponent c : COMPONENTEN) {
            try {
                out.add(c.getAccessor().invoke(this));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("component " + c.getName(), e);
            }
        }
        return out;
    }

    /** The largest gap in a measure between the groups of any grouping. */
    private static double grootsteVerschil(Beleidsuitkomst u, String maat) {
        double max = 0;
        for (Groepsverschil g : u.metrics().groepen()) {
            max = Math.max(max, g.grootsteVerschil().getOrDefault(maat, 0.0));
        }
        return max;
    }
}
