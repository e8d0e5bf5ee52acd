package nl.kansrijk.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import nl.kansrijk.model.Bestemming;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Plaatsingseenheid;
import nl.kansrijk.solve.PlanContext;

/**
 * One way of drawing the households that arrive after today (latere trekking), for the price policy's sampled
 * futures: the announced nareizigers not yet arrived and the households kept for a later batch as they are, and
 * draws from the {@link Verwachting}'s pool.
 * Of the expected later arrivals, the nareizigers' share is that of the pool; those announced already are
 * counted against it, so the draws hold the nareizigers not announced yet (most are announced weeks before they
 * come, so early in the period nearly all later nareizigers are still unannounced). A drawn nareiziger keeps the
 * make-up of the one it is drawn as, but its family lives in a gemeente drawn in proportion to the capacities
 * (families of earlier permit holders live where earlier taakstellingen placed them): copying the family gemeente
 * of a nareiziger already seen would reserve room where no later nareiziger goes. Every other household is drawn
 * in two halves, each from a household of the pool, with replacement: its make-up, hard ties, wishes and network
 * from one, its azc, regioadvies and sectors (where it could work) from another. Early in the period the pool is
 * thin, and whole copies would bring back the few large families seen so far with their very regions; drawn in
 * halves, the later large families are spread over the regions the way all households are (generated 2,000- and
 * 4,000-household half years: +0.3 to +0.4 % of hindsight's soft score on the mean of 3–4 seeds, see
 * docs/dynamic.md). The halves are drawn independently, so a correlation between a household's make-up and its
 * region in the pool is not kept. Immutable; {@link #trek} depends only on the random stream it is given.
 */
final class LaterTrekking {

    private final List<Plaatsingseenheid> bekend;
    private final List<Plaatsingseenheid> anderen;
    private final List<Huishouden> nareizigers;
    private final PlanContext ctx;
    private final List<Bestemming> bestemmingen;
    private final double[] cumulatief;
    private final int aantalAnderen;
    private final int aantalNareizigers;

    LaterTrekking(SimulatieStand stand, Verwachting verwachting, PlanContext ctx) {
        this.ctx = ctx;
        this.bestemmingen = ctx.bestemmingen();
        List<Plaatsingseenheid> b = new ArrayList<>();
        for (Huishouden h : stand.aangekondigd()) {
            b.add(ctx.eenheid(h.metGekoppeldGemeente(null)));
        }
        for (Huishouden h : stand.wachtend()) {
            b.add(ctx.eenheid(h.metGekoppeldGemeente(null)));
        }
        this.bekend = List.copyOf(b);
        List<Huishouden> pool = verwachting.pool(stand);
        List<Plaatsingseenheid> a = new ArrayList<>();
        List<Huishouden> na = new ArrayList<>();
        for (Huishouden h : pool) {
            if (h.isNareiziger()) {
                na.add(h.metGekoppeldGemeente(null));
            } else {
                a.add(ctx.eenheid(h.metGekoppeldGemeente(null)));
            }
        }
        this.anderen = List.copyOf(a);
        this.nareizigers = List.copyOf(na);
        this.cumulatief = new double[bestemmingen.size()];
        double som = 0;
        for (Bestemming x : bestemmingen) {
            som += Math.max(0, x.capaciteit());
            cumulatief[x.index()] = som;
        }
        long later = pool.isEmpty() ? 0 : Math.max(0, verwachting.aantal(stand));
        long laterNareizigers = Math.round(later * (double) na.size() / Math.max(1, pool.size()));
        this.aantalAnderen = anderen.isEmpty() ? 0 : (int) Math.min(Integer.MAX_VALUE / 4, later - laterNareizigers);
        this.aantalNareizigers = som <= 0 ? 0
                : (int) Math.min(Integer.MAX_VALUE / 4, Math.max(0, laterNareizigers - stand.aangekondigd().size()));
    }

    /**
     * The announced nareizigers not yet arrived and the households waiting for a later batch
     * ({@link SimulatieStand#wachtend()}), in every sample as they are.
     */
    List<Plaatsingseenheid> bekend() {
        return bekend;
    }

    /** Households drawn per sample: nareizigers not announced yet and the others. */
    int getrokken() {
        return aantalAnderen + aantalNareizigers;
    }

    /** Drawn nareizigers per sample (announced ones not counted). */
    int getrokkenNareizigers() {
        return aantalNareizigers;
    }

    /** One sample of the later arrivals: the announced nareizigers, the waiting households, then the draws. */
    List<Plaatsingseenheid> trek(SplittableRandom rng) {
        List<Plaatsingseenheid> uit = new ArrayList<>(bekend.size() + getrokken());
        uit.addAll(bekend);
        for (int i = 0; i < aantalAnderen; i++) {
            Plaatsingseenheid p = anderen.get(rng.nextInt(anderen.size()));
            Huishouden q = anderen.get(rng.nextInt(anderen.size())).getHuishouden();
            uit.add(metLigging(p, q));
        }
        for (int i = 0; i < aantalNareizigers; i++) {
            Huishouden h = nareizigers.get(rng.nextInt(nareizigers.size()));
            String familie = bestemmingen.get(gemeente(rng.nextDouble() * cumulatief[cumulatief.length - 1])).code();
            uit.add(ctx.eenheid(h.toBuilder().nareizigerVanGemeente(familie).nareizigerAangekondigd(null).build()));
        }
        return uit;
    }

    /**
     * The household {@code p} with the azc, regioadvies and sectors of {@code q}: its make-up, hard ties, wishes and
     * network stay, so its allowed gemeenten do too (no hard rule reads these three fields).
     */
    private Plaatsingseenheid metLigging(Plaatsingseenheid p, Huishouden q) {
        Huishouden h = p.getHuishouden();
        if (h == q) {
            return new Plaatsingseenheid(h, p.getProfiel(), p.getToegestaan(), false, null);
        }
        Huishouden gemengd = h.toBuilder().azcCode(q.azcCode()).regioadvies(q.regioadvies()).sectoren(q.sectoren()).build();
        return new Plaatsingseenheid(gemengd, ctx.profiel(gemengd), p.getToegestaan(), false, null);
    }

    /** The first gemeente whose cumulative capacity exceeds {@code u} (one with capacity 0 is never drawn). */
    private int gemeente(double u) {
        int lo = 0;
        int hi = cumulatief.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulatief[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
