package cyd.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

/**
 * Backing up and restoring the embedded database with Cyd's own commands, and the copy taken before an upgrade.
 *
 * <pre>
 *   java -jar target/quarkus-app/quarkus-run.jar backup [FILE]   while Cyd runs, or while it is stopped
 *   java -jar target/quarkus-app/quarkus-run.jar restore FILE    into an empty data folder, Cyd stopped
 * </pre>
 */
final class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backups() {
    }

    /** Writes a backup of the embedded database to the file given (or a dated one here) and says where. */
    static void backup(Path dir, String fileArg) {
        Path file = Path.of(fileArg != null ? fileArg : "cyd-backup-" + LocalDateTime.now().format(STAMP) + ".sql")
                .toAbsolutePath();
        Path root = dir.toAbsolutePath().normalize();
        if (DataFolder.isHeld(root)) {
            // Cyd is running on the folder: ask its server, whose port it wrote down.
            Path portFile = root.resolve("run").resolve("port");
            int port;
            try {
                port = Integer.parseInt(Files.readString(portFile).trim());
            } catch (IOException | NumberFormatException e) {
                throw new EmbeddedDatabaseException("Cyd is running on " + root + " but its database is not "
                        + "(yet) accepting connections; try again in a moment.");
            }
            DatabaseTools.dump(root.resolve("server"), port, file);
        } else {
            if (!Files.isDirectory(root.resolve("data").resolve("mysql"))) {
                throw new EmbeddedDatabaseException("There is no database in " + root + " to back up. "
                        + "Set CYD_EMBEDDED_DB_DIR to the folder Cyd runs on.");
            }
            try (EmbeddedDatabase db = EmbeddedDatabase.start(root, EmbeddedDatabase.Mode.DURABLE)) {
                DatabaseTools.dump(db.serverDir(), db.port(), file);
            }
        }
        System.out.printf("Backup of %s written to %s (%,d bytes).%n", root, file, size(file));
    }

    /** Loads a backup into an empty (or missing) data folder; Cyd must not be running on it. */
    static void restore(Path dir, String fileArg) {
        if (fileArg == null) {
            throw new EmbeddedDatabaseException("Say which backup to restore: restore FILE");
        }
        Path file = Path.of(fileArg).toAbsolutePath();
        if (!Files.isReadable(file)) {
            throw new EmbeddedDatabaseException("There is no backup file " + file);
        }
        try {
            if (!DatabaseTools.isComplete(file)) {
                throw new EmbeddedDatabaseException("The file " + file + " is not a whole backup (mariadb-dump's "
                        + "closing line is missing): nothing was restored.");
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("The backup " + file + " could not be read: " + e, e);
        }
        Path root = dir.toAbsolutePath().normalize();
        if (DataFolder.isHeld(root)) {
            throw new EmbeddedDatabaseException("Cyd is running on " + root + ": stop it before restoring.");
        }
        Path data = root.resolve("data");
        if (Files.exists(data) && !isEmpty(data)) {
            throw new EmbeddedDatabaseException("The data folder " + data + " is not empty. A backup is restored "
                    + "only into an empty data folder, so nothing is overwritten: move " + data
                    + " somewhere safe first (or set CYD_EMBEDDED_DB_DIR to a new folder).");
        }
        EmbeddedDatabase db = EmbeddedDatabase.start(root, EmbeddedDatabase.Mode.DURABLE);
        boolean restored = false;
        try {
            DatabaseTools.load(db.serverDir(), db.port(), file);
            restored = true;
            System.out.printf("Restored %s into %s (%d tables). Start Cyd as usual.%n", file, data, tables(db));
        } finally {
            db.stop();
            if (!restored) {
                // The folder was empty before: leave it so, rather than half-restored.
                deleteQuietly(data);
                System.out.printf("The restore did not finish; %s is empty again.%n", data);
            }
        }
    }

    /**
     * Before Liquibase changes an existing database, keeps a copy of it as it was, and lets go of a Liquibase
     * lock that a killed Cyd left behind (the data folder is held by this process alone, so no other Cyd can be
     * migrating it).
     */
    static void beforeUpgrade(EmbeddedDatabase db) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "");
                Statement s = c.createStatement()) {
            if (!tableExists(s, "DATABASECHANGELOG")) {
                return;
            }
            if (tableExists(s, "DATABASECHANGELOGLOCK")
                    && s.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = 0, LOCKGRANTED = NULL, "
                            + "LOCKEDBY = NULL WHERE LOCKED = 1") > 0) {
                LOG.warn("Released the database upgrade lock left by a Cyd that was stopped while upgrading.");
            }
            int applied;
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
                r.next();
                applied = r.getInt(1);
            }
            int bundled = bundledChangesets();
            if (applied > bundled) {
                LOG.warnf("This database was made by a newer Cyd (%d changes; this version knows %d). An older "
                        + "Cyd may not read it correctly: run the newer version, or restore a backup taken before "
                        + "the upgrade (in %s).", applied, bundled, db.backups());
            }
            if (applied > 0 && applied < bundled) {
                Path copy = db.backups().resolve("before-upgrade-" + LocalDateTime.now().format(STAMP) + ".sql");
                DatabaseTools.dump(db.serverDir(), db.port(), copy);
                LOG.infof("Upgrading the database: %d of %d changes are new. A copy of it as it was is in %s",
                        bundled - applied, bundled, copy);
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("The embedded database could not be read before start-up: " + e, e);
        }
    }

    /** The changesets this build carries, counted from the changelog that Liquibase runs. */
    static int bundledChangesets() {
        String changelog = resource("db/changelog/changelog.xml");
        Matcher include = Pattern.compile("<include\\s+file=\"([^\"]+)\"").matcher(changelog);
        int count = 0;
        while (include.find()) {
            count += (int) resource(include.group(1)).lines().filter(l -> l.startsWith("--changeset")).count();
        }
        return count;
    }

    private static String resource(String name) {
        try (InputStream in = Backups.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean tableExists(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                + EmbeddedDatabase.SCHEMA + "' AND TABLE_NAME = '" + table + "'")) {
            r.next();
            return r.getInt(1) > 0;
        }
    }

    private static int tables(EmbeddedDatabase db) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                        + EmbeddedDatabase.SCHEMA + "'")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("The restored database could not be read: " + e, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            DataFolder.deleteTree(dir);
        } catch (RuntimeException e) {
            System.out.printf("Could not empty %s: %s%n", dir, e.getMessage());
        }
    }
}
