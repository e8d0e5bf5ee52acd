package nl.kansrijk.wonen;

import java.time.LocalDate;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Woning;

/** The days a household waits for a dwelling (wachtdagen): from its permit to the dwelling's first day, at least 0. */
public final class Wachtdagen {

    private Wachtdagen() {
    }

    /**
     * {@code max(0, beschikbaar_vanaf − vergunningdatum)} in days; a household without a vergunningdatum counts from
     * {@code zonderVergunningdatum} (the first day of the period).
     */
    public static long van(Huishouden h, Woning w, LocalDate zonderVergunningdatum) {
        LocalDate vanaf = h.vergunningdatum() != null ? h.vergunningdatum() : zonderVergunningdatum;
        return w.wachtdagenVanaf(vanaf);
    }
}
