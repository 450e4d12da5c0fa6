package cyd.web;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

/**
 * Runs a {@link RetryOnConflict} method again when the database aborted its transaction because of another
 * one. It sits outside {@code @Transactional} (a lower priority runs first), and only retries where it began
 * outside any transaction, so the whole transaction is what runs again.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetry {

    private static final Logger LOG = Logger.getLogger(ConflictRetry.class);
    static final int ATTEMPTS = 12;

    @Inject
    TransactionManager transactions;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (inTransaction()) {
            return call.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                boolean lost = !isConflict(e) && call.getMethod().isAnnotationPresent(SafeToRepeat.class)
                        && Overload.isConnectionLost(e);
                if (!(isConflict(e) || lost) || attempt == ATTEMPTS) {
                    throw e;
                }
                if (lost) {
                    // The other connections to the node that went are dead too: drop them before trying again.
                    Overload.dropDeadConnections(dataSource);
                }
                LOG.debugf("%s met another transaction (%s); running it again (attempt %d)",
                        call.getMethod().getName(), e.getMessage(), attempt + 1);
                // Spread the retries out so the transactions that met do not meet again at once.
                Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << Math.min(attempt, 5)));
            }
        }
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return false;
        }
    }

    /**
     * A deadlock (1213; also how Galera reports a certification conflict), a lock wait that timed out (1205), a
     * serialization failure (SQLState 40001), or a transaction MySQL Group Replication rolled back at commit for a
     * conflict with another member's (3101).
     */
    public static boolean isConflict(Throwable t) {
        // Refused at commit (Galera's certification, Group Replication), the database's answer is suppressed.
        return Causes.any(t, c -> c instanceof SQLException s && (s.getErrorCode() == 1213 || s.getErrorCode() == 1205
                || s.getErrorCode() == 3101 || "40001".equals(s.getSQLState())));
    }

    /** A unique key refused a second row (1062): someone did the same a moment earlier. */
    public static boolean isDuplicate(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && s.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }
}
