package nl.kansrijk.explain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.kansrijk.rules.Niveau;
import nl.kansrijk.rules.Regel;

/**
 * One reason (reden) in an explanation: a rule, the signed weighted score it adds, and the fact behind it in
 * Dutch, for example {@code +300 regioadvies 1 (Utrecht-Midden)}.
 *
 * @param regel the rule
 * @param punten the signed weighted score the rule adds (on the rule's level); 0 for a fact without score
 * @param feit the fact in Dutch, for example {@code 23 km van azc Zeist}
 */
public record Reden(Regel regel, long punten, String feit) {

    /**
     * The reason as read aloud: signed points (with the level when not soft) and the fact, with the rule's label
     * before a fact that starts with a number ({@code −46 afstand tot azc: 23 km van azc Zeist}).
     */
    public String tekst() {
        if (punten == 0) {
            return feit;
        }
        String getal = (punten > 0 ? "+" : "\u2212") + Math.abs(punten);
        String niveau = regel.niveau() == Niveau.SOFT ? "" : " " + regel.niveau().name().toLowerCase(Locale.ROOT);
        String tekst = !feit.isEmpty() && Character.isDigit(feit.charAt(0)) ? regel.label() + ": " + feit : feit;
        return getal + niveau + " " + tekst;
    }

    /** The reasons joined with {@code "; "}. */
    public static String tekst(List<Reden> redenen) {
        return redenen.stream().map(Reden::tekst).collect(Collectors.joining("; "));
    }
}
