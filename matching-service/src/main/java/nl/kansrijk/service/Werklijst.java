package nl.kansrijk.service;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The werkbank's worklist: the households filtered (status, search text, azc, arbeidsmarktregio, size, days left),
 * sorted and cut into a page, so that a regievoerder finds any household of a national period, waiting or linked.
 */
public final class Werklijst {

    /** The sort keys {@code sorteer} accepts; {@code dagen} (the default) is the order of the permits. */
    public static final Set<String> SORTERINGEN = Set.of("dagen", "personen", "azc", "id", "gemeente");
    /** The statuses {@code status} accepts. */
    public static final Set<String> STATUSSEN = Set.of("wachtend", "gekoppeld", "vast");
    /** Largest page. */
    public static final int MAX_AANTAL = 1_000;

    /**
     * What the regievoerder asks for; every filter {@code null} when not given.
     *
     * @param zoek part of the household id, or of the code or name of its gemeente (case-insensitive)
     * @param regio an arbeidsmarktregio code: in the household's regioadvies or the region of its gemeente
     * @param dagenMax at most this many days left of the term (overdue ones included)
     * @param aflopend sort descending
     * @param van the first row (0-based) of the page
     * @param aantal rows in the page, or {@code null} for all
     */
    public record Vraag(String status, String zoek, String azc, String regio, Integer personenMin, Integer personenMax,
            Integer dagenMax, String sorteer, boolean aflopend, int van, Integer aantal) {
    }

    /** One page of the list and how many households match in all. */
    public record Pagina(List<HuishoudenJson> huishoudens, int totaal) {
    }

    private static final Map<String, Comparator<HuishoudenJson>> VOLGORDE = Map.of(
            "personen", Comparator.comparingInt(HuishoudenJson::personen),
            "azc", Comparator.comparing(leeg(HuishoudenJson::azcCode)),
            "id", Comparator.comparing(HuishoudenJson::huishoudenId),
            "gemeente", Comparator.comparing(leeg(HuishoudenJson::gemeenteNaam)));

    private Werklijst() {
    }

    /** The page of {@code alle} (in permit order) that answers {@code v}. */
    static Pagina pagina(List<HuishoudenJson> alle, Map<String, String> regioVanGemeente, Vraag v) {
        String zoek = v.zoek() == null || v.zoek().isBlank() ? null : v.zoek().strip().toLowerCase(Locale.ROOT);
        List<HuishoudenJson> lijst = alle.stream()
                .filter(h -> v.status() == null || v.status().equals(h.status()))
                .filter(h -> zoek == null || bevat(h.huishoudenId(), zoek) || bevat(h.gemeenteCode(), zoek)
                        || bevat(h.gemeenteNaam(), zoek))
                .filter(h -> v.azc() == null || v.azc().equalsIgnoreCase(h.azcCode()))
                .filter(h -> v.regio() == null || h.regioadvies().contains(v.regio())
                        || (h.gemeenteCode() != null && v.regio().equals(regioVanGemeente.get(h.gemeenteCode()))))
                .filter(h -> v.personenMin() == null || h.personen() >= v.personenMin())
                .filter(h -> v.personenMax() == null || h.personen() <= v.personenMax())
                .filter(h -> v.dagenMax() == null || (h.dagenOver() != null && h.dagenOver() <= v.dagenMax()))
                .toList();
        Comparator<HuishoudenJson> c = v.sorteer() == null ? null : VOLGORDE.get(v.sorteer());
        if (c != null) {
            lijst = lijst.stream().sorted(v.aflopend() ? c.reversed() : c).toList();
        } else if (v.aflopend()) {
            lijst = lijst.reversed();
        }
        int van = Math.min(v.van(), lijst.size());
        int tot = v.aantal() == null ? lijst.size() : (int) Math.min(lijst.size(), (long) van + v.aantal());
        return new Pagina(List.copyOf(lijst.subList(van, tot)), lijst.size());
    }

    private static boolean bevat(String waarde, String zoek) {
        return waarde != null && waarde.toLowerCase(Locale.ROOT).contains(zoek);
    }

    private static Function<HuishoudenJson, String> leeg(Function<HuishoudenJson, String> f) {
        return h -> f.apply(h) == null ? "\uffff" : f.apply(h);
    }
}
