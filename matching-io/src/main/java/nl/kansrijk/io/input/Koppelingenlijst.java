package nl.kansrijk.io.input;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.solve.Status;

/**
 * A list of koppelingen read from a CSV file (koppelingenlijst): a plan made elsewhere or the plan of an output
 * folder, checked against the problem.
 *
 * @param file the file read
 * @param plan household id to gemeente code, in file order; the value is {@code null} for a household named
 *        without gemeente (not placed)
 * @param redenen household id to the reason given for a human decision (column {@code reden} or
 *        {@code overrule_reden}), only where filled
 * @param status household id to the status column, only where the file has it
 * @param warnings things the user should know (ignored columns)
 */
public record Koppelingenlijst(Path file, Map<String, String> plan, Map<String, String> redenen,
        Map<String, Status> status, List<String> warnings) {

    public Koppelingenlijst {
        plan = Collections.unmodifiableMap(new LinkedHashMap<>(plan));
        redenen = Collections.unmodifiableMap(new LinkedHashMap<>(redenen));
        status = Collections.unmodifiableMap(new LinkedHashMap<>(status));
        warnings = List.copyOf(warnings);
    }

    /** The placed households: household id to gemeente code, without the ones named without gemeente. */
    public Map<String, String> geplaatst() {
        Map<String, String> out = new LinkedHashMap<>();
        plan.forEach((id, code) -> {
            if (code != null) {
                out.put(id, code);
            }
        });
        return out;
    }
}
