package nl.kansrijk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import nl.kansrijk.io.InputException;
import nl.kansrijk.io.input.ConfigReader;
import nl.kansrijk.io.input.InputFile;
import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.InputProblemsException;
import nl.kansrijk.io.input.InputSource;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.PlanContext;

/**
 * One period's input as the werkbank holds it: the files (kept byte for byte, so a restart reads exactly the
 * same), read by the CLI's own {@link ProblemReader} and {@link ConfigReader} so that every problem has the
 * message {@code kansrijk validate} prints. Immutable.
 *
 * @param bestanden file name to content: the CSV files of docs/input-format.md (or invoer.xlsx), the optional
 *        woningen.csv and regiopools.csv, and config.json when present
 * @param sha256 file name to lowercase hex SHA-256
 * @param folder the input as read
 * @param config the folder's config.json, or the defaults
 * @param context the prepared problem, the woning rule seeing the dwellings of woningen.csv as in {@code kansrijk solve}
 */
public record Periode(Map<String, byte[]> bestanden, Map<String, String> sha256, InputFolder folder,
        MatchingConfig config, PlanContext context) {

    /** The names an input folder may hold. */
    public static final Set<String> NAMEN;

    static {
        Set<String> namen = new TreeSet<>(ProblemReader.BESTANDEN);
        namen.add(ProblemReader.CONFIG_FILE);
        namen.add(ProblemReader.WERKBOEK);
        NAMEN = Set.copyOf(namen);
    }

    public MatchingProblem problem() {
        return folder.problem();
    }

    /** The dwellings and pools of woningen.csv and regiopools.csv, when the period has woningen.csv. */
    public Optional<Woningaanbod> woningen() {
        return folder.woningaanbod();
    }

    /**
     * A problem of this period (for example with the werkbank's koppelingen pinned) prepared under its configuration,
     * with its dwellings: what every solve of the werkbank starts from, as {@code kansrijk solve} does.
     */
    public PlanContext context(MatchingProblem p) {
        return PlanContext.of(p, config, folder.woningaanbod().orElse(Woningaanbod.LEEG));
    }

    /** Reads the known files of a folder. */
    public static Periode uitMap(Path dir, ReadOptions opties) {
        if (!Files.isDirectory(dir)) {
            throw new Fout(400, "map", "invoermap " + dir + " bestaat niet of is geen map");
        }
        Map<String, byte[]> bestanden = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String naam = p.getFileName().toString();
                if (NAMEN.contains(naam)) {
                    bestanden.put(naam, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new Fout(400, "map", "invoermap " + dir + " is niet te lezen (" + e.getClass().getSimpleName() + ")");
        }
        return uitBestanden(bestanden, opties);
    }

    /**
     * Reads files given by name (an upload) straight from memory; every message names the uploaded file.
     *
     * @throws Fout 400 listing every problem, as {@code kansrijk validate} would
     */
    public static Periode uitBestanden(Map<String, byte[]> bestanden, ReadOptions opties) {
        for (String naam : bestanden.keySet()) {
            if (!NAMEN.contains(naam)) {
                throw new Fout(400, naam, "onbekend bestand " + naam + "; bekend zijn: " + String.join(", ", NAMEN));
            }
        }
        InputSource bron = InputSource.inMemory(bestanden);
        List<String> problemen = new ArrayList<>();
        InputFolder folder = null;
        try {
            folder = ProblemReader.read(bron, opties);
        } catch (InputException e) {
            InputProblemsException.problemsOf(e).forEach(p -> problemen.add(p.getMessage()));
        }
        MatchingConfig config = MatchingConfig.STANDAARD;
        Optional<InputFile> configFile = bron.file(ProblemReader.CONFIG_FILE);
        if (configFile.isPresent()) {
            try {
                config = ConfigReader.read(configFile.get());
            } catch (InputException e) {
                InputProblemsException.problemsOf(e).forEach(p -> problemen.add(p.getMessage()));
            }
        }
        if (!problemen.isEmpty()) {
            throw Fout.invoer(eersteBestand(problemen), problemen);
        }
        Map<String, String> hashes = new TreeMap<>();
        bestanden.forEach((naam, inhoud) -> hashes.put(naam, sha256(inhoud)));
        return new Periode(Map.copyOf(bestanden), Map.copyOf(hashes), folder, config,
                PlanContext.of(folder.problem(), config, folder.woningaanbod().orElse(Woningaanbod.LEEG)));
    }

    /** The file the first problem is about (its message starts with the file name), else {@code invoer}. */
    private static String eersteBestand(List<String> problemen) {
        String eerste = problemen.get(0);
        int dubbelepunt = eerste.indexOf(':');
        String kop = dubbelepunt > 0 ? eerste.substring(0, dubbelepunt) : "";
        return NAMEN.contains(kop) ? kop : "invoer";
    }

    static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
