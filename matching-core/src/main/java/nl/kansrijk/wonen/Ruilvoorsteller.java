package nl.kansrijk.wonen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Periode;
import nl.kansrijk.model.Regiopool;
import nl.kansrijk.model.Woning;
import nl.kansrijk.model.Woningaanbod;
import nl.kansrijk.solve.GemeenteResultaat;
import nl.kansrijk.solve.Koppeling;
import nl.kansrijk.solve.MatchingResult;
import nl.kansrijk.solve.Status;

/**
 * Proposes exchanges of pinned households between the gemeenten of a regional pool that house more households (or
 * as many with fewer person-days), judged by the exact toewijzing of both gemeenten before and after. Tries every
 * move of one pinned household to another member and every swap of two pinned households of two members that the
 * hard rules allow and that keep both gemeenten within the pool's tolerance of their own taakstelling + achterstand
 * (or no further from it than before); the pool's total is unchanged by construction. Each proposal is judged
 * against the current plan; the list holds the best ones, no household in two. Deterministic.
 */
public final class Ruilvoorsteller {

    private final Woningaanbod aanbod;
    private final BiPredicate<Huishouden, String> toegestaan;
    private final LocalDate zonderVergunningdatum;
    private final boolean toegankelijkheid;
    private final Map<String, List<Woning>> woningen;
    private final Map<String, List<Huishouden>> perGemeente = new LinkedHashMap<>();
    private final Map<String, List<Huishouden>> vastPerGemeente = new HashMap<>();
    private final Map<String, Long> personen = new HashMap<>();
    private final Map<String, Long> opgave = new HashMap<>();
    private final Map<String, long[]> basis = new HashMap<>();
    /** Per gemeente the households the base toewijzing houses. */
    private final Map<String, Set<Huishouden>> gehuisvest = new HashMap<>();
    /** Per gemeente and household id the value of the gemeente without that household. */
    private final Map<String, long[]> zonder = new HashMap<>();

    private Ruilvoorsteller(MatchingResult r, Woningaanbod aanbod, BiPredicate<Huishouden, String> toegestaan,
            Predicate<Koppeling> verplaatsbaar) {
        this.aanbod = aanbod;
        this.toegestaan = toegestaan;
        this.zonderVergunningdatum = Periode.van(r.periode()).start();
        this.toegankelijkheid = aanbod.toegankelijkheidGemarkeerd();
        this.woningen = aanbod.perGemeente();
        for (Koppeling k : r.koppelingen()) {
            if (k.isGeplaatst()) {
                perGemeente.computeIfAbsent(k.gemeenteCode(), c -> new ArrayList<>()).add(k.huishouden());
                if (verplaatsbaar.test(k)) {
                    vastPerGemeente.computeIfAbsent(k.gemeenteCode(), c -> new ArrayList<>()).add(k.huishouden());
                }
            }
        }
        for (GemeenteResultaat g : r.gemeenten()) {
            personen.put(g.gemeente().code(), g.taakstelling().gerealiseerd() + g.gekoppeldePersonen());
            opgave.put(g.gemeente().code(), (long) g.taakstelling().opgave());
        }
    }

    /**
     * The best exchange proposals of a result's pinned households, at most {@code max}, best first.
     *
     * @param toegestaan whether the hard rules allow a household in a gemeente
     */
    public static List<Ruilvoorstel> voorstellen(MatchingResult r, Woningaanbod aanbod,
            BiPredicate<Huishouden, String> toegestaan, int max) {
        return voorstellen(r, aanbod, toegestaan, max, k -> k.status() == Status.VASTGEZET);
    }

    /**
     * As above, moving only the koppelingen {@code verplaatsbaar} names (the werkbank: the koppelingen decided there,
     * which a regievoerder may move; the others stay where they are and count in their gemeente's toewijzing).
     */
    public static List<Ruilvoorstel> voorstellen(MatchingResult r, Woningaanbod aanbod,
            BiPredicate<Huishouden, String> toegestaan, int max, Predicate<Koppeling> verplaatsbaar) {
        return new Ruilvoorsteller(r, aanbod, toegestaan, verplaatsbaar).zoek(max);
    }

    private List<Ruilvoorstel> zoek(int max) {
        List<Ruilvoorstel> alle = new ArrayList<>();
        for (Regiopool pool : aanbod.pools()) {
            List<String> leden = pool.gemeenteCodes().stream().filter(opgave::containsKey).toList();
            for (int a = 0; a < leden.size(); a++) {
                for (int b = 0; b < leden.size(); b++) {
                    if (a != b) {
                        verplaatsingen(pool, leden.get(a), leden.get(b), alle);
                    }
                    if (a < b) {
                        ruilen(pool, leden.get(a), leden.get(b), alle);
                    }
                }
            }
        }
        alle.sort(Comparator.comparingLong(Ruilvoorstel::extraGehuisvest).reversed()
                .thenComparing(Comparator.comparingLong(Ruilvoorstel::minderPersoonsdagen).reversed())
                .thenComparing(Ruilvoorstel::gemeenteA).thenComparing(Ruilvoorstel::gemeenteB)
                .thenComparing(v -> ids(v.vanAnaarB())).thenComparing(v -> ids(v.vanBnaarA())));
        List<Ruilvoorstel> gekozen = new ArrayList<>();
        Set<String> bezet = new HashSet<>();
        for (Ruilvoorstel v : alle) {
            if (gekozen.size() >= max) {
                break;
            }
            List<Huishouden> wie = new ArrayList<>(v.vanAnaarB());
            wie.addAll(v.vanBnaarA());
            if (wie.stream().noneMatch(h -> bezet.contains(h.id()))) {
                wie.forEach(h -> bezet.add(h.id()));
                gekozen.add(v);
            }
        }
        return gekozen;
    }

    private void verplaatsingen(Regiopool pool, String a, String b, List<Ruilvoorstel> uit) {
        for (Huishouden h : vastPerGemeente.getOrDefault(a, List.of())) {
            if (toegestaan.test(h, b)) {
                beoordeel(pool, a, b, List.of(h), List.of(), uit);
            }
        }
    }

    private void ruilen(Regiopool pool, String a, String b, List<Ruilvoorstel> uit) {
        for (Huishouden h : vastPerGemeente.getOrDefault(a, List.of())) {
            if (!toegestaan.test(h, b)) {
                continue;
            }
            for (Huishouden k : vastPerGemeente.getOrDefault(b, List.of())) {
                if (toegestaan.test(k, a)) {
                    beoordeel(pool, a, b, List.of(h), List.of(k), uit);
                }
            }
        }
    }

    private void beoordeel(Regiopool pool, String a, String b, List<Huishouden> naarB, List<Huishouden> naarA,
            List<Ruilvoorstel> uit) {
        long verschil = personen(naarA) - personen(naarB);
        long pa = personen.get(a) + verschil;
        long pb = personen.get(b) - verschil;
        if (!binnenTolerantie(a, pa, pool.tolerantie()) || !binnenTolerantie(b, pb, pool.tolerantie())) {
            return;
        }
        long[] voorA = basis(a);
        long[] voorB = basis(b);
        long[] naA = na(a, naarB, naarA);
        long[] naB = na(b, naarA, naarB);
        long extra = naA[0] + naB[0] - voorA[0] - voorB[0];
        long minder = voorA[1] + voorB[1] - naA[1] - naB[1];
        if (extra > 0 || (extra == 0 && minder > 0)) {
            uit.add(new Ruilvoorstel(pool.naam(), a, b, naarB, naarA, extra, minder, pa, opgave.get(a), pb,
                    opgave.get(b)));
        }
    }

    /** Within the tolerance of its own opgave after, or no further from it than now. */
    private boolean binnenTolerantie(String code, long na, double tolerantie) {
        long o = opgave.get(code);
        long afstandNa = Math.abs(na - o);
        return afstandNa <= tolerantie * o + 1e-9 || afstandNa <= Math.abs(personen.get(code) - o);
    }

    /**
     * The value of a gemeente after {@code weg} (at most one household, of the gemeente) leaves and {@code erbij}
     * (at most one) comes. Exact shortcuts before solving: a household that fits no dwelling of the gemeente adds
     * nothing; without a household the base toewijzing left unhoused the base toewijzing is still optimal.
     */
    private long[] na(String code, List<Huishouden> weg, List<Huishouden> erbij) {
        boolean erbijTelt = erbij.stream().anyMatch(h -> pastErgens(h, code));
        if (!erbijTelt) {
            return weg.isEmpty() ? basis(code) : zonder(code, weg.get(0));
        }
        List<Huishouden> nieuw = new ArrayList<>(perGemeente.getOrDefault(code, List.of()));
        nieuw.removeAll(weg);
        nieuw.addAll(erbij);
        return waarde(nieuw, code);
    }

    private long[] zonder(String code, Huishouden h) {
        basis(code);
        if (!gehuisvest.get(code).contains(h)) {
            return basis(code);
        }
        return zonder.computeIfAbsent(code + "/" + h.id(), k -> {
            List<Huishouden> rest = new ArrayList<>(perGemeente.getOrDefault(code, List.of()));
            rest.remove(h);
            return waarde(rest, code);
        });
    }

    private boolean pastErgens(Huishouden h, String code) {
        for (Woning w : woningen.getOrDefault(code, List.of())) {
            if (Woningaanbod.past(h, w, toegankelijkheid)) {
                return true;
            }
        }
        return false;
    }

    private long[] basis(String code) {
        return basis.computeIfAbsent(code, c -> {
            List<Huishouden> hs = perGemeente.getOrDefault(c, List.of());
            Woning[] w = Toewijzer.gemeente(hs, woningen.getOrDefault(c, List.of()), toegankelijkheid,
                    zonderVergunningdatum);
            Set<Huishouden> met = new HashSet<>();
            for (int i = 0; i < w.length; i++) {
                if (w[i] != null) {
                    met.add(hs.get(i));
                }
            }
            gehuisvest.put(c, met);
            return waarde(hs, w);
        });
    }

    /** Households housed and person-days of the optimal toewijzing of these households in this gemeente. */
    private long[] waarde(List<Huishouden> huishoudens, String code) {
        return waarde(huishoudens, Toewijzer.gemeente(huishoudens, woningen.getOrDefault(code, List.of()),
                toegankelijkheid, zonderVergunningdatum));
    }

    private long[] waarde(List<Huishouden> huishoudens, Woning[] w) {
        long aantal = 0;
        long dagen = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] != null) {
                aantal++;
                dagen += huishoudens.get(i).personen() * Wachtdagen.van(huishoudens.get(i), w[i], zonderVergunningdatum);
            }
        }
        return new long[] {aantal, dagen};
    }

    private static long personen(List<Huishouden> hs) {
        return hs.stream().mapToLong(Huishouden::personen).sum();
    }

    private static String ids(List<Huishouden> hs) {
        return String.join("|", hs.stream().map(Huishouden::id).toList());
    }
}
