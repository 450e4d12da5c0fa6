package cyd.db;

import java.nio.file.Path;

/** Reads, before Quarkus starts, whether a database was configured and where the embedded one lives. */
final class DatabaseSettings {

    private DatabaseSettings() {
    }

    static boolean useEmbedded() {
        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return false;
        }
        String embedded = setting("cyd.embedded-db.enabled", "CYD_EMBEDDED_DB_ENABLED");
        if (embedded != null && !Boolean.parseBoolean(embedded)) {
            throw new IllegalStateException("The embedded database is switched off and no database is configured: "
                    + "set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD");
        }
        if (!EmbeddedDatabase.bundled()) {
            throw new IllegalStateException("This build of Cyd has no embedded database: "
                    + "set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD");
        }
        return true;
    }

    /** The database Quarkus will connect to, when it is given as a setting (or chosen above). */
    static java.util.Optional<Datasource> datasource() {
        String url = setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL");
        return url == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Datasource(url,
                        setting("quarkus.datasource.username", "QUARKUS_DATASOURCE_USERNAME"),
                        setting("quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD")));
    }

    record Datasource(String url, String user, String password) {
    }

    static Path embeddedDir() {
        String dir = setting("cyd.embedded-db.dir", "CYD_EMBEDDED_DB_DIR");
        return Path.of(dir != null ? dir : cyd.web.Settings.EMBEDDED_DB_DIR);
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
