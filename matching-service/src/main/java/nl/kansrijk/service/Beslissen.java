package nl.kansrijk.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.kansrijk.explain.Adviseur;
import nl.kansrijk.explain.Overweging;
import nl.kansrijk.model.Huishouden;
import nl.kansrijk.rules.Bereik;
import nl.kansrijk.rules.Regel;
import nl.kansrijk.service.opslag.Beslisregister;
import nl.kansrijk.service.opslag.Beslissing;
import nl.kansrijk.service.opslag.BeslissingConflict;
import nl.kansrijk.solve.MatchingEngine;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

/**
 * A regievoerder's decision on one household: checked against the hard rules and the advice, then recorded unless
 * its household changed since the regievoerder looked, or the room in its chosen gemeente changed so that what is
 * left no longer holds the household. Moving a household that is
 * already linked needs an explicit confirmation and a reason; a repeated request (same idempotency key) answers
 * with the decision recorded the first time. Thread-safe.
 */
final class Beslissen {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SLEUTEL = Pattern.compile("[\\x21-\\x7e]{1," + Beslisregister.MAX_SLEUTEL + "}");

    private final Werkbank werkbank;
    private final Beslisregister register;

    Beslissen(Werkbank werkbank, Beslisregister register) {
        this.werkbank = werkbank;
        this.register = register;
    }

    /**
     * One decision.
     *
     * @param planVersie the plan version the regievoerder looked at
     * @param verplaatsen the confirmation that an already linked household is to be moved
     * @param sleutel the request's idempotency key, or {@code null}
     * @param gezienAdvies the first advice the regievoerder saw (on {@code planVersie}), or {@code null}
     */
    BeslissingJson.Genomen beslis(String gebruiker, String huishoudenId, String gemeenteCode, String reden,
            long planVersie, boolean verplaatsen, String sleutel, String gezienAdvies) {
        sleutelGeldig(sleutel);
        Optional<BeslissingJson.Genomen> eerder = herhaling(gebruiker, sleutel, huishoudenId, gemeenteCode);
        if (eerder.isPresent()) {
            return eerder.get();
        }
        Stand s = werkbank.stand();
        Huishouden h = Werkbank.huishouden(s, huishoudenId);
        if (h.isGekoppeld()) {
            throw new Fout(409, "huishouden_id", "huishouden " + h.id() + " heeft al een vaste koppeling in de invoer ("
                    + h.gekoppeldGemeente() + ") en kan hier niet opnieuw gekoppeld worden");
        }
        Werkbank.gemeente(s, gemeenteCode, "gemeente_code");
        String r = reden == null || reden.isBlank() ? null : reden.strip();
        if (r != null && r.length() > Werkbank.MAX_REDEN) {
            throw new Fout(400, "reden", "reden is te lang: " + r.length() + " tekens, maximaal " + Werkbank.MAX_REDEN);
        }
        try {
            return vastleggen(gebruiker, h, gemeenteCode, r, planVersie, verplaatsen, sleutel, gezienAdvies);
        } catch (Laat l) {
            // the 409 answer, with the new advice, is made after the write lock is released: the plan it names is
            // immutable, and colleagues' decisions need not wait for it
            throw conflict(l.stand, l.huishouden, l.gemeenteCode, planVersie, l.conflict);
        }
    }

    /** The checks that need the current plan and the recording, under the werkbank's write lock. */
    private BeslissingJson.Genomen vastleggen(String gebruiker, Huishouden h, String gemeenteCode, String r,
            long planVersie, boolean verplaatsen, String sleutel, String gezienAdvies) {
        synchronized (werkbank.schrijfslot()) {
            Optional<BeslissingJson.Genomen> eerder = herhaling(gebruiker, sleutel, h.id(), gemeenteCode);
            if (eerder.isPresent()) {
                return eerder.get();
            }
            Stand s = werkbank.stand();
            String huidig = s.koppelingen.get(h.id());
            if (huidig != null) {
                Optional<Beslisregister.Vastgelegd> laatste = register.laatsteVan(h.id());
                if (laatste.isPresent() && laatste.get().nieuweVersie() > planVersie) {
                    throw new Laat(s, new BeslissingConflict(BeslissingConflict.Soort.HUISHOUDEN, laatste.get().beslissing(),
                            s.versie), h, gemeenteCode);
                }
                if (huidig.equals(gemeenteCode)) {
                    throw new Fout(409, "gemeente_code", h.id() + " is al gekoppeld aan " + naam(s, huidig)
                            + wieWanneer(h.id()), metKoppeling(koppeling(s, h.id())));
                }
                if (!verplaatsen) {
                    throw new Fout(409, "verplaatsen", h.id() + " is al gekoppeld aan " + naam(s, huidig) + wieWanneer(h.id())
                            + "; verplaatsen naar " + naam(s, gemeenteCode) + " vraagt een bevestiging (verplaatsen) en een reden",
                            metKoppeling(koppeling(s, h.id())));
                }
                if (r == null) {
                    throw new Fout(400, "reden", "reden is verplicht bij het verplaatsen van " + h.id() + " van "
                            + naam(s, huidig) + " naar " + naam(s, gemeenteCode));
                }
            }
            Overweging o = null;
            long ruimteGetoetst = planVersie;
            Optional<BeslissingConflict> veranderd = register.conflict(h.id(), gemeenteCode, planVersie);
            if (veranderd.isPresent()) {
                BeslissingConflict e = veranderd.get();
                if (e.soort() != BeslissingConflict.Soort.RUIMTE || e.huidig() != s.versie) {
                    throw new Laat(e.huidig() == s.versie ? s : werkbank.herlaad(e.huidig()), e, h, gemeenteCode);
                }
                // the room in the gemeente changed since the look: a conflict only when what is left no longer holds
                // the household (this plan is the database's: same version)
                o = s.adviseur().overweeg(h, gemeenteCode);
                if (ruimteTekort(o)) {
                    throw new Laat(s, e, h, gemeenteCode);
                }
                ruimteGetoetst = s.versie;
            }
            if (o == null) {
                o = s.adviseur().overweeg(h, gemeenteCode);
            }
            if (!o.isToegestaan()) {
                throw new Fout(422, "gemeente_code", "een harde regel verbiedt de koppeling van " + h.id() + " aan "
                        + gemeenteCode + ": " + String.join("; ", o.weigering()), Map.of("weigering", o.weigering()));
            }
            String advies = o.beste() == null ? null : o.beste().gemeenteCode();
            // following the first advice the regievoerder saw needs no reason, even if the ranking moved since
            if (!gemeenteCode.equals(advies) && !gemeenteCode.equals(gezienAdvies) && r == null) {
                throw new Fout(400, "reden", "reden is verplicht: " + gemeenteCode + " wijkt af van het eerste advies "
                        + advies + " (rang " + o.gekozen().rang() + ")");
            }
            Map<String, Long> kosten = new LinkedHashMap<>();
            o.kostenPerRegel().forEach((regel, v) -> kosten.put(regel.id(), v));
            Beslisregister.Vastgelegd v;
            try {
                v = register.leg(new Beslisregister.Verzoek(gebruiker, h.id(), gemeenteCode, advies, o.gekozen().rang(),
                        JSON.writeValueAsString(kosten), r, planVersie, sleutel, ruimteGetoetst));
            } catch (BeslissingConflict e) {
                throw new Laat(e.huidig() == s.versie ? s : werkbank.herlaad(e.huidig()), e, h, gemeenteCode);
            }
            if (!v.herhaald()) {
                werkbank.stand(v.nieuweVersie() == s.versie + 1 ? s.met(h.id(), gemeenteCode, v.nieuweVersie())
                        : werkbank.herlaad(v.nieuweVersie()));
            }
            return genomen(v);
        }
    }

    /**
     * Accepts an exchange proposal of the regional pools: the households of {@code naarB} move from {@code gemeenteA}
     * to {@code gemeenteB}, those of {@code naarA} the other way, each a decision of {@code gebruiker} with the
     * proposal as its reason, recorded together (all or none, {@link Beslisregister#legSamen}). Refused with 409 when
     * one of the households changed since plan version {@code planVersie}, or the room in its new gemeente changed so
     * that the plan after the exchange no longer holds it (the same rule as a single decision's, naming who decided
     * what), or when the current plan no longer proposes exactly this exchange; the proposal, made by
     * {@link nl.kansrijk.wonen.Ruilvoorsteller} on the current plan, is what checks the hard rules and the pool's
     * tolerance. A repeated request (same key: each move is stored under key/household) answers with the first.
     */
    Woonoverzicht.RuilAanvaardJson ruil(String gebruiker, long planVersie, String gemeenteA, String gemeenteB,
            List<String> naarB, List<String> naarA, String sleutel, MatchingEngine engine) {
        sleutelGeldig(sleutel);
        if (naarB.isEmpty() && naarA.isEmpty()) {
            throw new Fout(400, "naar_b", "een ruilvoorstel verplaatst minstens één huishouden (naar_b of naar_a)");
        }
        Map<String, String> naar = new LinkedHashMap<>();
        naarB.forEach(id -> naar.put(id, gemeenteB));
        naarA.forEach(id -> naar.put(id, gemeenteA));
        if (naar.size() != naarB.size() + naarA.size()) {
            throw new Fout(400, "naar_a", "een huishouden staat twee keer in het ruilvoorstel");
        }
        try {
            return ruilVastleggen(gebruiker, planVersie, gemeenteA, gemeenteB, naarB, naarA, naar, sleutel, engine);
        } catch (Laat l) {
            // as for a single decision: the 409 answer with its advice is made after the write lock is released
            throw conflict(l.stand, l.huishouden, l.gemeenteCode, planVersie, l.conflict);
        }
    }

    /** An exchange's checks that need the current plan and its recording, under the werkbank's write lock. */
    private Woonoverzicht.RuilAanvaardJson ruilVastleggen(String gebruiker, long planVersie, String gemeenteA,
            String gemeenteB, List<String> naarB, List<String> naarA, Map<String, String> naar, String sleutel,
            MatchingEngine engine) {
        synchronized (werkbank.schrijfslot()) {
            if (sleutel != null) {
                List<BeslissingJson.Genomen> eerder = new ArrayList<>();
                for (Map.Entry<String, String> e : naar.entrySet()) {
                    herhaling(gebruiker, sleutel + "/" + e.getKey(), e.getKey(), e.getValue()).ifPresent(eerder::add);
                }
                if (!eerder.isEmpty()) {
                    return new Woonoverzicht.RuilAanvaardJson(eerder, eerder.get(eerder.size() - 1).nieuwePlanVersie());
                }
            }
            Stand s = werkbank.stand();
            Werkbank.gemeente(s, gemeenteA, "gemeente_a");
            Werkbank.gemeente(s, gemeenteB, "gemeente_b");
            naar.keySet().forEach(id -> Werkbank.huishouden(s, id));
            Map<String, Long> ruimteGetoetst = new LinkedHashMap<>();
            Adviseur na = null;
            for (Map.Entry<String, String> e : naar.entrySet()) {
                Huishouden h = Werkbank.huishouden(s, e.getKey());
                long getoetst = planVersie;
                Optional<BeslissingConflict> c = register.conflict(h.id(), e.getValue(), planVersie);
                if (c.isPresent()) {
                    BeslissingConflict x = c.get();
                    if (x.soort() != BeslissingConflict.Soort.RUIMTE || x.huidig() != s.versie) {
                        throw new Laat(x.huidig() == s.versie ? s : werkbank.herlaad(x.huidig()), x, h, e.getValue());
                    }
                    // the room in the gemeente changed since the look: a conflict only when the plan after the
                    // exchange (its other moves made too) no longer holds the household, as for a single decision
                    if (na == null) {
                        na = naDeRuil(s, naar);
                    }
                    if (ruimteTekort(na.overweeg(h, e.getValue()))) {
                        throw new Laat(s, x, h, e.getValue());
                    }
                    getoetst = s.versie;
                }
                ruimteGetoetst.put(h.id(), getoetst);
                String van = e.getValue().equals(gemeenteB) ? gemeenteA : gemeenteB;
                if (!van.equals(s.koppelingen.get(h.id()))) {
                    throw new Fout(409, "plan_versie", h.id() + " is niet in de werkbank gekoppeld aan " + naam(s, van)
                            + (h.isGekoppeld() ? " (het heeft een vaste koppeling in de invoer)" : "")
                            + "; dit ruilvoorstel geldt niet (meer)");
                }
            }
            Woonoverzicht.RuilJson voorstel = null;
            int n = 0;
            for (var v : s.ruilvoorstellen(engine)) {
                n++;
                if (v.gemeenteA().equals(gemeenteA) && v.gemeenteB().equals(gemeenteB)
                        && Woonoverzicht.ids(v.vanAnaarB()).equals(naarB) && Woonoverzicht.ids(v.vanBnaarA()).equals(naarA)) {
                    voorstel = Woonoverzicht.json(s, n, v);
                }
            }
            if (voorstel == null) {
                throw new Fout(409, "plan_versie", "het plan (versie " + s.versie + ") stelt deze ruil tussen "
                        + naam(s, gemeenteA) + " en " + naam(s, gemeenteB) + " niet (meer) voor; bekijk de ruilvoorstellen opnieuw");
            }
            String reden = "ruilvoorstel " + voorstel.pool() + ": " + naam(s, gemeenteA) + " en " + naam(s, gemeenteB)
                    + ", " + voorstel.extraGehuisvest() + " huishouden(s) meer gehuisvest, " + voorstel.minderPersoonsdagen()
                    + " persoonsdagen minder wachten";
            Adviseur a = s.adviseur();
            List<Beslisregister.Verzoek> verzoeken = new ArrayList<>();
            for (Map.Entry<String, String> e : naar.entrySet()) {
                Overweging o = a.overweeg(s.huishouden(e.getKey()), e.getValue());
                Map<String, Long> kosten = new LinkedHashMap<>();
                o.kostenPerRegel().forEach((regel, v) -> kosten.put(regel.id(), v));
                verzoeken.add(new Beslisregister.Verzoek(gebruiker, e.getKey(), e.getValue(),
                        o.beste() == null ? null : o.beste().gemeenteCode(), o.gekozen().rang(),
                        JSON.writeValueAsString(kosten), reden, planVersie,
                        sleutel == null ? null : sleutel + "/" + e.getKey(), ruimteGetoetst.get(e.getKey())));
            }
            List<Beslisregister.Vastgelegd> vastgelegd;
            try {
                vastgelegd = register.legSamen(verzoeken);
            } catch (BeslissingConflict e) {
                // another server process decided in between the check above and the recording
                Beslisregister.Verzoek eerste = verzoeken.get(0);
                throw new Laat(e.huidig() == s.versie ? s : werkbank.herlaad(e.huidig()), e,
                        s.huishouden(eerste.huishoudenId()), eerste.gekozen());
            }
            // each move made the next plan version: carried forward from this plan (its advisor too, as a single
            // decision does) when no other process wrote in between, else read from the database
            Stand nu = s;
            for (Beslisregister.Vastgelegd v : vastgelegd) {
                if (nu == null || v.nieuweVersie() != nu.versie + 1) {
                    nu = null;
                    break;
                }
                nu = nu.met(v.beslissing().huishoudenId(), v.beslissing().gekozenGemeente(), v.nieuweVersie());
            }
            long laatste = vastgelegd.get(vastgelegd.size() - 1).nieuweVersie();
            if (nu != null) {
                werkbank.stand(nu);
            } else {
                werkbank.herlaad(laatste);
            }
            return new Woonoverzicht.RuilAanvaardJson(vastgelegd.stream().map(Beslissen::genomen).toList(), laatste);
        }
    }

    /**
     * The advisor for {@code s}'s plan with every move of an exchange made: judged for one of its households, it
     * weighs that household where the exchange puts it, the others of the exchange already moved.
     */
    private static Adviseur naDeRuil(Stand s, Map<String, String> naar) {
        Adviseur a = s.adviseur();
        for (Map.Entry<String, String> e : naar.entrySet()) {
            a = a.met(e.getKey(), e.getValue());
        }
        return a;
    }

    /** An idempotency key is 1 to 100 visible ASCII characters (400 otherwise); {@code null} is none. */
    private static void sleutelGeldig(String sleutel) {
        if (sleutel != null && !SLEUTEL.matcher(sleutel).matches()) {
            throw new Fout(400, "Idempotency-Key", "Idempotency-Key moet 1 tot " + Beslisregister.MAX_SLEUTEL
                    + " zichtbare ASCII-tekens zijn");
        }
    }

    /**
     * Whether a change of room leaves too little for the household: the choice is now refused by a rule of room (the
     * taakstelling, or room that nareizigers wait for), the rules judged per gemeente, not per household.
     */
    static boolean ruimteTekort(Overweging o) {
        return o.weigeringsregels().stream().anyMatch(Beslissen::ruimteregel);
    }

    /** A hard rule about the room in a gemeente rather than about the household. */
    static boolean ruimteregel(Regel r) {
        return r.bereik() != Bereik.HUISHOUDEN;
    }

    /** A conflict found under the write lock, answered after it is released. */
    private static final class Laat extends RuntimeException {
        final transient Stand stand;
        final transient BeslissingConflict conflict;
        /** The household and the gemeente chosen for it that the answer is about. */
        final transient Huishouden huishouden;
        final String gemeenteCode;

        Laat(Stand stand, BeslissingConflict conflict, Huishouden huishouden, String gemeenteCode) {
            super(null, null, false, false);
            this.stand = stand;
            this.conflict = conflict;
            this.huishouden = huishouden;
            this.gemeenteCode = gemeenteCode;
        }
    }

    private Optional<BeslissingJson.Genomen> herhaling(String gebruiker, String sleutel, String huishoudenId,
            String gemeenteCode) {
        if (sleutel == null) {
            return Optional.empty();
        }
        return register.herhaling(gebruiker, sleutel).map(v -> {
            Beslissing b = v.beslissing();
            if (!b.huishoudenId().equals(huishoudenId) || !b.gekozenGemeente().equals(gemeenteCode)) {
                throw new Fout(422, "Idempotency-Key", "deze Idempotency-Key hoort bij een eerdere beslissing ("
                        + b.huishoudenId() + " naar " + b.gekozenGemeente() + "); gebruik een nieuwe sleutel per beslissing");
            }
            return genomen(v);
        });
    }

    private static BeslissingJson.Genomen genomen(Beslisregister.Vastgelegd v) {
        return new BeslissingJson.Genomen(BeslissingJson.van(v.beslissing()), v.nieuweVersie(), v.vorigeGemeente(),
                v.herhaald());
    }

    /** " (door rv-001, 12-1-2026 11:14)" for the household's latest decision, or nothing. */
    private String wieWanneer(String huishoudenId) {
        return register.laatsteVan(huishoudenId).map(v -> " (door " + v.beslissing().gebruiker() + ", "
                + Tijd.leesbaar(v.beslissing().tijd()) + ")").orElse("");
    }

    /** Who linked the household where and when, as the 409 answers carry it ({@code null}: never decided here). */
    private KoppelingDoor koppeling(Stand s, String huishoudenId) {
        return register.laatsteVan(huishoudenId).map(x -> wat(s, x.beslissing())).orElse(null);
    }

    private static Map<String, Object> metKoppeling(KoppelingDoor k) {
        return k == null ? Map.of() : Map.of("koppeling", k);
    }

    /** A colleague's decision as a 409 answer names it ({@code koppeling} in openapi.json's Koppelconflict). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record KoppelingDoor(long beslissingId, String huishoudenId, String gemeenteCode, String gemeenteNaam,
            String gebruiker, String tijd, String reden) {
    }

    private static KoppelingDoor wat(Stand s, Beslissing b) {
        return new KoppelingDoor(b.id(), b.huishoudenId(), b.gekozenGemeente(), Werkbank.gemeenteNaam(s, b.gekozenGemeente()),
                b.gebruiker(), Tijd.iso(b.tijd()), b.reden());
    }

    private static Fout conflict(Stand s, Huishouden h, String gemeenteCode, long planVersie, BeslissingConflict e) {
        Beslissing b = e.door();
        String melding = melding(s, h, gemeenteCode, planVersie, e);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("conflict", e.soort().name().toLowerCase(java.util.Locale.ROOT));
        extra.put("plan_versie", s.versie);
        if (b != null) {
            extra.put("koppeling", wat(s, b));
        }
        extra.put("advies", Werkbank.advies(s, h, Adviseur.STANDAARD_TOP));
        return new Fout(409, "plan_versie", melding, extra);
    }

    /** What changed since the look, in Dutch: who linked what where and when. */
    static String melding(Stand s, Huishouden h, String gemeenteCode, long planVersie, BeslissingConflict e) {
        Beslissing b = e.door();
        return switch (e.soort()) {
            case HUISHOUDEN -> h.id() + " is intussen gekoppeld aan " + naam(s, b.gekozenGemeente()) + " door "
                    + b.gebruiker() + " (" + Tijd.leesbaar(b.tijd()) + (b.reden() == null ? "" : ", reden: " + b.reden())
                    + "); bekijk het nieuwe advies; wijzigen vraagt een bevestiging (verplaatsen) en een reden";
            case RUIMTE -> "de ruimte in " + naam(s, gemeenteCode) + " is veranderd sinds u keek: " + b.gebruiker() + " "
                    + (b.gekozenGemeente().equals(gemeenteCode) ? "koppelde " + b.huishoudenId() + " daaraan"
                            : "verplaatste " + b.huishoudenId() + " naar " + naam(s, b.gekozenGemeente()))
                    + " (" + Tijd.leesbaar(b.tijd()) + "); bekijk het nieuwe advies en beslis opnieuw";
            case PERIODE -> "het plan is intussen opnieuw geladen (versie " + s.versie + ", uw beslissing ging uit van "
                    + planVersie + "); bekijk het nieuwe advies en beslis opnieuw";
        };
    }

    private static String naam(Stand s, String code) {
        String n = Werkbank.gemeenteNaam(s, code);
        return n == null ? code : code + " " + n;
    }
}
