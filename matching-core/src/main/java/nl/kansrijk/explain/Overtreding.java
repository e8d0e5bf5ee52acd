package nl.kansrijk.explain;

import nl.kansrijk.rules.Regel;

/**
 * A broken hard rule (overtreding) in a plan: a household outside its hard criteria, or a gemeente over its
 * taakstelling.
 *
 * @param huishoudenId the household, or {@code null} for a gemeente's taakstelling
 * @param gemeenteCode the gemeente
 * @param regel the hard rule
 * @param punten the signed hard score it costs
 * @param tekst what is wrong, in Dutch (for example {@code medische zorg: 64 km van Umc Cestad, maximaal 30})
 */
public record Overtreding(String huishoudenId, String gemeenteCode, Regel regel, long punten, String tekst) {
}
