package cyd.web;

import java.util.Locale;

/** The two languages of Cyd's pages. Welsh first where both are offered side by side. */
public final class Lang {

    public static final String EN = "en";
    public static final String CY = "cy";
    public static final Locale WELSH = Locale.forLanguageTag("cy-GB");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private Lang() {
    }

    public static boolean isSupported(String lang) {
        return EN.equals(lang) || CY.equals(lang);
    }

    public static String orEnglish(String lang) {
        return isSupported(lang) ? lang : EN;
    }

    public static String other(String lang) {
        return CY.equals(lang) ? EN : CY;
    }

    public static Locale locale(String lang) {
        return CY.equals(lang) ? WELSH : ENGLISH;
    }

    /**
     * The language of a request answered before any resource (a fallback page, load shedding): its path's ("/cy/…",
     * "/embed/cy/…"), else the remembered choice, else English.
     */
    static String ofRoutedRequest(io.vertx.ext.web.RoutingContext rc) {
        String path = rc.normalizedPath();
        String lang = ofPath(path.startsWith(SecurityHeaders.EMBED_PREFIX)
                ? path.substring(SecurityHeaders.EMBED_PREFIX.length() - 1) : path);
        if (lang != null) {
            return lang;
        }
        var cookie = rc.request().getCookie(Cookies.LANG);
        return orEnglish(cookie == null ? null : cookie.getValue());
    }

    /** The language a path starts with ("/cy/..." gives "cy"), or null. */
    public static String ofPath(String path) {
        if (path == null) {
            return null;
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        String first = slash < 0 ? p : p.substring(0, slash);
        return isSupported(first) ? first : null;
    }

    /** The same page in the other language: "/cy/x?y" for "/en/x?y". */
    public static String counterpart(String path, String query) {
        String lang = ofPath(path);
        if (lang == null) {
            return null;
        }
        String rest = path.substring(1 + lang.length());
        return "/" + other(lang) + rest + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
