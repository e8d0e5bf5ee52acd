package nl.kansrijk.relaxation;

/**
 * The change a move makes to a plan of whole households: persons placed (medium, the niet-geplaatst terms) and the
 * soft score, judged in that order; {@link #ONMOGELIJK} when a gemeente would get more persons than its room.
 *
 * @param medium change of the medium score (the niet-geplaatst terms of the free households)
 * @param zacht change of the soft score, balans terms included
 */
record Delta(long medium, long zacht) {

    /** No change: what a move has to beat to improve the plan. */
    static final Delta NUL = new Delta(0, 0);

    /** The move breaks a gemeente's room. */
    static final Delta ONMOGELIJK = new Delta(0, Long.MIN_VALUE);

    /** Whether the move keeps every gemeente within its room. */
    boolean mogelijk() {
        return zacht != Long.MIN_VALUE;
    }

    /** Whether this change is better than {@code ander}: more persons placed, then more soft score. */
    boolean beter(Delta ander) {
        return beter(medium, zacht, ander.medium, ander.zacht);
    }

    /** Whether the change (medium, zacht) is better than (anderMedium, anderZacht), as {@link #beter(Delta)}. */
    static boolean beter(long medium, long zacht, long anderMedium, long anderZacht) {
        return medium > anderMedium || (medium == anderMedium && zacht > anderZacht);
    }

    /** The soft change with each person placed valued at {@code straf} (an unplaced person at −{@code straf}). */
    long waarde(long straf) {
        return zacht + straf * medium;
    }
}
