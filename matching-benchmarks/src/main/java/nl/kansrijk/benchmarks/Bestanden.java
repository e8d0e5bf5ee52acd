package nl.kansrijk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes benchmark output files atomically (a temporary file in the same folder, then a rename). */
public final class Bestanden {

    private Bestanden() {
    }

    public static void schrijf(Path doel, List<String> regels) throws IOException {
        schrijf(doel, String.join("\n", regels) + "\n");
    }

    public static void schrijf(Path doel, String tekst) throws IOException {
        Path tmp = Files.createTempFile(doel.toAbsolutePath().getParent(), doel.getFileName().toString(), ".tmp");
        Files.writeString(tmp, tekst, StandardCharsets.UTF_8);
        Files.move(tmp, doel, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
