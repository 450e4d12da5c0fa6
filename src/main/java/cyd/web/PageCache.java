package cyd.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * Pages as an anonymous visitor sees them, kept for a second ({@code cyd.page-cache.ttl}) so that a question
 * on a council's home page or in the local paper costs one rendering a second rather than one a visitor.
 *
 * <p>Only what is the same for every anonymous visitor is kept: a GET of a page in a language
 * ({@code /en/…}, {@code /cy/…}), of the embedded question ({@code /embed/…}) or of the read-only API, answered
 * 200 with no cookie of its own. Search is not kept (each visitor asks their own question). Anyone signed in
 * never meets the cache, so nobody sees a stale view of their own action; everyone else sees a page at most
 * twice the time to live old (while one request renders a fresh copy, the others get the one before). Each
 * visitor's own CSRF token is written into their copy; cookies are set per request as for any page. Each
 * instance keeps its own copies, so several instances stay within the same bound.
 */
@ApplicationScoped
public class PageCache {

    private static final byte[] NO_TOKEN = new byte[0];
    private static final int MAX_BODY = 1 << 20;

    @Inject
    Settings settings;

    @Inject
    ObjectMapper json;

    private final Map<String, Copy> copies = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong renders = new AtomicLong();

    /** One page as rendered: its status, its headers (no cookie) and its body cut where the token goes. */
    record Copy(long bornNanos, int status, List<Map.Entry<String, String>> headers, List<byte[]> parts,
            AtomicBoolean refreshing) {
    }

    /** Whether a request to this path can be answered from the cache at all (before who is asking is known). */
    boolean keeps(String method, String path) {
        if (!"GET".equals(method) || settings.pageCache().ttl().isZero() || path.contains("/search")) {
            return false;
        }
        return path.startsWith("/en/") || path.startsWith("/cy/") || path.startsWith(SecurityHeaders.EMBED_PREFIX)
                || path.startsWith("/api/v1/");
    }

    /** The key of a page: the host it was asked of, the scheme, the path and the query, exactly. */
    static String key(String host, boolean secure, String path, String query) {
        return (secure ? "s|" : "p|") + host + "|" + path + (query == null ? "" : "?" + query);
    }

    /**
     * The copy to answer with, or null when this request must render the page: there is none, it is too old,
     * or this request is the one chosen to refresh it.
     */
    Copy fresh(String key) {
        Copy c = copies.get(key);
        if (c == null) {
            return null;
        }
        long age = System.nanoTime() - c.bornNanos();
        long ttl = settings.pageCache().ttl().toNanos();
        if (age < ttl) {
            hits.incrementAndGet();
            return c;
        }
        if (age < 2 * ttl && !c.refreshing().compareAndSet(false, true)) {
            hits.incrementAndGet(); // another request is rendering a fresh copy
            return c;
        }
        if (age >= 2 * ttl) {
            copies.remove(key, c);
        }
        return null;
    }

    /** The answer a visitor gets from a copy, with their own token in its forms. */
    static Response answer(Copy c, String token, String ifNoneMatch) {
        String etag = null;
        for (Map.Entry<String, String> h : c.headers()) {
            if (HttpHeaders.ETAG.equalsIgnoreCase(h.getKey())) {
                etag = h.getValue();
            }
        }
        boolean notModified = etag != null && etag.equals(ifNoneMatch);
        Response.ResponseBuilder r = notModified ? Response.notModified() : Response.status(c.status());
        for (Map.Entry<String, String> h : c.headers()) {
            r.header(h.getKey(), h.getValue());
        }
        if (!notModified) {
            r.entity(join(c.parts(), token == null ? NO_TOKEN : token.getBytes(StandardCharsets.UTF_8)));
        }
        return r.build();
    }

    /**
     * Keeps what a request rendered, if every anonymous visitor may be given it; otherwise drops any older copy,
     * so that a page gone (404) or changed into something personal is not served from before. An API answer still
     * to be written as JSON is written here, once, and sent as those bytes.
     */
    void keep(String key, ContainerResponseContext response, ResourceInfo resource, String token) {
        renders.incrementAndGet();
        MultivaluedMap<String, Object> headers = response.getHeaders();
        Object entity = response.getEntity();
        MediaType type = response.getMediaType() != null ? response.getMediaType() : produces(resource);
        byte[] body = entity instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                : entity instanceof byte[] b ? b : null;
        if (body == null && entity != null && type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            try {
                body = json.writeValueAsBytes(entity);
                response.setEntity(body, null, type);
            } catch (JsonProcessingException e) {
                body = null; // left for the writer, which will say what is wrong
            }
        }
        Object cacheControl = headers.getFirst(HttpHeaders.CACHE_CONTROL);
        if (response.getStatus() != 200 || body == null || body.length > MAX_BODY || type == null
                || headers.containsKey(HttpHeaders.SET_COOKIE)
                || (cacheControl != null && (cacheControl.toString().contains("private")
                        || cacheControl.toString().contains("no-store")))) {
            copies.remove(key);
            return;
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        kept.add(Map.entry(HttpHeaders.CONTENT_TYPE, type.toString()));
        headers.forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                for (Object v : values) {
                    kept.add(Map.entry(name, String.valueOf(v)));
                }
            }
        });
        Copy copy = new Copy(System.nanoTime(), 200, List.copyOf(kept), split(body, token), new AtomicBoolean());
        if (copies.size() >= settings.pageCache().maxPages() && !copies.containsKey(key)) {
            long oldest = System.nanoTime() - 2 * settings.pageCache().ttl().toNanos();
            copies.values().removeIf(c -> c.bornNanos() < oldest);
            if (copies.size() >= settings.pageCache().maxPages()) {
                return; // full of pages still fresh: this one is rendered each time until room is made
            }
        }
        copies.put(key, copy);
    }

    /** The one type a resource method says it produces (on itself or its class), or null. */
    private static MediaType produces(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        Produces p = resource.getResourceMethod().getAnnotation(Produces.class);
        if (p == null) {
            p = resource.getResourceClass().getAnnotation(Produces.class);
        }
        return p == null || p.value().length != 1 ? null : MediaType.valueOf(p.value()[0]);
    }

    public long hits() {
        return hits.get();
    }

    public long renders() {
        return renders.get();
    }

    public void clear() {
        copies.clear();
    }

    /** The body in pieces between the places the token was; one piece when it had none. */
    static List<byte[]> split(byte[] body, String token) {
        if (token == null || token.isEmpty()) {
            return List.of(body);
        }
        byte[] t = token.getBytes(StandardCharsets.UTF_8);
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int i = indexOf(body, t, 0); i >= 0; i = indexOf(body, t, from)) {
            parts.add(java.util.Arrays.copyOfRange(body, from, i));
            from = i + t.length;
        }
        parts.add(java.util.Arrays.copyOfRange(body, from, body.length));
        return List.copyOf(parts);
    }

    static byte[] join(List<byte[]> parts, byte[] token) {
        int size = token.length * (parts.size() - 1);
        for (byte[] p : parts) {
            size += p.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                System.arraycopy(token, 0, out, at, token.length);
                at += token.length;
            }
            System.arraycopy(parts.get(i), 0, out, at, parts.get(i).length);
            at += parts.get(i).length;
        }
        return out;
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        outer:
        for (int i = from; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
