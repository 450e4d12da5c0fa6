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
import jakarta.inject.Inject;

/**
 * When the database cannot answer in time — every connection busy past the pool's wait, a statement past its
 * timeout, or the database away — a person gets "try again shortly" (503, in their language) rather than an
 * error, and readiness says DOWN for a few seconds so that a load balancer sends people to another instance.
 */
@ApplicationScoped
public class Overload {

    /** How long readiness stays DOWN after the database last could not answer in time. */
    static final Duration DOWN_FOR = Duration.ofSeconds(5);

    /** MariaDB's max_statement_time, MySQL's max_execution_time, and a statement killed while it ran. */
    private static final int[] INTERRUPTED = { 1969, 3024, 1317 };

    private final AtomicLong lastNanos = new AtomicLong(System.nanoTime() - 2 * DOWN_FOR.toNanos());
    private final AtomicLong times = new AtomicLong();

    /** Whether this failure is the database being too busy or away, rather than a bug. */
    public static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTimeoutException || c instanceof SQLTransientConnectionException
                    || c instanceof java.sql.SQLRecoverableException
                    || c instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (c instanceof SQLException s) {
                String state = s.getSQLState() == null ? "" : s.getSQLState();
                if (state.startsWith("08") || state.equals("70100")
                        || java.util.Arrays.stream(INTERRUPTED).anyMatch(code -> code == s.getErrorCode())) {
                    return true;
                }
            }
            String m = c.getMessage();
            if (m != null && (m.contains("Acquisition timeout") || m.contains("Unable to acquire JDBC Connection"))) {
                return true;
            }
        }
        return false;
    }

    /** A request could not be answered because the database could not answer in time. */
    public void happened() {
        lastNanos.set(System.nanoTime());
        times.incrementAndGet();
    }

    /** Readiness: DOWN while the database could not answer in time within the last few seconds. */
    @Readiness
    @ApplicationScoped
    static class Capacity implements HealthCheck {

        @Inject
        Overload overload;

        @Override
        public HealthCheckResponse call() {
            long ago = System.nanoTime() - overload.lastNanos.get();
            return HealthCheckResponse.named("capacity").status(ago > DOWN_FOR.toNanos())
                    .withData("database-too-busy-or-away", overload.times.get()).build();
        }
    }
}
