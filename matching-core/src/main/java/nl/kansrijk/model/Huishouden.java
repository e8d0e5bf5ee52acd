package nl.kansrijk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A household of permit holders that is placed as one unit (plaatsingseenheid), as given in the input:
 * its size, current azc, COA's regioadvies, profile, wishes and the optional hard-criterion fields.
 * Identifiers are pseudonymous; no field identifies a person.
 *
 * @param id pseudonymous household id
 * @param personen persons in the household (volwassenen + kinderen)
 * @param volwassenen adults
 * @param kinderen children
 * @param azcCode the azc the household lives in now, or {@code null}
 * @param vergunningdatum date of the permit, or {@code null}
 * @param regioadvies advised arbeidsmarktregio codes, best first, at most 3
 * @param sectoren sectors of work experience (lower case)
 * @param opleidingsniveau education level
 * @param voorkeurGemeenten gemeenten the household prefers
 * @param familieGemeente gemeente of first-degree family (hard: within the family radius), or {@code null}
 * @param zorgCode required zorglocatie (hard: within the care radius), or {@code null}
 * @param werkOfOpleidingGemeente gemeente of a job contract or school enrolment (hard: within the work radius), or {@code null}
 * @param netwerkGemeente gemeente of the household's social network (soft), or {@code null}
 * @param uitgeslotenGemeenten gemeenten the household must never go to (safety)
 * @param nareizigerVanGemeente for nareizigers: the gemeente where the family lives (hard: exactly there), or {@code null}
 * @param nareizigerAangekondigd for nareizigers: the day COA learned that they will come (the family reunification
 *        was granted; in TVS before they arrive), or {@code null} when not known before the permit; used by the
 *        simulator and the price policy, which keep the family's room for an announced nareiziger
 * @param gekoppeldGemeente an existing koppeling: the household is pinned to this gemeente, or {@code null}
 * @param uitkomstkans predicted probability 0–1 of a good outcome per arbeidsmarktregio code (may be empty)
 * @param kenmerken extra attributes for group metrics (for example nationality), never used for placement
 * @param leden the members listed in {@code personen.csv} (may be empty): their role, sex and own probabilities,
 *        used only by the grouping {@code geslacht_volwassenen} ({@link Groepsindeling}), never for placement
 */
public record Huishouden(String id, int personen, int volwassenen, int kinderen, String azcCode,
        LocalDate vergunningdatum, List<String> regioadvies, List<String> sectoren, Opleidingsniveau opleidingsniveau,
        List<String> voorkeurGemeenten, String familieGemeente, String zorgCode, String werkOfOpleidingGemeente,
        String netwerkGemeente, List<String> uitgeslotenGemeenten, String nareizigerVanGemeente,
        LocalDate nareizigerAangekondigd, String gekoppeldGemeente, Map<String, Double> uitkomstkans, Map<String, String> kenmerken,
        List<Persoon> leden) {

    public Huishouden {
        Objects.requireNonNull(id, "id");
        regioadvies = List.copyOf(nullToEmpty(regioadvies));
        sectoren = List.copyOf(nullToEmpty(sectoren));
        opleidingsniveau = opleidingsniveau == null ? Opleidingsniveau.ONBEKEND : opleidingsniveau;
        voorkeurGemeenten = List.copyOf(nullToEmpty(voorkeurGemeenten));
        uitgeslotenGemeenten = List.copyOf(nullToEmpty(uitgeslotenGemeenten));
        uitkomstkans = uitkomstkans == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(uitkomstkans));
        kenmerken = kenmerken == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(kenmerken));
        leden = List.copyOf(nullToEmpty(leden));
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Whether the household already has a koppeling this period (pinned). */
    public boolean isGekoppeld() {
        return gekoppeldGemeente != null;
    }

    /** Whether the household is a nareiziger who must join the family in {@link #nareizigerVanGemeente()}. */
    public boolean isNareiziger() {
        return nareizigerVanGemeente != null;
    }

    /** This household with an existing koppeling to the given gemeente (or none, for {@code null}). */
    public Huishouden metGekoppeldGemeente(String gemeenteCode) {
        return toBuilder().gekoppeldGemeente(gemeenteCode).build();
    }

    /** This household under another id, all other fields the same (for example a sampled look-alike). */
    public Huishouden metId(String nieuwId) {
        return new Huishouden(nieuwId, personen, volwassenen, kinderen, azcCode, vergunningdatum, regioadvies, sectoren,
                opleidingsniveau, voorkeurGemeenten, familieGemeente, zorgCode, werkOfOpleidingGemeente, netwerkGemeente,
                uitgeslotenGemeenten, nareizigerVanGemeente, nareizigerAangekondigd, gekoppeldGemeente, uitkomstkans, kenmerken, leden);
    }

    /**
     * Whether, on {@code datum}, this household is a nareiziger known to be coming but not yet arrived: announced
     * on or before that day, permit after it.
     */
    public boolean isAangekondigdOp(LocalDate datum) {
        return isNareiziger() && nareizigerAangekondigd != null && !nareizigerAangekondigd.isAfter(datum)
                && vergunningdatum != null && vergunningdatum.isAfter(datum);
    }

    /** A builder for a household with the given id and size in adults and children. */
    public static Builder builder(String id, int volwassenen, int kinderen) {
        return new Builder(id).volwassenen(volwassenen).kinderen(kinderen).personen(volwassenen + kinderen);
    }

    /** A builder holding all of this household's fields. */
    public Builder toBuilder() {
        Builder b = new Builder(id).personen(personen).volwassenen(volwassenen).kinderen(kinderen).azcCode(azcCode)
                .vergunningdatum(vergunningdatum).regioadvies(regioadvies).sectoren(sectoren)
                .opleidingsniveau(opleidingsniveau).voorkeurGemeenten(voorkeurGemeenten).familieGemeente(familieGemeente)
                .zorgCode(zorgCode).werkOfOpleidingGemeente(werkOfOpleidingGemeente).netwerkGemeente(netwerkGemeente)
                .uitgeslotenGemeenten(uitgeslotenGemeenten).nareizigerVanGemeente(nareizigerVanGemeente)
                .nareizigerAangekondigd(nareizigerAangekondigd).gekoppeldGemeente(gekoppeldGemeente).uitkomstkans(uitkomstkans).leden(leden);
        kenmerken.forEach(b::kenmerk);
        return b;
    }

    /** Builds a {@link Huishouden}; every field but the id is optional. */
    public static final class Builder {
        private final String id;
        private int personen;
        private int volwassenen;
        private int kinderen;
        private String azcCode;
        private LocalDate vergunningdatum;
        private List<String> regioadvies = List.of();
        private List<String> sectoren = List.of();
        private Opleidingsniveau opleidingsniveau = Opleidingsniveau.ONBEKEND;
        private List<String> voorkeurGemeenten = List.of();
        private String familieGemeente;
        private String zorgCode;
        private String werkOfOpleidingGemeente;
        private String netwerkGemeente;
        private List<String> uitgeslotenGemeenten = List.of();
        private String nareizigerVanGemeente;
        private LocalDate nareizigerAangekondigd;
        private String gekoppeldGemeente;
        private Map<String, Double> uitkomstkans = new TreeMap<>();
        private final Map<String, String> kenmerken = new LinkedHashMap<>();
        private List<Persoon> leden = List.of();

        public Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        public Builder personen(int v) { this.personen = v; return this; }
        public Builder volwassenen(int v) { this.volwassenen = v; return this; }
        public Builder kinderen(int v) { this.kinderen = v; return this; }
        public Builder azcCode(String v) { this.azcCode = v; return this; }
        public Builder vergunningdatum(LocalDate v) { this.vergunningdatum = v; return this; }
        public Builder regioadvies(List<String> v) { this.regioadvies = v; return this; }
        public Builder regioadvies(String... v) { return regioadvies(List.of(v)); }
        public Builder sectoren(List<String> v) { this.sectoren = v; return this; }
        public Builder sectoren(String... v) { return sectoren(List.of(v)); }
        public Builder opleidingsniveau(Opleidingsniveau v) { this.opleidingsniveau = v; return this; }
        public Builder voorkeurGemeenten(List<String> v) { this.voorkeurGemeenten = v; return this; }
        public Builder voorkeurGemeenten(String... v) { return voorkeurGemeenten(List.of(v)); }
        public Builder familieGemeente(String v) { this.familieGemeente = v; return this; }
        public Builder zorgCode(String v) { this.zorgCode = v; return this; }
        public Builder werkOfOpleidingGemeente(String v) { this.werkOfOpleidingGemeente = v; return this; }
        public Builder netwerkGemeente(String v) { this.netwerkGemeente = v; return this; }
        public Builder uitgeslotenGemeenten(List<String> v) { this.uitgeslotenGemeenten = v; return this; }
        public Builder uitgeslotenGemeenten(String... v) { return uitgeslotenGemeenten(List.of(v)); }
        public Builder nareizigerVanGemeente(String v) { this.nareizigerVanGemeente = v; return this; }
        public Builder nareizigerAangekondigd(LocalDate v) { this.nareizigerAangekondigd = v; return this; }
        public Builder gekoppeldGemeente(String v) { this.gekoppeldGemeente = v; return this; }
        public Builder uitkomstkans(Map<String, Double> v) { this.uitkomstkans = new TreeMap<>(v); return this; }
        public Builder uitkomstkans(String arbeidsmarktregioCode, double kans) {
            this.uitkomstkans.put(arbeidsmarktregioCode, kans);
            return this;
        }
        public Builder kenmerk(String naam, String waarde) { this.kenmerken.put(naam, waarde); return this; }
        public Builder leden(List<Persoon> v) { this.leden = List.copyOf(v); return this; }

        public Huishouden build() {
            return new Huishouden(id, personen, volwassenen, kinderen, azcCode, vergunningdatum,
                    new ArrayList<>(regioadvies), new ArrayList<>(sectoren), opleidingsniveau,
                    new ArrayList<>(voorkeurGemeenten), familieGemeente, zorgCode, werkOfOpleidingGemeente,
                    netwerkGemeente, new ArrayList<>(uitgeslotenGemeenten), nareizigerVanGemeente, nareizigerAangekondigd, gekoppeldGemeente,
                    uitkomstkans, kenmerken, leden);
        }
    }
}
