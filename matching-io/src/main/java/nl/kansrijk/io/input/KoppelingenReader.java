package nl.kansrijk.io.input;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.MatchingProblem;
import nl.kansrijk.solve.Status;

/**
 * Reads a list of koppelingen (a plan made elsewhere, or the {@code koppelingen.csv} of a solve or evaluate output)
 * with the same rules as the input folder (a CSV file, or an {@code .xlsx} workbook: its sheet named like the file,
 * else the first): {@code ;} or {@code ,}, UTF-8 with or without BOM or Windows-1252, header names
 * matched case-insensitively, BSN-like values refused. Columns {@code huishouden_id} and {@code gemeente_code}
 * are required (an empty gemeente cell means: not placed); {@code reden} (the audit reason of a human decision)
 * and {@code status} are optional; other columns are ignored with a warning. Every household and gemeente must be
 * in the problem, and a household may appear once. Stateless and thread-safe.
 */
public final class KoppelingenReader {

    private static final List<String> STATUS_CODES = Arrays.stream(Status.values()).map(Status::code).toList();

    private KoppelingenReader() {
    }

    /**
     * Reads {@code file} against {@code problem}. Throws {@link nl.kansrijk.io.InputException} for a single
     * problem, or {@link InputProblemsException} listing every problem with file, line and column.
     */
    public static Koppelingenlijst read(Path file, MatchingProblem problem, ReadOptions options) {
        Path abs = file.toAbsolutePath().normalize();
        return read(abs, problem, (spec, problems, rows) ->
                TableFiles.readFile(abs, spec, options, problems, new TreeMap<>(), rows));
    }

    /** {@link #read(Path, MatchingProblem, ReadOptions)} from disk or memory (an upload, named in every message). */
    public static Koppelingenlijst read(InputFile file, MatchingProblem problem, ReadOptions options) {
        return read(file.path(), problem, (spec, problems, rows) ->
                TableFiles.readFile(file, spec, options, problems, new TreeMap<>(), rows));
    }

    /** How the table is read: from a path or from an {@link InputFile}. */
    private interface Table {
        void read(FileSpec spec, Problems problems, Consumer<TableRow> rows);
    }

    private static Koppelingenlijst read(Path abs, MatchingProblem problem, Table table) {
        FileSpec spec = new FileSpec(abs.getFileName().toString(), List.of("huishouden_id", "gemeente_code"),
                List.of("reden", "overrule_reden", "status"), false, false, InputLimits.MAX_HUISHOUDENS);
        Set<String> huishoudens = new HashSet<>();
        problem.huishoudens().stream().map(Huishouden::id).forEach(huishoudens::add);
        Set<String> gemeenten = new HashSet<>();
        problem.gemeenten().stream().map(Gemeente::code).forEach(gemeenten::add);

        Problems problems = new Problems();
        Map<String, String> plan = new LinkedHashMap<>();
        Map<String, String> redenen = new LinkedHashMap<>();
        Map<String, Status> status = new LinkedHashMap<>();
        Map<String, Long> eersteRegel = new HashMap<>();
        table.read(spec, problems, row -> {
            String id = row.required("huishouden_id");
            String code = row.code("gemeente_code", false, ProblemReader.GEMEENTE_CODE,
                    "GM gevolgd door vier cijfers (GM0363)");
            String reden = row.text("reden") != null ? row.text("reden") : row.text("overrule_reden");
            String s = row.text("status");
            if (id != null && !huishoudens.contains(id)) {
                row.error("huishouden_id", id, "onbekend huishouden: niet in huishoudens.csv van de invoer");
            }
            if (code != null && !gemeenten.contains(code)) {
                row.error("gemeente_code", null, "onbekende gemeente: niet in gemeenten.csv van de invoer");
            }
            if (s != null && !STATUS_CODES.contains(s)) {
                row.error("status", s, "moet een van " + String.join(", ", STATUS_CODES) + " zijn");
            }
            if (id != null) {
                Long first = eersteRegel.putIfAbsent(id, row.line());
                if (first != null) {
                    row.error("huishouden_id", id, "huishouden komt al voor op regel " + first);
                }
            }
            if (row.ok()) {
                plan.put(id, code);
                if (reden != null) {
                    redenen.put(id, reden);
                }
                if (s != null) {
                    status.put(id, Status.valueOf(s.toUpperCase(Locale.ROOT)));
                }
            }
        });
        if (problems.hasErrors()) {
            throw InputProblemsException.of(problems.errors());
        }
        return new Koppelingenlijst(abs, plan, redenen, status, problems.warnings());
    }
}
