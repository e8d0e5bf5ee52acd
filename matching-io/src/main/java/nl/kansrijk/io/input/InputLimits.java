package nl.kansrijk.io.input;

/** The documented limits on input size, checked before and while reading (see docs/input-format.md). */
public final class InputLimits {

    /** Largest accepted input file: 200 MB (209,715,200 bytes), refused before it is read. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    /** Most households accepted in huishoudens.csv. */
    public static final int MAX_HUISHOUDENS = 1_000_000;

    /** Most problems collected; beyond this one closing line says how many more there were. */
    public static final int MAX_PROBLEMS = 10_000;

    private InputLimits() {
    }
}
