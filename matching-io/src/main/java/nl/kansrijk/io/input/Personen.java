package nl.kansrijk.io.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kansrijk.model.Huishouden;
import nl.kansrijk.model.Persoon;

/**
 * The members of households as personen.csv lists them (personen): per household, each person's label, role and
 * optional sex, in file order. Only the grouping {@code geslacht_volwassenen} of the groepsgelijkheid rule and the
 * group metrics use them; a household's own probabilities per person come from kansen.csv by the same label.
 */
final class Personen {

    /** The sexes accepted: vrouw, man, anders (x, as in a Dutch passport). */
    static final Set<String> GESLACHTEN = Set.of("v", "m", "x");

    /** Per household, per label: {volwassene, geslacht or null}. */
    private final Map<String, Map<String, Object[]>> perHuishouden = new HashMap<>();

    /** Reads one row; {@code h} is the household its id names, or {@code null} when unknown or empty. */
    void rij(TableRow row, String id, Huishouden h) {
        String wie = row.required("persoon");
        String rol = row.required("rol");
        if (rol != null && !rol.equals("volwassene") && !rol.equals("kind")) {
            row.error("rol", null, "moet volwassene of kind zijn");
            rol = null;
        }
        String geslacht = row.text("geslacht");
        if (geslacht != null && !GESLACHTEN.contains(geslacht.toLowerCase(java.util.Locale.ROOT))) {
            row.error("geslacht", null, "moet v, m of x zijn (of leeg)");
        }
        if (id == null || h == null || wie == null || rol == null) {
            return;
        }
        Map<String, Object[]> leden = perHuishouden.getOrDefault(id, Map.of());
        boolean volwassene = rol.equals("volwassene");
        long zelfde = leden.values().stream().filter(l -> (Boolean) l[0] == volwassene).count();
        int toegestaan = volwassene ? h.volwassenen() : h.kinderen();
        if (leden.containsKey(wie)) {
            row.error("persoon", null, "deze persoon komt al voor in dit huishouden");
        } else if (zelfde >= toegestaan) {
            row.error("rol", null, "meer " + (volwassene ? "volwassenen" : "kinderen") + " dan het huishouden telt ("
                    + toegestaan + ")");
        } else if (row.ok()) {
            perHuishouden.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(wie,
                    new Object[] {volwassene, geslacht == null ? null : geslacht.toLowerCase(java.util.Locale.ROOT)});
        }
    }

    /** The role of a listed person ({@code volwassene} or {@code kind}), or {@code null} when not listed. */
    String rol(String id, String persoon) {
        Object[] l = perHuishouden.getOrDefault(id, Map.of()).get(persoon);
        return l == null ? null : (Boolean) l[0] ? "volwassene" : "kind";
    }

    /** The household's listed members with their own probabilities per region ({@code kansen}: per label). */
    List<Persoon> van(String id, Map<String, Map<String, Double>> kansen) {
        List<Persoon> uit = new ArrayList<>();
        perHuishouden.getOrDefault(id, Map.of()).forEach((wie, l) ->
                uit.add(new Persoon(wie, (Boolean) l[0], (String) l[1], kansen.getOrDefault(wie, Map.of()))));
        return uit;
    }
}
