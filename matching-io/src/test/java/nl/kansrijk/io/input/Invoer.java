package nl.kansrijk.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test helper: a writable copy of the valid fixture folder {@code invoer/geldig}, with edits. */
public final class Invoer {

    private final Path dir;

    private Invoer(Path dir) {
        this.dir = dir;
    }

    /** Copies the valid fixture into {@code target} (a JUnit temp dir). */
    public static Invoer geldig(Path target) {
        try {
            Path source = Path.of(Invoer.class.getResource("/invoer/geldig").toURI());
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
            return new Invoer(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public String text(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Invoer write(String name, String content) {
        try {
            Files.writeString(file(name), content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in the file (failing when it is not there exactly once). */
    public Invoer replace(String name, String from, String to) {
        String text = text(name);
        int at = text.indexOf(from);
        assertThat(at).as("'%s' in %s", from, name).isNotNegative();
        assertThat(text.indexOf(from, at + 1)).as("'%s' only once in %s", from, name).isNegative();
        return write(name, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    public Invoer delete(String name) {
        try {
            Files.delete(file(name));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
