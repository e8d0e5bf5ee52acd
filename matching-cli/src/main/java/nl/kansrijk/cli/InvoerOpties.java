package nl.kansrijk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.solve.MatchingConfig;
import picocli.CommandLine.Option;

/** The options of every command that reads an input folder: {@code --config} and {@code --allow-bsn} (picocli mixin). */
public final class InvoerOpties {

    @Option(names = "--config", paramLabel = "FILE", description = "config.json to use instead of DIR/config.json.")
    Path config;

    @Option(names = "--allow-bsn", description = "Accept values that look like a BSN (refused by default).")
    boolean allowBsn;

    /** The read options these options ask for. */
    ReadOptions readOptions() {
        return new ReadOptions(allowBsn);
    }

    /** Reads the input folder and prints its warnings on {@code err}. */
    InputFolder read(Path dir, PrintWriter err) {
        InputFolder in = ProblemReader.read(dir, readOptions());
        in.warnings().forEach(w -> err.println("waarschuwing: " + w));
        return in;
    }

    /** The configuration: {@code --config}, else the folder's config.json, else the defaults. */
    MatchingConfig config(InputFolder in) {
        return SolveCommand.effectiveConfig(in, config, null, null);
    }

    /** SHA-256 per input file, with the {@code --config} file when given, for samenvatting.json's audit record. */
    Map<String, String> sha256(InputFolder in) {
        Map<String, String> hashes = new LinkedHashMap<>(in.sha256PerFile());
        if (config != null) {
            hashes.put("--config " + config.getFileName(), ProblemReader.sha256(config));
        }
        return hashes;
    }

    /** Copies the input files and the configuration used into {@code target} (an output's {@code invoer/}). */
    void copyInput(InputFolder in, Path target) throws IOException {
        SolveCommand.copyInput(in, config, target);
    }
}
