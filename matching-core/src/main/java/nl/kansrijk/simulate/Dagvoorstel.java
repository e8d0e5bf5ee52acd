package nl.kansrijk.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import nl.kansrijk.explain.Schaarste;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppeltermijn;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.MatchingConfig;

/**
 * The day's proposal (dagvoorstel): what the online price policy, the default of {@code kansrijk simulate}, decides
 * today for the households waiting in a period in progress — link now (where, and at what scarcity price of the
 * places it takes) or keep until a later day within the term — so that a team of regievoerders sees the same
 * decision the policy would make, and accepts it household by household. The koppelingen already made are pinned;
 * the decision comes from {@link PrijsBeleid#besluitMetPrijzen}, the same code the simulator runs.
 *
 * @param datum today
 * @param voorstellen one per household of today's queue, in arrival order
 * @param schaarste the prices and plan values the households linked today were chosen with
 */
public record Dagvoorstel(LocalDate datum, List<Voorstel> voorstellen, Schaarste schaarste) {

    public Dagvoorstel {
        Objects.requireNonNull(datum, "datum");
        voorstellen = List.copyOf(voorstellen);
        Objects.requireNonNull(schaarste, "schaarste");
    }

    /**
     * The proposal for one waiting household (voorstel).
     *
     * @param huishoudenId the household
     * @param gemeenteCode where the policy links it today; {@code null} when it waits or no gemeente can take it
     * @param wacht whether the policy keeps it for a later day (it is linked knowing who arrives in between)
     * @param uiterlijk the last day of its term ({@link Koppeltermijn}); {@code null} without a permit date
     * @param prijs what its places in {@code gemeenteCode} cost later arrivals, in soft points (0 when not linked)
     * @param planwaarde the mean change of the sampled plans when it goes there; {@code null} when not known
     */
    public record Voorstel(String huishoudenId, String gemeenteCode, boolean wacht, LocalDate uiterlijk, long prijs,
            Double planwaarde) {
    }

    /** Today's proposal of the policy for a period whose koppelingen so far are the input's. */
    public static Dagvoorstel maak(MatchingProblem probleem, MatchingConfig config, LocalDate vandaag, PrijsBeleid beleid) {
        return maak(probleem, Woningaanbod.LEEG, config, vandaag, beleid);
    }

    /** As above, the policy's solves weighing the woning rule with the dwellings of {@code woningen.csv}. */
    public static Dagvoorstel maak(MatchingProblem probleem, Woningaanbod woningaanbod, MatchingConfig config,
            LocalDate vandaag, PrijsBeleid beleid) {
        Adviesstand a = Adviesstand.vandaag(probleem, config, vandaag, woningaanbod);
        SimulatieStand stand = a.stand();
        List<Huishouden> wachtrij = a.wachtrij();
        // a household may wait when it has a permit date and can still be linked tomorrow within its term
        List<Huishouden> kunnenWachten = Batchritme.kunnenWachten(
                wachtrij.stream().filter(h -> h.vergunningdatum() != null).toList(), stand.volgendeBatch().orElse(null));
        PrijsBeleid.Geprijsd g = wachtrij.isEmpty()
                ? new PrijsBeleid.Geprijsd(new Dagbesluit(java.util.Set.of(), java.util.Map.of()), Schaarste.GEEN)
                : beleid.besluitMetPrijzen(stand, wachtrij, kunnenWachten);
        List<Voorstel> out = new ArrayList<>(wachtrij.size());
        for (Huishouden h : wachtrij) {
            boolean wacht = g.besluit().wachtend().contains(h.id());
            String code = wacht ? null : g.besluit().koppelingen().get(h.id());
            OptionalDouble w = code == null ? OptionalDouble.empty() : g.schaarste().planwaarde(h.id(), code);
            out.add(new Voorstel(h.id(), code, wacht,
                    h.vergunningdatum() == null ? null : Koppeltermijn.uiterlijk(h.vergunningdatum()),
                    code == null ? 0 : g.schaarste().kosten(code, h.personen()),
                    w.isPresent() ? w.getAsDouble() : null));
        }
        return new Dagvoorstel(vandaag, out, g.schaarste());
    }
}
