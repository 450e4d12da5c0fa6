package cyd.web;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * Security events, in the log category {@code cyd.security}, one line each, for an operator's SIEM: every sign-in
 * and its outcome, and every request refused for who made it (403), or for how often (429). A line names the
 * account by number and the email address only by a short hash, never a password or a whole address.
 */
public class SecurityLog {

    private static final Logger LOG = Logger.getLogger("cyd.security");

    @Inject
    RequestContext ctx;

    @Inject
    HttpServerRequest request;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    /** A sign-in attempt: "ok", "wrong" (no such account or the wrong password) or "locked" (too many). */
    public static void signIn(String outcome, String email, Long personId, String address) {
        String line = String.format("sign-in %s email=%s person=%s address=%s", outcome, emailHash(email),
                personId == null ? "-" : personId, address);
        if ("ok".equals(outcome)) {
            LOG.info(line);
        } else {
            LOG.warn(line);
        }
    }

    /** A password given to change it or to delete the account, and whether it was right. */
    public static void passwordCheck(String what, boolean right, Long personId, String address) {
        String line = String.format("%s password %s person=%s address=%s", what, right ? "ok" : "wrong", personId,
                address);
        if (right) {
            LOG.info(line);
        } else {
            LOG.warn(line);
        }
    }

    @ServerResponseFilter
    public void refusals(ContainerRequestContext req, ContainerResponseContext res) {
        int status = res.getStatus();
        if (status == 403 || status == 429) {
            metrics.counter("cyd.refusals", "reason", status == 403 ? "forbidden" : "rate-limit").increment();
            LOG.warnf("%s %s %s person=%s address=%s", status == 403 ? "refused" : "too-many", req.getMethod(),
                    ctx.getPath(), ctx.getPersonId() == null ? "-" : ctx.getPersonId(), address());
        }
    }

    private String address() {
        return request.remoteAddress() == null ? "-" : request.remoteAddress().hostAddress();
    }

    static String emailHash(String email) {
        if (email == null || email.isBlank()) {
            return "-";
        }
        return Secrets.sha256(Text.normaliseEmail(email)).substring(0, 12);
    }
}
