package cyd.web;

import java.util.regex.Pattern;

/** What people type, made safe to keep and show: one place for every form's text. */
public final class Text {

    // C0/C1 controls other than line breaks and tabs, and the bidirectional embedding, override and isolate
    // controls, which can make a title read backwards or hide what follows it.
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F"
            + "\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Pattern EDGES = Pattern.compile("^[\\p{Z}\\s]+|[\\p{Z}\\s]+$");

    private Text() {
    }

    /**
     * Without invisible control characters, with Windows line ends made plain, and without spaces of any kind
     * at either end: a title of only spaces (non-breaking ones too) is empty, so it is asked for again.
     */
    /** An email address as Cyd compares and stores it: NFKC, trimmed, lower case. */
    public static String normaliseEmail(String email) {
        return email == null ? null
                : java.text.Normalizer.normalize(email, java.text.Normalizer.Form.NFKC).strip()
                        .toLowerCase(java.util.Locale.ROOT);
    }

    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String visible = INVISIBLE.matcher(s.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        return EDGES.matcher(visible).replaceAll("");
    }
}
