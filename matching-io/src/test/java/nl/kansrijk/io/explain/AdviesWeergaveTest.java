package nl.kansrijk.io.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.kansrijk.explain.Advies;
import nl.kansrijk.explain.Adviseur;
import nl.kansrijk.explain.Overweging;
import nl.kansrijk.io.json.OverwegingJson;
import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Taakstelling;
import nl.kansrijk.model.Zorglocatie;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Advice and what-ifs as the text and JSON the command line and the werkbank show. */
class AdviesWeergaveTest {

    // Two gemeenten 11 km apart in one region (bouw 80), an azc in the first, a hospital at the first.
    // Balans off, so the numbers are the per-household rules alone.
    private static final MatchingProblem PROBLEEM = new MatchingProblem("2026-H1",
            List.of(new Gemeente("GM0001", "Aadorp", "AM01", 52.0, 5.0), new Gemeente("GM0002", "Beekdorp", "AM01", 52.1, 5.0),
                    new Gemeente("GM0003", "Cestad", "AM01", 53.0, 5.0)),
            List.of(new Arbeidsmarktregio("AM01", "Noord", Map.of("bouw", 80))),
            List.of(new Taakstelling("GM0001", "2026-H1", 1, 0, 0), new Taakstelling("GM0002", "2026-H1", 5, 0, 0),
                    new Taakstelling("GM0003", "2026-H1", 5, 0, 0)),
            List.of(new Azc("AZC1", "Azc Aadorp", "GM0001", 52.0, 5.0)),
            List.of(new Zorglocatie("ZL1", "Umc Aadorp", "umc", 52.0, 5.0)),
            List.of(Huishouden.builder("H1", 2, 0).azcCode("AZC1").regioadvies("AM01").sectoren("bouw").zorgCode("ZL1").build()));
    private static final Adviseur ADVISEUR = new Adviseur(
            PlanContext.of(PROBLEEM, MatchingConfig.STANDAARD.withGewicht(nl.kansrijk.rules.Regel.BALANS, 0)), Map.of());

    @Test
    void adviceAsText() {
        Advies a = ADVISEUR.advies(PROBLEEM.huishoudens().get(0));
        // GM0002: regio 2*3*100=600, sector 2*80*10=1600, azc -2*11*2=-44 -> 2156; GM0001 too small, GM0003 too far from care
        assertThat(AdviesTekst.tekst(a, 2, 0)).isEqualTo("""
                Advies voor huishouden H1 (2 personen), naast 0 bestaande koppelingen
                 1. GM0002 Beekdorp (AM01)
                    score +2 medium, +2156 zacht
                      +600 regioadvies 1 (Noord)
                      +1600 sectorvraag bouw 80
                      \u221244 afstand tot azc: 11 km van Azc Aadorp
                      11 km van Umc Aadorp (medische zorg, maximaal 30)
                      taakstelling: nog 5 van 5 plaatsen
                Niet geadviseerd: 2 van 3 gemeenten breken een harde regel
                  taakstelling sluit 1 gemeente uit
                  medische zorg sluit 1 gemeente uit
                """);
    }

    @Test
    void refusedWhatIfAsTextAndJson() {
        Overweging o = ADVISEUR.overweeg(PROBLEEM.huishoudens().get(0), "GM0003");
        assertThat(AdviesTekst.tekst(o)).isEqualTo("""
                Overweging: huishouden H1 naar GM0003 Cestad (AM01)
                GEWEIGERD: een harde regel verbiedt deze koppeling
                  - medische zorg: 111 km van Umc Aadorp, maximaal 30
                """);
        String json = JsonMapper.builder().build().writeValueAsString(OverwegingJson.van(o));
        assertThat(json).startsWith("{\"huishouden_id\":\"H1\",\"gemeente_code\":\"GM0003\",\"toegestaan\":false,"
                + "\"weigering\":[\"medische-zorg\"],\"weigering_tekst\":[\"medische zorg: 111 km van Umc Aadorp, maximaal 30\"],"
                + "\"kosten\":{\"hard\":-2,\"medium\":0,\"soft\":-400,\"tekst\":\"-2hard/0medium/-400soft\"}"); // azc 2*(111-11)*2
    }
}
