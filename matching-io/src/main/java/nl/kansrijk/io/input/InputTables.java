package nl.kansrijk.io.input;

import static nl.kansrijk.io.input.ProblemReader.CONFIG_FILE;
import static nl.kansrijk.io.input.ProblemReader.FILES;
import static nl.kansrijk.io.input.ProblemReader.WERKBOEK;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The tables of one input source, found where the source has them: {@code NAME.csv}, {@code NAME.xlsx} or a sheet
 * of {@value ProblemReader#WERKBOEK}; records the SHA-256 of every file read and how many tables came as Excel saves them.
 */
final class InputTables implements AutoCloseable {

    private final InputSource source;
    private final Path dir;
    private final ReadOptions options;
    private final Problems problems;
    private final Map<String, String> sha256 = new TreeMap<>();
    private XlsxWorkbook werkboek;
    private boolean werkboekOnleesbaar;
    private int tables;
    private int excelTables;

    InputTables(InputSource source, ReadOptions options, Problems problems) {
        this.source = source;
        this.dir = source.dir();
        this.options = options;
        this.problems = problems;
    }

    /** File name to lowercase hex SHA-256 of every file read so far. */
    Map<String, String> sha256() {
        return sha256;
    }

    /** Whether every table read was saved the way Excel with Dutch settings saves it. */
    boolean allExcel() {
        return tables > 0 && excelTables == tables;
    }

    @Override
    public void close() {
        if (werkboek != null) {
            werkboek.close();
        }
    }

    /** Opens {@value ProblemReader#WERKBOEK} when the folder has it. */
    void openWerkboek() {
        Optional<InputFile> file = source.file(WERKBOEK);
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get().path();
        werkboekOnleesbaar = true;
        if (!TableFiles.withinSizeLimit(file.get(), problems)) {
            return;
        }
        werkboek = XlsxWorkbook.open(file.get(), problems);
        if (werkboek == null) {
            return;
        }
        try {
            sha256.put(WERKBOEK, TableFiles.sha256(file.get()));
        } catch (IOException e) {
            problems.error(path, 0, null, null, "kan bestand niet lezen: " + e.getClass().getSimpleName());
        }
        werkboekOnleesbaar = false;
        Set<String> known = new TreeSet<>();
        FILES.forEach(f -> known.add(TableFiles.stem(f.name())));
        List<String> unknown = werkboek.sheetNames().stream()
                .filter(b -> !known.contains(b.strip().toLowerCase(java.util.Locale.ROOT))).toList();
        if (!unknown.isEmpty()) {
            problems.warning(path, "onbekende bladen genegeerd: " + String.join(", ", unknown)
                    + " (een blad heet zoals het bestand dat het vervangt, bijvoorbeeld huishoudens)");
        }
    }

    /**
     * Reads one table from wherever the folder has it: {@code NAME.csv}, {@code NAME.xlsx} or the sheet
     * {@code NAME} of {@value ProblemReader#WERKBOEK}; more than one of these is refused, never guessed.
     * Returns whether the table was read to its end.
     */
    boolean read(FileSpec spec, boolean fileRequired, Consumer<TableRow> rows) {
        String stem = TableFiles.stem(spec.name());
        Path csv = dir.resolve(spec.name());
        Optional<InputFile> csvFile = source.file(spec.name());
        Optional<InputFile> xlsxFile = source.file(stem + ".xlsx");
        String blad = werkboek == null ? null : werkboek.sheetNamed(stem);
        List<String> sources = new ArrayList<>();
        if (csvFile.isPresent()) {
            sources.add(spec.name());
        }
        if (xlsxFile.isPresent()) {
            sources.add(stem + ".xlsx");
        }
        if (blad != null) {
            sources.add(WERKBOEK + " (blad " + blad + ")");
        }
        if (sources.size() > 1) {
            problems.error(csv, 0, null, null, "staat meer dan eens in de invoermap: " + String.join(", ", sources)
                    + "; laat er één over");
            return false;
        }
        TableFile.Outcome outcome;
        if (blad != null) {
            outcome = TableFiles.readSheet(werkboek, blad, spec, options, problems, rows);
        } else if (!sources.isEmpty()) {
            outcome = TableFiles.readFile(csvFile.or(() -> xlsxFile).orElseThrow(), spec, options, problems, sha256, rows);
        } else {
            if (fileRequired && !werkboekOnleesbaar) {
                problems.error(csv, 0, null, null, "bestand ontbreekt in " + dir + " (ook geen " + stem
                        + ".xlsx" + (werkboek == null ? "" : " of blad " + stem + " in " + WERKBOEK) + ")");
            }
            return false;
        }
        tables++;
        excelTables += outcome.excel() ? 1 : 0;
        return outcome.complete();
    }

    /** Whether the source has the table in any form (CSV, .xlsx or a sheet of the workbook). */
    boolean isPresent(FileSpec spec) {
        String stem = TableFiles.stem(spec.name());
        return source.file(spec.name()).isPresent() || source.file(stem + ".xlsx").isPresent()
                || (werkboek != null && werkboek.sheetNamed(stem) != null);
    }

    /** Reads a required file and reports it, naming the file, when it was read to its end but held no data row. */
    boolean readAtLeastOneRow(FileSpec spec, Consumer<TableRow> rows, String what) {
        long[] count = new long[1];
        boolean complete = read(spec, true, row -> {
            count[0]++;
            rows.accept(row);
        });
        if (complete && count[0] == 0) {
            String message = "bevat " + what + "; onder de kopregel moet minstens één regel staan";
            String stem = TableFiles.stem(spec.name());
            Optional<InputFile> xlsx = source.file(stem + ".xlsx");
            if (werkboek != null && werkboek.sheetNamed(stem) != null) {
                problems.error(werkboek.path(), werkboek.sheetNamed(stem), 0, null, null, null, message);
            } else {
                problems.error(xlsx.map(InputFile::path).orElse(dir.resolve(spec.name())), 0, null, null, message);
            }
        }
        return complete;
    }

    void hashConfig(InputFile config) {
        try {
            sha256.put(CONFIG_FILE, TableFiles.sha256(config));
        } catch (IOException e) {
            problems.error(config.path(), 0, null, null, "kan bestand niet lezen: " + e.getClass().getSimpleName());
        }
    }

    void warnAboutUnknownFiles() {
        Set<String> known = new TreeSet<>();
        FILES.forEach(f -> known.add(f.name()));
        FILES.forEach(f -> known.add(TableFiles.stem(f.name()) + ".xlsx"));
        known.add(WERKBOEK);
        try {
            Set<String> unknown = new TreeSet<>();
            for (String name : source.names()) {
                boolean table = name.endsWith(".csv") || name.endsWith(".xlsx");
                if (table && !known.contains(name) && !name.startsWith("~$")) {
                    unknown.add(name);
                }
            }
            if (!unknown.isEmpty()) {
                problems.warning(dir, "onbekende bestanden genegeerd: " + String.join(", ", unknown));
            }
        } catch (IOException e) {
            problems.error(dir, 0, null, null, "kan de invoermap niet lezen: " + e.getClass().getSimpleName());
        }
    }
}
