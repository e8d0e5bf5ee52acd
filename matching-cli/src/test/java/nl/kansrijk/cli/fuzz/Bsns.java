package nl.kansrijk.cli.fuzz;

import java.util.Random;

/** Makes nine-digit numbers that pass the elfproef, as a BSN does (test data only; none belongs to anyone known). */
public final class Bsns {

    private Bsns() {
    }

    /** A random BSN look-alike: 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11), first digit not 0. */
    public static String random(Random rnd) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            d[0] = 1 + rnd.nextInt(9);
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    d[i] = rnd.nextInt(10);
                }
                sum += (9 - i) * d[i];
            }
            int last = Math.floorMod(sum, 11);
            if (last <= 9) {
                d[8] = last;
                StringBuilder sb = new StringBuilder();
                for (int v : d) {
                    sb.append(v);
                }
                return sb.toString();
            }
        }
    }
}
