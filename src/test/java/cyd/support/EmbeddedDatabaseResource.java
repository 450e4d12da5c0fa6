package cyd.support;

import java.nio.file.Path;
import java.util.Map;

import cyd.db.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Every test run gets a fresh MariaDB in target/, migrated by Liquibase like production. */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase db;

    @Override
    public synchronized Map<String, String> start() {
        if (db == null) {
            db = EmbeddedDatabase.start(Path.of("target", "test-db"), EmbeddedDatabase.Mode.DISPOSABLE);
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "test-db-stop"));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // Stopped by the JVM's shutdown hook, so that every test class shares one server.
    }
}
