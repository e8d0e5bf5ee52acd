package nl.kansrijk.io.input;

import java.util.HashMap;
import java.util.Map;

/** The codes of one kind read so far (gemeenten, regions, azcs, …), with the line each was first seen on. */
final class Codes {
    private final String kind;
    private final String unknown;
    private final Map<String, Long> lines = new HashMap<>();
    boolean complete;
    private boolean unreadable;

    /** @param kind the noun, for duplicates; @param unknown the phrase for an unknown reference */
    Codes(String kind, String unknown) {
        this.kind = kind;
        this.unknown = unknown;
    }

    /**
     * Registers a code from its defining file; a missing or refused code (already reported) makes references
     * to this kind unjudgeable, so that one bad cell does not echo through every file.
     */
    boolean define(TableRow row, String column, String code) {
        if (code == null) {
            unreadable = true;
            return false;
        }
        return add(row, column, code);
    }

    /** Registers a code; reports a duplicate and returns false when it was seen before. */
    boolean add(TableRow row, String column, String code) {
        Long first = lines.putIfAbsent(code, row.line());
        if (first != null) {
            row.error(column, code, kind + " komt al voor op regel " + first);
            return false;
        }
        return true;
    }

    /** Reports an unknown code, unless the file defining this kind could not be read at all. */
    void reference(TableRow row, String column, String code) {
        if (code != null && complete && !unreadable && !lines.containsKey(code)) {
            row.error(column, code, unknown);
        }
    }

    boolean contains(String code) {
        return lines.containsKey(code);
    }
}
