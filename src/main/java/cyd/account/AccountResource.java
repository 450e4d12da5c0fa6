package cyd.account;

import java.net.URI;
import java.util.Map;

import cyd.account.FollowView;
import cyd.web.Cookies;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Pages;
import cyd.web.RequestContext;
import cyd.web.SecurityLog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Sign-up, sign-in and sign-out, and the resident's own account: their data and its deletion. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signUp(SignUpForm form, FormErrors errors);

        static native TemplateInstance signIn(String email, String next, FormErrors errors, AccountNotice notice);

        static native TemplateInstance account(Person person, AccountNotice notice, java.util.List<FollowView> follows);

        static native TemplateInstance verifyFailed(boolean signedIn);

        static native TemplateInstance delete(FormErrors errors);
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
    Following follows;

    @Inject
    Throttle throttle;

    @Inject
    io.vertx.core.http.HttpServerRequest request;

    @GET
    @Path("/{lang:en|cy}/sign-up")
    public TemplateInstance signUpPage(@RestQuery String next) {
        SignUpForm form = new SignUpForm();
        form.next = Pages.safeNext(next, null);
        return Templates.signUp(form, FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/sign-up")
    public Response signUp(@BeanParam SignUpForm form) {
        Outcome<Person> result = accounts.signUp(form, ctx.getLang());
        if (result instanceof Outcome.Invalid<Person> invalid) {
            form.password = null;
            return Pages.invalid(Templates.signUp(form, invalid.errors()));
        }
        Person person = ((Outcome.Done<Person>) result).value();
        // Straight to the account page, which says a link has been sent and what waits on it.
        return signIns.start(person, ctx.link("/account?notice=verify_sent"));
    }

    @GET
    @Path("/{lang:en|cy}/sign-in")
    public TemplateInstance signInPage(@RestQuery String next, @RestQuery String notice) {
        return Templates.signIn("", Pages.safeNext(next, null), FormErrors.none(),
                AccountNotice.onSignIn(notice));
    }

    @POST
    @Path("/{lang:en|cy}/sign-in")
    public Response signIn(@BeanParam SignInForm form) {
        FormErrors errors = new FormErrors();
        if (form.email == null || form.email.isBlank()) {
            errors.add("email", AccountMsg::emailRequired);
        }
        if (form.password == null || form.password.isEmpty()) {
            errors.add("password", AccountMsg::passwordRequired);
        }
        String emailKey = Throttle.key("sign-in", form.email);
        String addressKey = Throttle.key("sign-in-address", request.remoteAddress().hostAddress());
        // Counted before the password is checked: attempts made together cannot all be checked before a lock.
        if (!errors.isAny() && !throttle.countAll(new java.util.TreeMap<>(
                java.util.Map.of(emailKey, Throttle.SIGN_IN_PER_EMAIL, addressKey, Throttle.SIGN_IN_PER_ADDRESS)))) {
            // Too many attempts lately: refused without checking this one, so guessing gets nowhere.
            errors.add("email", AccountMsg::signInTooMany);
            SecurityLog.signIn("locked", form.email, null, request.remoteAddress().hostAddress());
            return Response.status(429).entity(Templates.signIn(form.email, Pages.safeNext(form.next, null), errors, null))
                    .build();
        }
        Person person = errors.isAny() ? null : accounts.signIn(form.email, form.password);
        if (person == null) {
            if (!errors.isAny()) {
                errors.add("email", AccountMsg::signInFailed);
                SecurityLog.signIn("wrong", form.email, null, request.remoteAddress().hostAddress());
            }
            return Pages.invalid(Templates.signIn(form.email, Pages.safeNext(form.next, null), errors, null));
        }
        throttle.clear(emailKey);
        throttle.forgive(addressKey);
        SecurityLog.signIn("ok", form.email, person.id, request.remoteAddress().hostAddress());
        return signIns.start(person, Pages.safeNext(form.next, ctx.link("/")));
    }

    @POST
    @Path("/{lang:en|cy}/sign-out")
    public Response signOut() {
        accounts.endSignIn(ctx.getSessionKey(), ctx.getSessionExpires());
        return Response.seeOther(URI.create(ctx.link("/")))
                .cookie(Cookies.expired(Cookies.SESSION, ctx.isSecure()))
                .build();
    }

    @GET
    @Path("/{lang:en|cy}/account")
    public Object account(@RestQuery String notice) {
        Person person = me.get();
        if (person == null) {
            return Pages.signInFirst(ctx);
        }
        return Templates.account(person, AccountNotice.onAccount(notice), follows.of(person.id, ctx.getLang()));
    }

    /** The link in the verification email. */
    @GET
    @Path("/{lang:en|cy}/account/verify")
    public Object verify(@RestQuery String token, @RestQuery String next) {
        Person p = accounts.verify(token);
        if (p == null) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.verifyFailed(me.isSignedIn())).build();
        }
        // On to where they were when they signed up, or their account page saying it worked.
        String then = Pages.safeNext(next, ctx.link("/account") + "?notice=verified");
        if (me.isSignedIn() && me.id().equals(p.id)) {
            return Pages.seeOther(then);
        }
        // Opening someone else's link must not sign the visitor in as them (or out of their own sign-in): the
        // address is confirmed, and its owner signs in as usual.
        return Pages.seeOther(ctx.link("/sign-in") + "?notice=verified&next="
                + java.net.URLEncoder.encode(then, java.nio.charset.StandardCharsets.UTF_8));
    }

    @POST
    @Path("/{lang:en|cy}/account/verify/resend")
    public Response resend() {
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx);
        }
        accounts.resendVerification(me.id());
        return Pages.seeOther(ctx.link("/account") + "?notice=verify_sent");
    }

    @POST
    @Path("/{lang:en|cy}/account/email-preferences")
    public Response emailPreferences(@RestForm String notifyAnswers) {
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx);
        }
        accounts.setEmailPreferences(me.id(), "yes".equals(notifyAnswers));
        return Pages.seeOther(ctx.link("/account") + "?notice=preferences");
    }

    /** Ends this and every other sign-in of the account (a lost phone, a shared computer). */
    @POST
    @Path("/{lang:en|cy}/account/sign-out-everywhere")
    public Response signOutEverywhere() {
        if (me.isSignedIn()) {
            accounts.endAllSignIns(me.id());
        }
        return Response.seeOther(URI.create(ctx.link("/sign-in") + "?notice=signed_out_everywhere"))
                .cookie(Cookies.expired(Cookies.SESSION, ctx.isSecure()))
                .build();
    }

    @GET
    @Path("/{lang:en|cy}/account/data.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response download() {
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx);
        }
        Map<String, Object> data = accounts.export(me.id());
        return Response.ok(data, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"cyd-my-data.json\"")
                .build();
    }

    @GET
    @Path("/{lang:en|cy}/account/delete")
    public Object deletePage() {
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx);
        }
        return Templates.delete(FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/account/delete")
    public Response delete(@RestForm String password) {
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx);
        }
        // The password check here is a way to guess it too: limited like signing in (a stolen sign-in cannot
        // try passwords until one deletes the account).
        String key = Throttle.key("delete", Long.toString(me.id()));
        if (password != null && !password.isEmpty() && !throttle.count(key, Throttle.SIGN_IN_PER_EMAIL)) {
            return Response.status(429).entity(Templates.delete(new FormErrors().add("password",
                    AccountMsg::passwordTooManyTries))).build();
        }
        boolean right = accounts.passwordMatches(me.id(), password);
        SecurityLog.passwordCheck("delete-account", right, me.id(), request.remoteAddress().hostAddress());
        if (!right) {
            FormErrors errors = new FormErrors().add("password",
                    password == null || password.isEmpty() ? AccountMsg::passwordRequired : AccountMsg::passwordWrong);
            return Pages.invalid(Templates.delete(errors));
        }
        accounts.deleteAccount(me.id());
        return Response.seeOther(URI.create(ctx.link("/") + "?deleted=1"))
                .cookie(Cookies.expired(Cookies.SESSION, ctx.isSecure()))
                .build();
    }

}
