package nl.kansrijk.io.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

/**
 * One output table with typed cells (text, whole numbers, {@link java.math.BigDecimal} decimals, or {@code null}
 * for empty), written as a CSV file in a {@link CsvStijl} and as a sheet of {@code uitvoer.xlsx}.
 *
 * @param naam the file name ({@code koppelingen.csv}); the sheet is named after it without extension
 * @param kolommen the header
 * @param rijen the rows, each as wide as the header
 */
public record Tabel(String naam, List<String> kolommen, List<List<Object>> rijen) {

    public Tabel {
        kolommen = List.copyOf(kolommen);
        rijen = List.copyOf(rijen);
    }

    /** The sheet name: the file name without {@code .csv}. */
    public String blad() {
        return naam.endsWith(".csv") ? naam.substring(0, naam.length() - 4) : naam;
    }

    /** Writes the table as {@code dir/naam} in the given style. */
    public void schrijfCsv(Path dir, CsvStijl stijl) throws IOException {
        schrijfCsv(Files.newOutputStream(dir.resolve(naam)), stijl);
    }

    /** Writes the table as CSV in the given style to {@code out}, and closes it. */
    public void schrijfCsv(OutputStream stream, CsvStijl stijl) throws IOException {
        try (CSVPrinter csv = stijl.printer(stream)) {
            csv.printRecord(kolommen);
            List<Object> out = new ArrayList<>(kolommen.size());
            for (List<Object> rij : rijen) {
                out.clear();
                for (Object v : rij) {
                    out.add(stijl.cel(v));
                }
                csv.printRecord(out);
            }
        }
    }
}
