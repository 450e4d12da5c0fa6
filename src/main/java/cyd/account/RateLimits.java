package cyd.account;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cyd.web.ErrorPages;
import cyd.web.RequestContext;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * How often one person, and one network address, may post each kind of thing in an hour. Counted in the
 * database ({@link Throttle}), so every instance counts together; over the limit, a 429 page in the page's
 * language says when to try again. Generous for a person (nobody shares 30 ideas an hour), ten times that for an
 * address, which a library or a council office may share.
 */
public class RateLimits {

    record Limit(String name, Pattern path, int perPerson) {
    }

    static final List<Limit> LIMITS = List.of(
            new Limit("sign-up", Pattern.compile("^/(en|cy)/sign-up$"), 10),
            new Limit("idea", Pattern.compile("^/(en|cy)/[^/]+/prompts/\\d+/ideas/new$"), 30),
            new Limit("comment", Pattern.compile("^/(en|cy)/[^/]+/ideas/\\d+/comments$"), 60),
            new Limit("report", Pattern.compile("^/(en|cy)/[^/]+/report/(idea|comment)/\\d+$"), 30),
            new Limit("backing", Pattern.compile("^/(en|cy)/[^/]+/ideas/\\d+/(back|withdraw)$"), 300));
    static final Duration HOUR = Duration.ofHours(1);

    @Inject
    RequestContext ctx;

    @Inject
    Throttle throttle;

    @Inject
    ErrorPages errorPages;

    @Inject
    HttpServerRequest request;

    @ServerRequestFilter
    public Response limit(ContainerRequestContext context) {
        if (!"POST".equals(context.getMethod())) {
            return null;
        }
        String path = ctx.getPath();
        for (Limit l : LIMITS) {
            if (l.path().matcher(path).matches()) {
                Long person = ctx.getPersonId();
                java.util.SortedMap<String, Throttle.Rule> keys = new java.util.TreeMap<>();
                if (person != null) {
                    keys.put(Throttle.key("rate-" + l.name(), "person:" + person),
                            new Throttle.Rule(l.perPerson(), HOUR, HOUR));
                }
                keys.put(Throttle.key("rate-" + l.name(), "address:" + request.remoteAddress().hostAddress()),
                        new Throttle.Rule(l.perPerson() * 10, HOUR, HOUR));
                return throttle.countAll(keys) ? null : errorPages.tooMany();
            }
        }
        return null;
    }
}
