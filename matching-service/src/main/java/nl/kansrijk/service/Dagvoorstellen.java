package nl.kansrijk.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.kansrijk.io.json.DagvoorstelJson;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Periode;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.service.opslag.Beslisregister;
import nl.kansrijk.service.opslag.BeslissingConflict;
import nl.kansrijk.simulate.Dagvoorstel;
import nl.kansrijk.simulate.PrijsBeleid;
import nl.kansrijk.simulate.Verwachting;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The day's proposal (dagvoorstel) in the werkbank: for today's waiting households, what the default online policy
 * decides ({@link Dagvoorstel}, the same decision {@code kansrijk voorstel} and {@code kansrijk simulate} make), with
 * the koppelingen of the input and of the werkbank pinned. It is made once per day, on the plan version of the first
 * request (again on request), since at national scale it takes the policy's sampled estimate; accepted items are
 * checked against what changed since then. Each accepted item is a decision of the regievoerder who accepted it,
 * recorded through {@link Beslissen} with the proposal named as its reason. Thread-safe.
 */
final class Dagvoorstellen {

    private final Werkbank werkbank;
    private final Beslissen beslissen;
    private final Beslisregister register;
    private final Object rekenslot = new Object();
    private volatile Gemaakt laatste;

    Dagvoorstellen(Werkbank werkbank, Beslissen beslissen, Beslisregister register) {
        this.werkbank = werkbank;
        this.beslissen = beslissen;
        this.register = register;
    }

    /** A proposal made: on which plan version, when, and what it proposed. */
    private record Gemaakt(long planVersie, String periode, OffsetDateTime tijd, DagvoorstelJson voorstel) {
    }

    /**
     * The day's proposal as the werkbank answers it.
     *
     * @param planVersie the plan version it was made on (accepting it checks what changed since)
     * @param gemaaktOp when it was made (local time)
     * @param voorstellen the proposal per household, with whether it has been decided since
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Antwoord(long planVersie, String gemaaktOp, String datum, String beleid, long nuKoppelen, long wachten,
            List<Item> voorstellen) {
    }

    /**
     * One household's proposal in the werkbank.
     *
     * @param alBeslist whether the household has been linked in the werkbank since the proposal was made
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Item(@JsonUnwrapped DagvoorstelJson.VoorstelJson voorstel, String gemeenteRegio, boolean alBeslist) {
    }

    /**
     * The result of accepting one item.
     *
     * @param status {@code vastgelegd} or {@code geweigerd}
     * @param melding why it was refused, in Dutch ({@code null} when recorded)
     * @param beslissing the decision recorded ({@code null} when refused)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Aanvaard(String huishoudenId, String gemeenteCode, String status, String melding,
            BeslissingJson.Genomen beslissing) {
    }

    /** Today's proposal: the one made today on this period, else a new one ({@code vernieuwen}: always a new one). */
    Antwoord voorstel(boolean vernieuwen) {
        LocalDate vandaag = werkbank.vandaag();
        Gemaakt g = laatste;
        Stand s = werkbank.stand();
        if (vernieuwen || !vanVandaag(g, vandaag, s)) {
            synchronized (rekenslot) {
                g = laatste;
                if (vernieuwen || !vanVandaag(g, vandaag, s)) {
                    g = maak(werkbank.stand(), vandaag);
                    laatste = g;
                }
            }
        }
        return antwoord(g, werkbank.stand());
    }

    /** Whether {@code g} is today's proposal for the period loaded now. */
    private static boolean vanVandaag(Gemaakt g, LocalDate vandaag, Stand s) {
        return g != null && g.voorstel().datum().equals(vandaag) && g.periode().equals(s.periode.context().periode());
    }

    private static Gemaakt maak(Stand s, LocalDate vandaag) {
        Periode periode = Periode.van(s.periode.context().periode());
        if (vandaag.isBefore(periode.start()) || !vandaag.isBefore(periode.einde())) {
            throw new Fout(409, "datum", "vandaag (" + vandaag + ") ligt buiten periode " + periode.code()
                    + "; een voorstel van de dag is er alleen binnen de periode");
        }
        // what has been decided so far: the werkbank's koppelingen pinned (they only hold free households)
        MatchingProblem p = s.periode.problem().metKoppelingen(s.koppelingen);
        Dagvoorstel v = Dagvoorstel.maak(p, s.periode.woningen().orElse(Woningaanbod.LEEG), s.periode.config(), vandaag,
                PrijsBeleid.standaard(Verwachting.PROFIELMIX));
        return new Gemaakt(s.versie, periode.code(), OffsetDateTime.now(Tijd.ZONE),
                DagvoorstelJson.van(v, p, "price"));
    }

    private static Antwoord antwoord(Gemaakt g, Stand nu) {
        List<Item> items = g.voorstel().voorstellen().stream()
                .map(v -> new Item(v, v.gemeenteCode() == null ? null : regio(nu, v.gemeenteCode()),
                        nu.koppelingen.containsKey(v.huishoudenId())))
                .toList();
        DagvoorstelJson v = g.voorstel();
        return new Antwoord(g.planVersie(), Tijd.iso(g.tijd()), v.datum().toString(), v.beleid(), v.nuKoppelen(),
                v.wachten(), items);
    }

    private static String regio(Stand s, String code) {
        var b = s.periode.context().bestemming(code);
        return b == null ? null : b.arbeidsmarktregio().naam();
    }

    /**
     * Accepts the proposal for the given households: each one linked to its proposed gemeente as a decision of
     * {@code gebruiker}, unless it was decided since, its gemeente's room changed since the proposal was made (a
     * colleague's decision there), or a hard rule now forbids it; the others are still recorded.
     *
     * @param planVersie the plan version of the proposal the regievoerder looked at
     * @param sleutel the request's idempotency key ({@code null}: none); each item is recorded under key/household
     */
    List<Aanvaard> aanvaard(String gebruiker, long planVersie, List<String> huishoudens, String sleutel) {
        Gemaakt g = laatste;
        if (g == null || g.planVersie() != planVersie || !g.voorstel().datum().equals(werkbank.vandaag())) {
            throw new Fout(409, "plan_versie", "er is sindsdien een ander voorstel van de dag (plan_versie "
                    + (g == null ? "geen" : g.planVersie()) + "); bekijk het nieuwe voorstel");
        }
        if (huishoudens.isEmpty()) {
            throw new Fout(400, "huishoudens", "kies minstens één huishouden uit het voorstel");
        }
        Map<String, DagvoorstelJson.VoorstelJson> perId = g.voorstel().voorstellen().stream()
                .collect(Collectors.toMap(DagvoorstelJson.VoorstelJson::huishoudenId, Function.identity()));
        Map<String, Aanvaard> uitkomst = new HashMap<>();
        // what colleagues changed since the proposal is judged against its version, once for the whole selection;
        // the selection's own items then follow each other
        List<String> keuze = new ArrayList<>(new LinkedHashSet<>(huishoudens));
        List<String> teDoen = new ArrayList<>();
        for (String id : keuze) {
            DagvoorstelJson.VoorstelJson v = perId.get(id);
            if (v == null || v.gemeenteCode() == null) {
                uitkomst.put(id, new Aanvaard(id, null, "geweigerd", v == null ? id + " staat niet in het voorstel van de dag"
                        : id + " wacht volgens het voorstel (uiterlijk " + v.uiterlijk() + ") of past nergens", null));
                continue;
            }
            Optional<BeslissingConflict> c = register.conflict(id, v.gemeenteCode(), planVersie);
            Stand nu = werkbank.stand();
            if (c.isPresent() && c.get().soort() == BeslissingConflict.Soort.RUIMTE && c.get().huidig() == nu.versie
                    && !Beslissen.ruimteTekort(nu.adviseur().overweeg(Werkbank.huishouden(nu, id), v.gemeenteCode()))) {
                // the room in the gemeente changed since the proposal, but what is left still holds the household
                c = Optional.empty();
            }
            if (c.isPresent()) {
                uitkomst.put(id, new Aanvaard(id, v.gemeenteCode(), "geweigerd",
                        Beslissen.melding(nu, Werkbank.huishouden(nu, id), v.gemeenteCode(), planVersie, c.get()), null));
                continue;
            }
            teDoen.add(id);
        }
        for (String id : teDoen) {
            DagvoorstelJson.VoorstelJson v = perId.get(id);
            String reden = "voorstel van de dag " + g.voorstel().datum() + " (" + g.voorstel().beleid()
                    + "; schaarsteprijs " + v.prijs() + " punten)";
            try {
                BeslissingJson.Genomen b = beslissen.beslis(gebruiker, id, v.gemeenteCode(), reden,
                        werkbank.stand().versie, false, sleutel == null ? null : sleutel + "/" + id, null);
                uitkomst.put(id, new Aanvaard(id, v.gemeenteCode(), "vastgelegd", null, b));
            } catch (Fout f) {
                uitkomst.put(id, new Aanvaard(id, v.gemeenteCode(), "geweigerd", f.getMessage(), null));
            }
        }
        return keuze.stream().map(uitkomst::get).toList();
    }
}
