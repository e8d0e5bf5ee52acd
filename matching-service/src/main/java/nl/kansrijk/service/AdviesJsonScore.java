package nl.kansrijk.service;

import java.util.Map;

import nl.kansrijk.io.output.ResultWriter;
import nl.kansrijk.solve.MatchingResult;

/** A plan's score as the JSON object of docs/advice.md: {@code {hard, medium, soft, tekst}}. */
final class AdviesJsonScore {

    private AdviesJsonScore() {
    }

    static Map<String, Object> score(MatchingResult r) {
        var s = r.score();
        return ResultWriter.ordered("hard", s.hardScore(), "medium", s.mediumScore(), "soft", s.softScore(), "tekst", s.toString());
    }
}
