package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.io.output.ProblemCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A solve job on a national instance with a 120 s time limit reports progress and stops when cancelled. */
class OplostaakAnnulerenTest {

    @TempDir
    Path tmp;

    @Test
    void cancelStopsTheSolveAndKeepsTheBestPlanSoFar() throws Exception {
        Path invoer = tmp.resolve("gegenereerd");
        ProblemCsvWriter.write(DemoDataGenerator.genereer(DemoSettings.of(1_500, 7)), invoer);
        java.nio.file.Files.writeString(invoer.resolve("config.json"),
                "{\"beeindiging\": {\"tijdslimiet\": \"120s\", \"onverbeterde_stappen\": null, \"zettenlimiet\": null}}");
        try (Proefopstelling w = new Proefopstelling(tmp.resolve("w"), TestDatabase.h2(tmp), invoer, 1 << 20)) {
            Klant k = w.ingelogd("rv-001");
            String id = k.post("/api/oplostaken", Map.of()).json().get("id").asString();
            JsonNode t = k.get("/api/oplostaken/" + id).json();
            // up to 110 s for the first best score (time limit 120 s): the relaxation start of 1,500 households takes
            // seconds on a quiet machine, more than a minute on a loaded one
            for (int i = 0; i < 1_100 && t.get("beste_score").isNull(); i++) {
                Thread.sleep(100);
                t = k.get("/api/oplostaken/" + id).json();
            }
            assertThat(t.get("toestand").asString()).isEqualTo("bezig");
            assertThat(t.get("beste_score").get("tekst").asString()).contains("soft");
            long start = System.nanoTime();
            Klant.Antwoord a = k.delete("/api/oplostaken/" + id);
            assertThat(a.status()).isEqualTo(200);
            for (int i = 0; i < 300 && t.get("toestand").asString().equals("bezig"); i++) {
                Thread.sleep(100);
                t = k.get("/api/oplostaken/" + id).json();
            }
            assertThat(t.get("toestand").asString()).isEqualTo("geannuleerd");
            assertThat((System.nanoTime() - start) / 1e9).as("seconds until stopped").isLessThan(30);
            JsonNode r = k.get("/api/oplostaken/" + id + "/resultaat").json();
            assertThat(r.get("koppelingen").size()).isPositive();
        }
    }

    /** Cancelled before any progress: the job still ends as cancelled, before its time limit, with a result. */
    @Test
    void cancelRightAfterTheStart() throws Exception {
        Path invoer = tmp.resolve("gegenereerd");
        ProblemCsvWriter.write(DemoDataGenerator.genereer(DemoSettings.of(1_500, 7)), invoer);
        java.nio.file.Files.writeString(invoer.resolve("config.json"),
                "{\"beeindiging\": {\"tijdslimiet\": \"120s\", \"onverbeterde_stappen\": null, \"zettenlimiet\": null}}");
        try (Proefopstelling w = new Proefopstelling(tmp.resolve("w"), TestDatabase.h2(tmp), invoer, 1 << 20)) {
            Klant k = w.ingelogd("rv-001");
            String id = k.post("/api/oplostaken", Map.of()).json().get("id").asString();
            long start = System.nanoTime();
            assertThat(k.delete("/api/oplostaken/" + id).status()).isEqualTo(200);
            JsonNode t = k.get("/api/oplostaken/" + id).json();
            for (int i = 0; i < 900 && t.get("toestand").asString().equals("bezig"); i++) {
                Thread.sleep(100);
                t = k.get("/api/oplostaken/" + id).json();
            }
            // the engine's relaxation start does not look at the interrupt; the solver after it does
            assertThat(t.get("toestand").asString()).isEqualTo("geannuleerd");
            assertThat((System.nanoTime() - start) / 1e9).as("seconds until stopped, time limit 120").isLessThan(90);
            assertThat(k.get("/api/oplostaken/" + id + "/resultaat").status()).isEqualTo(200);
        }
    }
}
