package nl.kansrijk.io.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the input tables of one period come from: a folder, or files given by name (an upload to the werkbank).
 * {@link ProblemReader} reads either the same way, so that every message is the same.
 */
public interface InputSource {

    /** The path that names the source in messages: the folder, or {@code invoer} for files in memory. */
    Path dir();

    /** Whether the source can be read at all (a folder that exists). */
    boolean exists();

    /** The file with this name, when the source has it. */
    Optional<InputFile> file(String name);

    /** The names of every file in the source, sorted. */
    List<String> names() throws IOException;

    /** The files of a folder on disk. */
    static InputSource folder(Path dir) {
        return new Folder(dir);
    }

    /** Files held in memory, name to content (an upload). */
    static InputSource inMemory(Map<String, byte[]> files) {
        Map<String, InputFile> byName = new TreeMap<>();
        files.forEach((name, bytes) -> byName.put(name, InputFile.of(name, bytes)));
        return new InMemory(Map.copyOf(byName));
    }

    /** A folder on disk. */
    record Folder(Path dir) implements InputSource {
        @Override
        public boolean exists() {
            return Files.isDirectory(dir);
        }

        @Override
        public Optional<InputFile> file(String name) {
            Path p = dir.resolve(name);
            return Files.isRegularFile(p) ? Optional.of(InputFile.of(p)) : Optional.empty();
        }

        @Override
        public List<String> names() throws IOException {
            try (Stream<Path> s = Files.list(dir)) {
                return s.map(p -> p.getFileName().toString()).sorted().toList();
            }
        }
    }

    /** Files in memory, under the name {@code invoer}. */
    record InMemory(Map<String, InputFile> files) implements InputSource {
        @Override
        public Path dir() {
            return Path.of("invoer");
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public Optional<InputFile> file(String name) {
            return Optional.ofNullable(files.get(name));
        }

        @Override
        public List<String> names() {
            return files.keySet().stream().sorted().toList();
        }
    }
}
