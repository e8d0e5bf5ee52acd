package nl.kansrijk.benchmarks.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import nl.kansrijk.benchmarks.Instanties;
import nl.kansrijk.io.input.InputFolder;
import nl.kansrijk.io.input.ProblemReader;
import nl.kansrijk.io.input.ReadOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CSV parsing throughput: reading and validating the national sample folder with the CLI's reader, reported as
 * households per second (the folder's 6,600 {@code huishoudens.csv} rows dominate; the other files are small).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class CsvParsingBenchmark {

    static final int HUISHOUDENS = 6_600;

    private Path map;

    @Setup
    public void setUp() {
        map = Instanties.sampleData().resolve("nl-2026-h1");
        int n = ProblemReader.read(map, ReadOptions.DEFAULT).problem().huishoudens().size();
        if (n != HUISHOUDENS) {
            throw new IllegalStateException("expected " + HUISHOUDENS + " households in " + map + ", found " + n);
        }
    }

    @Benchmark
    @OperationsPerInvocation(HUISHOUDENS)
    public InputFolder lees() {
        return ProblemReader.read(map, ReadOptions.DEFAULT);
    }
}
