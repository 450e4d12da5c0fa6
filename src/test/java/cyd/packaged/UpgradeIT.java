package cyd.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cyd.db.EmbeddedDatabase;
import cyd.support.Browser;

/**
 * A newer Cyd started on a database made by an older one migrates it forward and keeps every row; a migration
 * that fails leaves the database as it was and says so; two instances starting together migrate once.
 *
 * <p>The fixture {@code upgrade/cyd-3668704.sql} is a backup taken with Cyd's own dump of a database made by
 * commit 3668704 (changesets 001–006): the demo councils, plus a resident, Olwen, who signed up, confirmed her
 * address, shared "Bring back the Saturday market" and backed "Repair café".
 */
class UpgradeIT {

    private static final Path FIXTURE = Path.of("src", "test", "resources", "upgrade", "cyd-3668704.sql")
            .toAbsolutePath();
    private static final int FIXTURE_CHANGESETS = 25;
    private static final String OFFICER_PASSWORD = "Z2Jne9IjgPxf3UIh";

    private final List<PackagedApp> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(PackagedApp::destroy);
    }

    @Test
    void aDatabaseMadeByAnEarlierCydIsMigratedForwardWithEveryRowKept() throws Exception {
        Path dir = restoredFixture("upgrade");
        Map<String, Long> before;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, EmbeddedDatabase.Mode.DURABLE)) {
            before = rowCounts(db.jdbcUrl());
        }
        assertEquals(Long.valueOf(FIXTURE_CHANGESETS), before.get("DATABASECHANGELOG"));

        PackagedApp app = start(dir, "upgrade-1");
        int pending = bundledChangesets() - FIXTURE_CHANGESETS;
        assertTrue(pending > 0, "this build has changes the fixture lacks");
        assertThat(app.log(), containsString("Upgrading the database: " + pending + " of " + bundledChangesets()
                + " changes are new"));
        assertThat(app.log(), not(containsString("Demo data loaded")));
        assertTrue(beforeUpgradeBackups(dir).stream().anyMatch(UpgradeIT::isWholeDump),
                "a copy of the database as it was is kept");

        Map<String, Long> after = rowCounts(appDatabaseUrl(dir));
        before.forEach((table, rows) -> {
            long expected = table.equals("DATABASECHANGELOG") ? rows + pending : rows;
            assertEquals(Long.valueOf(expected), after.get(table), "rows of " + table);
        });

        Browser olwen = new Browser().signIn("olwen@example.org", "an older resident here");
        assertThat(olwen.get("/en/account").asString(), containsString("Olwen Hen"));
        long market = given().get("/api/v1/prompts/3/ideas?limit=100").then().statusCode(200).extract().jsonPath()
                .getLong("ideas.find { it.title == 'Bring back the Saturday market' }.id");
        assertThat(olwen.get("/en/enghraifft/ideas/" + market).asString(), containsString("Olwen Hen"));
        assertEquals(7, given().get("/api/v1/prompts/3/ideas").then().extract().jsonPath()
                .getInt("ideas.find { it.title == 'Repair café' }.backingCount"));
        assertThat(olwen.get("/en/enghraifft/ideas/10").asString(), containsString("Withdraw your backing"));
        new Browser().signIn("officer@enghraifft.example", OFFICER_PASSWORD);
    }

    @Test
    void aMigrationThatFailsLeavesTheDatabaseAsItWasAndSaysSoThenContinuesOnceFixed() throws Exception {
        Path dir = restoredFixture("upgrade-fails");
        Map<String, Long> before;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, EmbeddedDatabase.Mode.DURABLE)) {
            // Someone changed the schema by hand: changeset 7 (which adds on_date, starts_at, ends_at) now fails.
            execute(db.jdbcUrl(), "ALTER TABLE initiative_need ADD COLUMN ends_at TIME NULL");
            before = rowCounts(db.jdbcUrl());
        }

        PackagedApp app = PackagedApp.launch(dir, Map.of(), "upgrade-fails-1");
        started.add(app);
        app.awaitExit(Duration.ofMinutes(2));
        assertThat(app.log(), containsString(
                "Cyd could not upgrade its database at change db/changelog/007-dated-needs.sql::7-need-date::cyd"));
        assertThat(app.log(), containsString("Duplicate column name 'ends_at'"));
        assertThat(app.log(), containsString("nothing was deleted"));
        assertTrue(beforeUpgradeBackups(dir).stream().anyMatch(UpgradeIT::isWholeDump));
        assertFalse(app.database().isPresent(), "its database server stopped with it");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, EmbeddedDatabase.Mode.DURABLE)) {
            assertEquals(before, rowCounts(db.jdbcUrl()), "every row as it was; no change recorded as done");
            assertEquals(0, count(db.jdbcUrl(), "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE "
                    + "TABLE_SCHEMA = 'cyd' AND TABLE_NAME = 'initiative_need' AND COLUMN_NAME = 'on_date'"),
                    "the failed change left nothing half-done");
            assertEquals(0, count(db.jdbcUrl(), "SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = 1"));
            execute(db.jdbcUrl(), "ALTER TABLE initiative_need DROP COLUMN ends_at");
        }
        PackagedApp fixed = start(dir, "upgrade-fails-2");
        assertThat(fixed.log(), containsString("Upgrading the database"));
        assertEquals(Long.valueOf(bundledChangesets()), rowCounts(appDatabaseUrl(dir)).get("DATABASECHANGELOG"));
    }

    @Test
    void twoInstancesStartingTogetherOnANewDatabaseMigrateItOnceAndLoadTheDemoOnce() throws Exception {
        Path shared = Path.of("target", "packaged", "shared", "db").toAbsolutePath();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(shared, EmbeddedDatabase.Mode.DISPOSABLE)) {
            Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER,
                    "CYD_SESSION_SECRET", "a shared secret of more than thirty-two characters");
            PackagedApp a = PackagedApp.launch(Path.of("target", "packaged", "instance-a"), env, "instance-a");
            PackagedApp b = PackagedApp.launch(Path.of("target", "packaged", "instance-b"), env, "instance-b");
            started.add(a);
            started.add(b);
            a.awaitReady(Duration.ofMinutes(2));
            b.awaitReady(Duration.ofMinutes(2));

            assertEquals(bundledChangesets(), count(db.jdbcUrl(), "SELECT COUNT(DISTINCT ID) FROM DATABASECHANGELOG"));
            assertEquals(bundledChangesets(), count(db.jdbcUrl(), "SELECT COUNT(*) FROM DATABASECHANGELOG"));
            assertEquals(2, count(db.jdbcUrl(), "SELECT COUNT(*) FROM authority"), "the demo's two councils, once");
            assertEquals(1, count(db.jdbcUrl(), "SELECT COUNT(*) FROM person WHERE email = 'officer@enghraifft.example'"));
            long loaded = Stream.of(a, b).filter(app -> app.log().contains("Demo data loaded")).count();
            assertEquals(1, loaded, "exactly one instance loaded the demo");

            // One sign-in works on both: the session key is shared.
            PackagedApp first = a.demoOfficerPassword().isPresent() ? a : b;
            PackagedApp other = first == a ? b : a;
            first.use();
            Browser officer = new Browser().signIn("officer@enghraifft.example", first.demoOfficerPassword().get());
            other.use();
            assertEquals(200, officer.request("/en/account").statusCode());
        }
    }

    // --- helpers ---

    private Path restoredFixture(String name) {
        Path dir = Path.of("target", "packaged", name, "db").toAbsolutePath();
        PackagedApp.delete(dir);
        PackagedApp.Result r = PackagedApp.command(dir, Map.of(), name + "-restore", "restore", FIXTURE.toString());
        assertEquals(0, r.exitCode(), r.output());
        return dir;
    }

    private PackagedApp start(Path dir, String name) {
        PackagedApp app = PackagedApp.start(dir, Map.of(), name);
        started.add(app);
        return app;
    }

    /** Counted from the changelog files, independently of the application's own count. */
    private static int bundledChangesets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "changelog"))) {
            int n = 0;
            for (Path f : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                n += (int) Files.readAllLines(f).stream().filter(l -> l.startsWith("--changeset")).count();
            }
            return n;
        }
    }

    private static List<Path> beforeUpgradeBackups(Path dir) throws IOException {
        Path backups = dir.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(f -> f.getFileName().toString().startsWith("before-upgrade-")).toList();
        }
    }

    private static boolean isWholeDump(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("CREATE TABLE `idea`") && text.contains("-- Dump completed");
        } catch (IOException e) {
            return false;
        }
    }

    private static String appDatabaseUrl(Path dir) throws IOException {
        return "jdbc:mysql://127.0.0.1:" + Files.readString(dir.resolve("run").resolve("port")).trim()
                + "/cyd?useSSL=false";
    }

    private static Map<String, Long> rowCounts(String url) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'cyd'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + t + "`")) {
                    r.next();
                    counts.put(t, r.getLong(1));
                }
            }
        }
        return counts;
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", "");
                ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
