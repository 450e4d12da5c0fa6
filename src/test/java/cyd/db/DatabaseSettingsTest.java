package cyd.db;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whether Cyd starts its own MariaDB is decided before Quarkus starts, from the settings given. */
class DatabaseSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("quarkus.datasource.jdbc.url");
        System.clearProperty("cyd.embedded-db.enabled");
        System.clearProperty("cyd.embedded-db.dir");
    }

    @Test
    void withNoDatabaseConfiguredTheEmbeddedOneStartsInData() {
        assertTrue(DatabaseSettings.useEmbedded());
        assertEquals(Path.of("data/db"), DatabaseSettings.embeddedDir());
        System.setProperty("cyd.embedded-db.dir", "/srv/cyd-db");
        assertEquals(Path.of("/srv/cyd-db"), DatabaseSettings.embeddedDir());
    }

    @Test
    void aConfiguredDatabaseMeansNothingEmbeddedStarts() {
        System.setProperty("quarkus.datasource.jdbc.url", "jdbc:mysql://db.internal:3306/cyd");
        assertFalse(DatabaseSettings.useEmbedded());
    }

    @Test
    void switchingTheEmbeddedDatabaseOffWithoutAnotherSaysWhatToSet() {
        System.setProperty("cyd.embedded-db.enabled", "false");
        IllegalStateException e = assertThrows(IllegalStateException.class, DatabaseSettings::useEmbedded);
        assertThat(e.getMessage(), containsString("QUARKUS_DATASOURCE_JDBC_URL"));
    }
}
