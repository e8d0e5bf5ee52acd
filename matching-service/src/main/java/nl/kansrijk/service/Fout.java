package nl.kansrijk.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the werkbank refuses: an HTTP status, the field it is about and a Dutch message, plus optional details
 * (every input problem, or fresh advice after a lost decision). Never carries a stack trace to the client.
 */
public final class Fout extends RuntimeException {

    private final int status;
    private final String veld;
    private final transient Map<String, Object> extra;

    public Fout(int status, String veld, String melding) {
        this(status, veld, melding, Map.of());
    }

    public Fout(int status, String veld, String melding, Map<String, Object> extra) {
        super(melding, null, false, false);
        this.status = status;
        this.veld = veld;
        this.extra = new LinkedHashMap<>(extra);
    }

    public int status() {
        return status;
    }

    /** The request field (JSON key, query parameter or file) the message is about, or {@code null}. */
    public String veld() {
        return veld;
    }

    /** The JSON body: {@code fout}, {@code veld} and any details. */
    public Map<String, Object> alsJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fout", getMessage());
        m.put("veld", veld);
        m.putAll(extra);
        return m;
    }

    /** 400 with every problem of an input, each as its message. */
    public static Fout invoer(String veld, List<String> problemen) {
        String melding = problemen.size() == 1 ? problemen.get(0)
                : problemen.size() + " problemen in de invoer; de eerste: " + problemen.get(0);
        return new Fout(400, veld, melding, Map.of("problemen", problemen));
    }
}
