package cyd.packaged;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cyd.account.Passwords;
import cyd.db.EmbeddedDatabase;

/**
 * Two packaged instances of Cyd behind a real HAProxy (Debian's, round-robin, health-checked on /q/health/ready),
 * sharing one MariaDB server and the session key from their settings: a signed-in person moves between them without
 * noticing, an idea shared through one is found by the other's search at once, and 200 residents backing and
 * withdrawing one idea through the load balancer leave its counter equal to its rows and every acknowledged backing
 * held.
 */
class FleetIT {

    static final String PASSWORD = "fleet resident password";
    static final int RESIDENTS = 200;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<PackagedApp> started = new ArrayList<>();
    private Process haproxy;

    @AfterEach
    void stopAll() {
        if (haproxy != null) {
            haproxy.destroy();
        }
        started.forEach(PackagedApp::destroy);
    }

    @Test
    void twoInstancesBehindHaproxyShareSignInsSearchAndEveryBacking() throws Exception {
        Path root = Path.of("target", "packaged", "fleet").toAbsolutePath();
        PackagedApp.delete(root);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(root.resolve("db"), EmbeddedDatabase.Mode.DISPOSABLE)) {
            Map<String, String> shared = Map.of("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER,
                    "CYD_SESSION_SECRET", "one key for the whole fleet, more than thirty-two characters");
            PackagedApp a = instance(root, shared, "fleet-a");
            PackagedApp b = instance(root, shared, "fleet-b");
            a.awaitReady(Duration.ofMinutes(2));
            b.awaitReady(Duration.ofMinutes(2));
            int lb = startHaproxy(root, a.port, b.port);

            long promptId = scalar(db.jdbcUrl(), "SELECT p.id FROM prompt p JOIN authority a ON a.id = p.authority_id "
                    + "WHERE a.slug = 'enghraifft' AND p.status = 'OPEN' ORDER BY p.id LIMIT 1");
            long ideaId = scalar(db.jdbcUrl(), "SELECT id FROM idea WHERE prompt_id = " + promptId + " ORDER BY id LIMIT 1");
            makeResidents(db.jdbcUrl());

            // A signed-in person moves between the instances without noticing.
            Visitor first = Visitor.signIn(lb, 1);
            for (PackagedApp app : List.of(a, b)) {
                HttpResponse<String> account = first.get(app.port, "/en/account");
                assertEquals(200, account.statusCode());
                assertThat(account.body(), containsString("Fleet resident 1"));
            }

            // An idea shared through one instance is found at once by the other's search.
            String number = Long.toString(System.nanoTime());
            first.get(a.port, "/en/enghraifft/prompts/" + promptId + "/ideas/new");
            HttpResponse<String> shared1 = first.post(a.port, "/en/enghraifft/prompts/" + promptId + "/ideas/new",
                    "title", "A seed library " + number, "description", "Swap seeds every spring.", "language", "en",
                    "checked", "yes");
            assertEquals(303, shared1.statusCode(), shared1.body());
            String newIdea = shared1.headers().firstValue("Location").orElseThrow().replaceAll(".*/ideas/(\\d+).*", "$1");
            assertThat(first.get(b.port, "/en/enghraifft/search?q=" + number).body(),
                    containsString("/ideas/" + newIdea));

            // 200 residents back, withdraw and back again through the load balancer, all at once.
            List<Visitor> crowd = new ArrayList<>();
            for (int i = 1; i <= RESIDENTS; i++) {
                crowd.add(i == 1 ? first : Visitor.signIn(lb, i));
            }
            long before = scalar(db.jdbcUrl(), "SELECT COUNT(*) FROM backing WHERE idea_id = " + ideaId);
            AtomicInteger failed = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(RESIDENTS);
            List<Future<Boolean>> last = new ArrayList<>();
            try {
                for (Visitor v : crowd) {
                    last.add(pool.submit(() -> {
                        boolean backed = false;
                        while (System.nanoTime() < until) {
                            String action = backed ? "withdraw" : "back";
                            HttpResponse<String> r = v.post(lb, "/en/enghraifft/ideas/" + ideaId + "/" + action);
                            String to = r.headers().firstValue("Location").orElse("");
                            if (r.statusCode() == 303 && to.contains("notice=" + (backed ? "withdrawn" : "backed"))) {
                                backed = !backed;
                                done.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                            }
                        }
                        return backed;
                    }));
                }
                long held = 0;
                for (Future<Boolean> f : last) {
                    held += f.get() ? 1 : 0;
                }
                assertEquals(0, failed.get(), "every request through the load balancer was answered as asked");
                System.out.printf("FleetIT: %d residents made %d backings and withdrawals in 30 s through HAProxy%n",
                        RESIDENTS, done.get());
                assertTrue(done.get() >= 2 * RESIDENTS, "each resident backed and withdrew at least once: " + done.get());
                long rows = scalar(db.jdbcUrl(), "SELECT COUNT(*) FROM backing WHERE idea_id = " + ideaId);
                assertEquals(before + held, rows, "every acknowledged backing is held, and nothing twice");
                assertEquals(rows, scalar(db.jdbcUrl(), "SELECT backing_count FROM idea WHERE id = " + ideaId),
                        "the counter equals the rows");
            } finally {
                pool.shutdownNow();
            }
            assertTrue(a.log().contains("Search index built") && b.log().contains("Search index built"),
                    "each instance built its own search index");
        }
    }

    private PackagedApp instance(Path root, Map<String, String> shared, String name) {
        Map<String, String> env = new HashMap<>(shared);
        env.put("CYD_SEARCH_INDEX_DIR", root.resolve(name + "-search").toString());
        PackagedApp app = PackagedApp.launch(root.resolve(name), env, name);
        started.add(app);
        return app;
    }

    /** HAProxy on a free port in front of the two, as deploy/haproxy/haproxy.cfg has it, without TLS. */
    private int startHaproxy(Path root, int portA, int portB) throws Exception {
        int port = PackagedApp.freePort();
        Path cfg = root.resolve("haproxy.cfg");
        Files.writeString(cfg, String.join("\n",
                "defaults", "    mode http", "    timeout connect 5s", "    timeout client 30s",
                "    timeout server 30s", "    retries 2", "    option redispatch",
                "frontend public", "    bind 127.0.0.1:" + port, "    default_backend cyd",
                "backend cyd", "    balance roundrobin", "    option httpchk GET /q/health/ready",
                "    http-check expect status 200", "    default-server check inter 1s fall 2 rise 1",
                "    server a 127.0.0.1:" + portA, "    server b 127.0.0.1:" + portB, ""));
        haproxy = new ProcessBuilder("haproxy", "-db", "-f", cfg.toString()).redirectErrorStream(true)
                .redirectOutput(root.resolve("haproxy.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return port;
                }
            } catch (IOException e) {
                // not yet listening
            }
            PackagedApp.sleep(200);
        }
        throw new AssertionError("HAProxy did not answer: " + Files.readString(root.resolve("haproxy.log")));
    }

    /** The residents, confirmed, all with one password (hashed once). */
    private static void makeResidents(String url) throws Exception {
        String hash = Passwords.hash(PASSWORD);
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, "");
                var s = c.prepareStatement("INSERT INTO person (email, display_name, password_hash, language, "
                        + "created_at, email_verified_at) VALUES (?, ?, ?, 'en', NOW(6), NOW(6))")) {
            for (int i = 1; i <= RESIDENTS; i++) {
                s.setString(1, "fleet" + i + "@example.org");
                s.setString(2, "Fleet resident " + i);
                s.setString(3, hash);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static long scalar(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, "");
                ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** One resident's browser: their cookies, and a network address of their own (as a crowd has). */
    static final class Visitor {
        private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
        final Map<String, String> cookies = new HashMap<>();
        final String address;
        String csrf;

        Visitor(int n) {
            address = "10.77." + (n / 250) + "." + (1 + n % 250);
        }

        static Visitor signIn(int port, int n) throws Exception {
            Visitor v = new Visitor(n);
            v.get(port, "/en/sign-in");
            HttpResponse<String> r = v.post(port, "/en/sign-in", "email", "fleet" + n + "@example.org", "password",
                    PASSWORD);
            assertEquals(303, r.statusCode(), "resident " + n + " signs in");
            assertTrue(v.cookies.containsKey("cyd_session"), "resident " + n + " is signed in");
            return v;
        }

        HttpResponse<String> get(int port, String path) throws Exception {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(port, path)).GET(), port);
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        HttpResponse<String> post(int port, String path, String... fields) throws Exception {
            StringBuilder body = new StringBuilder("csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            for (int i = 0; i < fields.length; i += 2) {
                body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return send(HttpRequest.newBuilder(uri(port, path)).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())), port);
        }

        private HttpResponse<String> send(HttpRequest.Builder b, int port) throws Exception {
            StringBuilder cookie = new StringBuilder();
            synchronized (cookies) {
                cookies.forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            }
            if (cookie.length() > 0) {
                b.header("Cookie", cookie.toString());
            }
            b.header("X-Forwarded-For", address).header("Origin", "http://127.0.0.1:" + port)
                    .timeout(Duration.ofSeconds(30));
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : r.headers().allValues("Set-Cookie")) {
                String[] kv = set.split(";", 2)[0].split("=", 2);
                synchronized (cookies) {
                    cookies.put(kv[0], kv[1]);
                }
            }
            return r;
        }

        private static URI uri(int port, String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }
}
