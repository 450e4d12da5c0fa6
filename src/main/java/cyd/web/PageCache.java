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
 * 200 with no cookie of its own. A search is kept like any page, by its exact words and filters (a spike brings many
 * people to the same words), but searches fill at most half the cache, so that many different words never push
 * the question pages out.
 *
 * <p>A page that says it is the same for everyone signed in ({@link RequestContext#sameForEverySignedInPerson()})
 * is also kept once for everyone signed in with the same roles, with each person's own parts cut out: what lies
 * between {@code <!--cyd:part NAME ARGUMENT-->} and {@code <!--/cyd:part-->} is rendered for each request by the
 * {@link Part} of that name (following a question: one statement). Who is signed in is still read from the database
 * on every request. Nobody sees a stale view of their own action: for a few seconds after anything they send
 * ({@link Cookies#WROTE}) their pages are rendered afresh. Everyone else sees a page at most twice the time to live
 * old (while one request renders a fresh copy, the others get the one before). Each visitor's own CSRF token is
 * written into their copy; cookies are set per request as for any page. Each instance keeps its own copies, so
 * several instances stay within the same bound.
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
    private final java.util.concurrent.atomic.AtomicInteger searches = new java.util.concurrent.atomic.AtomicInteger();

    /** One page as rendered: its status, its headers (no cookie) and its body cut where the token and parts go. */
    record Copy(long bornNanos, int status, List<Map.Entry<String, String>> headers, List<Object> pieces,
            AtomicBoolean refreshing) {
    }

    /** A piece of a page that is each signed-in person's own, rendered for each request from its argument. */
    public interface Part {
        /** The name the page's marker gives. */
        String name();

        /** This person's piece, as the page would have it; null when it cannot be rendered from the argument. */
        String render(String argument);
    }

    /** Who is asking, as the page cache needs it (the account feature says; the kernel cannot read accounts). */
    public interface Audience {
        /**
         * For a signed-in person whose sign-in still holds, what everyone shown the same pages shares (their roles);
         * null otherwise.
         */
        String signedInGroup();
    }

    /** Where a kept page has the visitor's token. */
    private static final Object TOKEN = new Object();

    /** Where a kept page has a person's own part. */
    record Hole(Part part, String argument) {
    }

    private static final byte[] PART_START = "<!--cyd:part ".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PART_END = "<!--/cyd:part-->".getBytes(StandardCharsets.UTF_8);

    private final Map<String, Part> partsByName = new ConcurrentHashMap<>();

    @Inject
    void parts(jakarta.enterprise.inject.Instance<Part> all) {
        all.forEach(p -> partsByName.put(p.name(), p));
    }

    /** Whether a request to this path can be answered from the cache at all (before who is asking is known). */
    boolean keeps(String method, String path) {
        if (!"GET".equals(method) || settings.pageCache().ttl().isZero()) {
            return false;
        }
        return path.startsWith("/en/") || path.startsWith("/cy/") || path.startsWith(SecurityHeaders.EMBED_PREFIX)
                || path.startsWith("/api/v1/");
    }

    /** The key of a page: the host it was asked of, the scheme, the path and the query, exactly. */
    static String key(String host, boolean secure, String path, String query) {
        return (secure ? "s|" : "p|") + host + "|" + path + (query == null ? "" : "?" + query);
    }

    /** The key of a page as everyone signed in in the same group sees it (residents all share one). */
    static String signedInKey(String key, String group) {
        return key + "|signed-in|" + group;
    }

    /** Whether pages are kept at all. */
    boolean isOff() {
        return settings.pageCache().ttl().isZero();
    }

    /** How long after sending something a person's pages are rendered afresh: longer than any copy is given. */
    int freshForSeconds() {
        return (int) Math.ceil(2 * settings.pageCache().ttl().toMillis() / 1000.0) + 1;
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
        if (age >= 2 * ttl && copies.remove(key, c)) {
            forget(key);
        }
        return null;
    }

    /**
     * The answer a visitor gets from a copy, with their own token in its forms and their own parts in it; null when
     * a part could not be rendered (the page is then rendered whole).
     */
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
            byte[] body = join(c.pieces(), token == null ? NO_TOKEN : token.getBytes(StandardCharsets.UTF_8));
            if (body == null) {
                return null;
            }
            r.entity(body);
        }
        return r.build();
    }

    /**
     * Keeps what a request rendered, if every anonymous visitor may be given it; otherwise drops any older copy,
     * so that a page gone (404) or changed into something personal is not served from before. An API answer still
     * to be written as JSON is written here, once, and sent as those bytes.
     */
    void keep(String key, ContainerResponseContext response, ResourceInfo resource, String token, boolean signedIn,
            boolean sameForEverySignedInPerson) {
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
        List<Object> pieces = body == null ? null : signedIn ? cut(body, token) : split(body, token);
        if (response.getStatus() != 200 || body == null || body.length > MAX_BODY || type == null
                || (signedIn && (!sameForEverySignedInPerson || pieces == null))
                || headers.containsKey(HttpHeaders.SET_COOKIE)
                || (cacheControl != null && (cacheControl.toString().contains("private")
                        || cacheControl.toString().contains("no-store")))) {
            if (copies.remove(key) != null) {
                forget(key);
            }
            return;
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        kept.add(Map.entry(HttpHeaders.CONTENT_TYPE, type.toString()));
        headers.forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !(signedIn && HttpHeaders.ETAG.equalsIgnoreCase(name))) {
                for (Object v : values) {
                    kept.add(Map.entry(name, String.valueOf(v)));
                }
            }
        });
        Copy copy = new Copy(System.nanoTime(), 200, List.copyOf(kept), pieces, new AtomicBoolean());
        boolean search = isSearch(key);
        int room = search ? settings.pageCache().maxPages() / 2 : settings.pageCache().maxPages();
        if (!copies.containsKey(key) && (copies.size() >= room || (search && searches.get() >= room))) {
            long oldest = System.nanoTime() - 2 * settings.pageCache().ttl().toNanos();
            copies.entrySet().removeIf(e -> e.getValue().bornNanos() < oldest && forget(e.getKey()));
            if (copies.size() >= room || (search && searches.get() >= room)) {
                return; // full of pages still fresh: this one is rendered each time until room is made
            }
        }
        if (copies.put(key, copy) == null && search) {
            searches.incrementAndGet();
        }
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
        searches.set(0);
    }

    /** How many copies are of searches (at most half of all). */
    int searches() {
        return searches.get();
    }

    private static boolean isSearch(String key) {
        int query = key.indexOf('?');
        return (query < 0 ? key : key.substring(0, query)).endsWith("/search");
    }

    /** Counts a copy gone; always true, for use in a filter. */
    private boolean forget(String key) {
        if (isSearch(key)) {
            searches.decrementAndGet();
        }
        return true;
    }

    /** The body in pieces between the places the token was; one piece when it had none. */
    static List<Object> split(byte[] body, String token) {
        List<Object> pieces = new ArrayList<>();
        splitInto(pieces, body, 0, body.length, token);
        return List.copyOf(pieces);
    }

    private static void splitInto(List<Object> pieces, byte[] body, int start, int end, String token) {
        if (token == null || token.isEmpty()) {
            pieces.add(java.util.Arrays.copyOfRange(body, start, end));
            return;
        }
        byte[] t = token.getBytes(StandardCharsets.UTF_8);
        int from = start;
        for (int i = indexOf(body, t, from, end); i >= 0; i = indexOf(body, t, from, end)) {
            pieces.add(java.util.Arrays.copyOfRange(body, from, i));
            pieces.add(TOKEN);
            from = i + t.length;
        }
        pieces.add(java.util.Arrays.copyOfRange(body, from, end));
    }

    /**
     * A page rendered for one signed-in person, with their parts cut out and the token marked: what everyone signed
     * in with the same roles is given. Null when the page has a part no {@link Part} renders.
     */
    List<Object> cut(byte[] body, String token) {
        List<Object> pieces = new ArrayList<>();
        int from = 0;
        for (int start = indexOf(body, PART_START, 0, body.length); start >= 0;
                start = indexOf(body, PART_START, from, body.length)) {
            int close = indexOf(body, "-->".getBytes(StandardCharsets.UTF_8), start, body.length);
            int end = close < 0 ? -1 : indexOf(body, PART_END, close, body.length);
            if (end < 0) {
                return null;
            }
            String[] marker = new String(body, start + PART_START.length, close - start - PART_START.length,
                    StandardCharsets.UTF_8).split(" ", 2);
            Part part = partsByName.get(marker[0]);
            if (part == null) {
                return null;
            }
            splitInto(pieces, body, from, start, token);
            pieces.add(new Hole(part, marker.length > 1 ? marker[1] : ""));
            from = end + PART_END.length;
        }
        splitInto(pieces, body, from, body.length, token);
        return List.copyOf(pieces);
    }

    /** A copy's pieces with this visitor's token and parts; null when a part could not be rendered. */
    static byte[] join(List<Object> pieces, byte[] token) {
        int size = 0;
        List<byte[]> bytes = new ArrayList<>(pieces.size());
        for (Object p : pieces) {
            byte[] b;
            if (p == TOKEN) {
                b = token;
            } else if (p instanceof Hole h) {
                String rendered = h.part().render(h.argument());
                if (rendered == null) {
                    return null;
                }
                b = rendered.getBytes(StandardCharsets.UTF_8);
            } else {
                b = (byte[]) p;
            }
            bytes.add(b);
            size += b.length;
        }
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] b : bytes) {
            System.arraycopy(b, 0, all, at, b.length);
            at += b.length;
        }
        return all;
    }

    private static int indexOf(byte[] in, byte[] what, int from, int end) {
        outer:
        for (int i = from; i <= end - what.length; i++) {
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
