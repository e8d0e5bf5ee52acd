package nl.kansrijk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One root: the batch commands and the werkbank's commands answer under the same {@code kansrijk}. */
class KansrijkTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Kansrijk.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void everyCommandIsASubcommandOfTheOneRoot() {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("solve", "validate", "advise", "explain", "simulate", "serve", "hash-wachtwoord");
        assertThat(run("serve", "--help").out()).contains("Usage: kansrijk serve").contains("--database");
        assertThat(run("solve", "--help").out()).contains("Usage: kansrijk solve");
    }

    @Test
    void aWerkbankFailureIsReportedInTheWerkbanksWordsAndABatchFailureInTheCommandLines() {
        Run serve = run("serve", tmp.resolve("bestaat-niet").toString(), "--port", "0",
                "--database", "jdbc:h2:mem:kansrijk-test");
        assertThat(serve.exit()).as(serve.toString()).isEqualTo(2);
        assertThat(serve.err()).startsWith("kansrijk serve: ").contains("bestaat niet");
        Run solve = run("solve", tmp.resolve("bestaat-niet").toString(), "--out", tmp.resolve("uit").toString());
        assertThat(solve.exit()).isEqualTo(2);
        assertThat(solve.err()).startsWith("fout: ");
    }
}
