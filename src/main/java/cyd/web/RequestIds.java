package cyd.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every request has an id: sent back in {@code X-Request-Id}, on every log line written while it is served (the
 * {@code requestId} of the log's MDC), and shown as the incident number of an error page, so that what a resident
 * reads out on the phone finds the lines in the log. A well-formed id from the load balancer is kept, so its log and
 * Cyd's meet.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    /** Before everything else Cyd routes, load shedding included, so that a refusal has an id too. */
    static final int ORDER = -20_000;
    private static final Pattern GIVEN = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(rc -> {
            String given = rc.request().getHeader(HEADER);
            String id = given != null && GIVEN.matcher(given).matches() ? given : newId();
            // Quarkus keeps the MDC in the request's own Vert.x context, so the worker thread that serves it logs it.
            MDC.put(LOG_KEY, id);
            rc.put(LOG_KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        });
    }

    /** The id of the request being served, or a new one where there is none (a scheduled job). */
    public static String current() {
        Object id = MDC.get(LOG_KEY);
        return id == null ? newId() : id.toString();
    }

    static String newId() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
