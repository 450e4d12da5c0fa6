package cyd.idea;

import java.util.List;

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

/** Sharing an idea on a question, with the "is your idea already here?" step between writing and sharing. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ProposeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance propose(Authority authority, Prompt prompt, IdeaForm form, List<Area> areas,
                FormErrors errors, List<Idea> similar);

        static native TemplateInstance closed(Authority authority, Prompt prompt);

        static native TemplateInstance cannotPost(Authority authority, Prompt prompt, String why);
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
    SimilarIdeas similarIdeas;

    @GET
    @Path("/{lang:en|cy}/{authority}/prompts/{id}/ideas/new")
    public Object proposePage(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        Prompt p = pages.visiblePrompt(a, id);
        IdeaPermissions.Decision decision = IdeaPermissions.canPropose(me.viewer(), p, ideas.now());
        if (decision != IdeaPermissions.Decision.ALLOWED && decision != IdeaPermissions.Decision.NOT_PUBLISHED) {
            // (An officer may look at the form on a question not yet published.)
            return refused(a, p, decision, null);
        }
        IdeaForm form = new IdeaForm();
        form.language = ctx.getLang();
        return Templates.propose(a, p, form, Area.forAuthority(a.id), FormErrors.none(), List.of());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/prompts/{id}/ideas/new")
    public Response propose(String authority, @RestPath Long id, @BeanParam IdeaForm form) {
        Authority a = councils.open(authority);
        Prompt p = pages.visiblePrompt(a, id);
        if (!"yes".equals(form.checked)
                && IdeaPermissions.canPropose(me.viewer(), p, ideas.now()) == IdeaPermissions.Decision.ALLOWED
                && !ideas.validate(p, form).isAny()) {
            // A step before sharing: is this idea already here? Back it instead, or share yours anyway.
            List<Idea> similar = similarIdeas.to(p.id, form.title, form.description);
            if (!similar.isEmpty()) {
                form.checked = "yes";
                return Response.ok(Templates.propose(a, p, form, Area.forAuthority(a.id), FormErrors.none(), similar))
                        .build();
            }
        }
        IdeaService.ProposeResult result = ideas.propose(p, me.viewer(), form);
        if (result instanceof IdeaService.Proposed proposed) {
            return Pages.seeOther(pages.link(a, proposed.idea().id) + "?notice="
                    + (proposed.idea().isShown() ? "proposed" : "proposed_pending"));
        }
        if (result instanceof IdeaService.Invalid invalid) {
            return Pages.invalid(Templates.propose(a, p, form, Area.forAuthority(a.id), invalid.errors(), List.of()));
        }
        return refused(a, p, ((IdeaService.Refused) result).why(),
                ctx.link("/" + a.slug + "/prompts/" + p.id + "/ideas/new"));
    }

    /**
     * Nothing was lost: signed-out people are sent to sign in (and come back to {@code then}), a closed question says
     * so (409), and the page says why this person cannot post yet, and what to do (403).
     */
    private Response refused(Authority a, Prompt p, IdeaPermissions.Decision why, String then) {
        return switch (why) {
            case SIGN_IN -> then == null ? Pages.signInFirst(ctx) : Pages.signInFirst(ctx, then);
            case CLOSED -> Response.status(Response.Status.CONFLICT).entity(Templates.closed(a, p)).build();
            case VERIFY_EMAIL, BLOCKED -> Response.status(Response.Status.FORBIDDEN)
                    .entity(Templates.cannotPost(a, p, why.name())).build();
            default -> throw new NotFoundException();
        };
    }
}
