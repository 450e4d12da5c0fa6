package cyd.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;


import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The key that signs cookies. Configured, or else made once and kept in the database, so that every
 * instance sharing the database signs alike and sign-ins survive a restart. Keys named in
 * {@code cyd.session.also-accepted} are believed but never used to sign, so that the key can be changed without
 * signing everyone out at once (deploy/OPERATIONS.md says how, in three steps).
 */
@Startup
@ApplicationScoped
public class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NAME = "cookie-signing";

    @Inject
    Settings settings;

    @Inject
    AgroalDataSource dataSource;

    private byte[] key;
    private java.util.List<byte[]> accepted = java.util.List.of();

    @PostConstruct
    void load() {
        accepted = settings.session().alsoAccepted().orElse(java.util.List.of()).stream().map(String::strip)
                .filter(k -> !k.isEmpty()).map(k -> {
                    if (k.length() < 32) {
                        throw new IllegalStateException("each key in cyd.session.also-accepted must be at least 32 "
                                + "characters long");
                    }
                    return k.getBytes(StandardCharsets.UTF_8);
                }).toList();
        Optional<String> configured = settings.session().secret();
        if (configured.isPresent() && !configured.get().isBlank()) {
            if (configured.get().length() < 32) {
                throw new IllegalStateException("cyd.session.secret must be at least 32 characters long");
            }
            key = configured.get().getBytes(StandardCharsets.UTF_8);
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            String found = read(c);
            if (found == null) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT IGNORE INTO app_secret (name, secret, created_at) VALUES (?, ?, ?)")) {
                    insert.setString(1, NAME);
                    insert.setString(2, randomToken(48));
                    insert.setTimestamp(3, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
                // Another instance may have won the race: whatever is stored now is the key.
                found = read(c);
            }
            key = found.getBytes(StandardCharsets.UTF_8);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the cookie-signing key from the database", e);
        }
    }

    private static String read(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT secret FROM app_secret WHERE name = ?")) {
            select.setString(1, NAME);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public String sign(String purpose, String value) {
        return sign(key, purpose, value);
    }

    static String sign(byte[] key, String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal((purpose + "|" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verify(String purpose, String value, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
        if (MessageDigest.isEqual(sign(purpose, value).getBytes(StandardCharsets.US_ASCII), given)) {
            return true;
        }
        for (byte[] old : accepted) {
            if (MessageDigest.isEqual(sign(old, purpose, value).getBytes(StandardCharsets.US_ASCII), given)) {
                return true;
            }
        }
        return false;
    }

    public static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** SHA-256 of the text, in hex: what is kept of a token or a sign-in instead of the thing itself. */
    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
