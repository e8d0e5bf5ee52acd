package nl.kansrijk.service.web;

import java.util.regex.Pattern;

/**
 * The form a user id must have, checked before anything else is done with it (no hashing, no lockout memory):
 * 1 to 64 characters of letters, digits and {@code . _ @ -}. Longer or other ids are refused at once.
 */
final class Inlognaam {

    static final int MAX = 64;
    static final String VORM = "1 tot 64 tekens: letters, cijfers en . _ @ -";
    private static final Pattern PATROON = Pattern.compile("[A-Za-z0-9._@-]{1," + MAX + "}");

    private Inlognaam() {
    }

    static boolean geldig(String id) {
        return id != null && PATROON.matcher(id).matches();
    }
}
