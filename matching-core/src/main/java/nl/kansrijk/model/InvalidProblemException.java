package nl.kansrijk.model;

import java.util.List;

/** Thrown when a problem cannot be solved as given; carries every problem found, each as a Dutch sentence. */
public class InvalidProblemException extends RuntimeException {

    private final transient List<String> problemen;

    public InvalidProblemException(List<String> problemen) {
        super(problemen.size() == 1 ? problemen.get(0)
                : problemen.size() + " problemen in de invoer:\n- " + String.join("\n- ", problemen));
        this.problemen = List.copyOf(problemen);
    }

    /** Every problem found, one sentence each. */
    public List<String> problemen() {
        return problemen;
    }
}
