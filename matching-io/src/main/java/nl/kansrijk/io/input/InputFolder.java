package nl.kansrijk.io.input;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.model.Woningaanbod;

/**
 * A folder of CSV files or workbooks read into a {@link MatchingProblem}, with what a run needs to be reproduced and audited.
 *
 * @param dir the folder read ({@code invoer} for files read from memory)
 * @param problem the matching problem, checked file by file and by {@link nl.kansrijk.model.ProblemValidator}
 * @param warnings things the user should know that do not stop a run (ignored columns, kept attributes)
 * @param sha256PerFile file name to the lowercase hex SHA-256 of every input file read, sorted by name
 * @param configFile {@code config.json} in the folder, when present
 * @param uitExcel whether every table was saved the way Excel with Dutch settings saves it (a workbook, {@code ;}
 *        as delimiter, or Windows-1252): the CSV output then follows that style unless asked otherwise
 * @param woningaanbod the dwellings of {@code woningen.csv} with the pools of {@code regiopools.csv}, when the folder
 *        has {@code woningen.csv}
 */
public record InputFolder(Path dir, MatchingProblem problem, List<String> warnings, Map<String, String> sha256PerFile,
        Optional<InputFile> configFile, boolean uitExcel, Optional<Woningaanbod> woningaanbod) {

    public InputFolder {
        warnings = List.copyOf(warnings);
        sha256PerFile = Collections.unmodifiableMap(new TreeMap<>(sha256PerFile));
    }
}
