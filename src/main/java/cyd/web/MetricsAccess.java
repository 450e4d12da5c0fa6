package cyd.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Metrics are for the operator's Prometheus, which asks each instance directly. A request that came through a proxy
 * (an Ingress, a load balancer: it says whom it forwarded for) is someone on the internet, and is told there is
 * nothing there. deploy/haproxy/haproxy.cfg refuses them too; this holds wherever Cyd runs.
 */
@ApplicationScoped
public class MetricsAccess {

    void install(@Observes Router router) {
        router.route("/q/metrics*").order(LoadShedding.ORDER + 1).handler(rc -> {
            if (rc.request().getHeader("X-Forwarded-For") != null || rc.request().getHeader("Forwarded") != null) {
                rc.response().setStatusCode(404).putHeader("Cache-Control", "no-store").end();
                return;
            }
            rc.next();
        });
    }
}
