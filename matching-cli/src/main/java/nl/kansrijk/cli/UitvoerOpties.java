package nl.kansrijk.cli;

import java.io.PrintWriter;
import java.util.Locale;

import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.output.CsvStijl;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The options of every command that writes an output folder: {@code --csv-style} and {@code --xlsx} (picocli mixin). */
public final class UitvoerOpties {

    @Option(names = "--csv-style", paramLabel = "excel|standard", converter = StijlConverter.class,
            description = "CSV output style: excel (; UTF-8 with BOM, decimal comma: opens in columns in Dutch Excel) or "
                    + "standard (comma, UTF-8, decimal point). Default: excel when every input table came from Excel "
                    + "(.xlsx, ; or Windows-1252), else standard.")
    CsvStijl csvStijl;

    @Option(names = "--xlsx", description = "Also write uitvoer.xlsx: a sheet per CSV output file.")
    boolean xlsx;

    /** The style asked for, else the one the input was saved in; says so on {@code err} when it is Excel's. */
    CsvStijl stijl(InputFolder in, PrintWriter err) {
        CsvStijl s = csvStijl != null ? csvStijl : in.uitExcel() ? CsvStijl.EXCEL : CsvStijl.STANDARD;
        if (csvStijl == null && s == CsvStijl.EXCEL) {
            err.println("uitvoer-CSV in Excel-stijl (; als scheidingsteken, decimale komma, UTF-8 met BOM), zoals de "
                    + "invoer; --csv-style standard schrijft komma's en decimale punten");
        }
        return s;
    }

    boolean xlsx() {
        return xlsx;
    }

    /** Reads {@code excel} or {@code standard}, in any case. */
    static final class StijlConverter implements CommandLine.ITypeConverter<CsvStijl> {
        @Override
        public CsvStijl convert(String value) {
            for (CsvStijl s : CsvStijl.values()) {
                if (s.naam().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is geen CSV-stijl; kies excel of standard");
        }
    }
}
