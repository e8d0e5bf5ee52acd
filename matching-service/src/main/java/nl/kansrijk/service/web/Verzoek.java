package nl.kansrijk.service.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.http.Context;
import nl.kansrijk.io.input.Bsn;
import nl.kansrijk.service.Fout;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading one request safely: the body within a byte limit, JSON with messages naming line, column and field,
 * fields of the right type, and no value that looks like a BSN (unless the server was started with --allow-bsn).
 */
final class Verzoek {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Nine digits standing alone inside a longer text (a reason), to be checked with the elfproef. */
    private static final Pattern NEGEN_CIJFERS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    private final Context ctx;
    private final boolean bsnToegestaan;

    Verzoek(Context ctx, boolean bsnToegestaan) {
        this.ctx = ctx;
        this.bsnToegestaan = bsnToegestaan;
    }

    /** The body, refused with 413 when it is larger than {@code max} bytes (also when sent without a length). */
    byte[] body(long max, String wat) {
        long lengte = ctx.contentLength();
        if (lengte > max) {
            throw teGroot(lengte, max, wat);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long totaal = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                totaal += n;
                if (totaal > max) {
                    throw teGroot(totaal, max, wat);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Fout(400, "body", "het verzoek kon niet gelezen worden (" + e.getClass().getSimpleName() + ")");
        }
    }

    static Fout teGroot(long lengte, long max, String wat) {
        return new Fout(413, "body", wat + " is te groot: " + (lengte > max && lengte < Long.MAX_VALUE ? "meer dan " : "")
                + max + " bytes is het maximum");
    }

    /** The body as a JSON object with only the given fields. */
    JsonNode json(long max, Set<String> velden) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new Fout(415, "Content-Type", "stuur JSON met Content-Type application/json");
        }
        byte[] body = body(max, "het JSON-verzoek");
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            String plaats = loc == null ? "" : " (regel " + loc.getLineNr() + ", kolom " + loc.getColumnNr() + ")";
            throw new Fout(400, "body", "ongeldige JSON in het verzoek" + plaats + ": " + oorzaak(e));
        }
        if (root == null || !root.isObject()) {
            throw new Fout(400, "body", "het verzoek moet een JSON-object zijn, {...}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!velden.contains(e.getKey())) {
                throw new Fout(400, nl.kansrijk.service.Werkbank.kort(e.getKey()), "onbekend veld '" + nl.kansrijk.service.Werkbank.kort(e.getKey())
                        + "'; bekend zijn: " + String.join(", ", new java.util.TreeSet<>(velden)));
            }
        }
        return root;
    }

    private static String oorzaak(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "onleesbaar";
        }
        m = m.replaceAll("\\s+", " ");
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }

    /** A text field; {@code null} when absent or null and not required. */
    String tekst(JsonNode root, String veld, boolean verplicht) {
        JsonNode n = root.get(veld);
        if (n == null || n.isNull()) {
            if (verplicht) {
                throw new Fout(400, veld, "veld '" + veld + "' ontbreekt");
            }
            return null;
        }
        if (!n.isString()) {
            throw new Fout(400, veld, "veld '" + veld + "' moet tekst zijn");
        }
        return geenBsn(veld, n.asString());
    }

    /** A list of texts (household ids); empty when absent and not required. */
    java.util.List<String> lijst(JsonNode root, String veld, boolean verplicht) {
        JsonNode n = root.get(veld);
        if ((n == null || n.isNull()) && !verplicht) {
            return java.util.List.of();
        }
        if (n == null || !n.isArray()) {
            throw new Fout(400, veld, "veld '" + veld + "' moet een lijst van huishouden-id's zijn");
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode x : n) {
            if (!x.isString()) {
                throw new Fout(400, veld, "veld '" + veld + "' moet een lijst van huishouden-id's zijn");
            }
            out.add(geenBsn(veld, x.asString()));
        }
        return out;
    }

    /** A whole-number field. */
    long getal(JsonNode root, String veld) {
        JsonNode n = root.get(veld);
        if (n == null || n.isNull()) {
            throw new Fout(400, veld, "veld '" + veld + "' ontbreekt");
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw new Fout(400, veld, "veld '" + veld + "' moet een geheel getal zijn");
        }
        return n.asLong();
    }

    /** A path parameter, checked for BSN-like values. */
    String pad(String naam, String veld) {
        return geenBsn(veld, ctx.pathParam(naam));
    }

    /** A query parameter, checked for BSN-like values; {@code null} when absent. */
    String query(String naam) {
        String v = ctx.queryParam(naam);
        return v == null ? null : geenBsn(naam, v);
    }

    /** The value, unless it (or a nine-digit number inside it) looks like a BSN. */
    String geenBsn(String veld, String waarde) {
        if (bsnToegestaan || waarde == null) {
            return waarde;
        }
        boolean bsn = Bsn.looksLikeBsn(waarde);
        Matcher m = NEGEN_CIJFERS.matcher(waarde);
        while (!bsn && m.find()) {
            bsn = Bsn.looksLikeBsn(m.group());
        }
        if (bsn) {
            throw new Fout(400, veld, "veld '" + veld + "' bevat een waarde die op een BSN lijkt (negen cijfers die de "
                    + "elfproef halen); de werkbank neemt geen BSN aan, gebruik het pseudonieme huishouden_id");
        }
        return waarde;
    }
}
