package nl.kansrijk.model;

import java.util.List;

/**
 * One matching problem (koppelvraagstuk): the gemeenten with their taakstelling for one period, the regions,
 * azcs and zorglocaties they refer to, and the households to link (pinned ones included).
 * Build it in code or read it from CSV files; {@link ProblemValidator} checks it before solving.
 *
 * @param periode the half year to plan ({@code YYYY-H1} or {@code YYYY-H2}); {@code null} takes the single
 *        period present in the taakstellingen
 */
public record MatchingProblem(String periode, List<Gemeente> gemeenten, List<Arbeidsmarktregio> arbeidsmarktregios,
        List<Taakstelling> taakstellingen, List<Azc> azcs, List<Zorglocatie> zorglocaties, List<Huishouden> huishoudens) {

    public MatchingProblem {
        gemeenten = List.copyOf(gemeenten);
        arbeidsmarktregios = List.copyOf(arbeidsmarktregios);
        taakstellingen = List.copyOf(taakstellingen);
        azcs = List.copyOf(azcs == null ? List.of() : azcs);
        zorglocaties = List.copyOf(zorglocaties == null ? List.of() : zorglocaties);
        huishoudens = List.copyOf(huishoudens);
    }

    /** The same problem with other households (for example today's new ones beside the pinned ones). */
    public MatchingProblem withHuishoudens(List<Huishouden> other) {
        return new MatchingProblem(periode, gemeenten, arbeidsmarktregios, taakstellingen, azcs, zorglocaties, other);
    }

    /**
     * The same problem with these koppelingen made (household id to gemeente code): each such household pinned there,
     * unless the input pins it already; the others as they are.
     */
    public MatchingProblem metKoppelingen(java.util.Map<String, String> koppelingen) {
        return withHuishoudens(huishoudens.stream()
                .map(h -> h.isGekoppeld() || !koppelingen.containsKey(h.id()) ? h : h.metGekoppeldGemeente(koppelingen.get(h.id())))
                .toList());
    }

    /** The period planned: the given one, or the single period in the taakstellingen. */
    public String effectievePeriode() {
        if (periode != null) {
            return periode;
        }
        List<String> perioden = taakstellingen.stream().map(Taakstelling::periode).distinct().sorted().toList();
        if (perioden.size() != 1) {
            throw new InvalidProblemException(List.of(perioden.isEmpty()
                    ? "taakstellingen: geen enkele periode gegeven"
                    : "taakstellingen: meerdere perioden " + perioden + "; kies er een met periode"));
        }
        return perioden.get(0);
    }
}
