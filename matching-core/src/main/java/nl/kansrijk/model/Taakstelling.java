package nl.kansrijk.model;

import java.util.Objects;

/**
 * A gemeente's half-yearly housing quota (taakstelling) in persons, with its arrears and what it already realised.
 *
 * @param gemeenteCode the gemeente
 * @param periode half year, {@code YYYY-H1} or {@code YYYY-H2}
 * @param taakstelling persons to house this period
 * @param achterstand arrears carried in from earlier periods, in persons (negative: a lead, voorsprong)
 * @param gerealiseerd persons already linked to the gemeente this period outside the input
 */
public record Taakstelling(String gemeenteCode, String periode, int taakstelling, int achterstand, int gerealiseerd) {

    public Taakstelling {
        Objects.requireNonNull(gemeenteCode, "gemeenteCode");
        Objects.requireNonNull(periode, "periode");
    }

    /** Persons the gemeente must house in this period in all: taakstelling plus achterstand. */
    public int opgave() {
        return taakstelling + achterstand;
    }

    /** Places left for the input's households before tolerance: taakstelling + achterstand − gerealiseerd. */
    public int capaciteit() {
        return taakstelling + achterstand - gerealiseerd;
    }
}
