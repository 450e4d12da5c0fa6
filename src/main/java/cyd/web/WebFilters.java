package cyd.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * Reads what each request says about language, sign-in and CSRF before any resource runs, and
 * writes the cookies that follow from it. No database is touched here.
 */
public class WebFilters {

    static final String CSRF_FIELD = "csrf";
    private static final int YEAR = (int) Duration.ofDays(365).toSeconds();

    @Inject
    RequestContext ctx;

    @Inject
    Secrets secrets;

    @Inject
    ErrorPages errorPages;

    @Inject
    Settings settings;

    @Inject
    PageCache pageCache;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.container.ResourceInfo resource;

    @ServerRequestFilter(preMatching = true)
    public Response language(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String forwardedProto = request.getHeaderString("X-Forwarded-Proto");
        boolean secure = "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme())
                || "https".equalsIgnoreCase(forwardedProto);
        ctx.begin(path, request.getUriInfo().getRequestUri().getRawQuery(), secure);
        if (path.startsWith(SecurityHeaders.EMBED_PREFIX)) {
            // Embedded on a council's site: no cookie is read or set, nobody is signed in, nothing is posted.
            String lang = Lang.orEnglish(Lang.ofPath(path.substring(SecurityHeaders.EMBED_PREFIX.length() - 1)));
            ctx.setLang(lang, true);
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, lang);
            ctx.setCsrfToken("");
            return fromCache(request, path, secure);
        }

        String fromPath = Lang.ofPath(path);
        Cookie remembered = request.getCookies().get(Cookies.LANG);
        String lang;
        if (fromPath != null) {
            lang = fromPath;
            if (remembered == null || !fromPath.equals(remembered.getValue())) {
                ctx.addCookie(Cookies.of(Cookies.LANG, fromPath, YEAR, secure));
            }
        } else if (remembered != null && Lang.isSupported(remembered.getValue())) {
            lang = remembered.getValue();
        } else {
            lang = preferred(request.getAcceptableLanguages());
        }
        ctx.setLang(lang, fromPath != null);
        // Qute and the validator pick their locale from this header: make it the page's language.
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, lang);

        signedInPerson(request.getCookies().get(Cookies.SESSION));

        Cookie csrf = request.getCookies().get(Cookies.CSRF);
        if (csrf != null && validCsrf(csrf.getValue())) {
            ctx.setCsrfToken(csrf.getValue());
        } else {
            String random = Secrets.randomToken(24);
            String token = random + "." + secrets.sign("csrf", random);
            ctx.setCsrfToken(token);
            ctx.addCookie(Cookies.browserSession(Cookies.CSRF, token, secure));
        }
        return fromCache(request, path, secure);
    }

    /** An anonymous visitor asking for a page kept in the page cache gets that copy, with their own token in it. */
    private Response fromCache(ContainerRequestContext request, String path, boolean secure) {
        if (ctx.getPersonId() != null) {
            return null; // who they are is read from the database, off this thread (signedInFromCache)
        }
        return answerFromCache(request, path, secure, null);
    }

    /**
     * Someone signed in asking for a page kept for everyone signed in with their roles gets that copy, with their own
     * token and parts in it. Runs where the database may be read.
     */
    @ServerRequestFilter
    public Response signedInFromCache(ContainerRequestContext request) {
        if (ctx.getPersonId() == null || !io.quarkus.runtime.BlockingOperationControl.isBlockingAllowed()) {
            return null;
        }
        return answerFromCache(request, ctx.getPath(), ctx.isSecure(), audience);
    }

    /** The copy for this request, if there is one; someone who has just sent something gets the page afresh. */
    private Response answerFromCache(ContainerRequestContext request, String path, boolean secure,
            PageCache.Audience signedIn) {
        if (!pageCache.keeps(request.getMethod(), path) || request.getCookies().containsKey(Cookies.WROTE)) {
            return null;
        }
        String key = PageCache.key(request.getHeaderString(HttpHeaders.HOST), secure, path,
                request.getUriInfo().getRequestUri().getRawQuery());
        if (signedIn != null) {
            String group = signedIn.signedInGroup();
            if (group == null) {
                return null; // a sign-in that no longer holds: the page itself says what to do
            }
            key = PageCache.signedInKey(key, group);
        }
        PageCache.Copy copy = pageCache.fresh(key);
        Response answer = copy == null ? null
                : PageCache.answer(copy, ctx.getCsrfToken(), request.getHeaderString(HttpHeaders.IF_NONE_MATCH));
        ctx.setCacheKey(key, answer != null);
        return answer;
    }

    /** Every form POST must carry the token from its own cookie; a forged cross-site form cannot. */
    @ServerRequestFilter
    @WithFormRead
    public Response csrf(ResteasyReactiveContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || ctx.getPath().startsWith("/api/")) {
            return null;
        }
        Object submitted = null;
        if (isForm(request.getMediaType())) {
            ResteasyReactiveRequestContext rr = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            submitted = rr.getFormParameter(CSRF_FIELD, true, false);
        }
        Cookie cookie = request.getCookies().get(Cookies.CSRF);
        if (submitted == null || cookie == null || !cookie.getValue().equals(submitted.toString())
                || !validCsrf(cookie.getValue()) || crossSite(request.getHeaderString("Origin"))) {
            return errorPages.page(Response.Status.FORBIDDEN);
        }
        return null;
    }

    /**
     * Redirects carry only a path: JAX-RS makes a relative Location absolute from the request's Host header,
     * which a client chooses, so a forged Host could send people on to another site.
     */
    @ServerResponseFilter
    public void localRedirects(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        try {
            java.net.URI uri = new java.net.URI(location.toString());
            if (uri.isAbsolute() && uri.getRawPath() != null
                    && (uri.getScheme().equals("http") || uri.getScheme().equals("https")) && isThisRequestsHost(uri)) {
                String local = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
                response.getHeaders().putSingle(HttpHeaders.LOCATION, local.isEmpty() ? "/" : local);
            }
        } catch (java.net.URISyntaxException e) {
            // not one of ours
        }
    }

    @Inject
    io.vertx.core.http.HttpServerRequest httpRequest;

    private boolean isThisRequestsHost(java.net.URI uri) {
        String host = httpRequest.getHeader(HttpHeaders.HOST);
        String authority = uri.getRawAuthority();
        return host == null || authority == null || authority.equalsIgnoreCase(host);
    }

    @Inject
    PageCache.Audience audience;

    @ServerResponseFilter
    public void cookies(ContainerRequestContext request, ContainerResponseContext response) {
        if (ctx.getCacheKey() != null && !ctx.isFromCache()) {
            pageCache.keep(ctx.getCacheKey(), response, resource, ctx.getCsrfToken(), ctx.getPersonId() != null,
                    ctx.isSameForEverySignedInPerson());
        }
        if (ctx.getPersonId() != null && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && response.getStatus() < 400 && !pageCache.isOff()) {
            // For a few seconds this person's pages are rendered afresh, on whichever instance they reach.
            ctx.addCookie(Cookies.of(Cookies.WROTE, "1", pageCache.freshForSeconds(), ctx.isSecure()));
        }
        Object cache = response.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL);
        // A response any cache may keep and hand to others (feeds, calendars, open data, oEmbed, a council's
        // stylesheet) carries no cookie: it would land on whoever the cache serves, or on a council's own site.
        boolean publicCopy = cache != null && cache.toString().contains("public");
        for (NewCookie c : publicCopy ? List.<NewCookie> of() : ctx.cookiesToSet()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, c);
        }
        if (ctx.isLangFromPath() && !response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, ctx.getLang());
        }
    }

    /** The sign-in cookie: who, until when, and which of their sign-in epochs (raised to end every sign-in). */
    public String sessionValue(Long personId, int epoch) {
        long expires = Instant.now().plus(settings.session().maxAge()).getEpochSecond();
        // The random part makes each sign-in its own, so that ending one on the server ends no other.
        String body = personId + "." + expires + "." + epoch + "." + Secrets.randomToken(12);
        return body + "." + secrets.sign("session", body);
    }

    public int sessionMaxAgeSeconds() {
        return (int) settings.session().maxAge().toSeconds();
    }

    /** Reads a signed, unexpired sign-in cookie into the request; the epoch is checked against the person later. */
    private void signedInPerson(Cookie cookie) {
        if (cookie == null) {
            return;
        }
        String value = cookie.getValue();
        int lastDot = value.lastIndexOf('.');
        String[] parts = value.split("\\.");
        // person.expires.epoch.random (earlier cookies lack the random part)
        if ((parts.length != 4 && parts.length != 5) || !secrets.verify("session", value.substring(0, lastDot),
                value.substring(lastDot + 1))) {
            return;
        }
        try {
            long expires = Long.parseLong(parts[1]);
            if (Instant.now().getEpochSecond() > expires) {
                return;
            }
            ctx.setPersonId(Long.parseLong(parts[0]), Integer.parseInt(parts[2]),
                    Secrets.sha256(value.substring(lastDot + 1)), Instant.ofEpochSecond(expires));
        } catch (NumberFormatException e) {
            // Not a cookie this application made: nobody is signed in.
        }
    }

    /**
     * A second line behind the token: a browser names the site a form was posted from, and Cyd's forms are
     * only posted from Cyd (this host, or the configured base address). No Origin (older clients): the token decides.
     */
    private boolean crossSite(String origin) {
        if (origin == null || origin.isEmpty()) {
            return false;
        }
        if ("null".equals(origin)) {
            return true; // a sandboxed frame or a data: page
        }
        try {
            java.net.URI o = new java.net.URI(origin);
            String host = httpRequest.getHeader(HttpHeaders.HOST);
            if (o.getRawAuthority() != null && o.getRawAuthority().equalsIgnoreCase(host)) {
                return false;
            }
            java.net.URI base = java.net.URI.create(settings.baseUrl());
            return !(o.getScheme() + "://" + o.getRawAuthority()).equalsIgnoreCase(base.getScheme() + "://"
                    + base.getRawAuthority());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return true;
        }
    }

    private boolean validCsrf(String token) {
        int dot = token.indexOf('.');
        return dot > 0 && secrets.verify("csrf", token.substring(0, dot), token.substring(dot + 1));
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static String preferred(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if (Lang.CY.equals(l.getLanguage())) {
                return Lang.CY;
            }
            if (Lang.EN.equals(l.getLanguage())) {
                return Lang.EN;
            }
        }
        return Lang.EN;
    }
}
