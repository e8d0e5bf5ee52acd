package nl.kansrijk.io.explain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import nl.kansrijk.explain.Advies;
import nl.kansrijk.explain.Evaluatie;
import nl.kansrijk.explain.Optie;
import nl.kansrijk.explain.Overtreding;
import nl.kansrijk.explain.Overweging;
import nl.kansrijk.explain.Reden;
import nl.kansrijk.explain.Uitleg;
import nl.kansrijk.metrics.Kwaliteit;
import nl.kansrijk.rules.Regel;

/** Advice, what-ifs, evaluations and explanations as readable Dutch text for a regievoerder. Deterministic. */
public final class AdviesTekst {

    private AdviesTekst() {
    }

    /** The advice: the top gemeenten with their reasons, then what excludes the others. */
    public static String tekst(Advies a, int personen, long koppelingenInPlan) {
        StringBuilder sb = new StringBuilder();
        sb.append("Advies voor huishouden ").append(a.huishoudenId()).append(" (").append(personen)
                .append(personen == 1 ? " persoon" : " personen").append("), naast ").append(koppelingenInPlan)
                .append(" bestaande koppelingen\n");
        if (a.opties().isEmpty()) {
            sb.append("Geen enkele gemeente voldoet aan alle harde regels.\n");
        }
        for (Optie o : a.opties()) {
            sb.append(String.format(Locale.ROOT, "%2d. %s%n", o.rang(), kop(o)));
            sb.append("    score ").append(score(o.delta()));
            if (o.rang() > 1) {
                sb.append(", ").append(score(o.verschil())).append(" ten opzichte van de beste");
            }
            sb.append('\n');
            if (o.prijs() != null) {
                sb.append("    ").append(o.schaarsteTekst()).append('\n');
            }
            if (o.planwaarde() != null) {
                sb.append("    ").append(o.vooruitblikTekst()).append('\n');
            }
            redenen(sb, o.redenen());
        }
        if (a.wachtTekst() != null) {
            sb.append(a.wachtTekst()).append('\n');
        }
        uitgesloten(sb, a);
        return sb.toString();
    }

    /** A what-if: allowed with its cost per rule, or refused naming the rules. */
    public static String tekst(Overweging o) {
        StringBuilder sb = new StringBuilder();
        sb.append("Overweging: huishouden ").append(o.huishoudenId()).append(" naar ").append(kop(o.gekozen())).append('\n');
        if (!o.isToegestaan()) {
            sb.append("GEWEIGERD: een harde regel verbiedt deze koppeling\n");
            o.weigering().forEach(w -> sb.append("  - ").append(w).append('\n'));
            return sb.toString();
        }
        if (o.beste() == null) {
            sb.append("toegestaan; er is geen geadviseerde gemeente om mee te vergelijken\n");
        } else if (o.kostenPerRegel().isEmpty()) {
            sb.append("toegestaan; dit is het advies (rang 1)\n");
        } else {
            sb.append("toegestaan (rang ").append(o.gekozen().rang()).append("); kost ").append(score(o.kosten()))
                    .append(" ten opzichte van het advies ").append(kop(o.beste())).append('\n');
            perRegel(sb, o.kostenPerRegel());
        }
        sb.append("  redenen:\n");
        redenen(sb, o.gekozen().redenen());
        return sb.toString();
    }

    /** An explanation: the sentence, the breakdown and the best alternative. */
    public static String tekst(Uitleg u) {
        StringBuilder sb = new StringBuilder();
        sb.append("Huishouden ").append(u.koppeling().huishoudenId()).append(": ")
                .append(u.huidig() == null ? "niet geplaatst" : kop(u.huidig())).append(" (")
                .append(u.koppeling().status().code()).append(")\n");
        sb.append("  ").append(u.zin()).append('\n');
        if (u.huidig() != null) {
            sb.append("Bijdrage aan de score: ").append(score(u.huidig().delta())).append('\n');
            redenen(sb, u.huidig().redenen());
        }
        if (u.alternatief() == null) {
            sb.append("Geen andere gemeente voldoet aan alle harde regels.\n");
        } else {
            sb.append("Beste alternatief: ").append(kop(u.alternatief())).append(", ").append(score(u.verschil()))
                    .append(u.huidig() == null ? " ten opzichte van niet geplaatst" : " ten opzichte van de koppeling")
                    .append('\n');
            perRegel(sb, u.verschilPerRegel());
        }
        return sb.toString();
    }

    /** An evaluation: scores side by side, rules side by side, quality, hard violations. */
    public static String tekst(Evaluatie e) {
        StringBuilder sb = new StringBuilder();
        int w = Math.max(16, Math.max(e.plan().score().toString().length(), e.engine().score().toString().length()));
        String rij = "%-26s %" + w + "s %" + w + "s%n";
        sb.append(String.format(Locale.ROOT, rij, "", "plan", "engine"));
        sb.append(String.format(Locale.ROOT, rij, "score", e.plan().score(), e.engine().score()));
        for (Evaluatie.RegelVergelijking v : e.perRegel()) {
            if (v.plan() != 0 || v.engine() != 0) {
                sb.append(String.format(Locale.ROOT, "  %-24s %" + w + "d %" + w + "d%n", v.regel().id(), v.plan(), v.engine()));
            }
        }
        Kwaliteit p = e.metricsPlan().totaal();
        Kwaliteit m = e.metricsEngine().totaal();
        sb.append(String.format(Locale.ROOT, rij, "personen geplaatst", p.geplaatstePersonen() + " van " + p.personen(),
                m.geplaatstePersonen() + " van " + m.personen()));
        sb.append(String.format(Locale.ROOT, rij, "in regio van advies", procent(p.aandeelAdviesRegio()),
                procent(m.aandeelAdviesRegio())));
        sb.append(String.format(Locale.ROOT, rij, "in eerste adviesregio", procent(p.aandeelEersteRegio()),
                procent(m.aandeelEersteRegio())));
        sb.append(String.format(Locale.ROOT, rij, "km azc -> gemeente (gem.)", km(p.kmGemiddeld()), km(m.kmGemiddeld())));
        if (e.overtredingen().isEmpty()) {
            sb.append("Het plan breekt geen harde regel.\n");
        } else {
            sb.append("Harde regels gebroken (").append(e.overtredingen().size()).append("):\n");
            for (Overtreding o : e.overtredingen()) {
                sb.append("  - ").append(o.huishoudenId() == null ? "gemeente " + o.gemeenteCode()
                        : o.gemeenteCode() == null ? o.huishoudenId() + " (niet geplaatst)"
                        : o.huishoudenId() + " in " + o.gemeenteCode()).append(": ").append(o.tekst()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String kop(Optie o) {
        return o.gemeenteCode() + " " + o.gemeente().naam() + " (" + o.gemeente().arbeidsmarktregioCode() + ")";
    }

    private static void redenen(StringBuilder sb, List<Reden> redenen) {
        for (Reden r : redenen) {
            sb.append("      ").append(r.tekst()).append('\n');
        }
    }

    private static void perRegel(StringBuilder sb, Map<Regel, Long> perRegel) {
        perRegel.forEach((r, v) -> sb.append("      ").append(getal(v)).append(' ').append(r.label()).append('\n'));
    }

    private static void uitgesloten(StringBuilder sb, Advies a) {
        int rest = a.gemeenten() - a.toegestaan();
        if (rest == 0) {
            return;
        }
        sb.append("Niet geadviseerd: ").append(rest).append(" van ").append(a.gemeenten())
                .append(" gemeenten breken een harde regel\n");
        a.uitgesloten().forEach((r, n) -> sb.append("  ").append(r.label()).append(" sluit ").append(n)
                .append(n == 1 ? " gemeente" : " gemeenten").append(" uit\n"));
    }

    /** A score difference in words: {@code +1234 zacht}, {@code −2 hard, +4 medium}. */
    static String score(HardMediumSoftScore s) {
        if (s == null) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        deel(sb, s.hardScore(), "hard");
        deel(sb, s.mediumScore(), "medium");
        if (s.softScore() != 0 || sb.isEmpty()) {
            deel(sb, s.softScore(), "zacht");
        }
        return sb.toString();
    }

    private static void deel(StringBuilder sb, long v, String niveau) {
        if (v == 0 && !"zacht".equals(niveau)) {
            return;
        }
        if (!sb.isEmpty()) {
            sb.append(", ");
        }
        sb.append(getal(v)).append(' ').append(niveau);
    }

    /** A signed whole number with a real minus sign: {@code +12}, {@code −3}, {@code 0}. */
    static String getal(long v) {
        return (v > 0 ? "+" : v < 0 ? "\u2212" : "") + Math.abs(v);
    }

    private static String procent(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String km(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }
}
