package nl.kansrijk.io.output;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.kansrijk.io.json.ConfigJson;
import nl.kansrijk.io.json.Decimaal;
import nl.kansrijk.io.json.KwaliteitJson;
import nl.kansrijk.io.json.ScoreJson;
import nl.kansrijk.metrics.Groepsverschil;
import nl.kansrijk.metrics.Metrics;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.solve.GemeenteResultaat;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.Status;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The content of {@code samenvatting.json} (docs/output-format.md): the engine, the score and its proven bound, the
 * totals per rule, counts, quality, fill, violations, group differences and what is needed to repeat the run.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SamenvattingJson(Engine engine, String periode, ScoreJson score, Long bovengrens,
        BigDecimal procentVanBovengrens, Boolean bewezenOptimaal, Boolean minsteNietGeplaatstBewezen,
        String bewijsMethode, Map<String, Long> totaalPerRegel, Huishoudens huishoudens, Personen personen,
        KwaliteitJson kwaliteit, Vulgraad vulgraad, HardeSchendingen hardeSchendingen,
        List<Overvulling> overvullingDoorVasteKoppelingen, List<NietGeplaatst> nietGeplaatst,
        List<Groep> groepsverschillen, BigDecimal rekentijdS, long seed, Termination beeindiging,
        Map<String, String> invoerSha256, List<String> waarschuwingen, ConfigJson configuratie,
        @JsonInclude(JsonInclude.Include.NON_NULL) WoningUitvoer.Samenvatting woningtoewijzing) {

    /** The same summary with the totals of the toewijzing (only written with {@code woningen.csv}). */
    public SamenvattingJson metWoningtoewijzing(WoningUitvoer.Samenvatting w) {
        return new SamenvattingJson(engine, periode, score, bovengrens, procentVanBovengrens, bewezenOptimaal,
                minsteNietGeplaatstBewezen, bewijsMethode, totaalPerRegel, huishoudens, personen, kwaliteit, vulgraad,
                hardeSchendingen, overvullingDoorVasteKoppelingen, nietGeplaatst, groepsverschillen, rekentijdS, seed,
                beeindiging, invoerSha256, waarschuwingen, configuratie, w);
    }

    /** The engine that made the plan. */
    public record Engine(String naam, String versie) {
    }

    /** Households by status. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Huishoudens(long totaal, long gekoppeld, long vastgezet, long nietGeplaatst) {
    }

    /** Persons placed and not. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Personen(long totaal, long geplaatst, long nietGeplaatst) {
    }

    /** The spread of fill ratios over gemeenten. */
    public record Vulgraad(BigDecimal min, BigDecimal max, BigDecimal gini) {
    }

    /** Hard rules broken: households, overfull gemeenten and the hard score. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record HardeSchendingen(long huishoudens, long overvolleGemeenten, long hardScore) {
    }

    /** A gemeente overfilled by pinned and nareiziger households. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Overvulling(String gemeenteCode, long extraPlaatsenNodig, String toelichting) {
    }

    /** A household left unplaced, with the reason. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record NietGeplaatst(String huishoudenId, int personen, String reden) {
    }

    /** Quality per group of one grouping, and the largest differences between groups. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Groep(String indeling, Map<String, BigDecimal> grootsteVerschil, Map<String, Object> perGroep) {
    }

    /** A group too small to show: only its size class. */
    public record Onderdrukt(String huishoudens) {
    }

    /** How the solve was told to stop, and whether that repeats. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Termination(String tijdslimiet, Integer onverbeterdeStappen, Long zettenlimiet,
            boolean reproduceerbaar) {
    }

    /** The summary of plan {@code r} with its metrics {@code m}, for the run {@code info}. */
    public static SamenvattingJson van(MatchingResult r, Metrics m, RunInfo info) {
        Map<String, Long> perRegel = new LinkedHashMap<>();
        for (Regel regel : Regel.values()) {
            perRegel.put(regel.id(), r.totaalPerRegel().get(regel));
        }
        var bewijs = r.bewijs();
        Beeindiging b = r.config().beeindiging();
        return new SamenvattingJson(new Engine("kansrijk", info.engineVersie()), r.periode(), ScoreJson.van(r.score()),
                r.bovengrens(), r.procentVanBovengrens().map(v -> Decimaal.van(v, 3)).orElse(null),
                bewijs == null ? null : bewijs.optimaal(), bewijs == null ? null : bewijs.mediumBewezen(),
                bewijs == null ? null : bewijs.methode(), perRegel,
                new Huishoudens(r.koppelingen().size(), count(r, Status.GEKOPPELD), count(r, Status.VASTGEZET),
                        count(r, Status.NIET_GEPLAATST)),
                new Personen(m.totaal().personen(), m.totaal().geplaatstePersonen(), m.totaal().nietGeplaatstePersonen()),
                KwaliteitJson.van(m.totaal()),
                new Vulgraad(Decimaal.van(m.vulgraadMin(), 4), Decimaal.van(m.vulgraadMax(), 4),
                        Decimaal.van(m.vulgraadGini(), 4)),
                new HardeSchendingen(m.huishoudensMetHardeSchending(), m.overvoldeGemeenten(), r.score().hardScore()),
                overvulling(r), r.nietGeplaatst().stream()
                        .map(k -> new NietGeplaatst(k.huishoudenId(), k.personen(), k.reden())).toList(),
                m.groepen().stream().map(SamenvattingJson::groep).toList(),
                info.rekentijd() == null ? null : Decimaal.van(info.rekentijd().toMillis() / 1000.0, 3),
                r.config().seed(),
                new Termination(b.tijdslimiet() == null ? null : b.tijdslimiet().toString(), b.onverbeterdeStappen(),
                        b.zettenlimiet(), b.isReproduceerbaar()),
                info.invoerSha256(), info.waarschuwingen(), info.configuratie(), null);
    }

    private static List<Overvulling> overvulling(MatchingResult r) {
        return r.gemeenten().stream().filter(g -> g.overvullingDoorVastePersonen() > 0)
                .map(SamenvattingJson::overvulling).toList();
    }

    private static Overvulling overvulling(GemeenteResultaat g) {
        return new Overvulling(g.gemeente().code(), g.overvullingDoorVastePersonen(), g.gemeente().code() + " heeft "
                + g.overvullingDoorVastePersonen() + " plaatsen extra nodig voor vastgezette en nareiziger-huishoudens");
    }

    private static Groep groep(Groepsverschil g) {
        Map<String, Object> per = new TreeMap<>();
        g.perGroep().forEach((k, v) -> per.put(k, KwaliteitJson.van(v)));
        g.onderdrukt().forEach((k, v) -> per.put(k, new Onderdrukt(v)));
        Map<String, BigDecimal> gap = new LinkedHashMap<>();
        g.grootsteVerschil().forEach((k, v) -> gap.put(k, Decimaal.van(v, 4)));
        return new Groep(g.indeling(), gap, per);
    }

    private static long count(MatchingResult r, Status s) {
        return r.koppelingen().stream().filter(k -> k.status() == s).count();
    }
}
