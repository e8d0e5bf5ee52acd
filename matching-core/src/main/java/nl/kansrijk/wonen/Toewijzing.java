package nl.kansrijk.wonen;

import java.util.Objects;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Woning;

/**
 * One linked household's dwelling (toewijzing): the dwelling assigned in its gemeente and the days it waits for it,
 * or no dwelling when none fits.
 *
 * @param huishouden the household
 * @param gemeenteCode the gemeente it is linked to
 * @param woning the dwelling assigned, or {@code null} when nothing fits
 * @param wachtdagen {@code max(0, beschikbaar_vanaf − vergunningdatum)} in days, or {@code null} without a dwelling
 */
public record Toewijzing(Huishouden huishouden, String gemeenteCode, Woning woning, Long wachtdagen) {

    public Toewijzing {
        Objects.requireNonNull(huishouden, "huishouden");
        Objects.requireNonNull(gemeenteCode, "gemeenteCode");
        if ((woning == null) != (wachtdagen == null)) {
            throw new IllegalArgumentException("wachtdagen hoort bij een woning en alleen daarbij");
        }
    }

    /** Whether the household has a dwelling. */
    public boolean isGehuisvest() {
        return woning != null;
    }

    /** Persons × wachtdagen: what the toewijzing minimises after the households housed (0 without a dwelling). */
    public long persoonsdagen() {
        return woning == null ? 0 : huishouden.personen() * wachtdagen;
    }
}
