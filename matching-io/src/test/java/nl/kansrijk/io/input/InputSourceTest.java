package nl.kansrijk.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.kansrijk.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read from memory (an upload) give what the same files give from a folder, and messages name the file. */
class InputSourceTest {

    @TempDir
    Path tmp;

    private static Map<String, byte[]> bytes(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void theSameFilesFromMemoryReadAsFromTheFolder() throws IOException {
        Invoer invoer = Invoer.geldig(tmp);
        InputFolder folder = ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT);
        InputFolder memory = ProblemReader.read(InputSource.inMemory(bytes(invoer.dir())), ReadOptions.DEFAULT);
        assertThat(memory.dir()).isEqualTo(Path.of("invoer"));
        assertThat(memory.sha256PerFile()).isEqualTo(folder.sha256PerFile());
        assertThat(memory.warnings()).isEqualTo(folder.warnings());
        assertThat(memory.uitExcel()).isEqualTo(folder.uitExcel());
        assertThat(memory.problem().huishoudens()).isEqualTo(folder.problem().huishoudens());
        assertThat(memory.problem().gemeenten()).isEqualTo(folder.problem().gemeenten());
        assertThat(memory.configFile().map(InputFile::name)).contains(ProblemReader.CONFIG_FILE);
        assertThat(ConfigReader.read(memory.configFile().orElseThrow()))
                .isEqualTo(ConfigReader.read(folder.configFile().orElseThrow()));
    }

    @Test
    void aProblemInAnUploadNamesTheUploadedFileAndLine() throws IOException {
        Invoer invoer = Invoer.geldig(tmp).replace("gemeenten.csv", "GM0363;Amsterdam", "GM363;Amsterdam");
        List<String> folder = ProblemReader.validate(invoer.dir(), ReadOptions.DEFAULT).stream()
                .map(InputException::getMessage).toList();
        InputException e = catchThrowableOfType(InputException.class,
                () -> ProblemReader.read(InputSource.inMemory(bytes(invoer.dir())), ReadOptions.DEFAULT));
        List<String> memory = InputProblemsException.problemsOf(e).stream().map(InputException::getMessage).toList();
        assertThat(memory).isEqualTo(folder).isNotEmpty();
        assertThat(memory.get(0)).startsWith("gemeenten.csv:").doesNotContain(tmp.toString());
    }

    @Test
    void aKoppelingenFileFromMemoryNamesItself() throws IOException {
        Invoer invoer = Invoer.geldig(tmp);
        InputFolder folder = ProblemReader.read(invoer.dir(), ReadOptions.DEFAULT);
        InputFile upload = InputFile.of("koppelingen.csv", "huishouden_id,gemeente_code\nH999,GM0363\n".getBytes());
        InputException e = catchThrowableOfType(InputException.class,
                () -> KoppelingenReader.read(upload, folder.problem(), ReadOptions.DEFAULT));
        assertThat(e.getMessage()).startsWith("koppelingen.csv:2: kolom 'huishouden_id'").contains("onbekend huishouden");
    }
}
