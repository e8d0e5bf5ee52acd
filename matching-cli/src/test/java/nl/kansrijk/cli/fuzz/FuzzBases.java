package nl.kansrijk.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.demo.DemoDataGenerator;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.io.output.ProblemCsvWriter;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;

/**
 * Valid input folders the fuzz tests start from: small generated instances whose households carry a planted
 * nationality (an attribute no message may ever print), and {@code sample-data/mini} when the checkout has it.
 * Each gets a {@code config.json} with a move-count termination so a solve is quick and reproducible.
 */
final class FuzzBases {

    /** The nationality planted in every generated household's {@code nationaliteit} column. */
    static final String PLANTED_NATIONALITY = "Zorbiaanse";

    /** A short, reproducible termination for every fuzz solve. */
    static final String CONFIG = "{\"seed\": 7, \"beeindiging\": {\"zettenlimiet\": 2000}}\n";

    private FuzzBases() {
    }

    /** The base folders, read into memory; {@code work} is a scratch folder. */
    static List<InputFiles> all(Path work) {
        List<InputFiles> out = new ArrayList<>();
        out.add(generated(work.resolve("gen-a"), new DemoSettings(12, 11, "2026-H1", 0.25)));
        out.add(generated(work.resolve("gen-b"), new DemoSettings(30, 12, "2026-H2", 0.0)));
        Path mini = Path.of("..", "sample-data", "mini");
        if (Files.isDirectory(mini)) {
            out.add(InputFiles.read(mini).with("config.json", CONFIG));
        }
        return out;
    }

    /** A generated instance with the planted nationality and the fuzz config, written and read back. */
    static InputFiles generated(Path dir, DemoSettings settings) {
        MatchingProblem p = DemoDataGenerator.genereer(settings);
        List<Huishouden> planted = p.huishoudens().stream()
                .map(h -> h.toBuilder().kenmerk("nationaliteit", PLANTED_NATIONALITY).build()).toList();
        ProblemCsvWriter.write(p.withHuishoudens(planted), dir);
        try {
            Files.writeString(dir.resolve("config.json"), CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return InputFiles.read(dir);
    }
}
