package cyd.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The few ways a page answers besides showing itself. */
public final class Pages {

    /** Status for a form sent back with its errors marked. */
    public static final int UNPROCESSABLE = 422;

    private Pages() {
    }

    /** The same form again, with what was typed and the problems marked. */
    public static Response invalid(TemplateInstance page) {
        return Response.status(UNPROCESSABLE).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }

    /** After a POST: go and GET the page that shows the outcome. */
    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** Not signed in: sign in (or create an account), then come back here. */
    public static Response signInFirst(RequestContext ctx) {
        return seeOther(ctx.getSignInLink());
    }

    public static Response signInFirst(RequestContext ctx, String backTo) {
        return seeOther(ctx.link("/sign-in") + "?next=" + URLEncoder.encode(backTo, StandardCharsets.UTF_8));
    }

    /**
     * A path within Cyd to go to after signing in, or the fallback. Only local paths are followed, so a
     * link cannot send someone on to another site.
     */
    public static String safeNext(String next, String fallback) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//") || next.length() > 500
                || !next.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\')) {
            return fallback; // spaces, tabs and control characters too: a Location header cannot carry them
        }
        try {
            java.net.URI uri = new java.net.URI(next);
            return uri.isAbsolute() || uri.getRawAuthority() != null ? fallback : next;
        } catch (java.net.URISyntaxException e) {
            return fallback;
        }
    }

    /**
     * The notice a page's address names ({@code ?notice=need_added}) as one of the page's own, or null for none or
     * one the page does not know: nothing else in the address reaches the page.
     */
    public static <E extends Enum<E>> E notice(Class<E> notices, String param) {
        if (param == null || param.isEmpty() || param.length() > 40) {
            return null;
        }
        try {
            return Enum.valueOf(notices, param.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
