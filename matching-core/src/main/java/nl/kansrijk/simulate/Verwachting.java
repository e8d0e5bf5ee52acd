package nl.kansrijk.simulate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Periode;

/**
 * Who is expected to arrive after today until the end of the period (verwachting), as a pool of profiles to draw
 * from and a number of households: either the profile mix seen so far this period (the households that arrived,
 * at the rate seen so far, {@link SimulatieStand#verwachtNogTeKomen()}), or an earlier period's export (the
 * households whose permit fell, counted from the start of that period, later than today does in this one).
 * Nareizigers are part of the mix: a drawn nareiziger is bound to a family's gemeente and so reserves room there
 * ({@link LaterTrekking}: the gemeente is drawn by capacity, the ones announced already count against the draws).
 * Immutable.
 *
 * @param historie the earlier period's households (their koppelingen are ignored), or empty for the profile mix
 * @param historiePeriode the earlier period, or {@code null} for the profile mix
 */
public record Verwachting(List<Huishouden> historie, Periode historiePeriode) {

    /** Later arrivals drawn from the households that arrived so far this period. */
    public static final Verwachting PROFIELMIX = new Verwachting(List.of(), null);

    public Verwachting {
        historie = List.copyOf(historie);
        if (!historie.isEmpty()) {
            Objects.requireNonNull(historiePeriode, "historiePeriode");
            for (Huishouden h : historie) {
                if (h.vergunningdatum() == null) {
                    throw new IllegalArgumentException("historie: huishouden '" + h.id() + "' heeft geen vergunningdatum");
                }
            }
        }
    }

    /** Later arrivals drawn from an earlier period's households (with their permit dates). */
    public static Verwachting uitHistorie(List<Huishouden> huishoudens, Periode periode) {
        if (huishoudens.isEmpty()) {
            throw new IllegalArgumentException("historie: geen huishoudens met een vergunningdatum");
        }
        return new Verwachting(huishoudens, periode);
    }

    /** Whether the arrivals come from an earlier period. */
    public boolean isHistorie() {
        return !historie.isEmpty();
    }

    /** The profiles to draw later arrivals from, as households without koppeling. */
    public List<Huishouden> pool(SimulatieStand stand) {
        if (!isHistorie()) {
            return stand.aangekomen();
        }
        List<Huishouden> later = laterInHistorie(stand);
        return later.isEmpty() ? historie : later;
    }

    /** The number of households expected after today. */
    public long aantal(SimulatieStand stand) {
        if (!isHistorie()) {
            return Math.round(stand.verwachtNogTeKomen());
        }
        return laterInHistorie(stand).size();
    }

    private List<Huishouden> laterInHistorie(SimulatieStand stand) {
        long vandaag = ChronoUnit.DAYS.between(stand.periode().start(), stand.datum());
        return historie.stream().filter(h -> dag(h.vergunningdatum()) > vandaag).toList();
    }

    private long dag(LocalDate vergunning) {
        return ChronoUnit.DAYS.between(historiePeriode.start(), vergunning);
    }
}
