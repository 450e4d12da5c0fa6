package cyd.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response, pages, static files and errors alike, and no-store caching for pages. Nothing of Cyd can be framed
 * (frame-ancestors 'none', X-Frame-Options DENY) except the embed pages, which set their own policy naming
 * exactly the sites their council allows.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String EMBED_PREFIX = "/embed/";
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    void install(@Observes Filters filters) {
        filters.register(rc -> {
            String path = rc.normalizedPath();
            boolean embed = path.startsWith(EMBED_PREFIX);
            // Loaded by councils' own pages at addresses that never change: kept five minutes, so that a new version
            // reaches every council page soon after an upgrade (other static files are kept a day).
            boolean onCouncilPages = path.equals("/embed.js") || path.startsWith("/static/embed");
            boolean personal = path.startsWith("/en/") || path.startsWith("/cy/") || path.startsWith("/api/")
                    || path.equals("/en") || path.equals("/cy");
            // Reached over HTTPS (directly, or from a trusted proxy, which Quarkus has already applied).
            boolean https = "https".equals(rc.request().scheme());
            rc.addHeadersEndHandler(v -> {
                MultiMap h = rc.response().headers();
                if (https) {
                    // Browsers that have seen Cyd over HTTPS never try plain HTTP for it again, for a year.
                    h.set("Strict-Transport-Security", "max-age=31536000");
                }
                h.set("X-Content-Type-Options", "nosniff");
                h.set("Referrer-Policy", "strict-origin-when-cross-origin");
                h.set("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
                if (!embed || !h.contains("Content-Security-Policy")) {
                    h.set("Content-Security-Policy", POLICY);
                }
                if (!embed) {
                    h.set("X-Frame-Options", "DENY");
                }
                // Pages may carry a signed-in person's details: not stored anywhere, unless a resource says
                // otherwise (public feeds and downloads do).
                if (personal && !h.contains("Cache-Control")) {
                    h.set("Cache-Control", "no-store");
                }
                if (onCouncilPages && rc.response().getStatusCode() < 400) {
                    h.set("Cache-Control", "public, max-age=300");
                }
            });
            rc.next();
        }, 100);
    }
}
