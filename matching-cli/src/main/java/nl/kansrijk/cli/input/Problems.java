package nl.kansrijk.cli.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.kansrijk.cli.InputException;

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

    /**
     * An error after which a file is not read further (a limit reached). Kept even beyond
     * {@link InputLimits#MAX_PROBLEMS}, since it explains why reading stopped.
     */
    void stop(Path file, long line, String message) {
        errors.add(new InputException(file, line, null, null, message));
    }

    void warning(Path file, String message) {
        warnings.add(InputException.format(file, 0, null, null, message));
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
