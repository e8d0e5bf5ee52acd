package nl.kansrijk.simulate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Koppelplan;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.rules.Bijdragen;
import nl.kansrijk.rules.Gewichten;
import nl.kansrijk.solve.Lasten;

/**
 * The greedy step (gretige stap) a regievoerder working by hand would take: one household at a time to the
 * gemeente that is best for it today, given how full every gemeente already is. "Best" is the largest change
 * in soft score the placement causes under the configured weights: the household's own contributions plus the
 * change in the gemeente's balans term. Only gemeenten that pass the household's hard rules and still have room
 * for all its persons qualify; with none, the household stays unplaced. Ties go to the gemeente first in input order.
 */
public final class GretigeStap {

    private GretigeStap() {
    }

    /**
     * The best gemeente for {@code p} with the given loads, or {@code null} when none has room.
     *
     * @param lasten persons linked so far per gemeente
     */
    public static Bestemming kies(Plaatsingseenheid p, Lasten lasten, Gewichten gewichten) {
        return kies(p, lasten, gewichten, Bestemming::toegestaneLast);
    }

    /**
     * The best gemeente for {@code p} with the given loads and a gemeente's allowed load given by {@code ruimte},
     * or {@code null} when none has room.
     */
    public static Bestemming kies(Plaatsingseenheid p, Lasten lasten, Gewichten gewichten,
            ToLongFunction<Bestemming> ruimte) {
        return kies(p, lasten, gewichten, ruimte, b -> 0L);
    }

    /**
     * As {@link #kies(Plaatsingseenheid, Lasten, Gewichten, ToLongFunction)}, judging each gemeente by its gain minus
     * {@code kosten} (for example the price of its places for later arrivals); ties to the first in input order.
     */
    public static Bestemming kies(Plaatsingseenheid p, Lasten lasten, Gewichten gewichten,
            ToLongFunction<Bestemming> ruimte, ToLongFunction<Bestemming> kosten) {
        Bestemming beste = null;
        long besteWinst = Long.MIN_VALUE;
        for (Bestemming b : p.getToegestaan()) {
            long last = lasten.personen(b);
            if (last + p.getPersonen() > ruimte.applyAsLong(b)) {
                continue;
            }
            // the soft change: the household's own contributions plus the change of the gemeente's balans term
            // (the bound load does not matter for the soft part)
            long winst = Bijdragen.plaatsingswinst(p, b, last, 0, gewichten).softScore() - kosten.applyAsLong(b);
            if (winst > besteWinst) {
                besteWinst = winst;
                beste = b;
            }
        }
        return beste;
    }

    /**
     * Places the households one after another in the given order, each with {@link #kies}, and adds each
     * placement to {@code lasten} (which is updated in place).
     *
     * @return gemeente code per placed household, in the given order; unplaced ones are absent
     */
    public static Map<String, String> plaats(List<Plaatsingseenheid> inVolgorde, Lasten lasten,
            Gewichten gewichten) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Plaatsingseenheid p : inVolgorde) {
            Bestemming b = kies(p, lasten, gewichten);
            if (b != null) {
                lasten.plaats(p, b);
                out.put(p.getId(), b.code());
            }
        }
        return out;
    }

    /** The loads of the pinned units of {@code plan}: the start of every batch. */
    public static Lasten vasteLasten(Koppelplan plan) {
        Lasten lasten = new Lasten(plan.getBestemmingen().size());
        for (Plaatsingseenheid p : plan.getEenheden()) {
            if (p.isVastgezet() && p.getBestemming() != null) {
                lasten.plaats(p, p.getBestemming());
            }
        }
        return lasten;
    }
}
