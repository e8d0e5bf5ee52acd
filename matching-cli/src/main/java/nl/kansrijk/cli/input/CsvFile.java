package nl.kansrijk.cli.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One input CSV file being read: checks size, UTF-8 (with or without BOM) and the header, detects the delimiter,
 * then hands every data row to a consumer as a {@link CsvRow}. Problems go to the shared {@link Problems}.
 */
final class CsvFile {

    private static final int BUFFER = 1 << 16;
    private static final int MAX_HEADER_CHARS = 1 << 20;

    private final Path path;
    private final FileSpec spec;
    private final ReadOptions options;
    private final Problems problems;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<String> extraColumns = new ArrayList<>();
    private final List<Integer> extraIndexes = new ArrayList<>();
    private long bsnAllowed;
    private int headerWidth;
    private final List<String> headerNames = new ArrayList<>();

    private CsvFile(Path path, FileSpec spec, ReadOptions options, Problems problems) {
        this.path = path;
        this.spec = spec;
        this.options = options;
        this.problems = problems;
    }

    /**
     * Reads the file {@code spec.name()} in {@code dir}, records its SHA-256 and passes every non-empty data row to
     * {@code rows}. Returns whether the file could be read to its end, so that its codes are complete for reference
     * checks (rows with errors still count; a missing or unreadable file does not).
     */
    static boolean read(Path dir, FileSpec spec, boolean fileRequired, ReadOptions options, Problems problems,
            Map<String, String> sha256, Consumer<CsvRow> rows) {
        Path path = dir.resolve(spec.name());
        if (!Files.isRegularFile(path)) {
            if (fileRequired) {
                problems.error(path, 0, null, null, "bestand ontbreekt in " + dir);
            }
            return false;
        }
        return new CsvFile(path, spec, options, problems).read(sha256, rows);
    }

    Path path() { return path; }
    ReadOptions options() { return options; }
    Problems problems() { return problems; }

    /** Index of a column in each record, or −1 when the header does not have it. */
    int index(String column) {
        return columnIndex.getOrDefault(column, -1);
    }

    /** The header's name for a column index (as written, trimmed). */
    String columnName(int index) {
        return index < headerNames.size() ? headerNames.get(index) : "#" + (index + 1);
    }

    /** Whether error messages may repeat values of this column. */
    boolean echo(String column) {
        return spec.echoValues() || "huishouden_id".equals(column);
    }

    /** Unknown columns kept as household attributes, in header order. */
    List<String> extraColumns() { return extraColumns; }
    List<Integer> extraIndexes() { return extraIndexes; }

    void countAllowedBsn() {
        bsnAllowed++;
    }

    private boolean read(Map<String, String> sha256, Consumer<CsvRow> rows) {
        try {
            long size = Files.size(path);
            if (size > InputLimits.MAX_FILE_BYTES) {
                problems.error(path, 0, null, null, String.format(Locale.ROOT, "bestand is %,d bytes, groter dan het "
                        + "maximum van %d MB (%,d bytes); splits de invoer of verklein hem", size,
                        InputLimits.MAX_FILE_BYTES / (1024 * 1024), InputLimits.MAX_FILE_BYTES));
                return false;
            }
            Scan scan = scan();
            if (scan == null) {
                return false;
            }
            sha256.put(spec.name(), scan.sha256);
            if (scan.header.isBlank()) {
                problems.error(path, 1, null, null, "kopregel ontbreekt: de eerste regel moet de kolomnamen bevatten");
                return false;
            }
            return parse(detectDelimiter(scan.header), scan.bom, rows);
        } catch (IOException e) {
            problems.error(path, 0, null, null, "kan bestand niet lezen: " + e.getClass().getSimpleName());
            return false;
        }
    }

    /** What the first pass over the raw bytes found. */
    private record Scan(String sha256, boolean bom, String header) {
    }

    /**
     * First pass over the bytes: SHA-256, strict UTF-8 decoding (reporting the line of the first bad byte) and the
     * header line. Returns {@code null} when the file is not valid UTF-8.
     */
    private Scan scan() throws IOException {
        MessageDigest digest = sha256Digest();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        LineCounter lines = new LineCounter();
        try (InputStream in = Files.newInputStream(path)) {
            boolean eof = false;
            while (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    digest.update(bytes.array(), bytes.position(), n);
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result;
                do {
                    result = decoder.decode(bytes, chars, eof);
                    lines.accept(chars);
                } while (result.isOverflow());
                if (result.isError()) {
                    problems.error(path, lines.line(), null, null,
                            "ongeldige UTF-8-bytes; sla het bestand op als UTF-8 (met of zonder BOM)");
                    return null;
                }
                bytes.compact();
            }
            decoder.flush(chars);
            lines.accept(chars);
        }
        return new Scan(HexFormat.of().formatHex(digest.digest()), lines.bom, lines.header.toString());
    }

    /** Counts lines (LF, CRLF or lone CR) in decoded text and keeps the first line and whether it starts with a BOM. */
    private static final class LineCounter {
        private long completed;
        private boolean previousCr;
        private boolean started;
        private boolean bom;
        private final StringBuilder header = new StringBuilder();

        void accept(CharBuffer chars) {
            chars.flip();
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (!started) {
                    started = true;
                    if (c == '\uFEFF') {
                        bom = true;
                        continue;
                    }
                }
                if (c == '\n') {
                    completed++;
                } else if (previousCr) {
                    completed++;
                }
                if (completed == 0 && c != '\r' && c != '\n' && header.length() < MAX_HEADER_CHARS) {
                    header.append(c);
                }
                previousCr = c == '\r';
            }
            chars.clear();
        }

        long line() {
            return completed + 1;
        }
    }

    /** {@code ;} when the header has more semicolons than commas, else {@code ,}. */
    static char detectDelimiter(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private boolean parse(char delimiter, boolean bom, Consumer<CsvRow> rows) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        long line = 1;
        try (InputStream in = Files.newInputStream(path)) {
            if (bom) {
                in.skipNBytes(3);
            }
            Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), BUFFER);
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                boolean headerSeen = false;
                long dataRows = 0;
                try {
                    for (CSVRecord record : parser) {
                        long start = line;
                        line += 1 + newlines(record);
                        if (!headerSeen) {
                            headerSeen = true;
                            if (!header(record)) {
                                return false;
                            }
                            continue;
                        }
                        if (isBlank(record)) {
                            continue;
                        }
                        if (++dataRows > spec.maxRows()) {
                            problems.stop(path, start, "meer dan " + spec.maxRows()
                                    + " rijen; dat is meer dan de invoer mag bevatten");
                            return false;
                        }
                        if (record.size() != headerWidth) {
                            problems.error(path, start, null, null, "regel heeft " + record.size() + " velden, de kopregel "
                                    + headerWidth + "; controleer scheidingstekens en aanhalingstekens");
                            continue;
                        }
                        rows.accept(new CsvRow(this, start, record.values()));
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.error(path, line, null, null, "ongeldige CSV-opmaak, bijvoorbeeld een aanhalingsteken dat niet "
                            + "wordt gesloten (" + rootMessage(e) + ")");
                    return false;
                }
                if (!headerSeen) {
                    problems.error(path, 1, null, null, "kopregel ontbreekt: de eerste regel moet de kolomnamen bevatten");
                    return false;
                }
            }
        }
        if (bsnAllowed > 0) {
            problems.warning(path, bsnAllowed + " waarden lijken op een BSN en zijn toegestaan door --allow-bsn");
        }
        return true;
    }

    /** Reads the header; reports duplicate and missing columns and warns about unknown ones. */
    private boolean header(CSVRecord record) {
        boolean ok = true;
        headerWidth = record.size();
        record.forEach(name -> headerNames.add(name.strip()));
        List<String> ignoredNames = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String raw = record.get(i).strip();
            String name = raw.toLowerCase(Locale.ROOT);
            if (!options.allowBsn() && Bsn.looksLikeBsn(raw)) {
                problems.error(path, 1, null, null, "de naam van kolom " + (i + 1) + " lijkt op een BSN (negen cijfers "
                        + "die de elfproef doorstaan) en wordt daarom niet herhaald; geef de kolom een andere naam");
                ok = false;
                continue;
            }
            if (!name.isEmpty() && seen.putIfAbsent(name, i) != null) {
                problems.error(path, 1, raw, null, "kolom komt twee keer voor in de kopregel");
                ok = false;
                continue;
            }
            if (spec.knows(name)) {
                columnIndex.put(name, i);
            } else if (spec.keepExtraColumns() && !name.isEmpty()) {
                extraColumns.add(raw);
                extraIndexes.add(i);
            } else if (!name.isEmpty()) {
                ignoredNames.add(raw);
            }
        }
        for (String required : spec.required()) {
            if (!columnIndex.containsKey(required)) {
                problems.error(path, 1, required, null, "verplichte kolom ontbreekt in de kopregel");
                ok = false;
            }
        }
        if (ok && !ignoredNames.isEmpty()) {
            problems.warning(path, "onbekende kolommen genegeerd: " + String.join(", ", ignoredNames));
        }
        if (ok && !extraColumns.isEmpty()) {
            problems.warning(path, "extra kolommen bewaard als kenmerken voor groepsmetrieken (nooit gebruikt voor "
                    + "plaatsing): " + String.join(", ", extraColumns));
        }
        return ok;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String v : record) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Line breaks inside the record's quoted values, so the next record's line number stays right. */
    private static long newlines(CSVRecord record) {
        long n = 0;
        for (String v : record) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == v.length() || v.charAt(i + 1) != '\n'))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The lowercase hex SHA-256 of a file. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
