package cyd.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.jboss.logging.Logger;

/**
 * Liquibase keeps instances from migrating at once with a row in DATABASECHANGELOGLOCK, but on a new database
 * each instance first creates that table and its row by itself: two starting together then both migrate
 * (seen as "Table 'initiative' already exists"). Made here first, idempotently, the table and row exist before
 * either Liquibase looks, and its lock serialises them.
 */
final class MigrationLock {

    private static final Logger LOG = Logger.getLogger(MigrationLock.class);

    private MigrationLock() {
    }

    static void prepare(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password == null ? "" : password);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS DATABASECHANGELOGLOCK (ID INT NOT NULL PRIMARY KEY, "
                    + "LOCKED TINYINT(1) NOT NULL, LOCKGRANTED DATETIME NULL, LOCKEDBY VARCHAR(255) NULL)");
            s.execute("INSERT IGNORE INTO DATABASECHANGELOGLOCK (ID, LOCKED) VALUES (1, 0)");
        } catch (SQLException e) {
            // Quarkus reports an unreachable database itself, with its own message.
            LOG.debugf("Could not prepare the migration lock: %s", e.getMessage());
        }
    }
}
