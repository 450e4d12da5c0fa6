package cyd.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Answers addresses nothing else knows with Cyd's own 404 page (or problem+json under /api). */
@ApplicationScoped
public class NotFoundRoute {

    @Inject
    ErrorPages pages;

    void install(@Observes Router router) {
        router.route().last().handler(rc -> {
            String path = rc.normalizedPath();
            if (path.startsWith("/api/")) {
                rc.response().setStatusCode(404).putHeader("Content-Type", ErrorPages.PROBLEM_JSON)
                        .end("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404}");
                return;
            }
            String lang = Lang.ofPath(path);
            if (lang == null) {
                String cookie = rc.request().getCookie(Cookies.LANG) == null ? null
                        : rc.request().getCookie(Cookies.LANG).getValue();
                lang = Lang.orEnglish(cookie);
            }
            String chosen = lang;
            rc.vertx().executeBlocking(() -> {
                ManagedContext request = Arc.container().requestContext();
                request.activate();
                try {
                    RequestContext ctx = Arc.container().instance(RequestContext.class).get();
                    ctx.begin(path, null, false);
                    ctx.setLang(chosen, true);
                    return pages.render(404, chosen);
                } finally {
                    request.terminate();
                }
            }).onComplete(result -> {
                if (result.succeeded()) {
                    rc.response().setStatusCode(404).putHeader("Content-Type", "text/html;charset=UTF-8")
                            .putHeader("Content-Language", chosen)
                            .end(rc.request().method() == HttpMethod.HEAD ? "" : result.result());
                } else {
                    rc.response().setStatusCode(404).end("Not found / Heb ddod o hyd i'r dudalen");
                }
            });
        });
    }
}
