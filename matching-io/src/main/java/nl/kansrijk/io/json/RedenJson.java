package nl.kansrijk.io.json;

import nl.kansrijk.explain.Reden;

/** One reason for or against a gemeente: the rule, its points, the fact and the Dutch sentence. */
public record RedenJson(String regel, long punten, String feit, String tekst) {

    /** The JSON form of a reason. */
    public static RedenJson van(Reden r) {
        return new RedenJson(r.regel().id(), r.punten(), r.feit(), r.tekst());
    }
}
