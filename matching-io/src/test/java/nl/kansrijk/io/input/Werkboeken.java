package nl.kansrijk.io.input;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.kansrijk.io.output.Tabel;
import nl.kansrijk.io.output.XlsxWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Test helper: an input folder of CSV files saved again the way Dutch Excel saves it: as workbooks (typed cells:
 * whole numbers and decimals as numbers, dates as dates, the rest as text) or as CSV with {@code ;}, decimal
 * commas, dates as D-M-JJJJ and CRLF, in Windows-1252 ("CSV (gescheiden door lijstscheidingsteken)") or UTF-8 with BOM ("CSV UTF-8").
 * Files that are not CSV (config.json, README.md) are copied as they are.
 */
public final class Werkboeken {

    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9]\\d{0,14})");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Werkboeken() {
    }

    /** {@code source} as one workbook {@code target/invoer.xlsx}, a sheet per CSV file, in file-name order. */
    public static Path alsEenWerkboek(Path source, Path target) {
        try {
            Files.createDirectories(target);
            List<Tabel> tabellen = new ArrayList<>();
            for (Path csv : csvFiles(source)) {
                tabellen.add(getypt(csv));
            }
            XlsxWriter.write(target.resolve(ProblemReader.WERKBOEK), tabellen);
            copyOthers(source, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code source} with every CSV file as {@code NAME.xlsx} holding one sheet named like the file. */
    public static Path alsWerkboekPerBestand(Path source, Path target) {
        try {
            Files.createDirectories(target);
            for (Path csv : csvFiles(source)) {
                Tabel t = getypt(csv);
                XlsxWriter.write(target.resolve(t.blad() + ".xlsx"), List.of(t));
            }
            copyOthers(source, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code source} as Dutch Excel saves CSV: {@code ;}, decimal commas, CRLF, in {@code charset} (BOM for UTF-8). */
    public static Path alsExcelCsv(Path source, Path target, Charset charset) {
        try {
            Files.createDirectories(target);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
            for (Path csv : csvFiles(source)) {
                Tabel t = getypt(csv);
                try (Writer w = Files.newBufferedWriter(target.resolve(csv.getFileName()), charset);
                        CSVPrinter p = new CSVPrinter(w, format)) {
                    if (charset.equals(StandardCharsets.UTF_8)) {
                        w.write('\uFEFF');
                    }
                    p.printRecord(t.kolommen());
                    for (List<Object> rij : t.rijen()) {
                        p.printRecord(rij.stream().map(v -> v == null ? ""
                                : v instanceof BigDecimal b ? b.toPlainString().replace('.', ',')
                                : v instanceof LocalDate d ? d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + d.getYear()
                                : v.toString()).toList());
                    }
                }
            }
            copyOthers(source, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV file as a table of typed cells, as Excel types what it reads. */
    static Tabel getypt(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<String> kolommen = new ArrayList<>();
        List<List<Object>> rijen = new ArrayList<>();
        try (Reader r = new java.io.StringReader(text);
                CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(r)) {
            boolean first = true;
            for (CSVRecord rec : parser) {
                if (first) {
                    rec.forEach(kolommen::add);
                    first = false;
                    continue;
                }
                List<Object> rij = new ArrayList<>();
                for (String v : rec) {
                    rij.add(typed(v));
                }
                rijen.add(rij);
            }
        }
        String name = csv.getFileName().toString();
        return new Tabel(name, kolommen, rijen);
    }

    private static Object typed(String v) {
        if (v.isEmpty()) {
            return null;
        }
        if (WHOLE.matcher(v).matches()) {
            return Long.parseLong(v);
        }
        if (DECIMAL.matcher(v).matches()) {
            return new BigDecimal(v);
        }
        if (DATE.matcher(v).matches()) {
            return LocalDate.parse(v);
        }
        return v;
    }

    private static List<Path> csvFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static void copyOthers(Path source, Path target) throws IOException {
        try (Stream<Path> s = Files.list(source)) {
            for (Path p : s.filter(p -> !p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                Files.copy(p, target.resolve(p.getFileName()));
            }
        }
    }
}
