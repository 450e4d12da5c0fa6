package cyd.web;

import org.jboss.logging.Logger;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The last word on requests nothing else answered: Cyd's own 404 page for unknown addresses, and its
 * own 500 page (never a stack trace) for failures that escape the resources, such as a page that
 * fails while rendering. Under /api both are problem+json.
 */
@ApplicationScoped
public class FallbackRoutes {

    private static final Logger LOG = Logger.getLogger(FallbackRoutes.class);

    @Inject
    ErrorPages pages;

    void install(@Observes Router router) {
        router.route().last().handler(rc -> answer(rc, 404));
        router.route().failureHandler(rc -> {
            if (rc.response().headWritten()) {
                rc.response().close();
                return;
            }
            int status = rc.statusCode() >= 400 && rc.statusCode() < 500 ? rc.statusCode() : 500;
            if (status == 500) {
                LOG.errorf(rc.failure(), "Unexpected failure on %s", rc.normalizedPath());
            }
            answer(rc, status);
        });
    }

    private void answer(RoutingContext rc, int status) {
        String path = rc.normalizedPath();
        String incident = status == 500 ? String.valueOf(rc.<Object>get(RequestIds.LOG_KEY, RequestIds.newId())) : null;
        if (path.startsWith("/api/")) {
            rc.response().setStatusCode(status).putHeader("Content-Type", ErrorPages.PROBLEM_JSON)
                    .end("{\"type\":\"about:blank\",\"title\":\"" + (status == 404 ? "Not found" : "Error")
                            + "\",\"status\":" + status + "}");
            return;
        }
        String chosen = Lang.ofRoutedRequest(rc);
        rc.vertx().executeBlocking(() -> pages.renderAlone(status, chosen, path, incident)).onComplete(result -> {
            var response = rc.response().setStatusCode(status);
            if (result.succeeded()) {
                response.putHeader("Content-Type", "text/html;charset=UTF-8").putHeader("Content-Language", chosen)
                        .end(rc.request().method() == HttpMethod.HEAD ? "" : result.result());
            } else {
                LOG.error("The error page itself failed", result.cause());
                response.putHeader("Content-Type", "text/plain;charset=UTF-8")
                        .end(status == 404 ? "Not found / Heb ddod o hyd i'r dudalen"
                                : "Sorry, there is a problem with the service / Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth");
            }
        });
    }
}
