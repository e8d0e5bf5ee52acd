package nl.kansrijk.io.input;

/**
 * Recognises values that look like a Dutch citizen service number (BSN): exactly nine digits, not all zeros,
 * passing the elfproef 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11). The engine needs no BSN, so such values are refused.
 */
public final class Bsn {

    private Bsn() {
    }

    /** Whether the text, trimmed, is nine digits that pass the elfproef. */
    public static boolean looksLikeBsn(String text) {
        if (text == null) {
            return false;
        }
        String s = text.strip();
        if (s.length() != 9) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < 9; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            allZero &= d == 0;
            sum += i < 8 ? (9 - i) * d : -d;
        }
        return !allZero && sum % 11 == 0;
    }
}
