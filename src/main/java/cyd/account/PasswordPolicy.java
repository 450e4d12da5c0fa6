package cyd.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * NCSC guidance: a minimum length, a deny list of commonly used passwords, and no composition rules
 * (no "must contain a symbol"), which only push people to predictable patterns.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 200;

    public enum Problem {
        MISSING, TOO_SHORT, TOO_LONG, COMMON
    }

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The problem with a new password, or null if it may be used. */
    public static Problem check(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return Problem.MISSING;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Problem.TOO_SHORT;
        }
        if (length > MAX_LENGTH) {
            return Problem.TOO_LONG;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || allOneCharacter(lower) || lower.equals(localPart(email))
                || (displayName != null && lower.equals(displayName.trim().toLowerCase(Locale.ROOT)))) {
            return Problem.COMMON;
        }
        return null;
    }

    private static boolean allOneCharacter(String s) {
        return s.chars().distinct().count() == 1;
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return (at > 0 ? email.substring(0, at) : email).trim().toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    set.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
