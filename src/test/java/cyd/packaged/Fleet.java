package cyd.packaged;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cyd.account.Passwords;

/** What the fleet tests share: HAProxy in front of the instances, residents with their own browsers, a crowd. */
final class Fleet {

    static final String PASSWORD = "fleet resident password";
    /** HTTP/1.1, as browsers speak it over plain HTTP (Java's client would otherwise ask each server for h2c). */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Cyd's own "try again shortly" page, in either language. */
    static final Pattern TRY_AGAIN = Pattern.compile("Cyd is very busy right now|mae Cyd yn brysur iawn ar hyn o bryd");

    private Fleet() {
    }

    /**
     * Debian's HAProxy, configured as deploy/haproxy/haproxy.cfg is (round-robin, health-checked on /q/health/ready,
     * at most 30 requests at a time to each instance and the rest queued, and Cyd's own pages from any live instance
     * when none is ready), without TLS, and passing on each resident's own X-Forwarded-For so that a crowd comes from
     * many addresses.
     */
    static final class Balancer {
        final int port;
        final int statsPort;
        private final Process process;
        private final Path log;

        private Balancer(int port, int statsPort, Process process, Path log) {
            this.port = port;
            this.statsPort = statsPort;
            this.process = process;
            this.log = log;
        }

        static Balancer start(Path root, int portA, int portB) throws Exception {
            int port = PackagedApp.freePort();
            int stats = PackagedApp.freePort();
            Path cfg = root.resolve("haproxy.cfg");
            Path log = root.resolve("haproxy.log");
            Files.writeString(cfg, String.join("\n",
                    "defaults", "    mode http", "    timeout connect 5s", "    timeout client 60s",
                    "    timeout server 60s", "    timeout queue 30s", "    retries 2", "    option redispatch",
                    "frontend public", "    bind 127.0.0.1:" + port,
                    "    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }",
                    "    use_backend cyd-unready if { nbsrv(cyd) eq 0 }", "    default_backend cyd",
                    "backend cyd", "    balance roundrobin", "    option httpchk GET /q/health/ready",
                    "    http-check expect status 200", "    default-server check inter 1s fall 2 rise 1 maxconn 30",
                    "    server cyd1 127.0.0.1:" + portA, "    server cyd2 127.0.0.1:" + portB,
                    "backend cyd-unready", "    balance roundrobin", "    option httpchk GET /q/health/live",
                    "    http-check expect status 200", "    default-server check inter 1s fall 2 rise 1 maxconn 30",
                    "    server cyd1 127.0.0.1:" + portA, "    server cyd2 127.0.0.1:" + portB,
                    "frontend stats", "    bind 127.0.0.1:" + stats, "    stats enable", "    stats uri /stats", ""));
            Process p = new ProcessBuilder("haproxy", "-db", "-f", cfg.toString()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Balancer b = new Balancer(port, stats, p, log);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                if (status(port, "/q/health/ready") == 200) {
                    return b;
                }
                PackagedApp.sleep(200);
            }
            throw new AssertionError("HAProxy did not answer: " + Files.readString(log));
        }

        /** Waits until HAProxy counts the server as up again (it has passed its health check). */
        void awaitUp(String server, Duration within) throws Exception {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort
                        + "/stats;csv")).build(), HttpResponse.BodyHandlers.ofString());
                for (String line : csv.body().split("\n")) {
                    String[] f = line.split(",");
                    if (f.length > 17 && f[0].equals("cyd") && f[1].equals(server) && f[17].startsWith("UP")) {
                        return;
                    }
                }
                PackagedApp.sleep(200);
            }
            throw new AssertionError(server + " not back in HAProxy's rotation within " + within);
        }

        void stop() {
            process.destroy();
        }

        String log() throws IOException {
            return Files.readString(log);
        }
    }

    static int status(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** One series' value on an instance's /q/metrics (0 when not reported). */
    static double metric(int port, String series) throws Exception {
        String all = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(all);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** Residents fleet1…fleetN, confirmed, all with one password (hashed once). */
    static void makeResidents(Connection c, int n) throws Exception {
        String hash = Passwords.hash(PASSWORD);
        try (var s = c.prepareStatement("INSERT INTO person (email, display_name, password_hash, language, "
                + "created_at, email_verified_at) VALUES (?, ?, ?, 'en', NOW(6), NOW(6))")) {
            for (int i = 1; i <= n; i++) {
                s.setString(1, "fleet" + i + "@example.org");
                s.setString(2, "Fleet resident " + i);
                s.setString(3, hash);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** wrk (Debian's package) holding {@code connections} open at one address for a while; what it printed. */
    static Process wrk(Path log, int port, String path, int connections, Duration during) throws IOException {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            throw new AssertionError("This test overloads Cyd with wrk: apt-get install wrk (.ci/run installs it)");
        }
        return new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + during.toSeconds() + "s", "--timeout", "30s",
                "http://127.0.0.1:" + port + path).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Residents backing and withdrawing one idea again and again, each as fast as the answers come. What each was last
     * told is what Cyd must hold: "backed" or "you already back this" means backed; "withdrawn" or "you do not back
     * this" means not.
     */
    static final class Crowd {
        private final List<Visitor> visitors;
        private final int port;
        private final String ideaPath;
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicInteger done = new AtomicInteger();
        private final Map<String, Integer> failures = new ConcurrentHashMap<>();
        private ExecutorService pool;
        private final List<Future<?>> loops = new ArrayList<>();

        record Result(int done, Map<String, Integer> failures, int holding, List<Integer> residents) {

            /** The crowd's residents' email addresses, for a query's IN (…). */
            String emails() {
                return String.join(",", residents.stream().map(n -> "'fleet" + n + "@example.org'").toList());
            }
        }

        /** Actions acknowledged so far. */
        int done() {
            return done.get();
        }

        private Crowd(List<Visitor> visitors, int port, String ideaPath) {
            this.visitors = visitors;
            this.port = port;
            this.ideaPath = ideaPath;
        }

        /** Residents 1…n signed in through the load balancer, each knowing whether they back the idea now. */
        static Crowd signIn(int port, int n, String ideaPath) throws Exception {
            return signIn(port, 1, n, ideaPath);
        }

        /** Residents first…first+n-1 signed in at this port, each knowing whether they back the idea now. */
        static Crowd signIn(int port, int first, int n, String ideaPath) throws Exception {
            ExecutorService signing = Executors.newFixedThreadPool(16);
            try {
                List<Future<Visitor>> futures = new ArrayList<>();
                for (int i = first; i < first + n; i++) {
                    int number = i;
                    futures.add(signing.submit(() -> {
                        Visitor v = Visitor.signIn(port, number);
                        HttpResponse<String> page = v.get(port, ideaPath);
                        assertEquals(200, page.statusCode());
                        v.backed = page.body().contains("/ideas/" + ideaPath.replaceAll(".*/", "") + "/withdraw\"");
                        return v;
                    }));
                }
                List<Visitor> visitors = new ArrayList<>();
                for (Future<Visitor> f : futures) {
                    visitors.add(f.get());
                }
                return new Crowd(visitors, port, ideaPath);
            } finally {
                signing.shutdownNow();
            }
        }

        /** Each resident acts, reads the answer for {@code thinkMillis}, and acts again. */
        void start(long thinkMillis) {
            running.set(true);
            pool = Executors.newFixedThreadPool(visitors.size());
            for (Visitor v : visitors) {
                loops.add(pool.submit(() -> {
                    while (running.get()) {
                        if (!act(v)) {
                            PackagedApp.sleep(250); // a person told to try again waits a moment
                        } else if (thinkMillis > 0) {
                            PackagedApp.sleep(thinkMillis);
                        }
                    }
                    return null;
                }));
            }
        }

        /** One backing or withdrawal; true when Cyd answered what it did. */
        private boolean act(Visitor v) {
            try {
                HttpResponse<String> r = v.post(port, ideaPath + "/" + (v.backed ? "withdraw" : "back"));
                String to = r.headers().firstValue("Location").orElse("");
                if (r.statusCode() == 303 && (to.contains("notice=backed") || to.contains("notice=already_backed"))) {
                    v.backed = true;
                } else if (r.statusCode() == 303
                        && (to.contains("notice=withdrawn") || to.contains("notice=not_backed"))) {
                    v.backed = false;
                } else {
                    String kind = r.statusCode() + " " + (r.statusCode() == 303 ? to
                            : TRY_AGAIN.matcher(r.body()).find() ? "try-again-page" : "other: "
                                    + r.body().replaceAll("\\s+", " ").substring(0, Math.min(200, r.body().length())));
                    failures.merge(kind, 1, Integer::sum);
                    v.unsettled = true;
                    return false;
                }
                v.unsettled = false;
                done.incrementAndGet();
                return true;
            } catch (Exception e) {
                failures.merge("no answer: " + e, 1, Integer::sum);
                v.unsettled = true;
                return false;
            }
        }

        /**
         * Stops the crowd. Whoever's last request was not answered asks once more what they asked (a person would
         * reload), so that each knows for certain whether they back the idea.
         */
        Result stop() throws Exception {
            running.set(false);
            for (Future<?> f : loops) {
                f.get();
            }
            pool.shutdownNow();
            Map<String, Integer> seen = new TreeMap<>(failures);
            for (Visitor v : visitors) {
                // What they knew is unchanged by an unanswered request, so acting again asks the same again.
                for (int tries = 0; v.unsettled && tries < 20; tries++) {
                    if (!act(v)) {
                        PackagedApp.sleep(500);
                    }
                }
                assertTrue(!v.unsettled, "resident " + v.number + " could act again");
            }
            int holding = (int) visitors.stream().filter(v -> v.backed).count();
            return new Result(done.get(), seen, holding, visitors.stream().map(v -> v.number).toList());
        }
    }

    /** One resident's browser: their cookies, and a network address of their own (as a crowd has). */
    static final class Visitor {
        private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
        final Map<String, String> cookies = new HashMap<>();
        final int number;
        final String address;
        String csrf;
        volatile boolean backed;
        volatile boolean unsettled;

        Visitor(int n) {
            number = n;
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
                    .timeout(Duration.ofSeconds(60));
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
