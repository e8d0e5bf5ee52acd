package nl.kansrijk.service.web;

import java.util.EnumSet;
import java.util.Set;

/**
 * A signed-in user or system: its pseudonymous id (what the decision log records) and its roles.
 *
 * @param id the user id or the token's id
 * @param rollen at least one role
 */
public record Account(String id, Set<Rol> rollen) {

    public Account {
        if (rollen.isEmpty()) {
            throw new IllegalArgumentException("account " + id + " zonder rol");
        }
        rollen = Set.copyOf(EnumSet.copyOf(rollen));
    }

    /** The roles as their names, sorted, for answers. */
    public java.util.List<String> rolnamen() {
        return rollen.stream().sorted().map(Rol::naam).toList();
    }
}
