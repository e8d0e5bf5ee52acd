package nl.kansrijk.io.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One input file to read, from disk or from memory (an upload): the path that names it in messages (only its file
 * name is printed) and its bytes, opened as often as a reader needs them.
 */
public interface InputFile {

    /** The path that locates problems; for a file in memory just its name. */
    Path path();

    /** Its length in bytes, checked against the input limits before it is read. */
    long size() throws IOException;

    /** A fresh stream over its bytes. */
    InputStream open() throws IOException;

    /** The file on disk, when there is one (a workbook is then opened without reading it whole into memory). */
    Optional<Path> onDisk();

    /** The file's name. */
    default String name() {
        return path().getFileName().toString();
    }

    /** A file on disk. */
    static InputFile of(Path file) {
        return new OnDisk(file);
    }

    /** A file in memory, named {@code name} in messages. */
    static InputFile of(String name, byte[] bytes) {
        return new InMemory(Path.of(name), bytes.clone());
    }

    /** A file on disk. */
    record OnDisk(Path path) implements InputFile {
        @Override
        public long size() throws IOException {
            return Files.size(path);
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public Optional<Path> onDisk() {
            return Optional.of(path);
        }
    }

    /** A file held in memory. */
    record InMemory(Path path, byte[] bytes) implements InputFile {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public Optional<Path> onDisk() {
            return Optional.empty();
        }
    }
}
