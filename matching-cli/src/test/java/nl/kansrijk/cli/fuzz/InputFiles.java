package nl.kansrijk.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files of an input folder held in memory (name to bytes, sorted by name), so they can be mutated and written. */
record InputFiles(Map<String, byte[]> files) {

    InputFiles {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** Every regular file directly in {@code dir}. */
    static InputFiles read(Path dir) {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InputFiles(m);
    }

    /** Writes every file into {@code dir} (created). */
    void write(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Files.write(dir.resolve(e.getKey()), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> names() {
        return List.copyOf(files.keySet());
    }

    byte[] bytes(String name) {
        return files.get(name);
    }

    String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    InputFiles with(String name, byte[] content) {
        Map<String, byte[]> m = new TreeMap<>(files);
        m.put(name, content);
        return new InputFiles(m);
    }

    InputFiles with(String name, String content) {
        return with(name, content.getBytes(StandardCharsets.UTF_8));
    }

    InputFiles without(String name) {
        Map<String, byte[]> m = new TreeMap<>(files);
        m.remove(name);
        return new InputFiles(m);
    }

    /** The file's lines without their line ends (a trailing line end gives no extra empty line). */
    List<String> lines(String name) {
        String t = text(name);
        List<String> out = new ArrayList<>(Arrays.asList(t.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** This set with the file's lines replaced (joined with LF, with a trailing LF). */
    InputFiles withLines(String name, List<String> lines) {
        return with(name, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }

    /** The CSV files (every file but config.json). */
    List<String> csvNames() {
        return files.keySet().stream().filter(n -> n.endsWith(".csv")).toList();
    }
}
