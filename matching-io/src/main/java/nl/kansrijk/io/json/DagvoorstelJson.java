package nl.kansrijk.io.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppeltermijn;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.simulate.Dagvoorstel;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The day's proposal as {@code kansrijk voorstel --json} and the werkbank answer it: per household of today's
 * queue, link now (where, and at what scarcity price) or wait until a later day within its term.
 *
 * @param datum today
 * @param beleid the policy that decided, as {@code simulate} names it
 * @param nuKoppelen households the proposal links today
 * @param wachten households it keeps for a later day
 * @param voorstellen one per household of the queue, in arrival order
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DagvoorstelJson(LocalDate datum, String beleid, long nuKoppelen, long wachten,
        List<VoorstelJson> voorstellen) {

    /**
     * One household's proposal.
     *
     * @param gemeenteCode where it is linked today; {@code null} when it waits or nothing can take it
     * @param dagenOver days left in its term today ({@code null} without a permit date)
     * @param prijs what its places there cost later arrivals, in soft points
     * @param planwaarde the mean change of the sampled plans when it goes there, rounded ({@code null}: unknown)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record VoorstelJson(String huishoudenId, int personen, String gemeenteCode, String gemeenteNaam,
            boolean wacht, LocalDate uiterlijk, Long dagenOver, long prijs, BigDecimal planwaarde) {
    }

    /** The JSON form of a proposal for {@code probleem}. */
    public static DagvoorstelJson van(Dagvoorstel v, MatchingProblem probleem, String beleid) {
        Map<String, Huishouden> hs = probleem.huishoudens().stream()
                .collect(Collectors.toMap(Huishouden::id, Function.identity()));
        Map<String, Gemeente> gs = probleem.gemeenten().stream()
                .collect(Collectors.toMap(Gemeente::code, Function.identity()));
        List<VoorstelJson> out = v.voorstellen().stream().map(p -> {
            Huishouden h = hs.get(p.huishoudenId());
            Gemeente g = p.gemeenteCode() == null ? null : gs.get(p.gemeenteCode());
            return new VoorstelJson(p.huishoudenId(), h.personen(), p.gemeenteCode(), g == null ? null : g.naam(),
                    p.wacht(), p.uiterlijk(), h.vergunningdatum() == null ? null
                            : Koppeltermijn.dagenOver(h.vergunningdatum(), v.datum()),
                    p.prijs(), p.planwaarde() == null ? null : Decimaal.van(p.planwaarde(), 0));
        }).toList();
        long nu = out.stream().filter(p -> p.gemeenteCode() != null).count();
        long wacht = out.stream().filter(VoorstelJson::wacht).count();
        return new DagvoorstelJson(v.datum(), beleid, nu, wacht, out);
    }
}
