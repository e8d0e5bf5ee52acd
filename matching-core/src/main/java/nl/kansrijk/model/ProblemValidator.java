package nl.kansrijk.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@link MatchingProblem} for everything the engine relies on: unique codes, valid code formats,
 * references that resolve, consistent household sizes and probabilities in range. Reports every problem at once.
 */
public final class ProblemValidator {

    private static final Pattern GEMEENTE_CODE = Pattern.compile("GM\\d{4}");
    private static final Pattern REGIO_CODE = Pattern.compile("AM\\d{2}");

    private ProblemValidator() {
    }

    /** Throws {@link InvalidProblemException} naming every problem, or returns normally when there is none. */
    public static void requireValid(MatchingProblem problem) {
        List<String> problemen = validate(problem);
        if (!problemen.isEmpty()) {
            throw new InvalidProblemException(problemen);
        }
    }

    /** Every problem in the problem, one Dutch sentence each; empty when it can be solved. */
    public static List<String> validate(MatchingProblem problem) {
        List<String> out = new ArrayList<>();
        Set<String> regios = new HashSet<>();
        for (Arbeidsmarktregio r : problem.arbeidsmarktregios()) {
            if (!REGIO_CODE.matcher(r.code()).matches()) {
                out.add("arbeidsmarktregio '" + r.code() + "': code is geen AM gevolgd door twee cijfers");
            }
            if (!regios.add(r.code())) {
                out.add("arbeidsmarktregio '" + r.code() + "' komt twee keer voor");
            }
            r.sectorvraag().forEach((sector, vraag) -> {
                if (vraag < 0 || vraag > 100) {
                    out.add("arbeidsmarktregio '" + r.code() + "': sectorvraag " + sector + " = " + vraag + " ligt niet tussen 0 en 100");
                }
            });
        }
        Set<String> gemeenten = new HashSet<>();
        for (Gemeente g : problem.gemeenten()) {
            if (!GEMEENTE_CODE.matcher(g.code()).matches()) {
                out.add("gemeente '" + g.code() + "': code is geen GM gevolgd door vier cijfers");
            }
            if (!gemeenten.add(g.code())) {
                out.add("gemeente '" + g.code() + "' komt twee keer voor");
            }
            if (!regios.contains(g.arbeidsmarktregioCode())) {
                out.add("gemeente '" + g.code() + "': onbekende arbeidsmarktregio '" + g.arbeidsmarktregioCode() + "'");
            }
            checkLatLon(out, "gemeente '" + g.code() + "'", g.lat(), g.lon());
            Integer share = g.aandeelEenpersoonswoningen();
            if (share != null && (share < 0 || share > 100)) {
                out.add("gemeente '" + g.code() + "': aandeel eenpersoonswoningen " + share + " ligt niet tussen 0 en 100");
            }
        }
        if (problem.gemeenten().isEmpty()) {
            out.add("geen enkele gemeente gegeven");
        }
        String periode = null;
        try {
            periode = problem.effectievePeriode();
            if (!Periode.isGeldig(periode)) {
                out.add(Periode.fout(periode));
            }
        } catch (InvalidProblemException e) {
            out.addAll(e.problemen());
        }
        Set<String> metTaakstelling = new HashSet<>();
        for (Taakstelling t : problem.taakstellingen()) {
            if (!t.periode().equals(periode)) {
                continue;
            }
            if (!gemeenten.contains(t.gemeenteCode())) {
                out.add("taakstelling: onbekende gemeente '" + t.gemeenteCode() + "'");
            }
            if (!metTaakstelling.add(t.gemeenteCode())) {
                out.add("taakstelling voor gemeente '" + t.gemeenteCode() + "' in periode " + periode + " komt twee keer voor");
            }
            if (t.taakstelling() < 0) {
                out.add("taakstelling voor gemeente '" + t.gemeenteCode() + "' is negatief: " + t.taakstelling());
            }
            if (t.gerealiseerd() < 0) {
                out.add("gerealiseerd voor gemeente '" + t.gemeenteCode() + "' is negatief: " + t.gerealiseerd());
            }
        }
        Set<String> azcs = new HashSet<>();
        for (Azc a : problem.azcs()) {
            if (!azcs.add(a.code())) {
                out.add("azc '" + a.code() + "' komt twee keer voor");
            }
            checkLatLon(out, "azc '" + a.code() + "'", a.lat(), a.lon());
        }
        Set<String> zorg = new HashSet<>();
        for (Zorglocatie z : problem.zorglocaties()) {
            if (!zorg.add(z.code())) {
                out.add("zorglocatie '" + z.code() + "' komt twee keer voor");
            }
            checkLatLon(out, "zorglocatie '" + z.code() + "'", z.lat(), z.lon());
        }
        Set<String> ids = new HashSet<>();
        for (Huishouden h : problem.huishoudens()) {
            String w = "huishouden '" + h.id() + "'";
            if (!ids.add(h.id())) {
                out.add(w + " komt twee keer voor");
            }
            if (h.personen() <= 0) {
                out.add(w + ": personen moet minstens 1 zijn, is " + h.personen());
            }
            if (h.volwassenen() < 0 || h.kinderen() < 0 || h.volwassenen() + h.kinderen() != h.personen()) {
                out.add(w + ": volwassenen (" + h.volwassenen() + ") + kinderen (" + h.kinderen()
                        + ") is niet gelijk aan personen (" + h.personen() + ")");
            }
            if (h.azcCode() != null && !azcs.contains(h.azcCode())) {
                out.add(w + ": onbekend azc '" + h.azcCode() + "'");
            }
            if (h.regioadvies().size() > 3) {
                out.add(w + ": regioadvies noemt " + h.regioadvies().size() + " regio's, hoogstens 3 toegestaan");
            }
            if (new HashSet<>(h.regioadvies()).size() != h.regioadvies().size()) {
                out.add(w + ": regioadvies noemt een regio twee keer");
            }
            for (String r : h.regioadvies()) {
                if (!regios.contains(r)) {
                    out.add(w + ": regioadvies noemt onbekende arbeidsmarktregio '" + r + "'");
                }
            }
            checkGemeenten(out, w, "voorkeur_gemeenten", h.voorkeurGemeenten(), gemeenten);
            checkGemeenten(out, w, "uitgesloten_gemeenten", h.uitgeslotenGemeenten(), gemeenten);
            checkGemeente(out, w, "familie_gemeente", h.familieGemeente(), gemeenten);
            checkGemeente(out, w, "werk_of_opleiding_gemeente", h.werkOfOpleidingGemeente(), gemeenten);
            checkGemeente(out, w, "netwerk_gemeente", h.netwerkGemeente(), gemeenten);
            checkGemeente(out, w, "nareiziger_van_gemeente", h.nareizigerVanGemeente(), gemeenten);
            checkGemeente(out, w, "gekoppeld_gemeente", h.gekoppeldGemeente(), gemeenten);
            if (h.nareizigerAangekondigd() != null) {
                if (!h.isNareiziger()) {
                    out.add(w + ": nareiziger_aangekondigd " + h.nareizigerAangekondigd()
                            + " is alleen toegestaan bij een nareiziger (nareiziger_van_gemeente is leeg)");
                } else if (h.vergunningdatum() != null && h.nareizigerAangekondigd().isAfter(h.vergunningdatum())) {
                    out.add(w + ": nareiziger_aangekondigd " + h.nareizigerAangekondigd() + " ligt na de vergunningdatum "
                            + h.vergunningdatum());
                }
            }
            if (h.zorgCode() != null && !zorg.contains(h.zorgCode())) {
                out.add(w + ": onbekende zorglocatie '" + h.zorgCode() + "'");
            }
            h.uitkomstkans().forEach((regio, kans) -> {
                if (!regios.contains(regio)) {
                    out.add(w + ": uitkomstkans voor onbekende arbeidsmarktregio '" + regio + "'");
                }
                if (kans == null || !(kans >= 0.0 && kans <= 1.0)) {
                    out.add(w + ": uitkomstkans " + kans + " voor " + regio + " ligt niet tussen 0 en 1");
                }
            });
        }
        return out;
    }

    private static void checkGemeenten(List<String> out, String w, String veld, List<String> codes, Set<String> bekend) {
        for (String c : codes) {
            checkGemeente(out, w, veld, c, bekend);
        }
    }

    private static void checkGemeente(List<String> out, String w, String veld, String code, Set<String> bekend) {
        if (code != null && !bekend.contains(code)) {
            out.add(w + ": " + veld + " noemt onbekende gemeente '" + code + "'");
        }
    }

    private static void checkLatLon(List<String> out, String w, double lat, double lon) {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            out.add(w + ": coördinaten (" + lat + ", " + lon + ") zijn geen geldige WGS84-coördinaten");
        }
    }
}
