package cyd.db;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Cyd, or runs one of its database commands ({@code backup [FILE]}, {@code restore FILE}).
 *
 * <p>When no database is configured, the embedded MariaDB starts first (the datasource and the Liquibase
 * migration run before any bean could start it) and stops last, after Quarkus has finished every request.
 */
@QuarkusMain
public class CydMain {

    private static final Logger LOG = Logger.getLogger(CydMain.class);

    public static void main(String... args) {
        String command = args.length > 0 ? args[0] : "";
        try {
            switch (command) {
                case "backup" -> {
                    Backups.backup(embeddedDir(), args.length > 1 ? args[1] : null);
                    return;
                }
                case "restore" -> {
                    Backups.restore(embeddedDir(), args.length > 1 ? args[1] : null);
                    return;
                }
                default -> {
                    // start Cyd below
                }
            }
        } catch (EmbeddedDatabaseException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        System.exit(serve(args));
    }

    private static int serve(String... args) {
        EmbeddedDatabase db = null;
        CountDownLatch quarkusDone = new CountDownLatch(1);
        boolean embedded;
        try {
            embedded = DatabaseSettings.useEmbedded();
            if (embedded) {
                Path dir = DatabaseSettings.embeddedDir();
                LOG.infof("No database configured (QUARKUS_DATASOURCE_JDBC_URL): starting the embedded MariaDB in %s",
                        dir.toAbsolutePath());
                db = EmbeddedDatabase.start(dir, EmbeddedDatabase.Mode.DURABLE);
                Backups.beforeUpgrade(db);
                LOG.infof("The embedded MariaDB is up, %d ms after Cyd was started",
                        System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
                db.onLost(() -> Quarkus.asyncExit(3));
                EmbeddedDatabase started = db;
                // A signal (Ctrl-C, SIGTERM) runs every shutdown hook at once: the database waits for Quarkus.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        quarkusDone.await(2, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    started.stop();
                }, "embedded-db-stop"));
                System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
                System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
                System.setProperty("quarkus.datasource.password", "");
                // The search index lives beside the database it was made from, unless told otherwise.
                if (System.getProperty("cyd.search.index-dir") == null && System.getenv("CYD_SEARCH_INDEX_DIR") == null) {
                    System.setProperty("cyd.search.index-dir", dir.resolve("search").toAbsolutePath().toString());
                }
            }
            DatabaseSettings.datasource().ifPresent(d -> MigrationLock.prepare(d.url(), d.user(), d.password()));
        } catch (EmbeddedDatabaseException | IllegalStateException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        AtomicInteger exit = new AtomicInteger();
        try {
            Quarkus.run(Serve.class, (code, failure) -> {
                if (failure != null) {
                    System.err.println(StartFailure.explain(failure, embedded));
                    exit.set(code == 0 ? 1 : code);
                } else {
                    exit.set(code);
                }
            }, args);
        } finally {
            quarkusDone.countDown();
            if (db != null) {
                db.stop();
            }
        }
        return exit.get();
    }

    /** Cyd as Quarkus runs it: until it is asked to stop. */
    public static class Serve implements QuarkusApplication {
        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }

    private static Path embeddedDir() {
        if (!DatabaseSettings.useEmbedded()) {
            throw new EmbeddedDatabaseException("A database is configured (QUARKUS_DATASOURCE_JDBC_URL): back it up "
                    + "with that server's own tools (see deploy/README.md). These commands are for the embedded one.");
        }
        return DatabaseSettings.embeddedDir();
    }
}
