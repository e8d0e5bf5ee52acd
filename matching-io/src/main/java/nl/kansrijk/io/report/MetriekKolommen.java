package nl.kansrijk.io.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

import nl.kansrijk.io.output.ResultWriter;
import nl.kansrijk.metrics.Groepsverschil;
import nl.kansrijk.metrics.Kwaliteit;
import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingResult;

/**
 * The outcome columns of every research table (sweep.csv and the report): score parts, every measure of
 * {@link Kwaliteit}, the fill-ratio spread, hard violations and the largest group gap per measure, each with the
 * direction in which it is better. All values come from {@link Metrics}; nothing is computed twice.
 */
public final class MetriekKolommen {

    /** Which way a column is better, for Pareto fronts. */
    public enum Richting { HOGER_BETER, LAGER_BETER, GEEN }

    /**
     * One column.
     *
     * @param naam column name in sweep.csv
     * @param label Dutch label for charts
     * @param richting which way is better
     * @param waarde the value for a result and its metrics: a number, a text, or {@code null} when it does not apply
     */
    public record Kolom(String naam, String label, Richting richting, BiFunction<MatchingResult, Metrics, Object> waarde) {
    }

    /** Every outcome column, in table order. */
    public static final List<Kolom> KOLOMMEN;

    static {
        List<Kolom> k = new ArrayList<>();
        k.add(new Kolom("score_hard", "score hard", Richting.HOGER_BETER, (r, m) -> r.score().hardScore()));
        k.add(new Kolom("score_medium", "score medium", Richting.HOGER_BETER, (r, m) -> r.score().mediumScore()));
        k.add(new Kolom("score_soft", "score soft (alleen binnen één instelling vergelijkbaar)", Richting.GEEN,
                (r, m) -> r.score().softScore()));
        k.add(new Kolom("huishoudens", "huishoudens", Richting.GEEN, (r, m) -> m.totaal().huishoudens()));
        k.add(new Kolom("personen", "personen", Richting.GEEN, (r, m) -> m.totaal().personen()));
        k.add(new Kolom("geplaatste_personen", "geplaatste personen", Richting.HOGER_BETER,
                (r, m) -> m.totaal().geplaatstePersonen()));
        k.add(new Kolom("niet_geplaatste_personen", "niet geplaatste personen", Richting.LAGER_BETER,
                (r, m) -> m.totaal().nietGeplaatstePersonen()));
        k.add(kwaliteit("aandeel_geplaatst", "aandeel geplaatst", Richting.HOGER_BETER, Kwaliteit::aandeelGeplaatst, 4));
        k.add(kwaliteit("aandeel_eerste_regio", "aandeel in eerste adviesregio", Richting.HOGER_BETER,
                Kwaliteit::aandeelEersteRegio, 4));
        k.add(kwaliteit("aandeel_advies_regio", "aandeel in een adviesregio", Richting.HOGER_BETER,
                Kwaliteit::aandeelAdviesRegio, 4));
        k.add(kwaliteit("km_gemiddeld", "gemiddelde km azc → gemeente", Richting.LAGER_BETER, Kwaliteit::kmGemiddeld, 1));
        k.add(kwaliteit("km_p90", "p90 km azc → gemeente", Richting.LAGER_BETER, Kwaliteit::kmP90, 1));
        k.add(kwaliteit("aandeel_voorkeur_of_netwerk", "aandeel voorkeur of netwerk gehonoreerd", Richting.HOGER_BETER,
                Kwaliteit::aandeelVoorkeurOfNetwerk, 4));
        k.add(kwaliteit("gemiddelde_sectorvraag", "gemiddelde sectorvraag (0–100)", Richting.HOGER_BETER,
                Kwaliteit::gemiddeldeSectorvraag, 2));
        k.add(kwaliteit("zacht_per_persoon", "zachte score per geplaatste persoon", Richting.GEEN,
                Kwaliteit::zachtPerPersoon, 2));
        k.add(new Kolom("score_soft_zonder_groepsgelijkheid", "zachte score zonder groepsgelijkheid", Richting.GEEN,
                (r, m) -> r.score().softScore() - r.totaalPerRegel().getOrDefault(Regel.GROEPSGELIJKHEID, 0L)));
        k.add(new Kolom("groepsgelijkheid_indeling", "indeling van de groepsgelijkheid", Richting.GEEN,
                (r, m) -> r.config().groepsindeling().naam()));
        k.add(new Kolom("groepsgelijkheid_verschil", "grootste verschil zachte score per persoon tussen groepen",
                Richting.LAGER_BETER, (r, m) -> gelijkheidsverschil(r, m, "zacht_per_persoon", 2)));
        k.add(new Kolom("groepsgelijkheid_verschil_eerste_regio", "grootste verschil aandeel eerste adviesregio tussen groepen",
                Richting.LAGER_BETER, (r, m) -> gelijkheidsverschil(r, m, "aandeel_eerste_regio", 4)));
        k.add(new Kolom("vulgraad_min", "laagste vulgraad", Richting.HOGER_BETER, (r, m) -> ResultWriter.decimaal(m.vulgraadMin(), 4)));
        k.add(new Kolom("vulgraad_max", "hoogste vulgraad", Richting.LAGER_BETER, (r, m) -> ResultWriter.decimaal(m.vulgraadMax(), 4)));
        k.add(new Kolom("vulgraad_gini", "Gini van de vulgraad", Richting.LAGER_BETER,
                (r, m) -> ResultWriter.decimaal(m.vulgraadGini(), 4)));
        k.add(new Kolom("huishoudens_harde_schending", "huishoudens met harde schending", Richting.LAGER_BETER,
                (r, m) -> m.huishoudensMetHardeSchending()));
        k.add(new Kolom("overvolle_gemeenten", "overvolle gemeenten", Richting.LAGER_BETER, (r, m) -> m.overvoldeGemeenten()));
        Metrics.MAATSTAVEN.keySet().forEach(maat -> {
            k.add(new Kolom("verschil_" + maat, "grootste groepsverschil " + maat.replace('_', ' '), Richting.LAGER_BETER,
                    (r, m) -> m.grootsteGroepsverschil(maat).map(g -> ResultWriter.decimaal(g.grootsteVerschil().get(maat), 4))
                            .orElse(null)));
            k.add(new Kolom("verschil_" + maat + "_indeling", "indeling met dat verschil", Richting.GEEN,
                    (r, m) -> m.grootsteGroepsverschil(maat).map(Groepsverschil::indeling).orElse(null)));
        });
        KOLOMMEN = Collections.unmodifiableList(k);
    }

    private MetriekKolommen() {
    }

    /** The largest gap in one measure between the shown groups of the groepsgelijkheid rule's grouping. */
    private static Object gelijkheidsverschil(MatchingResult r, Metrics m, String maat, int decimalen) {
        return m.groepsverschil(r.config().groepsindeling())
                .map(g -> ResultWriter.decimaal(g.grootsteVerschil().get(maat), decimalen)).orElse(null);
    }

    private static Kolom kwaliteit(String naam, String label, Richting richting, ToDoubleFunction<Kwaliteit> f, int decimalen) {
        return new Kolom(naam, label, richting, (r, m) -> ResultWriter.decimaal(f.applyAsDouble(m.totaal()), decimalen));
    }

    /** The column names, in order. */
    public static List<String> namen() {
        return KOLOMMEN.stream().map(Kolom::naam).toList();
    }

    /** The values of every column for a result, as written in a CSV cell (empty when it does not apply). */
    public static List<String> waarden(MatchingResult r, Metrics m) {
        List<String> out = new ArrayList<>(KOLOMMEN.size());
        for (Kolom k : KOLOMMEN) {
            Object v = k.waarde().apply(r, m);
            out.add(v == null ? "" : v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString());
        }
        return out;
    }

    /** The column with this name, if any. */
    public static Optional<Kolom> kolom(String naam) {
        return KOLOMMEN.stream().filter(k -> k.naam().equals(naam)).findFirst();
    }

    /** Names of the columns that can be an axis of a trade-off chart (those with a direction). */
    public static List<String> assen() {
        return KOLOMMEN.stream().filter(k -> k.richting() != Richting.GEEN).map(Kolom::naam).toList();
    }
}
