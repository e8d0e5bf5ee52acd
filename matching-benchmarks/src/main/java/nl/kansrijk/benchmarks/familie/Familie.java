package nl.kansrijk.benchmarks.familie;

import java.util.List;

import nl.kansrijk.demo.Aankomst;
import nl.kansrijk.demo.DemoSettings;
import nl.kansrijk.demo.Gebied;

/**
 * The benchmark family: named shapes of a half year (area, size, spare room, pinned, unplaceable, arrivals, announced
 * nareizigers), each measured on {@link #SEEDS}, so that the engine is judged on more than its own generator's
 * national half year. About 25 households per gemeente in areas; every instance at most 6,000 households.
 *
 * <p><b>Held out.</b> Half of the shapes carry {@code heldOut = true}. They were frozen before any tuning on this
 * family and must never be tuned on: tune on the seen shapes ({@code --shapes seen}) and report the held-out ones
 * only as the check. Both halves span regions around several cities, provinces, larger regions and the whole country.
 */
public final class Familie {

    /** The seeds every shape is measured on. */
    public static final List<Long> SEEDS = List.of(1L, 2L, 3L);

    /**
     * One shape: a named set of {@code generate} settings.
     *
     * @param naam short name, unique in the family
     * @param gebied the area ({@code land}, {@code provincie:NAAM}, {@code regio:GMxxxx:N})
     * @param huishoudens households
     * @param ruimte spare room: total capacity = persons × (1 + ruimte)
     * @param gekoppeld share of households pinned (the earliest permits)
     * @param onplaatsbaar share of households no gemeente can take under the hard rules
     * @param aankomst how permits arrive over the half year
     * @param aangekondigd share of nareizigers announced before their permit
     * @param heldOut frozen before any tuning; never tune on it
     */
    public record Vorm(String naam, String gebied, int huishoudens, double ruimte, double gekoppeld, double onplaatsbaar,
            Aankomst aankomst, double aangekondigd, boolean heldOut) {

        /** The generator settings of this shape for one seed (voorkeur and period at their defaults). */
        public DemoSettings settings(long seed) {
            return DemoSettings.of(huishoudens, seed).withGebied(Gebied.parse(gebied)).withRuimte(ruimte)
                    .withGekoppeldFractie(gekoppeld).withOnplaatsbaar(onplaatsbaar).withAankomst(aankomst)
                    .withAangekondigd(aangekondigd);
        }
    }

    private static final boolean GEZIEN = false;
    /** Frozen before any tuning on this family (2026-12-07, issue 28); must not be tuned on. */
    private static final boolean HELD_OUT = true;

    /** The shapes, seen ones and held-out ones interleaved. */
    public static final List<Vorm> VORMEN = List.of(
            // regions of 16 and 25 gemeenten around four cities
            new Vorm("utrecht-16", "regio:GM0344:16", 400, 0.03, 0.10, 0.00, Aankomst.EVEN, 0.85, GEZIEN),
            new Vorm("groningen-16", "regio:GM0014:16", 400, 0.00, 0.20, 0.01, Aankomst.GOLVEN, 0.60, HELD_OUT),
            new Vorm("eindhoven-25", "regio:GM0772:25", 625, 0.05, 0.00, 0.02, Aankomst.LAAT, 1.00, GEZIEN),
            new Vorm("zwolle-25", "regio:GM0193:25", 625, 0.01, 0.30, 0.01, Aankomst.EVEN, 0.50, HELD_OUT),
            new Vorm("groningen-25", "regio:GM0014:25", 600, 0.12, 0.05, 0.02, Aankomst.EVEN, 0.70, GEZIEN),
            new Vorm("utrecht-25", "regio:GM0344:25", 700, 0.08, 0.20, 0.00, Aankomst.GOLVEN, 0.85, HELD_OUT),
            // provinces
            new Vorm("zeeland", "provincie:Zeeland", 325, 0.03, 0.10, 0.01, Aankomst.LAAT, 0.85, GEZIEN),
            new Vorm("limburg", "provincie:Limburg", 775, 0.01, 0.20, 0.00, Aankomst.GOLVEN, 0.90, HELD_OUT),
            new Vorm("gelderland", "provincie:Gelderland", 1300, 0.05, 0.30, 0.02, Aankomst.EVEN, 0.60, GEZIEN),
            new Vorm("prov-utrecht", "provincie:Utrecht", 650, 0.00, 0.25, 0.00, Aankomst.EVEN, 1.00, HELD_OUT),
            // larger regions
            new Vorm("eindhoven-60", "regio:GM0772:60", 1500, 0.00, 0.10, 0.01, Aankomst.GOLVEN, 1.00, GEZIEN),
            new Vorm("zwolle-120", "regio:GM0193:120", 3000, 0.03, 0.15, 0.00, Aankomst.LAAT, 0.85, HELD_OUT),
            new Vorm("utrecht-150", "regio:GM0344:150", 3750, 0.08, 0.00, 0.02, Aankomst.EVEN, 0.50, HELD_OUT),
            // the whole country
            new Vorm("land-2000", "land", 2000, 0.05, 0.00, 0.00, Aankomst.EVEN, 0.85, GEZIEN),
            new Vorm("land-4000", "land", 4000, 0.12, 0.10, 0.02, Aankomst.GOLVEN, 0.50, GEZIEN),
            new Vorm("land-6000", "land", 6000, 0.01, 0.30, 0.01, Aankomst.LAAT, 0.70, HELD_OUT));

    private Familie() {
    }

    /**
     * The shapes a run measures, in the family's order: those named in {@code alleen} (comma-separated; {@code null}
     * for none named), else the {@code shapes} half ({@code seen}, {@code heldout} or {@code all}).
     *
     * @throws IllegalArgumentException on an unknown shape or half
     */
    public static List<Vorm> kies(String shapes, String alleen) {
        if (alleen != null) {
            List<String> namen = java.util.Arrays.stream(alleen.split(",")).map(String::trim).toList();
            namen.forEach(Familie::vorm); // throws, naming the shapes
            return VORMEN.stream().filter(v -> namen.contains(v.naam())).toList();
        }
        if (!List.of("seen", "heldout", "all").contains(shapes)) {
            throw new IllegalArgumentException("--shapes must be seen, heldout or all");
        }
        return VORMEN.stream().filter(v -> shapes.equals("all") || shapes.equals("heldout") == v.heldOut()).toList();
    }

    /** Seeds written as {@code 1,2,3}. */
    public static List<Long> seeds(String lijst) {
        return java.util.Arrays.stream(lijst.split(",")).map(String::trim).map(Long::parseLong).toList();
    }

    /** The shape by name. */
    public static Vorm vorm(String naam) {
        return VORMEN.stream().filter(v -> v.naam().equals(naam)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no shape '" + naam + "'; the shapes are "
                        + VORMEN.stream().map(Vorm::naam).toList()));
    }
}
