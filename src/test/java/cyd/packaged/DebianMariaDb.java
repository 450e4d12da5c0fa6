package cyd.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server from Debian's {@code mariadb-server} package (10.11), as a council's database machine runs it: its
 * own data folder under target/, on a loopback port, with a {@code cyd} database and user. Started and stopped with
 * the signals an operator's tools send; the same folder survives a stop.
 */
final class DebianMariaDb implements AutoCloseable {

    static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    static final String USER = "cyd";
    static final String PASSWORD = "a fleet database password";

    final Path dir;
    final int port;
    private final List<String> extraArgs;
    private Process process;

    private DebianMariaDb(Path dir, int port, List<String> extraArgs) {
        this.dir = dir;
        this.port = port;
        this.extraArgs = extraArgs;
    }

    /** A new server in an empty folder; {@code extraArgs} add to its options (Galera's, say). */
    static DebianMariaDb create(Path dir, int port, List<String> extraArgs) {
        if (!Files.isExecutable(SERVER)) {
            throw new AssertionError("This test runs Debian's MariaDB server: apt-get install mariadb-server "
                    + "(.ci/run installs it)");
        }
        PackagedApp.delete(dir);
        DebianMariaDb db = new DebianMariaDb(dir, port, extraArgs);
        try {
            Files.createDirectories(dir);
            Process install = new ProcessBuilder("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"),
                    "--user=root", "--auth-root-authentication-method=normal", "--skip-test-db")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("install.log").toFile()).start();
            if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
                throw new AssertionError("mariadb-install-db failed:\n" + Files.readString(dir.resolve("install.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }

    /** Starts the server and waits until it takes connections. */
    DebianMariaDb start() {
        List<String> cmd = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mysqld.sock"),
                "--pid-file=" + dir.resolve("mysqld.pid"), "--user=root", "--log-error=" + dir.resolve("error.log"),
                "--innodb-buffer-pool-size=256M", "--max-connections=500", "--innodb-flush-log-at-trx-commit=1"));
        cmd.addAll(extraArgs);
        try {
            process = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("stdout.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitUp(Duration.ofMinutes(2));
        return this;
    }

    /** The {@code cyd} database and its user (once, on the first node of a cluster). */
    DebianMariaDb createSchema() {
        run("CREATE DATABASE IF NOT EXISTS cyd CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
                + "CREATE USER IF NOT EXISTS 'cyd'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'; "
                + "GRANT ALL ON cyd.* TO 'cyd'@'127.0.0.1';");
        return this;
    }

    /** SQL as the server's root, through its socket. */
    void run(String sql) {
        query(sql);
    }

    /** The first column of the first row of a query as the server's root ("" for none). */
    String query(String sql) {
        try {
            Process p = new ProcessBuilder("mariadb", "--no-defaults", "-S", dir.resolve("mysqld.sock").toString(),
                    "-uroot", "-N", "-B", "-e", sql).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(1, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new AssertionError("mariadb -e failed: " + out);
            }
            String first = out.lines().findFirst().orElse("");
            return first.contains("\t") ? first.substring(first.lastIndexOf('\t') + 1) : first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/cyd";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    /** Stops the server as {@code systemctl stop} does (SIGTERM), and waits for it to end. */
    void stop() {
        signal("TERM");
    }

    /** Ends the server at once, as a crash or a lost machine would (SIGKILL). */
    void kill() {
        signal("KILL");
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    private void signal(String signal) {
        if (!alive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitUp(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("MariaDB ended while starting:\n" + errorLog());
            }
            if (Files.exists(dir.resolve("mysqld.sock"))) {
                try {
                    Process p = new ProcessBuilder("mariadb", "--no-defaults", "-S", dir.resolve("mysqld.sock").toString(),
                            "-uroot", "-e", "SELECT 1").redirectErrorStream(true).start();
                    p.getInputStream().readAllBytes();
                    if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                        return;
                    }
                } catch (IOException e) {
                    // not yet
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            PackagedApp.sleep(200);
        }
        throw new AssertionError("MariaDB did not start within " + within + ":\n" + errorLog());
    }

    String errorLog() {
        try {
            return Files.readString(dir.resolve("error.log"));
        } catch (IOException e) {
            return "(no error log)";
        }
    }

    @Override
    public void close() {
        if (alive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
