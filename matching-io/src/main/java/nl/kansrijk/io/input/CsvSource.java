package nl.kansrijk.io.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of one CSV file, as Excel and other tools save them: UTF-8 with or without BOM, or, when the bytes
 * are not valid UTF-8 and there is no BOM, Windows-1252 (what Dutch Excel writes for "CSV (gescheiden door
 * lijstscheidingsteken)"), always with a warning; {@code ,} or {@code ;} as delimiter, detected from the header.
 * With {@code ;} a decimal comma is read as such (see {@link TableRow#decimal}).
 */
final class CsvSource {

    private static final int BUFFER = 1 << 16;
    private static final int MAX_HEADER_CHARS = 1 << 20;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How the read went: read to its end, and whether the file looked saved by Excel ({@code ;} or Windows-1252). */
    record Read(boolean complete, boolean excel) {
    }

    private CsvSource() {
    }

    static Read read(InputFile file, TableFile table, Map<String, String> sha256) {
        try {
            Scan scan = scan(file, StandardCharsets.UTF_8);
            if (scan.badLine > 0) {
                if (scan.bom) {
                    table.report(scan.badLine, -1, null, null, "ongeldige UTF-8-bytes in een bestand dat met een "
                            + "UTF-8-BOM begint; sla het bestand opnieuw op als UTF-8");
                    return new Read(false, false);
                }
                long utf8Line = scan.badLine;
                scan = scan(file, WINDOWS_1252);
                if (scan.badLine > 0) {
                    table.report(scan.badLine, -1, null, null, "bytes die geen UTF-8 en geen Windows-1252 zijn; sla het "
                            + "bestand op als CSV UTF-8");
                    return new Read(false, false);
                }
                table.warn("is geen UTF-8 (regel " + utf8Line + " bevat ongeldige UTF-8-bytes) en is daarom gelezen "
                        + "als Windows-1252, zoals Excel 'CSV (gescheiden door lijstscheidingsteken)' opslaat; "
                        + "controleer namen met accenten, of sla op als 'CSV UTF-8' om dit te voorkomen");
            }
            sha256.put(file.name(), scan.sha256);
            if (scan.header.isBlank()) {
                table.report(1, -1, null, null, "kopregel ontbreekt: de eerste regel moet de kolomnamen bevatten");
                return new Read(false, false);
            }
            char delimiter = detectDelimiter(scan.header);
            table.decimalComma(delimiter == ';');
            if (delimiter == ';') {
                table.decimalPointColumns(decimalPointColumns(file, delimiter, scan.bom, scan.charset));
            }
            boolean complete = parse(file, table, delimiter, scan.bom, scan.charset);
            return new Read(complete, delimiter == ';' || scan.charset != StandardCharsets.UTF_8);
        } catch (IOException e) {
            table.reportFile("kan bestand niet lezen: " + e.getClass().getSimpleName());
            return new Read(false, false);
        }
    }

    /** What a pass over the raw bytes found: {@code badLine} > 0 is the line of the first byte not in the charset. */
    private record Scan(String sha256, boolean bom, String header, long badLine, Charset charset) {
    }

    /** One pass over the bytes: SHA-256, strict decoding (noting the line of the first bad byte) and the header line. */
    private static Scan scan(InputFile file, Charset charset) throws IOException {
        MessageDigest digest = TableFiles.sha256Digest();
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        LineCounter lines = new LineCounter();
        try (InputStream in = file.open()) {
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
                    return new Scan(null, lines.bom, lines.header.toString(), lines.line(), charset);
                }
                bytes.compact();
            }
            decoder.flush(chars);
            lines.accept(chars);
        }
        return new Scan(HexFormat.of().formatHex(digest.digest()), lines.bom, lines.header.toString(), 0, charset);
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

    /**
     * A first pass over a {@code ;} file: which columns use a decimal point ({@link DecimalPointColumns}). Stops
     * quietly on broken CSV, which the real pass reports.
     */
    private static BitSet decimalPointColumns(InputFile file, char delimiter, boolean bom, Charset charset)
            throws IOException {
        DecimalPointColumns columns = new DecimalPointColumns();
        try (InputStream in = file.open(); CSVParser parser = parser(in, delimiter, bom, charset)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (!header) {
                    columns.accept(record.values());
                }
                header = false;
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // reported by parse
        }
        return columns.pointColumns();
    }

    private static CSVParser parser(InputStream in, char delimiter, boolean bom, Charset charset) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        if (bom) {
            in.skipNBytes(3);
        }
        Reader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()), BUFFER);
        return CSVParser.builder().setReader(reader).setFormat(format).get();
    }

    private static boolean parse(InputFile file, TableFile table, char delimiter, boolean bom, Charset charset)
            throws IOException {
        long line = 1;
        BitSet none = new BitSet();
        try (InputStream in = file.open()) {
            try (CSVParser parser = parser(in, delimiter, bom, charset)) {
                try {
                    for (CSVRecord record : parser) {
                        long start = line;
                        line += 1 + newlines(record);
                        if (!table.record(start, record.values(), none, null, true)) {
                            return false;
                        }
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    table.report(line, -1, null, null, "ongeldige CSV-opmaak, bijvoorbeeld een aanhalingsteken dat niet "
                            + "wordt gesloten (" + rootMessage(e) + ")");
                    return false;
                }
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
}
