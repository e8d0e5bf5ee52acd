package nl.kansrijk.io.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kansrijk.io.InputException;
import nl.kansrijk.model.Groepsindeling;
import nl.kansrijk.model.Stralen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.solve.Beeindiging;
import nl.kansrijk.io.json.ConfigJson;
import nl.kansrijk.solve.MatchingConfig;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code config.json} into a {@link MatchingConfig}: every key optional with the default of
 * {@link MatchingConfig#STANDAARD}, an unknown key or a wrong type or range is an error naming the key path.
 * Also turns a configuration back into the ordered map written to {@code samenvatting.json}, in the same format,
 * so a run's effective configuration can be read back. Stateless and thread-safe.
 */
public final class ConfigReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> TOP = Set.of("gewichten", "stralen", "tolerantie", "beeindiging", "seed",
            "groepsgelijkheid", "privacy");
    private static final Set<String> GROEPSGELIJKHEID = Set.of("kolom");
    private static final Set<String> PRIVACY = Set.of("min_groepsgrootte");
    private static final Set<String> STRALEN = Set.of("familie_km", "zorg_km", "werk_km", "netwerk_km");
    private static final Set<String> BEEINDIGING = Set.of("tijdslimiet", "onverbeterde_stappen", "zettenlimiet");
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private ConfigReader() {
    }

    /** Reads the file; throws {@link InputException} (or {@link InputProblemsException} for several problems). */
    public static MatchingConfig read(Path jsonFile) {
        return read(InputFile.of(jsonFile));
    }

    /** Reads a configuration from disk or memory, as {@link #read(Path)}. */
    public static MatchingConfig read(InputFile json) {
        return parse(json.path(), readJson(json), MatchingConfig.STANDAARD);
    }

    /** Reads a JSON file as a tree (duplicate keys refused); unreadable or invalid JSON is bad input with its line. */
    public static JsonNode readJson(Path jsonFile) {
        return readJson(InputFile.of(jsonFile));
    }

    /** {@link #readJson(Path)} from disk or memory. */
    public static JsonNode readJson(InputFile json) {
        Path jsonFile = json.path();
        try (InputStream in = json.open()) {
            return MAPPER.readTree(in);
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InputException(jsonFile, line, null, null, "geen geldige JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(jsonFile, "kan bestand niet lezen: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Parses a configuration object read elsewhere (for example one entry of a sweep grid) over a base
     * configuration: only the keys present replace the base's values. {@code file} only locates problems.
     */
    public static MatchingConfig parse(Path file, JsonNode root, MatchingConfig base) {
        return new Parse(file).config(root, base);
    }

    /** Parses a duration such as {@code 30s}, {@code 2m}, {@code 1h30m}, {@code 500ms} or ISO-8601 {@code PT30S}. */
    public static Duration parseDuration(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("lege tijdsduur");
        }
        if (s.charAt(0) == 'P' || s.charAt(0) == 'p') {
            try {
                return Duration.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("geen geldige tijdsduur: " + text, e);
            }
        }
        Matcher m = SIMPLE_DURATION.matcher(s);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            });
            end = m.end();
        }
        if (end != s.length()) {
            throw new IllegalArgumentException("geen geldige tijdsduur: " + text);
        }
        return total;
    }

    /** A duration in the short form this reader accepts: {@code 60s}, {@code 1500ms}. */
    public static String formatDuration(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    /** The full effective configuration in the config.json format (null for a switched-off limit). */
    public static ConfigJson effective(MatchingConfig c) {
        return ConfigJson.van(c);
    }

    /** One parse of one file, collecting every problem. */
    private static final class Parse {
        private final Path file;
        private final List<InputException> problems = new ArrayList<>();

        Parse(Path file) {
            this.file = file;
        }

        MatchingConfig config(JsonNode root, MatchingConfig base) {
            if (root == null || !root.isObject()) {
                throw new InputException(file, 0, null, null, "het bestand moet één JSON-object bevatten, {...}");
            }
            unknownKeys(root, "", TOP);
            MatchingConfig c = base;
            Gewichten gewichten = gewichten(root.get("gewichten"), c.gewichten());
            Stralen stralen = stralen(root.get("stralen"), c.stralen());
            Long tolerantie = integer(root.get("tolerantie"), "tolerantie", 0, Integer.MAX_VALUE, false);
            Beeindiging beeindiging = beeindiging(root.get("beeindiging"), c.beeindiging());
            Long seed = integer(root.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE, false);
            Groepsindeling indeling = groepsindeling(root.get("groepsgelijkheid"), c.groepsindeling());
            int minGroep = c.minGroepsgrootte();
            if (isObject(root.get("privacy"), "privacy")) {
                unknownKeys(root.get("privacy"), "privacy.", PRIVACY);
                Long v = integer(root.get("privacy").get("min_groepsgrootte"), "privacy.min_groepsgrootte", 1,
                        Integer.MAX_VALUE, false);
                minGroep = v == null ? minGroep : v.intValue();
            }
            if (!problems.isEmpty()) {
                throw InputProblemsException.of(problems);
            }
            return new MatchingConfig(gewichten, stralen, tolerantie == null ? c.tolerantie() : tolerantie.intValue(),
                    beeindiging, seed == null ? c.seed() : seed, indeling, minGroep);
        }

        /** {@code groepsgelijkheid.kolom}: whether the column exists is checked against the problem when solving. */
        private Groepsindeling groepsindeling(JsonNode node, Groepsindeling standaard) {
            if (!isObject(node, "groepsgelijkheid")) {
                return standaard;
            }
            unknownKeys(node, "groepsgelijkheid.", GROEPSGELIJKHEID);
            JsonNode kolom = node.get("kolom");
            if (kolom == null) {
                return standaard;
            }
            if (!kolom.isString() || kolom.stringValue().isBlank()) {
                problem("groepsgelijkheid.kolom", kolom, "moet de naam van een kolom van huishoudens.csv zijn, of \"huishoudtype\"");
                return standaard;
            }
            return new Groepsindeling(kolom.stringValue().strip());
        }

        private void problem(String key, JsonNode value, String message) {
            String shown = value == null ? null : value.toString();
            if (shown != null && shown.length() > 40) {
                shown = shown.substring(0, 40) + "…";
            }
            problems.add(new InputException(file, 0, null, null,
                    "sleutel '" + key + "'" + (shown == null ? "" : ", waarde " + shown) + ": " + message));
        }

        private void unknownKeys(JsonNode object, String prefix, Set<String> known) {
            for (String name : object.propertyNames()) {
                if (!known.contains(name)) {
                    problem(prefix + name, null, "onbekende sleutel; toegestaan zijn " + String.join(", ", known.stream().sorted().toList()));
                }
            }
        }

        private boolean isObject(JsonNode node, String key) {
            if (node == null || node.isNull()) {
                return false;
            }
            if (!node.isObject()) {
                problem(key, node, "moet een object {...} zijn");
                return false;
            }
            return true;
        }

        /** A whole number in range, or null when absent (or null where allowed); a bad one is reported. */
        private Long integer(JsonNode node, String key, long min, long max, boolean nullAllowed) {
            if (node == null || (nullAllowed && node.isNull())) {
                return null;
            }
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                problem(key, node, "moet een geheel getal zijn" + (nullAllowed ? " of null" : ""));
                return null;
            }
            long v = node.longValue();
            if (v < min || v > max) {
                problem(key, node, max == Integer.MAX_VALUE || max == Long.MAX_VALUE
                        ? (min == 0 ? "mag niet negatief zijn" : "moet minstens " + min + " zijn")
                        : "moet tussen " + min + " en " + max + " liggen");
                return null;
            }
            return v;
        }

        private Gewichten gewichten(JsonNode node, Gewichten standaard) {
            if (!isObject(node, "gewichten")) {
                return standaard;
            }
            Map<Regel, Long> overrides = new EnumMap<>(Regel.class);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = "gewichten." + e.getKey();
                Optional<Regel> regel = Regel.vanId(e.getKey());
                if (regel.isEmpty()) {
                    problem(key, null, "onbekende regel; bekend zijn "
                            + String.join(", ", java.util.Arrays.stream(Regel.values()).map(Regel::id).toList()));
                    continue;
                }
                Long w = integer(e.getValue(), key, 0, Long.MAX_VALUE, false);
                if (w != null) {
                    overrides.put(regel.get(), w);
                }
            }
            Gewichten g = standaard;
            for (Map.Entry<Regel, Long> e : overrides.entrySet()) {
                g = g.met(e.getKey(), e.getValue());
            }
            return g;
        }

        private Stralen stralen(JsonNode node, Stralen s) {
            if (!isObject(node, "stralen")) {
                return s;
            }
            unknownKeys(node, "stralen.", STRALEN);
            return new Stralen(km(node, "familie_km", s.familieKm()), km(node, "zorg_km", s.zorgKm()),
                    km(node, "werk_km", s.werkKm()), km(node, "netwerk_km", s.netwerkKm()));
        }

        private int km(JsonNode stralen, String name, int standaard) {
            Long v = integer(stralen.get(name), "stralen." + name, 0, 1000, false);
            return v == null ? standaard : v.intValue();
        }

        private Beeindiging beeindiging(JsonNode node, Beeindiging b) {
            if (!isObject(node, "beeindiging")) {
                return b;
            }
            unknownKeys(node, "beeindiging.", BEEINDIGING);
            Duration tijd = node.has("tijdslimiet") ? tijdslimiet(node.get("tijdslimiet")) : b.tijdslimiet();
            Integer stappen = b.onverbeterdeStappen();
            if (node.has("onverbeterde_stappen")) {
                Long v = integer(node.get("onverbeterde_stappen"), "beeindiging.onverbeterde_stappen", 1, Integer.MAX_VALUE - 1L, true);
                stappen = v == null ? null : v.intValue();
            }
            Long zetten = node.has("zettenlimiet")
                    ? integer(node.get("zettenlimiet"), "beeindiging.zettenlimiet", 1, Long.MAX_VALUE - 1, true)
                    : b.zettenlimiet();
            if (tijd == null && stappen == null && zetten == null && problems.isEmpty()) {
                problem("beeindiging", null, "minstens één van tijdslimiet, onverbeterde_stappen en zettenlimiet is nodig");
                return b;
            }
            return tijd == null && stappen == null && zetten == null ? b : new Beeindiging(tijd, stappen, zetten);
        }

        private Duration tijdslimiet(JsonNode node) {
            if (node.isNull()) {
                return null;
            }
            if (!node.isString()) {
                problem("beeindiging.tijdslimiet", node, "moet een tekst als \"30s\", \"2m\" of \"PT30S\" zijn, of null");
                return null;
            }
            try {
                Duration d = parseDuration(node.stringValue());
                if (d.isZero() || d.isNegative()) {
                    problem("beeindiging.tijdslimiet", node, "moet groter dan 0 zijn");
                    return null;
                }
                return d;
            } catch (IllegalArgumentException | ArithmeticException e) {
                problem("beeindiging.tijdslimiet", node, "geen geldige tijdsduur; gebruik bijvoorbeeld \"30s\", \"2m\" of \"PT30S\"");
                return null;
            }
        }
    }
}
