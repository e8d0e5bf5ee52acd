package nl.kansrijk.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import nl.kansrijk.model.Gemeente;

/**
 * The area a generated instance covers: the whole country, one province, the N gemeenten nearest (by centroid)
 * to one gemeente, or a list of gemeenten (a region as it is governed, like the U16). Written {@code land},
 * {@code provincie:NAAM}, {@code regio:GMxxxx:N} or {@code gemeenten:GMxxxx,GMyyyy,…}.
 *
 * @param soort which kind of area
 * @param provincie the province name (for {@link Soort#PROVINCIE}), else {@code null}
 * @param centrum the centre gemeente's code (for {@link Soort#REGIO}), else {@code null}
 * @param aantal the number of gemeenten (for {@link Soort#REGIO}), else 0
 * @param codes the gemeenten (for {@link Soort#GEMEENTEN}), in the order given; else empty
 */
public record Gebied(Soort soort, String provincie, String centrum, int aantal, List<String> codes) {

    /** The kinds of area. */
    public enum Soort { LAND, PROVINCIE, REGIO, GEMEENTEN }

    public Gebied {
        codes = List.copyOf(codes);
    }

    /** The whole country (the default). */
    public static final Gebied LAND = new Gebied(Soort.LAND, null, null, 0, List.of());

    /** One province by name (case-insensitive; checked against the embedded gemeenten when generating). */
    public static Gebied provincie(String naam) {
        return new Gebied(Soort.PROVINCIE, naam, null, 0, List.of());
    }

    /** The {@code aantal} gemeenten nearest to gemeente {@code centrum}, the centre included. */
    public static Gebied regio(String centrum, int aantal) {
        return new Gebied(Soort.REGIO, null, centrum, aantal, List.of());
    }

    /** Exactly these gemeenten (codes of the embedded gemeenten, each once). */
    public static Gebied gemeenten(List<String> codes) {
        return new Gebied(Soort.GEMEENTEN, null, null, 0, codes);
    }

    /**
     * Parses {@code land}, {@code provincie:NAAM} or {@code regio:GMxxxx:N}.
     *
     * @throws IllegalArgumentException with a message naming what is wrong
     */
    public static Gebied parse(String tekst) {
        String t = tekst == null ? "" : tekst.trim();
        if (t.equalsIgnoreCase("land")) {
            return LAND;
        }
        String[] delen = t.split(":", -1);
        if (delen.length == 2 && delen[0].equalsIgnoreCase("provincie") && !delen[1].isBlank()) {
            String naam = delen[1].trim();
            String gevonden = ReferenceData.get().provincies().values().stream()
                    .filter(p -> p.equalsIgnoreCase(naam)).findFirst().orElse(null);
            if (gevonden == null) {
                throw new IllegalArgumentException("gebied '" + tekst + "': onbekende provincie '" + naam
                        + "'; bekend zijn " + String.join(", ", new TreeSet<>(ReferenceData.get().provincies().values())));
            }
            return provincie(gevonden);
        }
        if (delen.length == 3 && delen[0].equalsIgnoreCase("regio")) {
            String code = delen[1].trim().toUpperCase(Locale.ROOT);
            if (ReferenceData.get().gemeenten().stream().noneMatch(g -> g.code().equals(code))) {
                throw new IllegalArgumentException("gebied '" + tekst + "': onbekende gemeente '" + delen[1] + "'");
            }
            int n;
            try {
                n = Integer.parseInt(delen[2].trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            int max = ReferenceData.get().gemeenten().size();
            if (n < 1 || n > max) {
                throw new IllegalArgumentException("gebied '" + tekst + "': het aantal gemeenten moet tussen 1 en "
                        + max + " liggen");
            }
            return regio(code, n);
        }
        if (delen.length == 2 && delen[0].equalsIgnoreCase("gemeenten")) {
            List<String> codes = new ArrayList<>();
            for (String deel : delen[1].split(",", -1)) {
                String code = deel.trim().toUpperCase(Locale.ROOT);
                if (ReferenceData.get().gemeenten().stream().noneMatch(g -> g.code().equals(code))) {
                    throw new IllegalArgumentException("gebied '" + tekst + "': onbekende gemeente '" + deel.trim() + "'");
                }
                if (codes.contains(code)) {
                    throw new IllegalArgumentException("gebied '" + tekst + "': gemeente " + code + " staat er twee keer in");
                }
                codes.add(code);
            }
            return gemeenten(codes);
        }
        throw new IllegalArgumentException("gebied '" + tekst + "' heeft niet de vorm land, provincie:NAAM, "
                + "regio:GMxxxx:N of gemeenten:GMxxxx,GMyyyy");
    }

    /** Whether this is the whole country. */
    public boolean isLand() {
        return soort == Soort.LAND;
    }

    /**
     * The gemeenten of this area, in their order in {@code alle}: all of them, those of the province, or the
     * {@link #aantal} nearest to the centre by great-circle distance between centroids (ties by code).
     */
    List<Gemeente> kies(List<Gemeente> alle, Map<String, String> provincies) {
        return switch (soort) {
            case LAND -> alle;
            case PROVINCIE -> alle.stream().filter(g -> provincie.equalsIgnoreCase(provincies.get(g.code()))).toList();
            case REGIO -> {
                Gemeente c = alle.stream().filter(g -> g.code().equals(centrum)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("onbekende gemeente '" + centrum + "'"));
                List<Gemeente> nabij = new ArrayList<>(alle);
                nabij.sort(Comparator.comparingDouble((Gemeente g) -> km(c.lat(), c.lon(), g.lat(), g.lon()))
                        .thenComparing(Gemeente::code));
                List<String> gekozen = nabij.subList(0, Math.min(aantal, nabij.size())).stream().map(Gemeente::code).toList();
                yield alle.stream().filter(g -> gekozen.contains(g.code())).toList();
            }
            case GEMEENTEN -> alle.stream().filter(g -> codes.contains(g.code())).toList();
        };
    }

    /** Great-circle distance in km, unrounded (so that the nearest gemeenten are ranked without ties from rounding). */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0088;
        double dLat = StrictMath.toRadians(lat2 - lat1);
        double dLon = StrictMath.toRadians(lon2 - lon1);
        double a = StrictMath.pow(StrictMath.sin(dLat / 2), 2) + StrictMath.cos(StrictMath.toRadians(lat1))
                * StrictMath.cos(StrictMath.toRadians(lat2)) * StrictMath.pow(StrictMath.sin(dLon / 2), 2);
        return 2 * r * StrictMath.asin(StrictMath.sqrt(a));
    }

    @Override
    public String toString() {
        return switch (soort) {
            case LAND -> "land";
            case PROVINCIE -> "provincie:" + provincie;
            case REGIO -> "regio:" + centrum + ":" + aantal;
            case GEMEENTEN -> "gemeenten:" + String.join(",", codes);
        };
    }
}
