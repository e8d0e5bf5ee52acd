package nl.kansrijk.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.kansrijk.io.InputException;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.MatchingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep grid: settings, seeds and metrics read from JSON, and its problems named. */
class GridReaderTest {

    @TempDir
    Path tmp;

    private Grid grid(String json, MatchingConfig basis) throws IOException {
        Path f = tmp.resolve("grid.json");
        Files.writeString(f, json);
        return GridReader.read(f, basis);
    }

    @Test
    void cartesianProductWithTheLastRuleFastestThenTheListOverTheBaseConfiguration() throws IOException {
        MatchingConfig basis = MatchingConfig.STANDAARD.withGewicht(Regel.VOORKEUR, 70);
        Grid g = grid("""
                {"gewichten": {"regioadvies": [50, 100, 200], "balans": [0, 1]},
                 "lijst": [{"naam": "geen afstand", "gewichten": {"azc-nabijheid": 0}}, {"tolerantie": 2}],
                 "beeindiging": {"tijdslimiet": null, "zettenlimiet": 1000}}
                """, basis);
        assertThat(g.instellingen()).extracting(Instelling::naam).containsExactly(
                "regioadvies=50 balans=0", "regioadvies=50 balans=1", "regioadvies=100 balans=0",
                "regioadvies=100 balans=1", "regioadvies=200 balans=0", "regioadvies=200 balans=1", "geen afstand",
                "lijst[1] {\"tolerantie\":2}");
        assertThat(g.instellingen()).extracting(Instelling::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        Instelling vijf = g.instellingen().get(5);
        assertThat(vijf.config().gewichten().get(Regel.REGIOADVIES)).isEqualTo(200);
        assertThat(vijf.config().gewichten().get(Regel.BALANS)).isEqualTo(1);
        // every setting keeps what the base configuration set and the grid did not touch
        assertThat(g.instellingen()).allSatisfy(i -> assertThat(i.config().gewichten().get(Regel.VOORKEUR)).isEqualTo(70));
        assertThat(g.instellingen().get(6).config().gewichten().get(Regel.AZC_NABIJHEID)).isZero();
        assertThat(g.instellingen().get(7).config().tolerantie()).isEqualTo(2);
        // the grid's termination applies to every setting and to the baselines' base
        assertThat(g.instellingen()).allSatisfy(i -> {
            assertThat(i.config().beeindiging().zettenlimiet()).isEqualTo(1000);
            assertThat(i.config().beeindiging().isReproduceerbaar()).isTrue();
        });
        assertThat(g.basis().beeindiging().zettenlimiet()).isEqualTo(1000);
        assertThat(g.basis().gewichten().get(Regel.VOORKEUR)).isEqualTo(70);
        assertThat(g.seeds()).containsExactly(0L, 1L, 2L);
        assertThat(g.baselines()).containsExactly("willekeurig", "fcfs", "proportioneel");
        assertThat(g.rapport()).isEqualTo(new Grid.Rapportkeuze("km_gemiddeld", "aandeel_advies_regio", 0));
    }

    @Test
    void anEmptyGridIsTheBaseConfigurationAlone() throws IOException {
        Grid g = grid("{\"seeds\": [4], \"baselines\": [\"fcfs\"], \"rapport\": {\"x\": \"vulgraad_gini\"}}",
                MatchingConfig.STANDAARD);
        assertThat(g.instellingen()).singleElement().satisfies(i -> assertThat(i.config()).isEqualTo(MatchingConfig.STANDAARD));
        assertThat(g.seeds()).containsExactly(4L);
        assertThat(g.baselines()).containsExactly("fcfs");
        assertThat(g.rapport().x()).isEqualTo("vulgraad_gini");
    }

    @Test
    void runsAreEveryEngineSettingWithEverySeedThenTheBaselines() throws IOException {
        Grid g = grid("{\"gewichten\": {\"balans\": [0, 1]}, \"seeds\": [3, 4]}", MatchingConfig.STANDAARD);
        List<SweepRun> runs = SweepRun.alle(g, new nl.kansrijk.solve.MatchingEngine());
        assertThat(runs).extracting(r -> r.beleid() + ":" + (r.instelling() == null ? "-" : r.instelling().index()) + ":"
                + r.config().seed()).containsExactly("engine:0:3", "engine:0:4", "engine:1:3", "engine:1:4",
                "willekeurig:-:3", "willekeurig:-:4", "fcfs:-:3", "proportioneel:-:3");
        assertThat(runs).extracting(SweepRun::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(runs.stream().filter(r -> r.inShard(1, 3))).extracting(SweepRun::index).containsExactly(1, 4, 7);
        assertThat(SweepRun.detailRuns(runs, 1)).containsExactly(2, 4, 6, 7);
    }

    @Test
    void badGridsAreNamedByKey() {
        assertThatThrownBy(() -> grid("{\"gewichten\": {\"regioadvis\": [1]}}", MatchingConfig.STANDAARD))
                .isInstanceOf(InputException.class).hasMessageContaining("gewichten.regioadvis").hasMessageContaining("onbekende regel");
        assertThatThrownBy(() -> grid("{\"gewichten\": {\"balans\": [1, -2]}}", MatchingConfig.STANDAARD))
                .isInstanceOf(InputException.class).hasMessageContaining("gewichten.balans").hasMessageContaining("negatief");
        assertThatThrownBy(() -> grid("{\"gewicht\": {}}", MatchingConfig.STANDAARD))
                .isInstanceOf(InputException.class).hasMessageContaining("'gewicht'").hasMessageContaining("onbekende sleutel");
        assertThatThrownBy(() -> grid("{\"lijst\": [{\"seed\": 3}]}", MatchingConfig.STANDAARD))
                .isInstanceOf(InputException.class).hasMessageContaining("lijst[0].seed");
        assertThatThrownBy(() -> grid("{\"seeds\": [1, 1]}", MatchingConfig.STANDAARD))
                .isInstanceOf(InputException.class).hasMessageContaining("twee keer");
        assertThatThrownBy(() -> grid("{\"baselines\": [\"greedy\"]}", MatchingConfig.STANDAARD))
                .isInstanceOf(InputException.class).hasMessageContaining("baselines");
        assertThatThrownBy(() -> grid("{\"rapport\": {\"y\": \"score_soft\"}}", MatchingConfig.STANDAARD))
                .isInstanceOf(InputException.class).hasMessageContaining("rapport.y");
        assertThatThrownBy(() -> grid("{\"gewichten\": {\"balans\": [0, 1], \"regioadvies\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],"
                + " \"voorkeur\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], \"netwerk\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],"
                + " \"woningaanbod\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}}",
                MatchingConfig.STANDAARD)).isInstanceOf(InputException.class).hasMessageContaining("meer dan");
        assertThatThrownBy(() -> grid("{\"seeds\": [1,", MatchingConfig.STANDAARD))
                .isInstanceOf(InputException.class).hasMessageContaining("geen geldige JSON");
    }
}
