package nl.kansrijk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which input a start uses when the database already holds a period ({@code serve --input-from}): when DIR has
 * input files that differ from the stored ones, the werkbank refuses to start unless told to keep the database's
 * period ({@link #DATABASE}) or to load DIR as a new input version ({@link #MAP}).
 */
public enum Invoerkeuze {

    /** Not told: start only when DIR has no input files or the same ones as the database. */
    WEIGER,
    /** Keep the period in the database (DIR is not read). */
    DATABASE,
    /** Load DIR as a new input version (koppelingen of households still waiting are kept). */
    MAP;

    /** The known input files in {@code dir} by name; empty when the folder is missing or has none. */
    static Map<String, byte[]> bestandenIn(Path dir) {
        Map<String, byte[]> out = new TreeMap<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (Periode.NAMEN.contains(p.getFileName().toString())) {
                    out.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new Fout(400, "map", "invoermap " + dir + " is niet te lezen (" + e.getClass().getSimpleName() + ")");
        }
        return out;
    }

    /** The file names that differ (content, or present in one only) between the stored input and DIR's. */
    static List<String> verschil(Map<String, byte[]> opgeslagen, Map<String, byte[]> inMap) {
        Set<String> namen = new TreeSet<>(opgeslagen.keySet());
        namen.addAll(inMap.keySet());
        List<String> anders = new ArrayList<>();
        for (String n : namen) {
            byte[] a = opgeslagen.get(n);
            byte[] b = inMap.get(n);
            if (a == null || b == null || !Periode.sha256(a).equals(Periode.sha256(b))) {
                anders.add(n);
            }
        }
        return anders;
    }
}
