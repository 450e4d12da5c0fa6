package cyd.web;

import jakarta.ws.rs.core.NewCookie;

/** Cyd's cookies: all HttpOnly and SameSite=Lax, Secure whenever the request came over HTTPS. */
public final class Cookies {

    public static final String SESSION = "cyd_session";
    public static final String CSRF = "cyd_csrf";
    public static final String LANG = "cyd_lang";
    /** Set for a few seconds after a signed-in person sends anything: their pages are then rendered afresh. */
    public static final String WROTE = "cyd_wrote";

    private Cookies() {
    }

    public static NewCookie of(String name, String value, int maxAgeSeconds, boolean secure) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .maxAge(maxAgeSeconds)
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    /** A session cookie (no max-age) that ends when the browser closes. */
    public static NewCookie browserSession(String name, String value, boolean secure) {
        return of(name, value, NewCookie.DEFAULT_MAX_AGE, secure);
    }

    public static NewCookie expired(String name, boolean secure) {
        return of(name, "", 0, secure);
    }
}
