package nl.kansrijk.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import nl.kansrijk.model.Periode;

/**
 * Draws permit dates (vergunningdatum) over a half year with a weekly rhythm: weekdays only, Monday and
 * Tuesday busiest, Friday quietest, no permits on national public holidays, and a weekly volume that varies
 * from week to week. Synthetic.
 */
final class PermitCalendar {

    /** Relative volume Monday to Friday. */
    private static final double[] WEEKDAG = {1.15, 1.10, 1.0, 1.0, 0.75};

    private final List<LocalDate> dagen;
    private final WeightedChoice keuze;

    /** A calendar for the half year {@code YYYY-H1} (January–June) or {@code YYYY-H2} (July–December). */
    PermitCalendar(String periode, SplittableRandom rng) {
        this(periode, rng, Aankomst.EVEN, null);
    }

    /**
     * A calendar whose daily volume also follows {@code aankomst}: for {@link Aankomst#GOLVEN} two or three peaks
     * (centres and count drawn from {@code vorm}, about three weeks wide, on a base of a fifth), for
     * {@link Aankomst#LAAT} a volume rising linearly from 0.5 to 3.5. {@link Aankomst#EVEN} is the original calendar
     * and draws nothing from {@code vorm}.
     */
    PermitCalendar(String periode, SplittableRandom rng, Aankomst aankomst, SplittableRandom vorm) {
        LocalDate start = Periode.van(periode).start();
        LocalDate eind = start.plusMonths(6);
        dagen = new ArrayList<>();
        List<Double> gewichten = new ArrayList<>();
        double[] pieken = new double[0];
        if (aankomst == Aankomst.GOLVEN) {
            pieken = new double[2 + WeightedChoice.uniform(vorm, 2)];
            for (int k = 0; k < pieken.length; k++) {
                // spread the peaks: one in each equal part of the half year, at a random place in it
                pieken[k] = (k + 0.15 + 0.7 * vorm.nextDouble()) / pieken.length;
            }
        }
        double lengte = start.until(eind, java.time.temporal.ChronoUnit.DAYS);
        double week = 1.0;
        for (LocalDate d = start; d.isBefore(eind); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.MONDAY || d.equals(start)) {
                week = Math.max(0.4, 1.0 + 0.35 * WeightedChoice.noise(rng));
            }
            int dag = d.getDayOfWeek().getValue() - 1;
            if (dag < 5 && !isFeestdag(d)) {
                dagen.add(d);
                double t = start.until(d, java.time.temporal.ChronoUnit.DAYS) / lengte;
                gewichten.add(week * WEEKDAG[dag] * vorm(aankomst, pieken, t));
            }
        }
        keuze = new WeightedChoice(gewichten.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The volume factor of the arrival pattern at fraction {@code t} (0–1) of the half year. */
    private static double vorm(Aankomst aankomst, double[] pieken, double t) {
        return switch (aankomst) {
            case EVEN -> 1.0;
            case LAAT -> 0.5 + 3.0 * t;
            case GOLVEN -> {
                double v = 0.2;
                for (double c : pieken) {
                    double z = (t - c) / 0.06;
                    v += 3.0 * StrictMath.exp(-0.5 * z * z);
                }
                yield v;
            }
        };
    }

    /** Whether the day is a Dutch national public holiday on which the IND grants no permits. */
    static boolean isFeestdag(LocalDate d) {
        int jaar = d.getYear();
        LocalDate koningsdag = LocalDate.of(jaar, 4, 27);
        if (koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            koningsdag = koningsdag.minusDays(1);
        }
        LocalDate pasen = pasen(jaar);
        return d.equals(LocalDate.of(jaar, 1, 1)) || d.equals(koningsdag)
                || d.equals(LocalDate.of(jaar, 12, 25)) || d.equals(LocalDate.of(jaar, 12, 26))
                || d.equals(pasen.plusDays(1)) || d.equals(pasen.plusDays(39)) || d.equals(pasen.plusDays(50));
    }

    /** Easter Sunday (Gregorian calendar; the anonymous "Meeus/Jones/Butcher" algorithm). */
    static LocalDate pasen(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
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
