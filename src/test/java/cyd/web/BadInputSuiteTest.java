package cyd.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

import cyd.browser.RouteTable;
import cyd.browser.RouteTable.Endpoint;
import cyd.support.AccessWorld;
import cyd.support.AccessWorld.Cast;
import cyd.support.Browser;
import cyd.support.Fixtures;
import cyd.support.RouteRequests;
import cyd.support.RowCounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.QueryParam;

/**
 * Every form field and query parameter of every route, read from the code, sent hostile values by someone the
 * access table lets in: empty, only spaces, longer than any field allows, longer than the form limit, control and
 * bidi characters, markup, SQL, negative, huge and fractional numbers, words for numbers, thousands of 4-byte
 * characters, bytes that are not UTF-8, the field left out and the field sent twice; and every form sent by four
 * tabs at once. Nothing is ever answered with a 5xx; a 4xx comes with a page in the page's language (or a
 * problem+json body from the API) and nothing stored.
 */
@QuarkusTest
class BadInputSuiteTest {

    /** Whom to send each route's form as: the first of these the access table lets in. */
    static final List<String> PREFERRED = List.of("resident", "admin", "moderator", "officer", "partner", "other",
            "anon");
    static final Map<String, String> HOSTILE = new LinkedHashMap<>();
    static {
        HOSTILE.put("empty", "");
        HOSTILE.put("only spaces", "  \t  ");
        HOSTILE.put("20,000 characters", "x".repeat(20_000));
        HOSTILE.put("over the form limit", "y".repeat(70_000));
        HOSTILE.put("control and bidi characters", "a\u0000b\u0007c\u202Ed\u200F\uFEFF");
        HOSTILE.put("markup", "<script>alert(1)</script><img src=x onerror=alert(2)>");
        HOSTILE.put("SQL", "' OR '1'='1'; DROP TABLE person; --");
        HOSTILE.put("negative", "-1");
        HOSTILE.put("zero", "0");
        HOSTILE.put("huge number", "99999999999999999999999");
        HOSTILE.put("fraction", "1e308");
        HOSTILE.put("a word for a number", "abc");
        HOSTILE.put("4-byte characters", "\uD83D\uDE00".repeat(3000));
        HOSTILE.put("a year far off", "2200000");
    }
    @Inject
    Secrets secrets;

    @Inject
    Site site;

    @Inject
    EntityManager em;

    private RouteRequests calls;
    private final List<String> problems = new ArrayList<>();
    private int sent;
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @Test
    void noFieldOfAnyFormOrQueryGetsA5xxAndARefusalStoresNothing() throws Exception {
        calls = new RouteRequests(secrets, site, Cast.make());
        Map<String, String[]> table = RouteRequests.readTable();
        for (Endpoint e : RouteTable.endpoints()) {
            String role = role(table.get(e.key()));
            if (role == null) {
                continue; // nobody may: the access matrix proves the refusal
            }
            if (e.template().startsWith("/api/") && "POST".equals(e.method())) {
                json(e);
            } else if ("POST".equals(e.method())) {
                form(e, role);
                simultaneous(e, role);
            } else {
                query(e, role);
            }
        }
        System.out.println("Bad-input suite: " + sent + " requests, answered " + statuses);
        assertTrue(sent > 2000, "the suite sent its requests: " + sent);
        if (!problems.isEmpty()) {
            fail(problems.size() + " of " + sent + " hostile requests were answered wrongly:\n"
                    + String.join("\n", problems.subList(0, Math.min(60, problems.size()))));
        }
    }

    private static String role(String[] row) {
        if (row == null) {
            return null;
        }
        for (String r : PREFERRED) {
            if ("A".equals(row[RouteRequests.ROLES.indexOf(r)])) {
                return r;
            }
        }
        return null;
    }

    private void form(Endpoint e, String role) {
        AccessWorld w = AccessWorld.build(calls.cast);
        Browser b = calls.browser(role);
        String path = RouteRequests.path(e.template(), w, w.council.slug) + calls.query(e, w, w.council.slug);
        Map<String, String> valid = pairs(calls.form(e.template(), w));
        forgetThrottles();
        List<String> fields = new ArrayList<>(formFields(e.handler()));
        for (String f : fields) {
            for (Map.Entry<String, String> h : HOSTILE.entrySet()) {
                Map<String, String> body = new LinkedHashMap<>(valid);
                body.put(f, h.getValue());
                b = send(e, role, b, path, f + " " + h.getKey(), encode(b, body, null));
            }
            Map<String, String> without = new LinkedHashMap<>(valid);
            without.remove(f);
            b = send(e, role, b, path, f + " left out", encode(b, without, null));
            b = send(e, role, b, path, f + " sent twice", encode(b, valid, f + "=" + enc("<b>again</b>")));
            Map<String, String> broken = new LinkedHashMap<>(valid);
            broken.put(f, "\u0000RAW\u0000");
            b = send(e, role, b, path, f + " not UTF-8 (escaped)", encode(b, broken, null).replace("%00RAW%00",
                    "%C3%28%FF%FE").getBytes(StandardCharsets.ISO_8859_1));
            b = send(e, role, b, path, f + " not UTF-8 (raw bytes)", rawBytes(encode(b, broken, null)));
        }
        b = send(e, role, b, path, "no fields at all", encode(b, Map.of(), null));
    }

    private Browser send(Endpoint e, String role, Browser b, String path, String what, Object body) {
        byte[] bytes = body instanceof byte[] raw ? raw : ((String) body).getBytes(StandardCharsets.UTF_8);
        Map<String, Long> before = RowCounts.now();
        Response r = b.postBytes(path, "application/x-www-form-urlencoded", bytes);
        if (r.statusCode() == 429) {
            forgetThrottles(); // the suite itself reached a limit: the request is meant for the handler
            r = b.postBytes(path, "application/x-www-form-urlencoded", bytes);
        }
        check(e, role, what, r, before);
        return RouteRequests.resetsSignIn(e) || r.statusCode() == 303 && e.template().endsWith("/sign-up")
                ? calls.browser(role) : b;
    }

    /** Four tabs sending the same form at the same moment: each gets an answer, none a 5xx. */
    private void simultaneous(Endpoint e, String role) throws Exception {
        AccessWorld w = AccessWorld.build(calls.cast);
        Browser b = calls.browser(role);
        String path = RouteRequests.path(e.template(), w, w.council.slug) + calls.query(e, w, w.council.slug);
        byte[] body = encode(b, pairs(calls.form(e.template(), w)), null).getBytes(StandardCharsets.UTF_8);
        forgetThrottles();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Response>> tabs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tabs.add(() -> b.postBytes(path, "application/x-www-form-urlencoded", body));
            }
            for (Future<Response> f : pool.invokeAll(tabs)) {
                Response r = f.get();
                sent++;
                if (r.statusCode() >= 500) {
                    problems.add(e.key() + " as " + role + ", four tabs at once: " + r.statusCode());
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private void query(Endpoint e, String role) {
        List<String> params = queryParams(e.handler());
        if (params.isEmpty()) {
            return;
        }
        AccessWorld w = AccessWorld.build(calls.cast);
        Browser b = calls.browser(role);
        String path = RouteRequests.path(e.template(), w, w.council.slug);
        String base = calls.query(e, w, w.council.slug);
        for (String p : params) {
            for (Map.Entry<String, String> h : HOSTILE.entrySet()) {
                if (h.getValue().length() > 5000) {
                    continue; // a browser sends no address that long; the server's own line limit answers it
                }
                String q = (base.isEmpty() ? "?" : base + "&") + p + "=" + enc(h.getValue());
                Response r = b.requestAsIs(path + q);
                check(e, role, "query " + p + " " + h.getKey(), r, null);
            }
            Response broken = b.requestAsIs(path + (base.isEmpty() ? "?" : base + "&") + p + "=%C3%28%FF");
            check(e, role, "query " + p + " not UTF-8", broken, null);
        }
    }

    /** The question coach, the API's one write: broken, wrong and enormous JSON. */
    private void json(Endpoint e) {
        String path = e.template();
        List<byte[]> bodies = new ArrayList<>();
        for (String s : List.of("", "{", "[]", "null", "\"text\"", "{\"text\":5}", "{\"text\":null}",
                "{\"text\":[\"a\"]}", "{\"text\":{}}", "{\"text\":\"   \"}", "{\"text\":\"ok\",\"lang\":\"xx\"}",
                "{\"text\":\"ok\",\"lang\":7}", "{\"text\":\"" + "z".repeat(200_000) + "\"}",
                "{\"text\":\"a\\u0000b\\u202e\"}", "{\"text\":\"ok\",\"extra\":{\"deep\":[[[[[[1]]]]]]}}")) {
            bodies.add(s.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF,
                '"', '}'});
        for (byte[] body : bodies) {
            for (String type : List.of("application/json", "text/plain")) {
                Response r = io.restassured.RestAssured.given().redirects().follow(false).contentType(type).body(body)
                        .post(path);
                check(e, "anon", type + " " + new String(body, 0, Math.min(body.length, 40), StandardCharsets.UTF_8),
                        r, null);
            }
        }
    }

    private void check(Endpoint e, String role, String what, Response r, Map<String, Long> before) {
        sent++;
        int s = r.statusCode();
        String where = e.key() + " as " + role + ", " + what + ": ";
        statuses.merge(s, 1, Integer::sum);
        if (s == 501 && e.template().equals("/oembed") && what.startsWith("query format")) {
            return; // the answer oEmbed 1.0 (section 2.3.4) asks for when a format is not offered
        }
        if (s >= 500) {
            problems.add(where + s);
            return;
        }
        if (s == 429) {
            problems.add(where + "429 although no limit was reached");
            return;
        }
        if (s < 400) {
            return;
        }
        if (s == 413) {
            problems.add(where + "413: a long field should bring the form back with a message, not a refusal");
        }
        String type = r.contentType() == null ? "" : r.contentType();
        if (e.template().startsWith("/api/") || e.template().equals("/oembed")) {
            if (!type.startsWith("application/problem+json")) {
                problems.add(where + s + " without a problem+json body (" + type + ")");
            }
        } else if (!type.startsWith("text/html") || !r.asString().contains("<html lang=\"en\"")
                || !r.asString().contains("<h1")) {
            problems.add(where + s + " without a page in the page's language (" + type + ")");
        }
        if (before != null) {
            String changed = RowCounts.changes(before, RowCounts.now());
            if (!changed.isEmpty()) {
                problems.add(where + s + " but " + changed);
            }
        }
    }

    /** Hostile input must meet the handlers, not the rate limits that guard them. */
    private void forgetThrottles() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM throttle").executeUpdate());
    }

    static List<String> formFields(Method m) {
        List<String> names = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(RestForm.class)) {
                String v = p.getAnnotation(RestForm.class).value();
                names.add(v.isEmpty() ? p.getName() : v);
            } else if (p.isAnnotationPresent(FormParam.class)) {
                names.add(p.getAnnotation(FormParam.class).value());
            } else if (p.isAnnotationPresent(BeanParam.class)) {
                for (Field f : p.getType().getFields()) {
                    if (f.isAnnotationPresent(RestForm.class)) {
                        String v = f.getAnnotation(RestForm.class).value();
                        names.add(v.isEmpty() ? f.getName() : v);
                    }
                }
            }
        }
        return names;
    }

    static List<String> queryParams(Method m) {
        List<String> names = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(RestQuery.class)) {
                String v = p.getAnnotation(RestQuery.class).value();
                names.add(v.isEmpty() ? p.getName() : v);
            } else if (p.isAnnotationPresent(QueryParam.class)) {
                names.add(p.getAnnotation(QueryParam.class).value());
            }
        }
        return names;
    }

    private static Map<String, String> pairs(Object[] fields) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            m.put((String) fields[i], String.valueOf(fields[i + 1]));
        }
        return m;
    }

    private static String encode(Browser b, Map<String, String> fields, String extra) {
        StringBuilder s = new StringBuilder("csrf=").append(enc(b.csrfToken()));
        fields.forEach((k, v) -> s.append('&').append(enc(k)).append('=').append(enc(v)));
        if (extra != null) {
            s.append('&').append(extra);
        }
        return s.toString();
    }

    private static byte[] rawBytes(String encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = encoded.indexOf("%00RAW%00");
        byte[] head = encoded.substring(0, at).getBytes(StandardCharsets.UTF_8);
        out.write(head, 0, head.length);
        out.write(0xC3);
        out.write(0x28);
        out.write(0xFF);
        byte[] tail = encoded.substring(at + "%00RAW%00".length()).getBytes(StandardCharsets.UTF_8);
        out.write(tail, 0, tail.length);
        return out.toByteArray();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
