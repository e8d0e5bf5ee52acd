package nl.kansrijk.service.opslag;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * The H2 database file holds personal data: its folder is made readable for the server's own user only (0700) and
 * its files too (0600), whatever the umask (on file systems with POSIX permissions; elsewhere nothing is changed).
 */
final class H2Bestand {

    private H2Bestand() {
    }

    /** The database's base path ({@code ./werkbank-data/werkbank}) of an H2 file URL, or null for other URLs. */
    static Path pad(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:file:")) {
            return null;
        }
        String rest = jdbcUrl.substring("jdbc:h2:file:".length());
        int opties = rest.indexOf(';');
        return Path.of(opties < 0 ? rest : rest.substring(0, opties)).toAbsolutePath();
    }

    /** Before opening: the folder exists with 0700 (made so when new; an existing folder is narrowed too). */
    static void map(String jdbcUrl) {
        Path p = pad(jdbcUrl);
        if (p == null || !posix()) {
            return;
        }
        try {
            Files.createDirectories(p.getParent());
            Files.setPosixFilePermissions(p.getParent(), PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | UnsupportedOperationException e) {
            // a folder the user does not own: left as it is (H2 will say if it cannot write)
        }
    }

    /** After opening: the database's files ({@code werkbank.mv.db}, {@code .trace.db}, ...) are 0600. */
    static void bestanden(String jdbcUrl) {
        Path p = pad(jdbcUrl);
        if (p == null || !posix() || !Files.isDirectory(p.getParent())) {
            return;
        }
        String prefix = p.getFileName().toString() + ".";
        try (Stream<Path> s = Files.list(p.getParent())) {
            for (Path f : s.filter(f -> f.getFileName().toString().startsWith(prefix) && Files.isRegularFile(f)).toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // as above
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
