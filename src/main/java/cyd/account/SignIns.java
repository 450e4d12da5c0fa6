package cyd.account;

import java.net.URI;

import cyd.web.Cookies;
import cyd.web.RequestContext;
import cyd.web.WebFilters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** Signs a person in on this browser: the signed sign-in cookie, and on to where they were going. */
@RequestScoped
public class SignIns {

    @Inject
    RequestContext ctx;

    @Inject
    WebFilters sessions;

    public Response start(Person person, String next) {
        return Response.seeOther(URI.create(next))
                .cookie(Cookies.of(Cookies.SESSION, sessions.sessionValue(person.id, person.sessionEpoch),
                        sessions.sessionMaxAgeSeconds(), ctx.isSecure()))
                .build();
    }
}
