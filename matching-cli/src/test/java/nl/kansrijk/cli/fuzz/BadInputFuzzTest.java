package nl.kansrijk.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.kansrijk.io.output.AtomicFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the command line with damaged input folders. Each case takes a valid base folder, applies one to three
 * {@link Mutation}s chosen by a seeded random, and runs {@code kansrijk validate} and {@code kansrijk solve} on it
 * in this JVM; one case in four then saves the folder as workbooks (one {@code invoer.xlsx} or one per file) and
 * most of those get one {@link WorkbookMutation} too. Every run must end with exit 0 and a complete output folder, or exit 2 with a message naming the
 * file (and line, for damage to one row) and no output folder; never a stack trace or exit 1, never a planted
 * attribute or BSN in what it prints, never a temporary folder left behind; and validate must agree with solve.
 *
 * <p>CI runs {@value #DEFAULT_CASES} cases from a fixed seed. Longer runs:
 * {@code ./mvnw -B -pl matching-cli -am verify -Dtest=BadInputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dkansrijk.fuzz.cases=5000 -Dkansrijk.fuzz.seed=42}. A failure names the case; replay it alone with
 * {@code -Dkansrijk.fuzz.only=N} (same seed).
 */
class BadInputFuzzTest {

    static final int DEFAULT_CASES = 250;
    static final long DEFAULT_SEED = 20_260_101L;

    @TempDir
    Path tmp;

    @Test
    void everyDamagedFolderEndsInAPlanOrALocatedError() throws Exception {
        int cases = Integer.getInteger("kansrijk.fuzz.cases", DEFAULT_CASES);
        long seed = Long.getLong("kansrijk.fuzz.seed", DEFAULT_SEED);
        Integer only = Integer.getInteger("kansrijk.fuzz.only");
        List<InputFiles> bases = FuzzBases.all(tmp.resolve("bases"));
        Mutation[] kinds = Mutation.values();
        Map<Mutation, Integer> used = new EnumMap<>(Mutation.class);
        Map<WorkbookMutation, Integer> usedInWorkbooks = new EnumMap<>(WorkbookMutation.class);
        WorkbookMutation[] workbookKinds = WorkbookMutation.values();
        int asWorkbook = 0;
        int valid = 0;
        int rejected = 0;
        for (int i = 0; i < cases; i++) {
            if (only != null && only != i) {
                continue;
            }
            Random rnd = new Random(seed * 1_000_003L + i);
            InputFiles files = bases.get(rnd.nextInt(bases.size()));
            int n = rnd.nextInt(10) < 6 ? 1 : rnd.nextInt(10) < 7 ? 2 : 3;
            List<String> done = new ArrayList<>();
            Set<String> secrets = new HashSet<>(Set.of(FuzzBases.PLANTED_NATIONALITY));
            boolean rowLevel = true;
            for (int k = 0; k < n; k++) {
                Mutation m = kinds[rnd.nextInt(kinds.length)];
                Mutation.Mutated r = m.apply(files, rnd);
                if (r == null) {
                    continue;
                }
                files = r.files();
                done.add(m.name() + " (" + r.description() + ")");
                secrets.addAll(r.secrets());
                rowLevel &= m.rowLevel();
                used.merge(m, 1, Integer::sum);
            }
            if (rnd.nextInt(4) == 0) {
                WorkbookMutation wm = rnd.nextInt(4) == 0 ? null : workbookKinds[rnd.nextInt(workbookKinds.length)];
                Mutation.Mutated converted = WorkbookMutation.toWorkbooks(files, rnd,
                        wm == WorkbookMutation.ALSO_AS_CSV);
                if (converted != null) {
                    files = converted.files();
                    done.add("AS_WORKBOOK (" + converted.description() + ")");
                    asWorkbook++;
                    List<String> books = WorkbookMutation.workbooks(files);
                    Mutation.Mutated r = wm == null || books.isEmpty() ? null
                            : wm == WorkbookMutation.ALSO_AS_CSV ? converted
                            : wm.apply(files, Mutation.pick(books, rnd), rnd);
                    if (r != null) {
                        files = r.files();
                        done.add(wm.name() + " (" + r.description() + ")");
                        rowLevel &= wm.rowLevel();
                        usedInWorkbooks.merge(wm, 1, Integer::sum);
                    }
                }
            }
            String context = "fuzz case " + i + " (seed " + seed + ", replay with -Dkansrijk.fuzz.only=" + i + "): " + done;
            boolean ok;
            try {
                ok = runCase(tmp.resolve("case-" + i), files, secrets, !done.isEmpty() && rowLevel, context);
            } catch (RuntimeException e) {
                throw new AssertionError(context + ": " + e, e); // name the case whatever went wrong
            }
            if (ok) {
                valid++;
            } else {
                rejected++;
            }
        }
        System.out.println("fuzz: " + (valid + rejected) + " cases, " + valid + " valid, " + rejected
                + " rejected (seed " + seed + "); mutations applied: " + used + "; as workbooks: " + asWorkbook
                + ", workbook mutations: " + usedInWorkbooks);
        assertThat(valid + rejected).isEqualTo(only == null ? cases : 1);
        if (only == null && cases >= 100) {
            assertThat(valid).as("some damage is harmless and must still give a plan").isPositive();
            assertThat(rejected).as("most damage must be refused").isGreaterThan(valid);
            assertThat(used.keySet()).as("every mutation kind was tried").containsExactlyInAnyOrder(kinds);
            assertThat(usedInWorkbooks.keySet()).as("every workbook mutation kind was tried")
                    .containsExactlyInAnyOrder(workbookKinds);
        }
    }

    /** Runs validate and solve on one case and checks both; returns whether the input was accepted. */
    static boolean runCase(Path caseDir, InputFiles files, Set<String> secrets, boolean lineExpected, String context)
            throws Exception {
        Path in = caseDir.resolve("in");
        Path parent = caseDir.resolve("out");
        Path out = parent.resolve("resultaat");
        files.write(in);
        java.nio.file.Files.createDirectories(parent);
        CliRun validate = CliRun.of("validate", in.toString());
        CliRun solve = CliRun.of("solve", in.toString(), "--out", out.toString(), "--no-timing");
        RunChecks.noCrash(validate, "validate, " + context);
        RunChecks.noCrash(solve, "solve, " + context);
        RunChecks.leaksNothing(validate, secrets, "validate, " + context);
        RunChecks.leaksNothing(solve, secrets, "solve, " + context);
        assertThat(solve.exit()).as("validate and solve agree on %s%nvalidate: %s%nsolve: %s", context, validate, solve)
                .isEqualTo(validate.exit());
        boolean ok = solve.exit() == 0;
        if (ok) {
            RunChecks.completeOutput(solve, out, context);
            RunChecks.onlyEntries(parent, List.of("resultaat"), context);
        } else {
            RunChecks.locatedRejection(validate, parent.resolve("niet-gemaakt"), lineExpected, "validate, " + context);
            RunChecks.locatedRejection(solve, out, lineExpected, "solve, " + context);
            RunChecks.onlyEntries(parent, List.of(), context);
        }
        AtomicFolder.deleteRecursively(caseDir);
        return ok;
    }
}
