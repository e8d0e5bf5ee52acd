package nl.kansrijk.rules;

/**
 * Why a gemeente was not chosen when this rule stood most in the way, as a household's letter says it, in Dutch and
 * English; {@value #GEMEENTE} stands for the name of the gemeente that was chosen instead.
 *
 * @param nl the Dutch sentence
 * @param en the English sentence
 */
public record Waarom(String nl, String en) {

    /** Placeholder for the chosen gemeente's name. */
    public static final String GEMEENTE = "{gemeente}";

    /** No specific reason to tell. */
    public static final Waarom NIET_MOGELIJK = new Waarom("Dat was niet mogelijk.", "That was not possible.");

    /** The sentence in Dutch ({@code nederlands}) or English, with the chosen gemeente's name filled in. */
    public String tekst(boolean nederlands, String gemeente) {
        String zin = nederlands ? nl : en;
        return zin.contains(GEMEENTE) ? zin.replace(GEMEENTE, gemeente) : zin;
    }
}
