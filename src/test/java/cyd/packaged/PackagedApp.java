package cyd.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;

/**
 * Cyd as a person runs it: {@code java -jar target/quarkus-app/quarkus-run.jar}, in its own process, on a data
 * folder the test chooses, stopped by the signals systemd, Kubernetes and Ctrl-C send.
 */
final class PackagedApp {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Path dataDir;
    final int port;
    final Path logFile;
    private final Process process;

    private PackagedApp(Path dataDir, int port, Path logFile, Process process) {
        this.dataDir = dataDir;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /** Starts Cyd on the data folder with the settings given (as environment variables), without waiting. */
    static PackagedApp launch(Path dataDir, Map<String, String> env, String name) {
        return launch(dataDir, env, name, freePort());
    }

    /** Starts Cyd on the port given (where a load balancer expects it), without waiting. */
    static PackagedApp launch(Path dataDir, Map<String, String> env, String name, int port) {
        Path log = Path.of("target", "packaged", name + ".log").toAbsolutePath();
        Process p = run(dataDir, env, log, List.of("-Dquarkus.http.port=" + port), List.of());
        return new PackagedApp(dataDir, port, log, p);
    }

    /** Starts Cyd and waits until it is ready; makes RestAssured (and so {@code Browser}) talk to it. */
    static PackagedApp start(Path dataDir, Map<String, String> env, String name) {
        PackagedApp app = launch(dataDir, env, name);
        app.awaitReady(Duration.ofSeconds(120));
        app.use();
        return app;
    }

    /** Runs one of Cyd's commands (backup, restore) to its end: exit code and what it printed. */
    static Result command(Path dataDir, Map<String, String> env, String name, String... args) {
        Path log = Path.of("target", "packaged", name + ".log").toAbsolutePath();
        Process p = run(dataDir, env, log, List.of(), List.of(args));
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError(name + " did not finish in 5 minutes");
            }
            return new Result(p.exitValue(), Files.readString(log));
        } catch (InterruptedException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Result(int exitCode, String output) {
    }

    private static Process run(Path dataDir, Map<String, String> env, Path log, List<String> jvmArgs,
            List<String> appArgs) {
        try {
            Files.createDirectories(log.getParent());
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m"));
            cmd.addAll(jvmArgs);
            cmd.add("-jar");
            cmd.add(JAR.toString());
            cmd.addAll(appArgs);
            ProcessBuilder b = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            Map<String, String> e = b.environment();
            e.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("CYD_"));
            e.put("CYD_EMBEDDED_DB_DIR", dataDir.toAbsolutePath().toString());
            e.putAll(env);
            return b.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void use() {
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = port;
    }

    /** Waits until {@code /q/health/ready} answers 200; fails if Cyd exits first. */
    void awaitReady(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Cyd exited (" + process.exitValue() + ") before it was ready:\n" + log());
            }
            if (readiness() == 200) {
                return;
            }
            sleep(200);
        }
        throw new AssertionError("Cyd was not ready within " + within + ":\n" + log());
    }

    /** The status of {@code /q/health/ready}, or -1 when nothing answers. */
    int readiness() {
        return status("/q/health/ready");
    }

    int status(String path) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build();
            return HTTP.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String log() {
        try {
            return Files.readString(logFile);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** The officer's password the demo printed once. */
    Optional<String> demoOfficerPassword() {
        Matcher m = Pattern.compile("Officer sign-in \\(shown once\\): \\S+ / (\\S+)").matcher(log());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Waits for Cyd to exit by itself (a refusal, a failed start); fails if it is still running after that long. */
    void awaitExit(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            sleep(100);
        }
        if (process.isAlive()) {
            throw new AssertionError("Cyd was still running after " + within + ":\n" + log());
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** The embedded database's server process, from the pid file it writes. */
    Optional<ProcessHandle> database() {
        try {
            long pid = Long.parseLong(Files.readString(dataDir.resolve("run").resolve("mariadbd.pid")).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Sends a signal (TERM, INT, KILL) and waits for Cyd to end; returns its exit code. */
    int signal(String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                throw new AssertionError("Cyd did not end within 90 s of SIG" + signal + ":\n" + log());
            }
            return process.exitValue();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends Cyd at once if a test left it running. */
    void destroy() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        database().ifPresent(ProcessHandle::destroyForcibly);
    }

    static Map<String, String> env(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>();
        settings.forEach((k, v) -> env.put(k.toUpperCase().replace('.', '_').replace('-', '_'), v));
        return env;
    }

    /** Removes a test's own folder under target/. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
