package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code hash-wachtwoord}: at least 12 characters, and the new cost (600,000 iterations). */
class HashWachtwoordTest {

    private static String[] run(String invoer) {
        InputStream oud = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(invoer.getBytes(StandardCharsets.UTF_8)));
            CommandLine cmd = new CommandLine(new HashWachtwoordCommand());
            cmd.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
            int code = cmd.execute();
            return new String[] {String.valueOf(code), out.toString(), err.toString()};
        } finally {
            System.setIn(oud);
        }
    }

    @Test
    void shortPasswordsAreRefusedAndNewHashesHaveTheNewCost() {
        String[] kort = run("elf-tekens!\n");
        assertThat(kort[0]).isEqualTo("2");
        assertThat(kort[2]).contains("minstens 12");
        String[] goed = run("twaalf-tekens\n");
        assertThat(goed[0]).isEqualTo("0");
        assertThat(goed[1]).startsWith("pbkdf2-sha256:600000:");
    }
}
