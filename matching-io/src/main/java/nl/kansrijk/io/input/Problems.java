package nl.kansrijk.io.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.io.InputException;

/** Collects every problem and warning found while reading one input folder (one instance per read). */
final class Problems {

    private final List<InputException> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long dropped;

    void error(InputException e) {
        if (errors.size() < InputLimits.MAX_PROBLEMS) {
            errors.add(e);
        } else {
            dropped++;
        }
    }

    void error(Path file, long line, String column, String value, String message) {
        if (errors.size() < InputLimits.MAX_PROBLEMS) {
            errors.add(new InputException(file, line, column, value, message));
        } else {
            dropped++; // not even built: a million bad rows must not cost a million exceptions
        }
    }

    /** An error in a cell, row or sheet of a workbook (see {@link InputException#format(Path, String, long, String, String, String, String)}). */
    void error(Path file, String blad, long rij, String kolomLetter, String column, String value, String message) {
        if (errors.size() < InputLimits.MAX_PROBLEMS) {
            errors.add(new InputException(file, blad, rij, kolomLetter, column, value, message));
        } else {
            dropped++;
        }
    }

    /**
     * An error after which a file is not read further (a limit reached). Kept even beyond
     * {@link InputLimits#MAX_PROBLEMS}, since it explains why reading stopped.
     */
    void stop(Path file, long line, String message) {
        errors.add(new InputException(file, line, null, null, message));
    }

    /** {@link #stop(Path, long, String)} for a row of a workbook's sheet. */
    void stop(Path file, String blad, long rij, String message) {
        errors.add(new InputException(file, blad, rij, null, null, null, message));
    }

    void warning(Path file, String message) {
        warnings.add(InputException.format(file, 0, null, null, message));
    }

    /** A warning about a sheet of a workbook ({@code blad} null: about a file). */
    void warning(Path file, String blad, String message) {
        warnings.add(InputException.format(file, blad, 0, null, null, null, message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Every error in the order found, with one closing line when more were found than are kept. */
    List<InputException> errors() {
        if (dropped == 0) {
            return List.copyOf(errors);
        }
        List<InputException> all = new ArrayList<>(errors);
        all.add(new InputException(null, 0, null, null,
                "en nog " + dropped + " problemen (alleen de eerste " + InputLimits.MAX_PROBLEMS + " worden getoond)"));
        return all;
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
