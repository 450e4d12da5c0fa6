package cyd.web;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every setting of Cyd's own, with its default, in one place. Each can also be given as an environment variable
 * (upper case, dots and dashes as {@code _}: {@code CYD_BASE_URL}) or a {@code -D} system property. README's
 * configuration table lists the same names and defaults ({@code SettingsTest} compares them).
 */
@ConfigMapping(prefix = "cyd")
public interface Settings {

    String EMBEDDED_DB_DIR = "data/db";

    /** The address people reach Cyd at; every link in an email starts with it. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    Demo demo();

    Session session();

    Moderation moderation();

    Scheduler scheduler();

    Mail mail();

    EmbeddedDb embeddedDb();

    Cache pageCache();

    Database database();

    Search search();

    LoadShedding loadShedding();

    interface Demo {
        /** Load the demo councils into an empty database. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Session {
        /** Key (at least 32 characters) that signs sign-in and CSRF cookies; unset: made once, kept in the database. */
        Optional<String> secret();

        /**
         * Earlier (or coming) keys, comma-separated: cookies they signed are still believed, but nothing new is signed
         * with them. For changing the key without signing everyone out.
         */
        Optional<java.util.List<String>> alsoAccepted();

        /** How long a resident's sign-in lasts. */
        @WithDefault("P14D")
        Duration maxAge();

        /** How long the sign-in of anyone with a role in a council lasts (NIST SP 800-63B AAL2's 12 hours). */
        @WithDefault("PT12H")
        Duration officerMaxAge();
    }

    interface Moderation {
        /** Reports from this many different residents hide an idea or comment until a moderator decides. */
        @WithDefault("3")
        int hideAfterReports();
    }

    interface Scheduler {
        /** How often questions due to open or close are opened and closed (read by {@code @Scheduled}). */
        @WithDefault("60s")
        String prompts();
    }

    interface Mail {
        /** How often the email outbox is sent (read by {@code @Scheduled}). */
        @WithDefault("5s")
        String sendEvery();

        /** When followers' digests go out, London time (read by {@code @Scheduled}). */
        @WithDefault("0 0 7 * * ?")
        String digestCron();
    }

    interface Database {
        /** The longest a statement may run before the database stops it and the request answers 503; {@code 0s}: no bound. */
        @WithDefault("10s")
        Duration statementTimeout();
    }

    interface Search {
        /**
         * Where this instance keeps its own search index ({@code cyd.search.SearchIndex}); each instance needs its own
         * folder. Unset: {@code search} in the embedded database's folder, or {@code data/search} with a database
         * of your own.
         */
        Optional<String> indexDir();
    }

    interface LoadShedding {
        /**
         * How many requests one instance serves at once before it answers the next "try again shortly" (503) at once
         * ({@code cyd.web.LoadShedding}); health, metrics, stylesheets and scripts are not counted. {@code 0}: no limit.
         */
        @WithDefault("300")
        int maxInFlight();
    }

    /** Pages as anonymous visitors see them, kept a short while ({@code cyd.web.PageCache}). */
    interface Cache {
        /** How long a page is kept before it is rendered again; {@code 0s} keeps none. Staleness is at most twice this. */
        @WithDefault("1s")
        Duration ttl();

        /** How many pages each instance keeps at most (the largest question page is about 80 KB). */
        @WithDefault("500")
        int maxPages();
    }

    /**
     * The embedded MariaDB. {@code cyd.db.DatabaseSettings} reads these two before Quarkus starts (the database
     * must be running first), from the same system property or environment variable, with these defaults.
     */
    interface EmbeddedDb {
        /** {@code false} refuses to start without a configured database. */
        @WithDefault("true")
        boolean enabled();

        /** Where the embedded MariaDB keeps its programs, data, backups and log. */
        @WithDefault(EMBEDDED_DB_DIR)
        String dir();
    }
}
