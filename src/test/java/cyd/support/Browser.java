package cyd.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/**
 * A cookie-keeping client that behaves like a browser without JavaScript: it follows redirects by
 * itself, and sends each form with the CSRF token the page carried.
 */
public class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
    /** When cookies given a Max-Age end, as a browser forgets them. */
    private final Map<String, Long> endsAt = new java.util.concurrent.ConcurrentHashMap<>();

    private Map<String, String> live() {
        long now = System.currentTimeMillis();
        endsAt.forEach((name, end) -> {
            if (end <= now) {
                cookies.remove(name);
                endsAt.remove(name);
            }
        });
        return cookies;
    }
    private String lastPage = "";
    private final Map<String, String> headers = new HashMap<>();

    public Browser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** GET without following redirects. */
    public Response request(String path) {
        Response r = given().redirects().follow(false).cookies(live()).headers(headers).get(path);
        keep(r);
        return r;
    }

    /** GET of an address exactly as written (its query already encoded, or deliberately broken). */
    public Response requestAsIs(String path) {
        Response r = given().urlEncodingEnabled(false).redirects().follow(false).cookies(live()).headers(headers)
                .get(path);
        keep(r);
        return r;
    }

    /** GET, following redirects like a browser; remembers the page for its forms' token. */
    public Response get(String path) {
        Response r = request(path);
        int hops = 0;
        while (isRedirect(r.statusCode()) && hops++ < 5) {
            r = request(r.header("Location"));
        }
        lastPage = r.asString();
        return r;
    }

    /** POSTs a form with the CSRF token of the last page, without following the answer's redirect. */
    public Response post(String path, Object... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrfToken());
        for (int i = 0; i < fields.length; i += 2) {
            form.put((String) fields[i], fields[i + 1] == null ? null : fields[i + 1].toString());
        }
        return postRaw(path, form);
    }

    public Response postRaw(String path, Map<String, String> form) {
        Response r = given().redirects().follow(false).cookies(live()).headers(headers)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).post(path);
        keep(r);
        if (!isRedirect(r.statusCode())) {
            lastPage = r.asString();
        }
        return r;
    }

    /** POSTs a body exactly as given (bytes that are not UTF-8, a field twice …), with this browser's cookies. */
    public Response postBytes(String path, String contentType, byte[] body) {
        Response r = given().config(io.restassured.RestAssured.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs(contentType,
                        io.restassured.http.ContentType.BINARY)))
                .redirects().follow(false).cookies(live()).headers(headers).contentType(contentType)
                .body(body).post(path);
        keep(r);
        return r;
    }

    /** POST, then follow the redirect to the page that shows the outcome. */
    public Response submit(String path, Object... fields) {
        Response r = post(path, fields);
        if (isRedirect(r.statusCode())) {
            return get(r.header("Location"));
        }
        return r;
    }

    public String csrfToken() {
        Matcher m = CSRF.matcher(lastPage);
        if (m.find()) {
            return m.group(1);
        }
        if (cookies.containsKey("cyd_csrf")) {
            return cookies.get("cyd_csrf");
        }
        get("/en/sign-in");
        Matcher again = CSRF.matcher(lastPage);
        if (!again.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return again.group(1);
    }

    /** Takes a copy of another browser's cookie, as someone who copied it would. */
    public Browser cookieFrom(Browser other, String name) {
        cookies.put(name, other.cookie(name));
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public Browser signIn(String email, String password) {
        get("/en/sign-in");
        Response r = post("/en/sign-in", "email", email, "password", password);
        if (r.statusCode() != 303) {
            throw new IllegalStateException("Sign-in failed: " + r.statusCode());
        }
        return this;
    }

    private void keep(Response r) {
        r.getDetailedCookies().forEach(c -> {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
                endsAt.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
                if (c.getMaxAge() > 0) {
                    endsAt.put(c.getName(), System.currentTimeMillis() + c.getMaxAge() * 1000L);
                } else {
                    endsAt.remove(c.getName());
                }
            }
        });
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307;
    }
}
