package cyd.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * How passwords are kept: bcrypt of the password's SHA-256 (in Base64), marked {@code $cyd1$}. bcrypt alone reads
 * only the first 72 bytes, so two long passphrases alike in those (18 four-byte characters) would both sign in;
 * hashing first makes every character count, however long the password. Hashes made before this (plain bcrypt)
 * still sign in, and are made again this way when they do.
 */
public final class Passwords {

    static final String PREFIX = "$cyd1$";

    private Passwords() {
    }

    public static String hash(String password) {
        return PREFIX + BcryptUtil.bcryptHash(prehash(password));
    }

    public static boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        if (stored.startsWith(PREFIX)) {
            return BcryptUtil.matches(prehash(password), stored.substring(PREFIX.length()));
        }
        return BcryptUtil.matches(password, stored);
    }

    /** A hash of the older kind, to be made again the next time its password is given. */
    public static boolean isOlderKind(String stored) {
        return stored != null && !stored.startsWith(PREFIX);
    }

    private static String prehash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
