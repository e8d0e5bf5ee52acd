package nl.kansrijk.solve;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.rules.Bijdragen;

/**
 * The outcome for one household (koppeling): its gemeente or none, the status, the score contributions that
 * explain it, and for an unplaced household the reason.
 *
 * @param huishouden the household as given
 * @param gemeenteCode the linked gemeente, or {@code null} when not placed
 * @param status linked, pinned or not placed
 * @param bijdragen signed weighted score per rule for this household (per-household rules only)
 * @param reden why the household was not placed (Dutch), or {@code null}
 */
public record Koppeling(Huishouden huishouden, String gemeenteCode, Status status, Bijdragen bijdragen, String reden) {

    public String huishoudenId() {
        return huishouden.id();
    }

    public int personen() {
        return huishouden.personen();
    }

    public boolean isGeplaatst() {
        return gemeenteCode != null;
    }
}
