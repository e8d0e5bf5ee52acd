package nl.kansrijk.io.input;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import nl.kansrijk.model.Regiopool;
import nl.kansrijk.model.Woning;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.model.Woningsoort;

/**
 * Reads the optional housing tables {@code woningen.csv} and {@code regiopools.csv} row by row, checking every cell
 * like the other input tables (file, line, column, value), into a {@link Woningaanbod}. One instance per read.
 */
final class WoningRows {

    static final FileSpec WONINGEN = FileSpec.reference("woningen.csv",
            List.of("woning_id", "gemeente_code", "beschikbaar_vanaf", "min_personen", "max_personen"),
            List.of("toegankelijk", "soort", "slaapkamers", "huur"));
    static final FileSpec REGIOPOOLS = FileSpec.reference("regiopools.csv", List.of("pool", "gemeente_code"),
            List.of("tolerantie"));

    private static final int MAX_PERSONEN = 99;
    private static final double MAX_HUUR = 100_000;

    /** Reads a required gemeente code from a column and checks it names a gemeente of gemeenten.csv. */
    private final BiFunction<TableRow, String, String> gemeente;
    private final Codes woningIds = new Codes("woning", "onbekende woning");
    private final Map<String, String> poolVanGemeente = new HashMap<>();
    private final Map<String, List<String>> pools = new LinkedHashMap<>();
    /** Per pool the tolerance in percent and the line it was first given on. */
    private final Map<String, Double> tolerantie = new HashMap<>();
    private final Map<String, Long> tolerantieRegel = new HashMap<>();
    private final List<Woning> woningen = new ArrayList<>();

    WoningRows(BiFunction<TableRow, String, String> gemeente) {
        this.gemeente = gemeente;
    }

    /**
     * Reads both tables where the source has them and warns about pools that cannot act; returns whether
     * {@code woningen.csv} was given (only then is there a toewijzing).
     */
    boolean read(InputTables tables, Problems problems, Path dir) {
        boolean woningenGegeven = tables.isPresent(WONINGEN);
        tables.read(WONINGEN, false, this::woning);
        boolean poolsGegeven = tables.isPresent(REGIOPOOLS);
        tables.read(REGIOPOOLS, false, this::pool);
        Path poolFile = dir.resolve(REGIOPOOLS.name());
        if (poolsGegeven && !woningenGegeven) {
            problems.warning(poolFile, "regiopools.csv zonder woningen.csv: de pools worden alleen samen met "
                    + "woningen gebruikt en zijn nu genegeerd");
        }
        pools.forEach((naam, codes) -> {
            if (codes.size() == 1) {
                problems.warning(poolFile, "pool " + naam + " heeft maar één gemeente");
            }
        });
        return woningenGegeven;
    }

    void woning(TableRow row) {
        String id = row.required("woning_id");
        String code = gemeente.apply(row, "gemeente_code");
        LocalDate vanaf = requiredDate(row, "beschikbaar_vanaf");
        Integer min = row.integer("min_personen", true, 1, MAX_PERSONEN);
        Integer max = row.integer("max_personen", true, 1, MAX_PERSONEN);
        if (min != null && max != null && max < min) {
            row.error("max_personen", max.toString(), "is kleiner dan min_personen (" + min + ")");
        }
        Boolean toegankelijk = jaNee(row, "toegankelijk");
        Woningsoort soort = soort(row);
        Integer slaapkamers = row.integer("slaapkamers", false, 0, 50);
        Double huur = row.decimal("huur", false, 0, MAX_HUUR);
        if (woningIds.define(row, "woning_id", id) && row.ok()) {
            woningen.add(new Woning(id, code, vanaf, min, max, toegankelijk, soort, slaapkamers, huur));
        }
    }

    void pool(TableRow row) {
        String pool = row.required("pool");
        String code = gemeente.apply(row, "gemeente_code");
        Double procent = row.decimal("tolerantie", false, 0, 100);
        if (pool == null || code == null) {
            return;
        }
        if (procent != null) {
            Double eerder = tolerantie.putIfAbsent(pool, procent);
            if (eerder != null && !eerder.equals(procent)) {
                row.error("tolerantie", row.text("tolerantie"), "pool " + pool + " had op regel "
                        + tolerantieRegel.get(pool) + " een andere tolerantie");
            } else {
                tolerantieRegel.putIfAbsent(pool, row.line());
            }
        }
        String eerder = poolVanGemeente.putIfAbsent(code, pool);
        if (eerder != null) {
            row.error("gemeente_code", code, eerder.equals(pool) ? "staat al in pool " + eerder
                    : "staat al in pool " + eerder + "; een gemeente hoort bij hoogstens één pool");
        } else if (row.ok()) {
            pools.computeIfAbsent(pool, p -> new ArrayList<>()).add(code);
        }
    }

    /** The supply read: every dwelling and pool, in input order. */
    Woningaanbod aanbod() {
        List<Regiopool> list = new ArrayList<>();
        pools.forEach((naam, codes) -> list.add(new Regiopool(naam, codes,
                tolerantie.containsKey(naam) ? tolerantie.get(naam) / 100 : Regiopool.STANDAARD_TOLERANTIE)));
        return new Woningaanbod(woningen, list);
    }

    private static LocalDate requiredDate(TableRow row, String column) {
        if (row.text(column) == null) {
            row.required(column);
            return null;
        }
        return row.date(column);
    }

    private static Boolean jaNee(TableRow row, String column) {
        String v = row.text(column);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "ja" -> Boolean.TRUE;
            case "nee" -> Boolean.FALSE;
            default -> {
                row.error(column, v, "moet ja of nee zijn");
                yield null;
            }
        };
    }

    private static Woningsoort soort(TableRow row) {
        String v = row.text("soort");
        if (v == null) {
            return null;
        }
        try {
            return Woningsoort.parse(v);
        } catch (IllegalArgumentException e) {
            row.error("soort", v, "moet zelfstandig, kamer, flex of gedeeld zijn");
            return null;
        }
    }
}
