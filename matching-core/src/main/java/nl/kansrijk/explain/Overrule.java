package nl.kansrijk.explain;

import java.util.Objects;

/**
 * A regievoerder's decision to link a household to another gemeente than advised (overrule), with the reason
 * given in free text; written beside the engine's koppelingen so the audit trail shows human decisions.
 *
 * @param huishoudenId the household
 * @param gemeenteCode the gemeente chosen
 * @param reden the reason given, free text (not blank)
 */
public record Overrule(String huishoudenId, String gemeenteCode, String reden) {

    public Overrule {
        Objects.requireNonNull(huishoudenId, "huishoudenId");
        Objects.requireNonNull(gemeenteCode, "gemeenteCode");
        if (reden == null || reden.isBlank()) {
            throw new IllegalArgumentException("an overrule needs a reason");
        }
        reden = reden.strip();
    }
}
