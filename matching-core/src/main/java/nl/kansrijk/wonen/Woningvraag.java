package nl.kansrijk.wonen;

import java.util.Objects;

import nl.kansrijk.model.Huishouden;

/**
 * A linked household that needs a dwelling (woningvraag): the household and the gemeente it is linked to.
 *
 * @param huishouden the household
 * @param gemeenteCode the gemeente of its koppeling (made now or pinned)
 */
public record Woningvraag(Huishouden huishouden, String gemeenteCode) {

    public Woningvraag {
        Objects.requireNonNull(huishouden, "huishouden");
        Objects.requireNonNull(gemeenteCode, "gemeenteCode");
    }
}
