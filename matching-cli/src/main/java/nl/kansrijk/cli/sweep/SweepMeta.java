package nl.kansrijk.cli.sweep;

import java.util.List;
import java.util.Map;

/**
 * {@code sweep.json}: what a sweep output (or one shard of it) came from, so shards can be checked before they are
 * merged and a run can be reproduced.
 *
 * @param engineVersie the engine version
 * @param titel heading of the report
 * @param beschrijving one line about input and grid
 * @param invoerSha256 SHA-256 per input file
 * @param definitieSha256 SHA-256 of {@code definitie} as written: equal for shards of the same sweep
 * @param definitie the effective sweep: base configuration, settings, seeds, baselines and report choices
 * @param shardIndex this shard, 0-based (0 for a whole sweep)
 * @param shardAantal number of shards (1 for a whole sweep)
 * @param runsTotaal runs in the whole sweep
 * @param x the report's horizontal measure
 * @param y the report's vertical measure
 * @param detailRuns runs whose detail overview the report shows (engine first, then each baseline)
 */
public record SweepMeta(String engineVersie, String titel, String beschrijving, Map<String, String> invoerSha256,
        String definitieSha256, SweepDefinitie definitie, int shardIndex, int shardAantal, int runsTotaal,
        String x, String y, List<Integer> detailRuns) {

    /** File name. */
    public static final String BESTAND = "sweep.json";

    /** SHA-256 (hex) of a sweep definition as written in sweep.json. */
    public static String sha256(SweepDefinitie definitie) {
        byte[] tekst = SweepUitvoer.JSON.writeValueAsString(definitie).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(tekst));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The same sweep as a whole (after merging its shards). */
    public SweepMeta geheel() {
        return new SweepMeta(engineVersie, titel, beschrijving, invoerSha256, definitieSha256, definitie, 0, 1, runsTotaal,
                x, y, detailRuns);
    }
}
