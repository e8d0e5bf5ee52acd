package nl.kansrijk.io.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder replaced whole or not at all. */
class AtomicFolderTest {

    @TempDir
    Path tmp;

    @Test
    void writesNewFolderAndReplacesOldOneWhole() throws IOException {
        Path out = tmp.resolve("uit");
        AtomicFolder.write(out, d -> {
            Files.writeString(d.resolve("a.txt"), "1");
            Files.writeString(d.resolve("b.txt"), "1");
        });
        AtomicFolder.write(out, d -> Files.writeString(d.resolve("a.txt"), "2"));
        assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo("2");
        assertThat(out.resolve("b.txt")).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("uit");
        }
    }

    @Test
    void failedWriteLeavesPreviousOutputAndNoTemporaryFolder() throws IOException {
        Path out = tmp.resolve("uit");
        AtomicFolder.write(out, d -> Files.writeString(d.resolve("a.txt"), "goed"));
        assertThatThrownBy(() -> AtomicFolder.write(out, d -> {
            Files.writeString(d.resolve("a.txt"), "half");
            throw new IOException("schijf vol");
        })).hasMessageContaining("schijf vol");
        assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo("goed");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("uit");
        }
    }
}
