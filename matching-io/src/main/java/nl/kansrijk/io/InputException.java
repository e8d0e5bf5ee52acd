package nl.kansrijk.io;

import java.nio.file.Path;

/**
 * Bad input, located as precisely as it can be: file, line (1-based, the header is line 1), column name and
 * the offending value; in a workbook also the sheet and the column letter, as Excel shows them. The CLI prints
 * {@link #getMessage()} and exits with code 2; never a stack trace.
 */
public class InputException extends RuntimeException {

    private final transient Path file;
    private final long line;
    private final String column;
    private final String value;

    /**
     * @param file the file, or {@code null} when the problem is not in one file
     * @param line 1-based line, or 0 when not about one line
     * @param column the column name, or {@code null}
     * @param value the offending value (shortened by the caller if long), or {@code null}
     * @param message what is wrong, in Dutch
     */
    public InputException(Path file, long line, String column, String value, String message) {
        super(format(file, line, column, value, message));
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
    }

    public InputException(Path file, String message) {
        this(file, 0, null, null, message);
    }

    /** A problem in a workbook's sheet: "huishoudens.xlsx, blad huishoudens, rij 12, kolom F (personen): …". */
    public InputException(Path file, String blad, long rij, String kolomLetter, String column, String value,
            String message) {
        super(format(file, blad, rij, kolomLetter, column, value, message));
        this.file = file;
        this.line = rij;
        this.column = column;
        this.value = value;
    }

    public Path file() { return file; }
    public long line() { return line; }
    public String column() { return column; }
    public String value() { return value; }

    /** "file:line: column 'x', waarde 'v': message", leaving out what is unknown. */
    public static String format(Path file, long line, String column, String value, String message) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file.getFileName() == null ? file.toString() : file.getFileName().toString());
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        }
        if (column != null) {
            sb.append("kolom '").append(column).append("'");
            if (value != null) {
                sb.append(", waarde '").append(value).append("'");
            }
            sb.append(": ");
        } else if (value != null) {
            sb.append("waarde '").append(value).append("': ");
        }
        sb.append(message);
        return sb.toString();
    }

    /**
     * "file, blad s, rij r, kolom F (name), waarde 'v': message" for a cell of a workbook, leaving out what is
     * unknown; without a sheet, the form of {@link #format(Path, long, String, String, String)}.
     */
    public static String format(Path file, String blad, long rij, String kolomLetter, String column, String value,
            String message) {
        if (blad == null) {
            return format(file, rij, column, value, message);
        }
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file.getFileName() == null ? file.toString() : file.getFileName().toString()).append(", ");
        }
        sb.append("blad ").append(blad);
        if (rij > 0) {
            sb.append(", rij ").append(rij);
        }
        if (kolomLetter != null) {
            sb.append(", kolom ").append(kolomLetter);
            if (column != null) {
                sb.append(" (").append(column).append(')');
            }
        } else if (column != null) {
            sb.append(", kolom '").append(column).append('\'');
        }
        if (value != null) {
            sb.append(", waarde '").append(value).append('\'');
        }
        sb.append(": ").append(message);
        return sb.toString();
    }
}
