package nl.kansrijk.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.model.Arbeidsmarktregio;
import nl.kansrijk.model.Azc;
import nl.kansrijk.model.Gemeente;
import nl.kansrijk.model.Zorglocatie;

/**
 * The real facts about the Netherlands embedded in this module ({@code nl/kansrijk/demo/*.csv}, written by
 * {@code sample-data/scripts/import-reference.py}): gemeenten with region, centroid and inhabitants; the 35
 * arbeidsmarktregio's; azc places (a synthetic, unofficial list) and hospitals. Immutable; loaded once.
 *
 * @param gemeenten every gemeente, by code, without a housing share
 * @param regios every arbeidsmarktregio, by code, without sector demand
 * @param azcs azc places at their gemeente's centroid
 * @param zorglocaties hospitals, UMC sites first
 * @param provincies the province of every gemeente, by gemeente code
 */
record ReferenceData(List<Gemeente> gemeenten, List<Arbeidsmarktregio> regios, List<Azc> azcs,
        List<Zorglocatie> zorglocaties, Map<String, String> provincies) {

    ReferenceData {
        provincies = Map.copyOf(provincies);
        gemeenten = List.copyOf(gemeenten);
        regios = List.copyOf(regios);
        azcs = List.copyOf(azcs);
        zorglocaties = List.copyOf(zorglocaties);
    }

    /** The embedded facts (parsed on first use, then shared). */
    static ReferenceData get() {
        return Holder.DATA;
    }

    private static final class Holder {
        static final ReferenceData DATA = load();
    }

    private static ReferenceData load() {
        List<Map<String, String>> rijen = read("gemeenten.csv");
        Map<String, String> provincies = new HashMap<>();
        rijen.forEach(r -> provincies.put(r.get("code"), r.get("provincie")));
        List<Gemeente> gemeenten = rijen.stream()
                .map(r -> new Gemeente(r.get("code"), r.get("naam"), r.get("arbeidsmarktregio_code"),
                        Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")),
                        Integer.parseInt(r.get("inwoners")), null))
                .toList();
        List<Arbeidsmarktregio> regios = read("arbeidsmarktregios.csv").stream()
                .map(r -> new Arbeidsmarktregio(r.get("code"), r.get("naam"), Map.of()))
                .toList();
        List<Azc> azcs = read("azcs.csv").stream()
                .map(r -> new Azc(r.get("azc_code"), "Azc " + r.get("plaats"), r.get("gemeente_code"),
                        Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon"))))
                .toList();
        List<Zorglocatie> zorg = read("zorglocaties.csv").stream()
                .map(r -> new Zorglocatie(r.get("zorg_code"), r.get("naam"), r.get("soort"),
                        Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon"))))
                .toList();
        return new ReferenceData(gemeenten, regios, azcs, zorg, provincies);
    }

    /** Rows of one of our own {@code ;}-delimited resource files ({@code #} lines are comments), as column maps. */
    static List<Map<String, String>> read(String name) {
        InputStream in = ReferenceData.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource nl/kansrijk/demo/" + name + " is missing from the jar");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Map<String, String>> rows = new ArrayList<>();
            String[] header = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalStateException(name + ": " + cells.length + " cells where the header has " + header.length);
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
