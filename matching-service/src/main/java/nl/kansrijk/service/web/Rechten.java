package nl.kansrijk.service.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.kansrijk.service.Fout;

/**
 * Which roles may use which route (docs/service.md, "Rollen"): every route of the API is listed here; the server
 * answers 403 to an account without one of the route's roles. A route missing from the table is allowed to every
 * role when it reads (GET) and to regievoerders only when it changes something, and a test fails on it
 * ({@code RechtenTest}), so that a new route gets its entry.
 */
public final class Rechten {

    static final Set<Rol> IEDEREEN = EnumSet.allOf(Rol.class);
    private static final Set<Rol> REGIE = EnumSet.of(Rol.REGIEVOERDER);
    private static final Set<Rol> BEHEER = EnumSet.of(Rol.BEHEERDER);
    private static final Set<Rol> REGIE_OF_BEHEER = EnumSet.of(Rol.REGIEVOERDER, Rol.BEHEERDER);

    private static final Map<String, Set<Rol>> TABEL = new TreeMap<>(Map.ofEntries(
            Map.entry("get /openapi.json", IEDEREEN),
            Map.entry("post /api/logout", IEDEREEN),
            Map.entry("get /api/sessie", IEDEREEN),
            Map.entry("get /api/periode", IEDEREEN),
            Map.entry("put /api/periode", BEHEER),
            Map.entry("post /api/periode/herladen", BEHEER),
            Map.entry("get /api/periode/versies", IEDEREEN),
            Map.entry("get /api/huishoudens", IEDEREEN),
            Map.entry("get /api/huishoudens/{id}", IEDEREEN),
            Map.entry("get /api/huishoudens/{id}/advies", IEDEREEN),
            Map.entry("get /api/huishoudens/{id}/overweging", IEDEREEN),
            Map.entry("get /api/huishoudens/{id}/uitleg", IEDEREEN),
            Map.entry("get /api/huishoudens/{id}/brief", IEDEREEN),
            Map.entry("get /api/regels", IEDEREEN),
            Map.entry("get /api/gemeenten", IEDEREEN),
            Map.entry("post /api/koppelingen", REGIE),
            Map.entry("get /api/dagvoorstel", IEDEREEN),
            Map.entry("post /api/dagvoorstel/aanvaarden", REGIE),
            Map.entry("get /api/woningen", IEDEREEN),
            Map.entry("get /api/ruilvoorstellen", IEDEREEN),
            Map.entry("post /api/ruilvoorstellen/aanvaarden", REGIE),
            Map.entry("post /api/evaluatie", REGIE_OF_BEHEER),
            Map.entry("post /api/oplostaken", REGIE_OF_BEHEER),
            Map.entry("get /api/oplostaken/{id}", IEDEREEN),
            Map.entry("delete /api/oplostaken/{id}", REGIE_OF_BEHEER),
            Map.entry("get /api/oplostaken/{id}/resultaat", IEDEREEN),
            Map.entry("get /api/beslissingen", IEDEREEN),
            Map.entry("get /api/export/koppelingen.csv", IEDEREEN),
            Map.entry("get /api/export/beslissingen.csv", IEDEREEN),
            Map.entry("get /api/export/gebeurtenissen.csv", IEDEREEN),
            Map.entry("get /api/audit/keten", IEDEREEN),
            Map.entry("post /api/beheer/bewaartermijn", BEHEER)));

    private Rechten() {
    }

    /** Whether the route has its own entry in the table. */
    public static boolean vermeld(String methode, String pad) {
        return TABEL.containsKey(methode + " " + pad);
    }

    /** The roles that may use a route. */
    public static Set<Rol> rollen(String methode, String pad) {
        Set<Rol> r = TABEL.get(methode + " " + pad);
        if (r != null) {
            return r;
        }
        return methode.equals("get") ? IEDEREEN : REGIE;
    }

    /** Whether an account may use the route. */
    public static boolean mag(Account a, String methode, String pad) {
        return a.rollen().stream().anyMatch(rollen(methode, pad)::contains);
    }

    /** The 403 for an account that may not use the route. */
    static Fout geweigerd(Account a, String methode, String pad) {
        return new Fout(403, null, "uw rol (" + String.join(", ", a.rolnamen()) + ") mag " + methode.toUpperCase(java.util.Locale.ROOT)
                + " " + pad + " niet; dat mag: " + String.join(", ", rollen(methode, pad).stream().sorted().map(Rol::naam).toList()));
    }
}
