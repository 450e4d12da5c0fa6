package cyd.idea;

import java.util.Locale;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.content.Visibility;
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

/** Comments on an idea: one level of replies, posted from the idea's page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CommentResource {

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    RequestContext ctx;

    @Inject
    IdeaPages pages;

    @Inject
    CommentService comments;

    @POST
    @Path("/{lang:en|cy}/{authority}/ideas/{id}/comments")
    public Response comment(String authority, @RestPath Long id, @BeanParam CommentForm form) {
        Authority a = councils.open(authority);
        Idea idea = pages.seen(a, id);
        Prompt p = pages.visiblePrompt(a, idea.promptId);
        String page = pages.link(a, id);
        IdeaPermissions.Decision may = IdeaPermissions.asResident(me.viewer(), a.id);
        if (may == IdeaPermissions.Decision.SIGN_IN) {
            return Pages.signInFirst(ctx, page);
        }
        Outcome<Comment> result = comments.add(id, me.viewer(), form);
        if (result instanceof Outcome.Invalid<Comment> invalid) {
            ctx.showAs(page);
            return Pages.invalid(IdeaResource.Templates.idea(pages.view(a, idea, null,
                    AnswerForm.of(idea, ctx.getLang()), invalid.errors(), form)));
        }
        if (result instanceof Outcome.Done<Comment> done) {
            Comment c = done.value();
            String notice = c.visibility == Visibility.PENDING ? "comment_pending" : "commented";
            return Pages.seeOther(page + "?notice=" + notice + "#comment-" + c.id);
        }
        if (may != IdeaPermissions.Decision.ALLOWED) {
            return Pages.seeOther(page + "?notice=" + may.name().toLowerCase(Locale.ROOT));
        }
        if (!CommentService.canComment(me.viewer(), p)) {
            return Pages.seeOther(page + "?notice=closed");
        }
        throw new NotFoundException();
    }
}
