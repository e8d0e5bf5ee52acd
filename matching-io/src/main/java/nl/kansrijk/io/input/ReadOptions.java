package nl.kansrijk.io.input;

/**
 * Options for reading an input folder.
 *
 * @param allowBsn accept cells that look like a BSN (nine digits passing the elfproef); refused by default
 */
public record ReadOptions(boolean allowBsn) {

    /** The default: values that look like a BSN are refused. */
    public static final ReadOptions DEFAULT = new ReadOptions(false);
}
