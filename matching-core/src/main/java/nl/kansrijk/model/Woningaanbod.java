package nl.kansrijk.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The housing supply given beside a matching problem (woningaanbod): the dwellings coming free per gemeente and
 * the regional pools. Both lists may be empty.
 *
 * @param woningen the dwellings, in input order
 * @param pools the regional pools, in input order
 */
public record Woningaanbod(List<Woning> woningen, List<Regiopool> pools) {

    /** No dwellings and no pools. */
    public static final Woningaanbod LEEG = new Woningaanbod(List.of(), List.of());

    public Woningaanbod {
        woningen = List.copyOf(woningen);
        pools = List.copyOf(pools);
    }

    /**
     * Whether the input marks accessibility: some dwelling has {@code toegankelijk} filled. Only then does a
     * household with a medical need (a {@code zorg_code}) need a dwelling marked accessible.
     */
    public boolean toegankelijkheidGemarkeerd() {
        return woningen.stream().anyMatch(w -> w.toegankelijk() != null);
    }

    /**
     * Whether a household fits a dwelling: by size, and, when the input marks accessibility
     * ({@link #toegankelijkheidGemarkeerd()}), accessible for a household with a medical need.
     */
    public static boolean past(Huishouden h, Woning w, boolean toegankelijkheidGemarkeerd) {
        return w.pastVoor(h.personen()) && (h.zorgCode() == null || !toegankelijkheidGemarkeerd || w.isToegankelijk());
    }

    /** The dwellings per gemeente code, each list in input order, the gemeenten in order of first appearance. */
    public Map<String, List<Woning>> perGemeente() {
        Map<String, List<Woning>> out = new LinkedHashMap<>();
        for (Woning w : woningen) {
            out.computeIfAbsent(w.gemeenteCode(), c -> new java.util.ArrayList<>()).add(w);
        }
        out.replaceAll((c, l) -> List.copyOf(l));
        return out;
    }
}
