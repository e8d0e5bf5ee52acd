package nl.kansrijk.cli.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.kansrijk.io.InputException;
import nl.kansrijk.io.report.PlanOverzicht;
import nl.kansrijk.io.report.Rapport;
import nl.kansrijk.io.report.ReportWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of a sweep output folder: {@code sweep.csv}, {@code sweep.json}, {@code details/run-NNNN.json} (the
 * report overviews of a few runs) and, when asked, {@code report.html}. Written into a folder the caller makes
 * atomic; read back by {@code sweep-merge}.
 */
public final class SweepUitvoer {

    static final String DETAILS = "details";

    public static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    /**
     * A sweep output as read back.
     *
     * @param map the folder
     * @param meta its sweep.json
     * @param rijen its sweep.csv rows
     * @param overzichten its detail overviews
     */
    public record Gelezen(Path map, SweepMeta meta, List<List<String>> rijen, List<PlanOverzicht> overzichten) {
    }

    private SweepUitvoer() {
    }

    /** Writes every file into {@code dir} (rows in run order, overviews in run order). */
    public static void write(Path dir, SweepMeta meta, List<List<String>> rijen, List<PlanOverzicht> overzichten, boolean rapport)
            throws IOException {
        SweepTabel.write(dir.resolve(SweepTabel.BESTAND), rijen);
        Files.writeString(dir.resolve(SweepMeta.BESTAND), JSON.writeValueAsString(meta) + "\n", StandardCharsets.UTF_8);
        Path details = Files.createDirectories(dir.resolve(DETAILS));
        for (PlanOverzicht o : overzichten) {
            Files.writeString(details.resolve(String.format("run-%04d.json", o.run())), JSON.writeValueAsString(o) + "\n",
                    StandardCharsets.UTF_8);
        }
        if (rapport) {
            List<PlanOverzicht> geordend = new ArrayList<>();
            for (int run : meta.detailRuns()) {
                overzichten.stream().filter(o -> o.run() == run).findFirst().ifPresent(geordend::add);
            }
            ReportWriter.write(dir.resolve(ReportWriter.BESTAND), new Rapport(meta.titel(), meta.beschrijving()
                    + (meta.shardAantal() > 1 ? "; shard " + meta.shardIndex() + "/" + meta.shardAantal() : ""),
                    SweepTabel.header(), rijen, meta.x(), meta.y(), geordend));
        }
    }

    /** Reads a sweep output folder; anything missing or malformed is bad input naming the file. */
    public static Gelezen read(Path dir) {
        Path metaFile = dir.resolve(SweepMeta.BESTAND);
        if (!Files.isRegularFile(metaFile)) {
            throw new InputException(dir, "geen sweep-uitvoer: " + SweepMeta.BESTAND + " ontbreekt");
        }
        SweepMeta meta;
        try {
            meta = JSON.readValue(metaFile.toFile(), SweepMeta.class);
        } catch (JacksonException e) {
            throw new InputException(metaFile, "onleesbaar: " + e.getOriginalMessage());
        }
        List<List<String>> rijen = SweepTabel.read(dir.resolve(SweepTabel.BESTAND));
        List<PlanOverzicht> overzichten = new ArrayList<>();
        Path details = dir.resolve(DETAILS);
        if (Files.isDirectory(details)) {
            try (Stream<Path> files = Files.list(details)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    try {
                        overzichten.add(JSON.readValue(f.toFile(), PlanOverzicht.class));
                    } catch (JacksonException e) {
                        throw new InputException(f, "onleesbaar: " + e.getOriginalMessage());
                    }
                }
            } catch (IOException e) {
                throw new InputException(details, "kan map niet lezen: " + e.getClass().getSimpleName());
            }
        }
        return new Gelezen(dir, meta, rijen, overzichten);
    }
}
