package cyd.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.jboss.logging.Logger;

import cyd.web.Settings;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * No statement of a request runs longer than {@code cyd.database.statement-timeout}: the database stops it, the
 * request answers "try again shortly" (see {@code cyd.web.Overload}) and its connection is free for others.
 * MariaDB's {@code max_statement_time} bounds every statement; MySQL's {@code max_execution_time} bounds reads.
 * Migrations run before it applies (an index on a million ideas may take longer); once Cyd has started, the
 * connections made for them are replaced.
 */
@ApplicationScoped
public class StatementTimeout implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(StatementTimeout.class);

    @Inject
    Settings settings;

    @Inject
    AgroalDataSource dataSource;

    private volatile boolean started;

    void onStart(@Observes StartupEvent event) {
        started = true;
        dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        long millis = settings.database().statementTimeout().toMillis();
        if (!started || millis <= 0) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT);
            s.execute(product.contains("mariadb")
                    ? "SET SESSION max_statement_time = " + (millis / 1000.0)
                    : "SET SESSION max_execution_time = " + millis);
        } catch (SQLException e) {
            LOG.warnf("Could not bound statement time on a new connection: %s", e.getMessage());
        }
    }
}
