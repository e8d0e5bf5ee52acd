package nl.kansrijk.io.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes an output folder atomically: everything goes into a temporary sibling folder, which replaces the target
 * only when complete. A failed run leaves the previous folder (if any) untouched and no temporary folder behind.
 */
public final class AtomicFolder {

    /** Fills a folder; throwing aborts the write. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path tempDir) throws IOException;
    }

    private AtomicFolder() {
    }

    /** Fills a temporary folder next to {@code target} and then moves it into place. */
    public static void write(Path target, Filler filler) {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        try {
            Files.createDirectories(parent);
            if (Files.exists(abs) && !Files.isDirectory(abs)) {
                throw new IOException(abs + " bestaat al en is geen map");
            }
            Path tmp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".tmp-");
            try {
                filler.fill(tmp);
                makeReadable(tmp);
                if (Files.exists(abs)) {
                    Path old = Files.createTempDirectory(parent, "." + abs.getFileName() + ".old-");
                    Files.delete(old);
                    move(abs, old);
                    try {
                        move(tmp, abs);
                    } catch (IOException e) {
                        move(old, abs);
                        throw e;
                    }
                    deleteRecursively(old);
                } else {
                    move(tmp, abs);
                }
            } finally {
                if (Files.exists(tmp)) {
                    deleteRecursively(tmp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("kon uitvoermap " + target + " niet schrijven: " + e.getMessage(), e);
        }
    }

    /** A temporary folder is created owner-only; the finished output gets ordinary permissions (rwxr-xr-x). */
    private static void makeReadable(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
