package nl.kansrijk.simulate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Koppeltermijn;

/**
 * How often the regievoerders link the households that arrived (batchritme): once a week, on Friday, all
 * permits since the previous Friday; or every day, the permits of that day. Either way a household is linked
 * at most six days after its permit, well within the two-week deadline.
 */
public enum Batchritme {
    /** One batch per week, on the Friday on or after the permit date. */
    WEKELIJKS("weekly"),
    /** One batch per day, on the permit date itself. */
    DAGELIJKS("daily");

    /**
     * The households of a queue that may still wait for the batch of {@code volgende}: those it would link within
     * {@link Koppeltermijn#DAGEN} of their permit; none when there is no next batch ({@code null}).
     */
    public static List<Huishouden> kunnenWachten(List<Huishouden> wachtrij, LocalDate volgende) {
        return volgende == null ? List.of() : wachtrij.stream()
                .filter(h -> Koppeltermijn.dagenNaVergunning(h.vergunningdatum(), volgende) <= Koppeltermijn.DAGEN).toList();
    }

    private final String code;

    Batchritme(String code) {
        this.code = code;
    }

    /** The code used on the command line and in output files: {@code weekly} or {@code daily}. */
    public String code() {
        return code;
    }

    /** The date of the batch in which a household with this permit date is linked. */
    public LocalDate batchdatum(LocalDate vergunningdatum) {
        return switch (this) {
            case WEKELIJKS -> vergunningdatum.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            case DAGELIJKS -> vergunningdatum;
        };
    }

    /** The rhythm with this code, if any. */
    public static Optional<Batchritme> vanCode(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.code.equals(c)).findFirst();
    }
}
