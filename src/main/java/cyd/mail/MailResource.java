package cyd.mail;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.account.Person;
import cyd.authority.Authority;
import cyd.prompt.Prompt;
import cyd.web.Pages;
import cyd.web.RequestContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Following a question, and stopping emails from the link in them without signing in. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MailResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unsubscribe(String what, Long person, Long prompt, String sig, String title,
                String titleLang, boolean done);

        static native TemplateInstance unsubscribeFailed();
    }

    @Inject
    RequestContext ctx;

    @Inject
    CurrentPerson me;

    @Inject
    CouncilPages councils;

    @Inject
    Follows follows;

    @Inject
    Notices notices;

    @POST
    @Path("/{lang:en|cy}/{authority}/prompts/{id}/follow")
    public Response follow(String authority, @RestPath Long id, @RestForm String frequency) {
        Authority a = councils.open(authority);
        Prompt p = Prompt.inAuthority(a.id, id).filter(Prompt::isPublished).orElseThrow(NotFoundException::new);
        String back = a.link(ctx.getLang(), "/prompts/", p.id);
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx, back);
        }
        if (!me.viewer().verified()) {
            return Pages.seeOther(ctx.link("/account") + "?notice=verify_sent");
        }
        if (!follows.set(me.viewer(), p, frequency)) {
            return Pages.seeOther(back + "#follow");
        }
        return Pages.seeOther(back + "?notice=" + ("NONE".equals(frequency) ? "unfollowed" : "following") + "#follow");
    }

    @GET
    @Path("/{lang:en|cy}/unsubscribe")
    public Response unsubscribePage(@RestQuery String what, @RestQuery Long person, @RestQuery Long prompt,
            @RestQuery String sig) {
        if (!notices.unsubscribeValid(what, person, prompt, sig)) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.unsubscribeFailed()).build();
        }
        return Response.ok(page(what, person, prompt, sig, false)).build();
    }

    @POST
    @Path("/{lang:en|cy}/unsubscribe")
    public Response unsubscribe(@RestForm String what, @RestForm Long person, @RestForm Long prompt,
            @RestForm String sig) {
        if (!notices.unsubscribeValid(what, person, prompt, sig)) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.unsubscribeFailed()).build();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if ("answers".equals(what)) {
                Person p = Person.findById(person);
                if (p != null) {
                    p.notifyAnswers = false;
                }
            } else {
                follows.stop(person, prompt);
            }
        });
        return Response.ok(page(what, person, prompt, sig, true)).build();
    }

    private TemplateInstance page(String what, Long person, Long prompt, String sig, boolean done) {
        Prompt p = "follow".equals(what) ? Prompt.findById(prompt) : null;
        return Templates.unsubscribe(what, person, prompt, sig, p == null ? null : p.title(ctx.getLang()),
                p == null ? null : p.titleLang(ctx.getLang()), done);
    }
}
