package nl.kansrijk.cli.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kansrijk.baseline.Beleidsregister;
import nl.kansrijk.io.InputException;
import nl.kansrijk.io.input.ConfigReader;
import nl.kansrijk.io.report.MetriekKolommen;
import nl.kansrijk.solve.MatchingConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a sweep grid ({@code GRID.json}, schema in docs/research.md). Weights, radii, tolerance and termination are
 * parsed by {@link ConfigReader} over the base configuration, so a grid accepts exactly what config.json accepts
 * and reports problems the same way. Stateless and thread-safe.
 */
public final class GridReader {

    /** At most this many weight settings: a guard against a typo that multiplies a product into millions. */
    public static final int MAX_INSTELLINGEN = 10_000;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> TOP = Set.of("gewichten", "lijst", "seeds", "beeindiging", "baselines", "rapport");
    private static final Set<String> RAPPORT = Set.of("x", "y", "instelling");
    private static final List<Long> STANDAARD_SEEDS = List.of(0L, 1L, 2L);

    private GridReader() {
    }

    /** Reads the grid file over {@code basis} (the input's configuration); bad content throws {@link InputException}. */
    public static Grid read(Path file, MatchingConfig basis) {
        return parse(file, ConfigReader.readJson(file), basis);
    }

    /** Parses a grid already read as JSON. */
    static Grid parse(Path file, JsonNode root, MatchingConfig basis) {
        if (root == null || !root.isObject()) {
            throw fout(file, "", null, "het bestand moet één JSON-object bevatten, {...}");
        }
        for (String key : root.propertyNames()) {
            if (!TOP.contains(key)) {
                throw fout(file, key, null, "onbekende sleutel; toegestaan zijn " + String.join(", ", TOP.stream().sorted().toList()));
            }
        }
        MatchingConfig metBeeindiging = root.has("beeindiging")
                ? ConfigReader.parse(file, object("beeindiging", root.get("beeindiging")), basis)
                : basis;
        List<Instelling> instellingen = new ArrayList<>();
        if (root.has("gewichten")) {
            product(file, root.get("gewichten"), metBeeindiging, instellingen);
        }
        if (root.has("lijst")) {
            lijst(file, root.get("lijst"), metBeeindiging, instellingen);
        }
        if (instellingen.isEmpty()) {
            instellingen.add(new Instelling(0, "basis", metBeeindiging));
        }
        List<Long> seeds = root.has("seeds") ? seeds(file, root.get("seeds")) : STANDAARD_SEEDS;
        List<String> baselines = root.has("baselines") ? baselines(file, root.get("baselines")) : Beleidsregister.BASELINES;
        Grid.Rapportkeuze rapport = rapport(file, root.get("rapport"), instellingen.size());
        return new Grid(metBeeindiging, instellingen, seeds, baselines, rapport);
    }

    /** Wraps a fragment as {@code {"key": value}} so ConfigReader parses it with its own key names. */
    private static ObjectNode object(String key, JsonNode value) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set(key, value);
        return o;
    }

    private static void product(Path file, JsonNode node, MatchingConfig basis, List<Instelling> out) {
        if (!node.isObject() || node.isEmpty()) {
            throw fout(file, "gewichten", node, "moet een object zijn van regel naar een lijst gewichten, bijvoorbeeld {\"regioadvies\": [50, 100]}");
        }
        List<String> regels = new ArrayList<>();
        List<List<JsonNode>> waarden = new ArrayList<>();
        long aantal = 1;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            List<JsonNode> lijst = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(lijst::add);
            } else {
                lijst.add(e.getValue());
            }
            if (lijst.isEmpty()) {
                throw fout(file, "gewichten." + e.getKey(), e.getValue(), "lege lijst; geef minstens één gewicht");
            }
            regels.add(e.getKey());
            waarden.add(lijst);
            aantal *= lijst.size();
            if (aantal > MAX_INSTELLINGEN) {
                throw fout(file, "gewichten", null, "het product geeft meer dan " + MAX_INSTELLINGEN + " instellingen");
            }
        }
        int[] keuze = new int[regels.size()];
        for (long n = 0; n < aantal; n++) {
            ObjectNode gewichten = MAPPER.createObjectNode();
            StringBuilder naam = new StringBuilder();
            for (int i = 0; i < regels.size(); i++) {
                JsonNode w = waarden.get(i).get(keuze[i]);
                gewichten.set(regels.get(i), w);
                naam.append(i == 0 ? "" : " ").append(regels.get(i)).append('=').append(w);
            }
            out.add(new Instelling(out.size(), naam.toString(), ConfigReader.parse(file, object("gewichten", gewichten), basis)));
            for (int i = regels.size() - 1; i >= 0; i--) { // the last rule varies fastest
                if (++keuze[i] < waarden.get(i).size()) {
                    break;
                }
                keuze[i] = 0;
            }
        }
    }

    private static void lijst(Path file, JsonNode node, MatchingConfig basis, List<Instelling> out) {
        if (!node.isArray()) {
            throw fout(file, "lijst", node, "moet een lijst [...] van instellingen zijn, elk als in config.json");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String key = "lijst[" + i + "]";
            if (!entry.isObject()) {
                throw fout(file, key, entry, "moet een object {...} zijn met dezelfde sleutels als config.json, plus naam");
            }
            ObjectNode config = ((ObjectNode) entry).deepCopy();
            JsonNode naam = config.remove("naam");
            if (naam != null && !naam.isString()) {
                throw fout(file, key + ".naam", naam, "moet een tekst zijn");
            }
            if (config.has("seed")) {
                throw fout(file, key + ".seed", config.get("seed"), "de seeds van een sweep staan in \"seeds\", niet per instelling");
            }
            MatchingConfig c;
            try {
                c = ConfigReader.parse(file, config, basis);
            } catch (InputException e) {
                throw new InputException(file, key + ": " + e.getMessage().replaceFirst("^[^:]*: ", ""));
            }
            out.add(new Instelling(out.size(), naam == null ? key + " " + config : naam.stringValue(), c));
            if (out.size() > MAX_INSTELLINGEN) {
                throw fout(file, "lijst", null, "meer dan " + MAX_INSTELLINGEN + " instellingen");
            }
        }
    }

    private static List<Long> seeds(Path file, JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw fout(file, "seeds", node, "moet een niet-lege lijst gehele getallen zijn, bijvoorbeeld [0, 1, 2]");
        }
        List<Long> seeds = new ArrayList<>();
        for (JsonNode s : node) {
            if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                throw fout(file, "seeds", s, "moet een geheel getal zijn");
            }
            if (seeds.contains(s.longValue())) {
                throw fout(file, "seeds", s, "komt twee keer voor");
            }
            seeds.add(s.longValue());
        }
        return seeds;
    }

    private static List<String> baselines(Path file, JsonNode node) {
        if (!node.isArray()) {
            throw fout(file, "baselines", node, "moet een lijst namen zijn uit " + Beleidsregister.BASELINES);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode b : node) {
            if (!b.isString() || !Beleidsregister.BASELINES.contains(b.stringValue()) || out.contains(b.stringValue())) {
                throw fout(file, "baselines", b, "onbekend of dubbel; kies uit " + Beleidsregister.BASELINES);
            }
            out.add(b.stringValue());
        }
        return out;
    }

    private static Grid.Rapportkeuze rapport(Path file, JsonNode node, int instellingen) {
        String x = "km_gemiddeld";
        String y = "aandeel_advies_regio";
        int instelling = 0;
        if (node == null) {
            return new Grid.Rapportkeuze(x, y, instelling);
        }
        if (!node.isObject()) {
            throw fout(file, "rapport", node, "moet een object zijn met x, y en instelling");
        }
        for (String key : node.propertyNames()) {
            if (!RAPPORT.contains(key)) {
                throw fout(file, "rapport." + key, null, "onbekende sleutel; toegestaan zijn instelling, x, y");
            }
        }
        x = as(file, node, "x", x);
        y = as(file, node, "y", y);
        if (node.has("instelling")) {
            JsonNode i = node.get("instelling");
            if (!i.isIntegralNumber() || i.intValue() < 0 || i.intValue() >= instellingen) {
                throw fout(file, "rapport.instelling", i, "moet een instelling-index tussen 0 en " + (instellingen - 1) + " zijn");
            }
            instelling = i.intValue();
        }
        return new Grid.Rapportkeuze(x, y, instelling);
    }

    private static String as(Path file, JsonNode node, String key, String standaard) {
        JsonNode v = node.get(key);
        if (v == null) {
            return standaard;
        }
        if (!v.isString() || !MetriekKolommen.assen().contains(v.stringValue())) {
            throw fout(file, "rapport." + key, v, "kies een kolom uit " + MetriekKolommen.assen());
        }
        return v.stringValue();
    }

    private static InputException fout(Path file, String key, JsonNode value, String message) {
        String shown = value == null ? null : value.toString();
        if (shown != null && shown.length() > 40) {
            shown = shown.substring(0, 40) + "…";
        }
        return new InputException(file, 0, null, null,
                (key.isEmpty() ? "" : "sleutel '" + key + "'") + (shown == null ? "" : ", waarde " + shown)
                        + (key.isEmpty() && shown == null ? "" : ": ") + message);
    }
}
