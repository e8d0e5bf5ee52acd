package nl.kansrijk.io.output;

import java.time.Duration;
import java.util.Map;

/**
 * What a run records besides the result, so it can be reproduced and audited.
 *
 * @param engineVersie version of the engine
 * @param invoerSha256 SHA-256 (hex) per input file name
 * @param configuratie the full effective configuration
 * @param rekentijd time spent solving, or {@code null} to leave timing out (for byte-identical reruns)
 * @param waarschuwingen warnings from reading the input
 */
public record RunInfo(String engineVersie, Map<String, String> invoerSha256, nl.kansrijk.io.json.ConfigJson configuratie,
        Duration rekentijd, java.util.List<String> waarschuwingen) {
}
