package nl.kansrijk.io.input;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The predicted probabilities (kansen) of kansen.csv: per household and region, given for the household as a whole
 * or per person (column {@code persoon}, with an optional {@code rol}: volwassene or kind). A household given per
 * person gets, per region, the mean over its listed persons, so the uitkomstkans rule scores
 * {@code n(h) × round(100 × mean)}: with every member listed, 100 × the expected number of members with a good
 * outcome — the whole household, not its likeliest worker.
 */
final class Kansen {

    /** Per household, per region: the household's probability (given for the household). */
    private final Map<String, Map<String, Double>> huishouden = new HashMap<>();
    /** Per household, per region, per person: that person's probability. */
    private final Map<String, Map<String, Map<String, Double>>> persoon = new HashMap<>();

    /**
     * Reads one row whose household id, region and probability were already checked ({@code null} where not);
     * {@code personen} is the household's size, or {@code null} when the household is unknown; {@code leden} the
     * persons of personen.csv, whose role a person row must not contradict.
     */
    void rij(TableRow row, String id, String regio, Double kans, Integer personen, Personen leden) {
        String wie = row.text("persoon");
        String rol = row.text("rol");
        if (rol != null && !rol.equals("volwassene") && !rol.equals("kind")) {
            row.error("rol", null, "moet volwassene of kind zijn");
        } else if (rol != null && wie != null && id != null && leden.rol(id, wie) != null && !leden.rol(id, wie).equals(rol)) {
            row.error("rol", null, "verschilt van de rol van deze persoon in personen.csv (" + leden.rol(id, wie) + ")");
        }
        if (rol != null && wie == null) {
            row.error("persoon", null, "is verplicht als rol is ingevuld");
        }
        if (id == null || regio == null) {
            return;
        }
        boolean perHuishouden = huishouden.getOrDefault(id, Map.of()).containsKey(regio);
        Map<String, Double> perPersoon = persoon.getOrDefault(id, Map.of()).getOrDefault(regio, Map.of());
        if (wie == null) {
            if (perHuishouden) {
                row.error("arbeidsmarktregio_code", regio, "kans voor dit huishouden en deze regio komt al voor");
            } else if (!perPersoon.isEmpty()) {
                row.error("persoon", null, "leeg, maar dit huishouden heeft voor deze regio al kansen per persoon");
            } else if (row.ok() && personen != null) {
                huishouden.computeIfAbsent(id, k -> new TreeMap<>()).put(regio, kans);
            }
        } else if (perHuishouden) {
            row.error("persoon", null, "ingevuld, maar dit huishouden heeft voor deze regio al een kans per huishouden");
        } else if (perPersoon.containsKey(wie)) {
            row.error("persoon", null, "kans voor deze persoon en deze regio komt al voor");
        } else if (personen != null && perPersoon.size() >= personen) {
            row.error("persoon", null, "meer personen dan het huishouden telt (" + personen + ")");
        } else if (row.ok() && personen != null) {
            persoon.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(regio, k -> new TreeMap<>()).put(wie, kans);
        }
    }

    /** Per person label, per region: that person's own probability (persons given in person rows); empty when none. */
    Map<String, Map<String, Double>> perPersoon(String id) {
        Map<String, Map<String, Double>> out = new TreeMap<>();
        persoon.getOrDefault(id, Map.of()).forEach((regio, perPersoon) ->
                perPersoon.forEach((wie, kans) -> out.computeIfAbsent(wie, k -> new TreeMap<>()).put(regio, kans)));
        return out;
    }

    /** Per region the household's probability (given, or the mean over its listed persons); empty when none. */
    Map<String, Double> van(String id) {
        Map<String, Double> out = new TreeMap<>(huishouden.getOrDefault(id, Map.of()));
        persoon.getOrDefault(id, Map.of()).forEach((regio, perPersoon) -> out.put(regio,
                perPersoon.values().stream().mapToDouble(Double::doubleValue).sum() / perPersoon.size()));
        return out;
    }
}
