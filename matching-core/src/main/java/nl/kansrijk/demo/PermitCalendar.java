package nl.kansrijk.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws permit dates (vergunningdatum) over a half year with a weekly rhythm: weekdays only, Monday and
 * Tuesday busiest, Friday quietest, and a weekly volume that varies from week to week. Synthetic.
 */
final class PermitCalendar {

    /** Relative volume Monday to Friday. */
    private static final double[] WEEKDAG = {1.15, 1.10, 1.0, 1.0, 0.75};

    private final List<LocalDate> dagen;
    private final WeightedChoice keuze;

    /** A calendar for the half year {@code YYYY-H1} (January–June) or {@code YYYY-H2} (July–December). */
    PermitCalendar(String periode, SplittableRandom rng) {
        int jaar = Integer.parseInt(periode.substring(0, 4));
        LocalDate start = periode.endsWith("H1") ? LocalDate.of(jaar, 1, 1) : LocalDate.of(jaar, 7, 1);
        LocalDate eind = start.plusMonths(6);
        dagen = new ArrayList<>();
        List<Double> gewichten = new ArrayList<>();
        double week = 1.0;
        for (LocalDate d = start; d.isBefore(eind); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.MONDAY || d.equals(start)) {
                week = Math.max(0.4, 1.0 + 0.35 * WeightedChoice.noise(rng));
            }
            int dag = d.getDayOfWeek().getValue() - 1;
            if (dag < 5) {
                dagen.add(d);
                gewichten.add(week * WEEKDAG[dag]);
            }
        }
        keuze = new WeightedChoice(gewichten.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** {@code n} permit dates, sorted, earliest first. */
    LocalDate[] draw(int n, SplittableRandom rng) {
        LocalDate[] out = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            out[i] = dagen.get(keuze.pick(rng));
        }
        Arrays.sort(out);
        return out;
    }
}
