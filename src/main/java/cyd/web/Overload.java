package cyd.web;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * When the database cannot answer in time — every connection busy past the pool's wait, a statement past its
 * timeout, or the database away — a person gets "try again shortly" (503, in their language) rather than an
 * error, and readiness says DOWN for a few seconds so that a load balancer sends people to another instance.
 */
public final class Overload {

    /** How long readiness stays DOWN after the database last could not answer in time. */
    static final Duration DOWN_FOR = Duration.ofSeconds(5);

    /** MariaDB's max_statement_time, MySQL's max_execution_time, and a statement killed while it ran. */
    private static final int[] INTERRUPTED = { 1969, 3024, 1317 };

    // Process-wide, so that the embedded database's watchdog (started before any bean) can say it too.
    private static final AtomicLong lastNanos = new AtomicLong(System.nanoTime() - 2 * DOWN_FOR.toNanos());
    private static final AtomicLong times = new AtomicLong();

    /**
     * The database could not answer a request in time, or the embedded one died: not ready for a few seconds,
     * however soon it is back.
     */
    public static void databaseUnavailable() {
        lastNanos.set(System.nanoTime());
        times.incrementAndGet();
    }

    private Overload() {
    }

    /**
     * Whether the connection to the database was lost (the server, or a cluster node, went away), as opposed to the
     * database being too slow: a use case that is safe to repeat can run again on another connection.
     */
    public static boolean isConnectionLost(Throwable e) {
        return Causes.any(e, c -> (c instanceof java.sql.SQLRecoverableException
                || c instanceof org.hibernate.exception.JDBCConnectionException
                || c instanceof com.mysql.cj.exceptions.CJCommunicationsException
                || (c instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")))
                && !waitedForPool(c));
    }

    /** The pool had no connection free in time: the database is busy, not gone. */
    private static boolean waitedForPool(Throwable c) {
        String m = c.getMessage();
        return m != null && (m.contains("Acquisition timeout") || m.contains("Unable to acquire JDBC Connection"));
    }

    /** Drops the pool's idle connections that no longer answer, so that the next request gets a live one. */
    public static void dropDeadConnections(io.agroal.api.AgroalDataSource dataSource) {
        try {
            dataSource.flush(io.agroal.api.AgroalDataSource.FlushMode.INVALID);
        } catch (RuntimeException e) {
            // best effort: a request that meets a dead connection is told to try again
        }
    }

    /** Whether this failure is the database being too busy or away, rather than a bug. */
    public static boolean isDatabaseUnavailable(Throwable e) {
        return Causes.any(e, c -> {
            if (c instanceof SQLTimeoutException || c instanceof SQLTransientConnectionException
                    || c instanceof java.sql.SQLRecoverableException
                    || c instanceof org.hibernate.exception.JDBCConnectionException || waitedForPool(c)) {
                return true;
            }
            if (c instanceof SQLException s) {
                String state = s.getSQLState() == null ? "" : s.getSQLState();
                return state.startsWith("08") || state.equals("70100")
                        || java.util.Arrays.stream(INTERRUPTED).anyMatch(code -> code == s.getErrorCode());
            }
            return false;
        });
    }

    /** Counted for an operator: {@code cyd_database_unavailable_total}. */
    @ApplicationScoped
    static class Meter {
        void register(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start,
                io.micrometer.core.instrument.MeterRegistry registry) {
            io.micrometer.core.instrument.FunctionCounter.builder("cyd.database.unavailable", times, AtomicLong::get)
                    .description("Requests answered 'try again shortly' because the database was too busy or away")
                    .register(registry);
            // Refusals (SecurityLog counts them), reported from the start at 0.
            registry.counter("cyd.refusals", "reason", "forbidden");
            registry.counter("cyd.refusals", "reason", "rate-limit");
        }
    }

    /** Readiness: DOWN while the database could not answer in time within the last few seconds. */
    @Readiness
    @ApplicationScoped
    static class Capacity implements HealthCheck {

        @Override
        public HealthCheckResponse call() {
            long ago = System.nanoTime() - lastNanos.get();
            return HealthCheckResponse.named("capacity").status(ago > DOWN_FOR.toNanos())
                    .withData("database-too-busy-or-away", times.get()).build();
        }
    }
}
