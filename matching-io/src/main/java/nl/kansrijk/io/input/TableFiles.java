package nl.kansrijk.io.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import nl.kansrijk.io.input.TableFile.Outcome;

/**
 * Opening one table file: checks its size, reads it as CSV ({@link CsvSource}) or as a workbook's sheet
 * ({@link XlsxWorkbook}) through a {@link TableFile}, and records its SHA-256.
 */
final class TableFiles {

    private TableFiles() {
    }

    /**
     * Reads the CSV file {@code spec.name()} in {@code dir}, records its SHA-256 and passes every non-empty data row
     * to {@code rows}.
     */
    static Outcome read(Path dir, FileSpec spec, boolean fileRequired, ReadOptions options, Problems problems,
            Map<String, String> sha256, Consumer<TableRow> rows) {
        Path path = dir.resolve(spec.name());
        if (!Files.isRegularFile(path)) {
            if (fileRequired) {
                problems.error(path, 0, null, null, "bestand ontbreekt in " + dir);
            }
            return Outcome.NOT_READ;
        }
        return readCsv(InputFile.of(path), spec, options, problems, sha256, rows);
    }

    /** Reads one CSV file (any name), recording its SHA-256 under its file name. */
    static Outcome readCsv(InputFile file, FileSpec spec, ReadOptions options, Problems problems,
            Map<String, String> sha256, Consumer<TableRow> rows) {
        if (!withinSizeLimit(file, problems)) {
            return Outcome.NOT_READ;
        }
        TableFile table = new TableFile(file.path(), null, spec, options, problems, rows);
        CsvSource.Read read = CsvSource.read(file, table, sha256);
        boolean complete = read.complete() && table.finish();
        return new Outcome(complete, read.excel());
    }

    /**
     * Reads one table file given by path: a workbook ({@code .xlsx}: its sheet named like the file, else its first
     * sheet) or a CSV file. Records the SHA-256 under the file name.
     */
    static Outcome readFile(Path path, FileSpec spec, ReadOptions options, Problems problems, Map<String, String> sha256,
            Consumer<TableRow> rows) {
        if (!Files.isRegularFile(path)) {
            problems.error(path, 0, null, null, "bestand ontbreekt in " + path.toAbsolutePath().getParent());
            return Outcome.NOT_READ;
        }
        return readFile(InputFile.of(path), spec, options, problems, sha256, rows);
    }

    /** {@link #readFile(Path, FileSpec, ReadOptions, Problems, Map, Consumer)} for a file that is there. */
    static Outcome readFile(InputFile file, FileSpec spec, ReadOptions options, Problems problems,
            Map<String, String> sha256, Consumer<TableRow> rows) {
        Path path = file.path();
        if (!isWorkbook(path)) {
            return readCsv(file, spec, options, problems, sha256, rows);
        }
        if (!withinSizeLimit(file, problems)) {
            return Outcome.NOT_READ;
        }
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file, problems)) {
            if (workbook == null) {
                return Outcome.NOT_READ;
            }
            sha256.put(file.name(), sha256(file));
            String stem = stem(path.getFileName().toString());
            String blad = workbook.sheetNamed(stem);
            if (blad == null) {
                if (workbook.sheetNames().isEmpty()) {
                    problems.error(path, 0, null, null, "werkboek heeft geen bladen");
                    return Outcome.NOT_READ;
                }
                blad = workbook.sheetNames().get(0);
                if (workbook.sheetNames().size() > 1) {
                    problems.warning(path, blad, "gelezen: het eerste van " + workbook.sheetNames().size()
                            + " bladen, want er is geen blad met de naam " + stem);
                }
            }
            return readSheet(workbook, blad, spec, options, problems, rows);
        } catch (IOException e) {
            problems.error(path, 0, null, null, "kan bestand niet lezen: " + e.getClass().getSimpleName());
            return Outcome.NOT_READ;
        }
    }

    /** Whether a file is read as a workbook: its name ends in {@code .xlsx} (any case). */
    static boolean isWorkbook(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** A file name without its extension: {@code huishoudens.csv} → {@code huishoudens}. */
    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** Reads one sheet of an opened workbook. */
    static Outcome readSheet(XlsxWorkbook workbook, String blad, FileSpec spec, ReadOptions options, Problems problems,
            Consumer<TableRow> rows) {
        TableFile table = new TableFile(workbook.path(), blad, spec, options, problems, rows);
        table.decimalComma(true);
        boolean complete = workbook.readSheet(blad, table) && table.finish();
        return new Outcome(complete, true);
    }

    /** Checks the byte limit before a file is opened; reports and returns false when it is exceeded or unreadable. */
    static boolean withinSizeLimit(InputFile file, Problems problems) {
        Path path = file.path();
        try {
            long size = file.size();
            if (size > InputLimits.MAX_FILE_BYTES) {
                problems.error(path, 0, null, null, String.format(Locale.ROOT, "bestand is %,d bytes, groter dan het "
                        + "maximum van %d MB (%,d bytes); splits de invoer of verklein hem", size,
                        InputLimits.MAX_FILE_BYTES / (1024 * 1024), InputLimits.MAX_FILE_BYTES));
                return false;
            }
            return true;
        } catch (IOException e) {
            problems.error(path, 0, null, null, "kan bestand niet lezen: " + e.getClass().getSimpleName());
            return false;
        }
    }

    /** The lowercase hex SHA-256 of a file. */
    static String sha256(InputFile file) throws IOException {
        MessageDigest digest = sha256Digest();
        try (InputStream in = file.open()) {
            byte[] buffer = new byte[TableFile.BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
