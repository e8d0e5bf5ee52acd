package nl.kansrijk.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The term (koppeltermijn) within which a household is linked after its permit: {@value #DAGEN} days. */
public final class Koppeltermijn {

    /** The longest time allowed between a permit and its koppeling, in days. */
    public static final int DAGEN = 14;

    private Koppeltermijn() {
    }

    /** The last day a household with this permit date may be linked. */
    public static LocalDate uiterlijk(LocalDate vergunningdatum) {
        return vergunningdatum.plusDays(DAGEN);
    }

    /** Days from the permit to {@code koppeldatum} (negative before the permit). */
    public static long dagenNaVergunning(LocalDate vergunningdatum, LocalDate koppeldatum) {
        return ChronoUnit.DAYS.between(vergunningdatum, koppeldatum);
    }

    /** Whether a household with this permit date linked on {@code koppeldatum} is within the term (not before the permit). */
    public static boolean binnen(LocalDate vergunningdatum, LocalDate koppeldatum) {
        long dagen = dagenNaVergunning(vergunningdatum, koppeldatum);
        return dagen >= 0 && dagen <= DAGEN;
    }

    /** Days left on {@code vandaag} until the term of a household with this permit date ends (negative when past). */
    public static long dagenOver(LocalDate vergunningdatum, LocalDate vandaag) {
        return ChronoUnit.DAYS.between(vandaag, uiterlijk(vergunningdatum));
    }
}
