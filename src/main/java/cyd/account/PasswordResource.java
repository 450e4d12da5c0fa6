package cyd.account;

import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Pages;
import cyd.web.RequestContext;
import cyd.web.SecurityLog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** Passwords: a reset link by email for a forgotten one (nobody learns which addresses have accounts), and a change. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PasswordResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance resetRequest(String email, FormErrors errors, boolean sent);

        static native TemplateInstance resetPassword(String action, FormErrors errors);

        static native TemplateInstance resetFailed();

        static native TemplateInstance changePassword(FormErrors errors);
    }

    @Inject
    RequestContext ctx;

    @Inject
    CurrentPerson me;

    @Inject
    AccountService accounts;

    @Inject
    SignIns signIns;

    @Inject
    Throttle throttle;

    @Inject
    io.vertx.core.http.HttpServerRequest request;

    @GET
    @Path("/{lang:en|cy}/password-reset")
    public TemplateInstance resetRequestPage() {
        return Templates.resetRequest("", FormErrors.none(), false);
    }

    @POST
    @Path("/{lang:en|cy}/password-reset")
    public Response resetRequest(@RestForm String email) {
        if (email == null || email.isBlank()) {
            return Pages.invalid(Templates.resetRequest("", new FormErrors().add("email", AccountMsg::emailRequired),
                    false));
        }
        accounts.requestPasswordReset(email.strip());
        return Response.ok(Templates.resetRequest(email.strip(), FormErrors.none(), true)).build();
    }

    @GET
    @Path("/{lang:en|cy}/password-reset/{token}")
    public Response resetPage(@RestPath String token) {
        if (!accounts.resetUsable(token)) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.resetFailed()).build();
        }
        return Response.ok(Templates.resetPassword(ctx.link("/password-reset/" + token), FormErrors.none())).build();
    }

    @POST
    @Path("/{lang:en|cy}/password-reset/{token}")
    public Response reset(@RestPath String token, @RestForm String password) {
        Outcome<Person> result = accounts.resetPassword(token, password);
        if (result instanceof Outcome.Invalid<Person> invalid) {
            return Pages.invalid(Templates.resetPassword(ctx.link("/password-reset/" + token), invalid.errors()));
        }
        if (result instanceof Outcome.Done<Person> done) {
            return signIns.start(done.value(), ctx.link("/account") + "?notice=password_reset");
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.resetFailed()).build();
    }

    @GET
    @Path("/{lang:en|cy}/account/password")
    public Object changePasswordPage() {
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx);
        }
        return Templates.changePassword(FormErrors.none());
    }

    /** A new password, given the current one; this browser stays signed in, every other sign-in ends. */
    @POST
    @Path("/{lang:en|cy}/account/password")
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword) {
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx);
        }
        // Checking the current password is a way to guess it: limited like signing in.
        String key = Throttle.key("change-password", Long.toString(me.id()));
        if (currentPassword != null && !currentPassword.isEmpty() && !throttle.count(key, Throttle.SIGN_IN_PER_EMAIL)) {
            return Response.status(429).entity(Templates.changePassword(new FormErrors().add("currentPassword",
                    AccountMsg::passwordTooManyTries))).build();
        }
        Outcome<Person> result = accounts.changePassword(me.id(), currentPassword, newPassword);
        if (result instanceof Outcome.Done<Person> done) {
            throttle.forgive(key);
            SecurityLog.passwordCheck("change", true, me.id(), request.remoteAddress().hostAddress());
            return signIns.start(done.value(), ctx.link("/account") + "?notice=password_changed");
        }
        if (result instanceof Outcome.Invalid<Person> invalid) {
            if (invalid.errors().has("currentPassword")) {
                SecurityLog.passwordCheck("change", false, me.id(), request.remoteAddress().hostAddress());
            }
            return Pages.invalid(Templates.changePassword(invalid.errors()));
        }
        return Pages.signInFirst(ctx);
    }
}
