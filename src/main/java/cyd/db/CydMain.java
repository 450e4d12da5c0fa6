package cyd.db;

import java.nio.file.Path;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Cyd. When no database is configured it first starts the embedded MariaDB, because the
 * datasource and the Liquibase migration run before any application bean could start it.
 */
@QuarkusMain
public class CydMain {

    private static final Logger LOG = Logger.getLogger(CydMain.class);

    public static void main(String... args) {
        if (DatabaseSettings.useEmbedded()) {
            // The embedded server's own start-up chatter is not worth a log reader's time.
            java.util.logging.Logger.getLogger("ch.vorburger").setLevel(java.util.logging.Level.WARNING);
            Path dir = DatabaseSettings.embeddedDir();
            LOG.infof("No database configured (QUARKUS_DATASOURCE_JDBC_URL): starting the embedded MariaDB in %s",
                    dir.toAbsolutePath());
            EmbeddedDatabase db = EmbeddedDatabase.start(dir, false);
            System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
            System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
            System.setProperty("quarkus.datasource.password", "");
        }
        Quarkus.run(args);
    }
}
