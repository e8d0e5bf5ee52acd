package nl.kansrijk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kansrijk.io.InputException;
import nl.kansrijk.io.input.ConfigReader;
import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.KoppelingenReader;
import nl.kansrijk.io.input.Koppelingenlijst;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.io.output.ResultWriter;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.PlanContext;
import nl.kansrijk.solve.MatchingConfig;
import nl.kansrijk.solve.MatchingEngine;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.Status;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An output folder of {@code kansrijk solve} or {@code kansrijk evaluate} (uitvoermap), read back: the copy of
 * the input in {@code invoer/} (with the configuration used) and the plan in {@code koppelingen.csv}.
 *
 * @param dir the output folder
 * @param invoer the input copy in {@code dir/invoer}
 * @param config the configuration of the run ({@code invoer/config.json}, else the defaults)
 * @param koppelingen the plan as {@code koppelingen.csv} lists it
 */
public record Uitvoermap(Path dir, InputFolder invoer, MatchingConfig config, Koppelingenlijst koppelingen) {

    /** The folder inside an output folder that holds the copy of the input. */
    public static final String INVOER = "invoer";

    /** Reads an output folder; bad or missing files are an {@link InputException} naming them. */
    public static Uitvoermap read(Path dir, ReadOptions options) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "uitvoermap bestaat niet of is geen map");
        }
        Path invoerDir = dir.resolve(INVOER);
        if (!Files.isDirectory(invoerDir)) {
            throw new InputException(invoerDir, "ontbreekt: " + dir + " is geen uitvoer van kansrijk solve of evaluate");
        }
        InputFolder in = ProblemReader.read(invoerDir, options);
        MatchingConfig cfg = in.configFile().map(ConfigReader::read).orElse(MatchingConfig.STANDAARD);
        Koppelingenlijst k = KoppelingenReader.read(dir.resolve(ResultWriter.KOPPELINGEN), in.problem(), options);
        return new Uitvoermap(dir, in, cfg, k);
    }

    /**
     * The problem as the plan was made: a household pinned in the input but listed with another status than
     * {@code vastgezet} (evaluate frees the households its koppelingen name) is freed of its koppeling.
     */
    public MatchingProblem problem() {
        Map<String, Status> status = koppelingen.status();
        List<Huishouden> hh = invoer.problem().huishoudens().stream()
                .map(h -> h.isGekoppeld() && status.containsKey(h.id()) && status.get(h.id()) != Status.VASTGEZET
                        ? h.metGekoppeldGemeente(null) : h)
                .toList();
        return invoer.problem().withHuishoudens(hh);
    }

    /** The plan rebuilt from {@code koppelingen.csv} and scored with the engine's rules. */
    public MatchingResult plan(MatchingEngine engine) {
        return engine.evaluate(context(), koppelingen.geplaatst());
    }

    /** The problem prepared under the folder's configuration, the woning rule seeing the copied woningen.csv. */
    public PlanContext context() {
        return PlanContext.of(problem(), config, invoer.woningaanbod().orElse(Woningaanbod.LEEG));
    }

    /** The score text recorded in {@code samenvatting.json}, when it can be read. */
    public Optional<String> vastgelegdeScore() {
        Path file = dir.resolve(ResultWriter.SAMENVATTING);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode score = JsonMapper.builder().build().readTree(file.toFile()).path("score").path("tekst");
            return score.isString() ? Optional.of(score.asString()) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
