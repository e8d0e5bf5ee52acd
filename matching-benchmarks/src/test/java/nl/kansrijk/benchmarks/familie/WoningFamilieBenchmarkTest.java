package nl.kansrijk.benchmarks.familie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.kansrijk.demo.Woningvorm;
import org.junit.jupiter.api.Test;

class WoningFamilieBenchmarkTest {

    @Test
    void everyShapeHasADwellingSupplyAndEveryAxisValueOccursSeenAndHeldOut() {
        assertThat(WoningFamilieBenchmark.WONINGVORMEN.keySet())
                .containsExactlyInAnyOrderElementsOf(Familie.VORMEN.stream().map(Familie.Vorm::naam).toList());
        for (boolean heldOut : new boolean[] {false, true}) {
            List<Woningvorm> v = Familie.VORMEN.stream().filter(f -> f.heldOut() == heldOut)
                    .map(f -> WoningFamilieBenchmark.WONINGVORMEN.get(f.naam())).toList();
            assertThat(v.stream().map(Woningvorm::aanbod).collect(Collectors.toSet()))
                    .isEqualTo(Set.of(Woningvorm.Aanbod.values()));
            assertThat(v.stream().map(Woningvorm::mix).collect(Collectors.toSet())).isEqualTo(Set.of(Woningvorm.Mix.values()));
            assertThat(v.stream().map(Woningvorm::vrijkomen).collect(Collectors.toSet()))
                    .isEqualTo(Set.of(Woningvorm.Vrijkomen.values()));
        }
    }

    @Test
    void oneSmallShapeIsMeasuredAndReportedWithTheTarget() {
        WoningFamilieBenchmark.Rij r = WoningFamilieBenchmark.meet(Familie.vorm("zeeland"), 1, 5);
        assertThat(r.woningen()).isEqualTo(Math.round(0.6 * r.huishoudens()));
        assertThat(r.a().woningPunten()).isZero();
        assertThat(r.b().woningPunten()).isPositive();
        assertThat(r.a().gehuisvest()).isPositive().isLessThanOrEqualTo(r.woningen());
        assertThat(r.doel()).isEqualTo((r.meerGehuisvest() || r.minderDagen()) && r.binnenGrens());
        List<String> csv = WoningFamilieBenchmark.csv(List.of(r));
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).startsWith("zeeland,1,false,provincie:Zeeland,schaars-gezin-laat,");
        assertThat(String.join("\n", WoningFamilieBenchmark.md(List.of(r), 5))).contains("| zeeland | 1 |")
                .contains("(none in this run)");
    }
}
