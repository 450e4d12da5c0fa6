package cyd.idea;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.prompt.Prompt;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Pages;
import cyd.web.RequestContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** An idea's page; the council answering it; backing it and taking the backing back. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class IdeaResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance idea(IdeaPageView v);
    }

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    RequestContext ctx;

    @Inject
    IdeaPages pages;

    @Inject
    IdeaService ideas;

    @Inject
    IdeaAnswerService answers;

    @GET
    @Path("/{lang:en|cy}/{authority}/ideas/{id}")
    public TemplateInstance idea(String authority, @RestPath Long id, @RestQuery String notice) {
        Authority a = councils.open(authority);
        Idea idea = pages.seen(a, id);
        return Templates.idea(pages.view(a, idea, IdeaNotice.parse(notice), AnswerForm.of(idea, ctx.getLang()),
                FormErrors.none(), pages.newComment()));
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/ideas/{id}/answer")
    public Response answer(String authority, @RestPath Long id, @BeanParam AnswerForm form) {
        Authority a = councils.open(authority);
        Idea idea = pages.seen(a, id);
        Outcome<Idea> result = answers.answer(a, me.viewer(), id, form);
        if (result instanceof Outcome.Invalid<Idea> invalid) {
            ctx.showAs(pages.link(a, id));
            return Pages.invalid(Templates.idea(pages.view(a, idea, null, form, invalid.errors(), pages.newComment())));
        }
        if (result instanceof Outcome.Done<Idea>) {
            return Pages.seeOther(pages.link(a, id) + "?notice=answered");
        }
        throw new ForbiddenException();
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/ideas/{id}/back")
    public Response back(String authority, @RestPath Long id) {
        return backing(authority, id, true);
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/ideas/{id}/withdraw")
    public Response withdraw(String authority, @RestPath Long id) {
        return backing(authority, id, false);
    }

    private Response backing(String authority, Long id, boolean back) {
        Authority a = councils.open(authority);
        pages.seen(a, id);
        Viewer v = me.viewer();
        IdeaService.BackingOutcome outcome = back ? ideas.back(id, v) : ideas.withdraw(id, v);
        return switch (outcome) {
            case SIGN_IN -> Pages.signInFirst(ctx, pages.link(a, id));
            case NOT_FOUND -> throw new NotFoundException();
            default -> Pages.seeOther(pages.link(a, id) + "?notice=" + outcome.name().toLowerCase());
        };
    }
}
