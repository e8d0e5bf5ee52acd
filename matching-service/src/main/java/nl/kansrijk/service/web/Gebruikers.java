package nl.kansrijk.service.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may use the werkbank: regievoerders with a salted password hash (PBKDF2-HMAC-SHA256, from the JDK) and
 * systems with a bearer token (its SHA-256 stored), read from a JSON file (docs/service.md). User ids are
 * pseudonymous; they are what the decision log records. Immutable and thread-safe.
 */
public final class Gebruikers {

    static final String SCHEMA = "pbkdf2-sha256";
    /** PBKDF2-HMAC-SHA256 iterations for new hashes (OWASP's 2023 advice); older, cheaper hashes still verify. */
    static final int ITERATIES = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Roles of an account whose entry in the users file has no {@code "rol"} (files from before roles). */
    public static final Set<Rol> STANDAARD_ROL = EnumSet.of(Rol.REGIEVOERDER);

    private final Map<String, String> wachtwoorden;
    private final Map<String, Set<Rol>> rollen;
    private final Map<String, Account> tokens;
    private final int zonderRol;
    /** A hash to check against for unknown users, so that the answer takes as long as for known ones. */
    private final String dummy;

    private Gebruikers(Map<String, String> wachtwoorden, Map<String, Set<Rol>> rollen, Map<String, Account> tokens,
            int zonderRol) {
        this.wachtwoorden = Map.copyOf(wachtwoorden);
        this.rollen = Map.copyOf(rollen);
        this.tokens = Map.copyOf(tokens);
        this.zonderRol = zonderRol;
        this.dummy = hash("dummy".toCharArray());
    }

    /** Reads the users file. */
    public static Gebruikers lees(Path bestand) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(bestand, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalArgumentException(bestand.getFileName() + ": geen geldige JSON (" + e.getClass().getSimpleName() + ")");
        }
        Map<String, String> ww = new HashMap<>();
        Map<String, Set<Rol>> rol = new HashMap<>();
        int zonderRol = 0;
        for (JsonNode g : root.path("gebruikers")) {
            String id = g.path("id").asString("");
            String hash = g.path("wachtwoord_hash").asString("");
            if (!Inlognaam.geldig(id) || !hash.startsWith(SCHEMA + ":") || !hash.matches("[a-z0-9-]+:[0-9]{4,8}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")) {
                throw new IllegalArgumentException(bestand.getFileName() + ": gebruiker zonder geldige id (" + Inlognaam.VORM
                        + ") of met een wachtwoord_hash die niet de vorm " + SCHEMA + ":iteraties:zout:hash heeft "
                        + "(maak hem met hash-wachtwoord)");
            }
            ww.put(id, hash);
            rol.put(id, rollen(bestand, id, g.get("rol")));
            zonderRol += g.has("rol") ? 0 : 1;
        }
        Map<String, Account> tk = new HashMap<>();
        for (JsonNode t : root.path("tokens")) {
            String id = t.path("id").asString("");
            String sha = t.path("token_sha256").asString("");
            if (id.isBlank() || !sha.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException(bestand.getFileName() + ": token zonder id of zonder token_sha256 (64 hexcijfers)");
            }
            tk.put(sha, new Account(id, rollen(bestand, id, t.get("rol"))));
            zonderRol += t.has("rol") ? 0 : 1;
        }
        if (ww.isEmpty() && tk.isEmpty()) {
            throw new IllegalArgumentException(bestand.getFileName() + ": geen gebruikers en geen tokens");
        }
        return new Gebruikers(ww, rol, tk, zonderRol);
    }

    /** {@code "rol"}: one role name or a list of them; absent: {@link #STANDAARD_ROL}. */
    private static Set<Rol> rollen(Path bestand, String id, JsonNode rol) {
        if (rol == null || rol.isNull()) {
            return STANDAARD_ROL;
        }
        Set<Rol> out = EnumSet.noneOf(Rol.class);
        try {
            if (rol.isString()) {
                out.add(Rol.van(rol.asString()));
            } else if (rol.isArray()) {
                for (JsonNode r : rol) {
                    out.add(Rol.van(r.asString("")));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(bestand.getFileName() + ": " + id + ": " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(bestand.getFileName() + ": " + id + ": \"rol\" moet een rol of een lijst "
                    + "van rollen zijn (regievoerder, beheerder, lezer)");
        }
        return out;
    }

    /** One user with the given password and roles (used when no users file is given: a one-time password is printed). */
    public static Gebruikers een(String id, char[] wachtwoord, Set<Rol> rollen) {
        return new Gebruikers(Map.of(id, hash(wachtwoord)), Map.of(id, rollen), Map.of(), 0);
    }

    /** How many accounts of the file had no {@code "rol"} and got {@link #STANDAARD_ROL}. */
    public int zonderRol() {
        return zonderRol;
    }

    /** The account when the password is right. */
    public Optional<Account> controleer(String id, char[] wachtwoord) {
        String hash = wachtwoorden.get(id);
        boolean goed = klopt(hash == null ? dummy : hash, wachtwoord);
        return goed && hash != null ? Optional.of(new Account(id, rollen.get(id))) : Optional.empty();
    }

    /** Whether the stored hash of a user has a lower cost than {@link #ITERATIES} (to be made again). */
    public boolean verouderd(String id) {
        String hash = wachtwoorden.get(id);
        return hash != null && Integer.parseInt(hash.split(":")[1]) < ITERATIES;
    }

    /** The system account of a bearer token. */
    public Optional<Account> token(String token) {
        return Optional.ofNullable(tokens.get(sha256(token)));
    }

    /** A new salted hash for the users file. */
    public static String hash(char[] wachtwoord) {
        byte[] zout = new byte[16];
        RANDOM.nextBytes(zout);
        return SCHEMA + ":" + ITERATIES + ":" + Base64.getEncoder().encodeToString(zout) + ":"
                + Base64.getEncoder().encodeToString(pbkdf2(wachtwoord, zout, ITERATIES));
    }

    static boolean klopt(String hash, char[] wachtwoord) {
        String[] d = hash.split(":");
        byte[] zout = Base64.getDecoder().decode(d[2]);
        byte[] verwacht = Base64.getDecoder().decode(d[3]);
        return MessageDigest.isEqual(verwacht, pbkdf2(wachtwoord, zout, Integer.parseInt(d[1])));
    }

    private static byte[] pbkdf2(char[] wachtwoord, byte[] zout, int iteraties) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(wachtwoord, zout, iteraties, 256)).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lowercase hex SHA-256 of a token. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A random secret (session ids, CSRF tokens, one-time passwords): 32 bytes, URL-safe base64. */
    public static String geheim() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
