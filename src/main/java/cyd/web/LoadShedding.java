package cyd.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Beyond what one instance can serve, people are told at once to try again shortly (503 with {@code Retry-After}, in
 * their language; problem+json on the API) rather than waiting in a queue that only grows, so the instance stays
 * alive and answers those it took in good time, and recovers as soon as the crowd thins. Counted as
 * {@code cyd_load_shed_total}. Health, metrics and the stylesheets and scripts are never refused: a load balancer
 * must see the instance, and a page already sent must look right.
 */
@ApplicationScoped
public class LoadShedding {

    static final int ORDER = RequestIds.ORDER + 1;

    @Inject
    Settings settings;

    @Inject
    ErrorPages pages;

    @Inject
    MeterRegistry registry;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, String> busyPages = new ConcurrentHashMap<>();
    private Counter shed;

    void prepare(@Observes StartupEvent start) {
        // Rendered once, before the first request: a refusal costs no worker thread and no database.
        for (String lang : java.util.List.of(Lang.EN, Lang.CY)) {
            busyPages.put(lang, pages.renderAlone(503, lang, "/" + lang, null));
        }
    }

    void install(@Observes Router router) {
        shed = registry.counter("cyd.load.shed");
        Gauge.builder("cyd.requests.in.flight", inFlight, AtomicInteger::get)
                .description("Requests this instance is serving now (load shedding counts these)").register(registry);
        int limit = settings.loadShedding().maxInFlight();
        router.route().order(ORDER).handler(rc -> {
            String path = rc.normalizedPath();
            if (limit <= 0 || exempt(path)) {
                rc.next();
                return;
            }
            if (inFlight.incrementAndGet() > limit) {
                inFlight.decrementAndGet();
                shed.increment();
                refuse(rc, path);
                return;
            }
            rc.addEndHandler(done -> inFlight.decrementAndGet());
            rc.next();
        });
    }

    private void refuse(io.vertx.ext.web.RoutingContext rc, String path) {
        var response = rc.response().setStatusCode(503).putHeader("Retry-After", "5")
                .putHeader("Cache-Control", "no-store");
        if (ErrorPages.speaksJson(path)) {
            response.putHeader("Content-Type", ErrorPages.PROBLEM_JSON).end("{\"type\":\"about:blank\",\"title\":"
                    + "\"Service busy\",\"status\":503,\"detail\":\"Too many requests at once: try again in a few seconds.\"}");
            return;
        }
        String lang = Lang.ofRoutedRequest(rc);
        String page = busyPages.get(lang);
        response.putHeader("Content-Type", "text/html;charset=UTF-8").putHeader("Content-Language", lang)
                .end(rc.request().method() == HttpMethod.HEAD || page == null ? "" : page);
    }

    private static boolean exempt(String path) {
        return path.startsWith("/q/") || path.startsWith("/static/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }
}
