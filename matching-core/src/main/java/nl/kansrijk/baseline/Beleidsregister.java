package nl.kansrijk.baseline;

import java.util.List;
import java.util.Optional;

import nl.kansrijk.solve.MatchingEngine;

/** The known placement policies by name: the engine and the three baselines. */
public final class Beleidsregister {

    /** Names of the baselines, in the order they appear in tables. */
    public static final List<String> BASELINES = List.of("willekeurig", "fcfs", "proportioneel");

    private Beleidsregister() {
    }

    /** Every policy: the engine first, then the baselines. */
    public static List<Plaatsingsbeleid> alle(MatchingEngine engine) {
        return List.of(new EngineBeleid(engine), new WillekeurigBeleid(), new FcfsBeleid(), new ProportioneelBeleid());
    }

    /** The policy with this name, if any. */
    public static Optional<Plaatsingsbeleid> vanNaam(String naam, MatchingEngine engine) {
        return alle(engine).stream().filter(b -> b.naam().equals(naam)).findFirst();
    }
}
