package nl.kansrijk.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One member of a household (persoon) as {@code personen.csv} lists it: its label within the household, whether it is
 * an adult, its sex where given, and its own predicted probabilities from the person rows of {@code kansen.csv}.
 * Pseudonymous: the label only tells the household's members apart.
 *
 * @param label the person's label, unique within the household (for example {@code P1})
 * @param volwassene whether the person is an adult (else a child)
 * @param geslacht the person's sex as given ({@code v}, {@code m} or {@code x}), or {@code null} when not given
 * @param uitkomstkans the person's own predicted probability 0–1 per arbeidsmarktregio code (may be empty)
 */
public record Persoon(String label, boolean volwassene, String geslacht, Map<String, Double> uitkomstkans) {

    public Persoon {
        Objects.requireNonNull(label, "label");
        uitkomstkans = uitkomstkans == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(uitkomstkans));
    }
}
