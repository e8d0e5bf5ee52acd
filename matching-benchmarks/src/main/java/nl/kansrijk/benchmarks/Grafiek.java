package nl.kansrijk.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The scaling chart as a small SVG: households (log scale) against seconds, one line for the first complete
 * plan and one for reaching 99.5 % of the best known score, with the run's time limit as a dashed line.
 */
final class Grafiek {

    private static final int B = 640, H = 400, L = 70, R = 20, T = 30, O = 50;

    private Grafiek() {
    }

    static String svg(List<ScalingBenchmark.Meting> metingen, Duration limiet) {
        double maxX = metingen.stream().mapToInt(ScalingBenchmark.Meting::huishoudens).max().orElse(1);
        double minX = metingen.stream().mapToInt(ScalingBenchmark.Meting::huishoudens).min().orElse(1);
        if (maxX <= minX) {
            maxX = minX * 10;
        }
        double maxY = limiet.toMillis() / 1000.0;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", B, H));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", B, H));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">Engine time against problem size "
                + "(342 gemeenten, 2 cores)</text>%n", L));
        // axes
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", L, H - O, B - R, H - O));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", L, T, L, H - O));
        for (ScalingBenchmark.Meting m : metingen) {
            double x = x(m.huishoudens(), minX, maxX);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x, H - O + 16, m.huishoudens()));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">households (log scale)</text>%n",
                (L + B - R) / 2, H - 12));
        for (int i = 0; i <= 4; i++) {
            double v = maxY * i / 4;
            double y = y(v, maxY);
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f s</text>%n", L - 6, y + 4, v));
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", L, y, B - R, y));
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"gray\" stroke-dasharray=\"6,4\"/>%n",
                L, y(maxY, maxY), B - R, y(maxY, maxY)));
        lijn(s, metingen, minX, maxX, maxY, true, "#1f77b4");
        lijn(s, metingen, minX, maxX, maxY, false, "#d62728");
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#1f77b4\">— first complete plan (construction)</text>%n", L + 10, T + 16));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#d62728\">— 99.5 %% of best known score</text>%n", L + 10, T + 32));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"gray\">- - time limit of each run</text>%n", L + 10, T + 48));
        s.append("</svg>\n");
        return s.toString();
    }

    private static void lijn(StringBuilder s, List<ScalingBenchmark.Meting> metingen, double minX, double maxX, double maxY,
            boolean eerste, String kleur) {
        StringBuilder punten = new StringBuilder();
        for (ScalingBenchmark.Meting m : metingen) {
            Duration d = eerste ? m.eersteVolledig() : m.totBest();
            if (d == null) {
                continue;
            }
            double x = x(m.huishoudens(), minX, maxX);
            double y = y(d.toMillis() / 1000.0, maxY);
            punten.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, kleur));
        }
        s.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                punten.toString().trim(), kleur));
    }

    private static double x(double n, double minX, double maxX) {
        double f = (Math.log(n) - Math.log(minX)) / (Math.log(maxX) - Math.log(minX));
        return L + 20 + f * (B - R - L - 40);
    }

    private static double y(double sec, double maxY) {
        return H - O - Math.min(1.0, sec / maxY) * (H - O - T - 60);
    }
}
