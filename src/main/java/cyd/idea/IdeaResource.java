package cyd.idea;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.prompt.Prompt;
import cyd.prompt.PromptPermissions;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Pages;
import cyd.web.RequestContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A prompt as residents see it with its ideas; proposing an idea; an idea's page; backing it. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class IdeaResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance prompt(Authority authority, Prompt prompt, Area area, IdeaPage page,
                String sort, Map<Long, String> authors, Map<Long, Area> areas, boolean open);

        static native TemplateInstance propose(Authority authority, Prompt prompt, IdeaForm form, List<Area> areas,
                FormErrors errors);

        static native TemplateInstance idea(Authority authority, Prompt prompt, Idea idea, String author, Area area,
                boolean backed, IdeaPermissions.Decision canBack, String notice, IdeaOutcomes.Outcome outcome,
                boolean canTakeForward, boolean canAnswer, AnswerForm answerForm, List<Idea> mergeTargets,
                Idea mergedInto, FormErrors errors);

        static native TemplateInstance closed(Authority authority, Prompt prompt);
    }

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    RequestContext ctx;

    @Inject
    IdeaService ideas;

    @Inject
    IdeaAnswerService answers;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<IdeaOutcomes> outcomes;

    @GET
    @Path("/{lang:en|cy}/{authority}/prompts/{id}")
    public TemplateInstance prompt(String authority, @RestPath Long id, @RestQuery String sort,
            @RestQuery String after) {
        Authority a = councils.open(authority);
        Prompt p = visiblePrompt(a, id);
        IdeaSort order = IdeaSort.parse(sort);
        IdeaPage page;
        try {
            page = ideas.page(p.id, order, after, IdeaService.PAGE_SIZE);
        } catch (IllegalArgumentException e) {
            // A cursor this page did not make: start from the top rather than fail.
            page = ideas.page(p.id, order, null, IdeaService.PAGE_SIZE);
        }
        Area area = p.areaId == null ? null : Area.findById(p.areaId);
        Map<Long, Area> areas = Area.forAuthority(a.id).stream()
                .collect(Collectors.toMap(ar -> ar.id, Function.identity()));
        return Templates.prompt(a, p, area, page, order.param(), Person.displayNames(page.ideas().stream().map(i -> i.authorId).toList()), areas,
                p.isOpen(ideas.now()));
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/prompts/{id}/ideas/new")
    public Object proposePage(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        Prompt p = visiblePrompt(a, id);
        IdeaPermissions.Decision decision = IdeaPermissions.canPropose(me.viewer(), p, ideas.now());
        if (decision == IdeaPermissions.Decision.SIGN_IN) {
            return Pages.signInFirst(ctx);
        }
        if (decision == IdeaPermissions.Decision.CLOSED) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.closed(a, p)).build();
        }
        IdeaForm form = new IdeaForm();
        form.language = ctx.getLang();
        return Templates.propose(a, p, form, Area.forAuthority(a.id), FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/prompts/{id}/ideas/new")
    public Response propose(String authority, @RestPath Long id, @BeanParam IdeaForm form) {
        Authority a = councils.open(authority);
        Prompt p = visiblePrompt(a, id);
        IdeaService.ProposeResult result = ideas.propose(p, me.viewer(), form, ctx.msg());
        if (result instanceof IdeaService.Proposed proposed) {
            return Pages.seeOther(ideaLink(a, proposed.idea().id) + "?notice=proposed");
        }
        if (result instanceof IdeaService.Invalid invalid) {
            return Pages.invalid(Templates.propose(a, p, form, Area.forAuthority(a.id), invalid.errors()));
        }
        IdeaPermissions.Decision why = ((IdeaService.Refused) result).why();
        if (why == IdeaPermissions.Decision.SIGN_IN) {
            return Pages.signInFirst(ctx, ctx.link("/" + a.slug + "/prompts/" + p.id + "/ideas/new"));
        }
        if (why == IdeaPermissions.Decision.CLOSED) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.closed(a, p)).build();
        }
        throw new NotFoundException();
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/ideas/{id}")
    public TemplateInstance idea(String authority, @RestPath Long id, @RestQuery String notice) {
        Authority a = councils.open(authority);
        Idea idea = Idea.<Idea>findByIdOptional(id).orElseThrow(NotFoundException::new);
        return ideaPage(a, idea, knownNotice(notice), AnswerForm.of(idea, ctx.getLang()), FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/ideas/{id}/answer")
    public Response answer(String authority, @RestPath Long id, @BeanParam AnswerForm form) {
        Authority a = councils.open(authority);
        Idea idea = Idea.<Idea>findByIdOptional(id).orElseThrow(NotFoundException::new);
        visiblePrompt(a, idea.promptId);
        Outcome<Idea> result = answers.answer(a, me.viewer(), id, form, ctx.msg());
        if (result instanceof Outcome.Invalid<Idea> invalid) {
            ctx.showAs(ideaLink(a, id));
            return Pages.invalid(ideaPage(a, idea, null, form, invalid.errors()));
        }
        if (result instanceof Outcome.Done<Idea>) {
            return Pages.seeOther(ideaLink(a, id) + "?notice=answered");
        }
        throw new jakarta.ws.rs.ForbiddenException();
    }

    private TemplateInstance ideaPage(Authority a, Idea idea, String notice, AnswerForm form, FormErrors errors) {
        Prompt p = visiblePrompt(a, idea.promptId);
        Viewer v = me.viewer();
        String author = idea.authorId == null ? null : Person.displayNames(List.of(idea.authorId)).get(idea.authorId);
        Area area = idea.areaId == null ? null : Area.findById(idea.areaId);
        IdeaOutcomes.Outcome outcome = outcomes.stream().map(o -> o.of(idea, ctx.getLang(), a.slug))
                .flatMap(java.util.Optional::stream).findFirst().orElse(null);
        boolean canAnswer = v.isOfficerOf(a.id) && idea.status != IdeaStatus.MERGED;
        List<Idea> targets = canAnswer ? Idea.<Idea>list("promptId = ?1 and id <> ?2 and status <> ?3 order by title",
                p.id, idea.id, IdeaStatus.MERGED) : List.of();
        Idea mergedInto = idea.mergedInto == null ? null : Idea.findById(idea.mergedInto);
        IdeaPermissions.Decision canBack = idea.status == IdeaStatus.MERGED ? IdeaPermissions.Decision.CLOSED
                : IdeaPermissions.canBack(v, p, ideas.now());
        return Templates.idea(a, p, idea, author, area, Backing.exists(idea.id, v.personId()), canBack, notice, outcome,
                outcome == null && v.signedIn(), canAnswer, form, targets, mergedInto, errors);
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
        Idea idea = Idea.<Idea>findByIdOptional(id).orElseThrow(NotFoundException::new);
        visiblePrompt(a, idea.promptId);
        Viewer v = me.viewer();
        IdeaService.BackingOutcome outcome = back ? ideas.back(id, v) : ideas.withdraw(id, v);
        return switch (outcome) {
            case SIGN_IN -> Pages.signInFirst(ctx, ideaLink(a, id));
            case NOT_FOUND -> throw new NotFoundException();
            default -> Pages.seeOther(ideaLink(a, id) + "?notice=" + outcome.name().toLowerCase());
        };
    }

    /** Only notices this page knows are shown; anything else in the address is ignored. */
    private static String knownNotice(String notice) {
        if (notice == null) {
            return null;
        }
        return switch (notice) {
            case "proposed", "backed", "already_backed", "withdrawn", "not_backed", "closed", "answered" -> notice;
            default -> null;
        };
    }

    /** The prompt, if it belongs to this council and the viewer may see it (drafts are officers' only). */
    private Prompt visiblePrompt(Authority a, Long promptId) {
        Prompt p = Prompt.inAuthority(a.id, promptId).orElseThrow(NotFoundException::new);
        if (!PromptPermissions.canSee(me.viewer(), p)) {
            throw new NotFoundException();
        }
        return p;
    }


    private String ideaLink(Authority a, Long ideaId) {
        return ctx.link("/" + a.slug + "/ideas/" + ideaId);
    }
}
