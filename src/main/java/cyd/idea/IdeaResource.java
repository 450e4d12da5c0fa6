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
import cyd.account.Following;
import cyd.content.ContentType;
import cyd.content.HiddenReasons;
import cyd.content.HideReason;
import cyd.content.Visibility;
import cyd.prompt.PromptStatus;

/** A prompt as residents see it with its ideas; proposing an idea; an idea's page; backing it. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class IdeaResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance prompt(Authority authority, Prompt prompt, Area area, IdeaPage page,
                String sort, Map<Long, String> authors, Map<Long, Area> areas, boolean open,
                ResponsePromise.Report promise, List<Idea> answered, String following, String notice);

        static native TemplateInstance propose(Authority authority, Prompt prompt, IdeaForm form, List<Area> areas,
                FormErrors errors, List<Idea> similar);

        static native TemplateInstance idea(Authority authority, Prompt prompt, Idea idea, String author, Area area,
                boolean backed, IdeaPermissions.Decision canBack, IdeaNotice notice, IdeaOutcomes.Outcome outcome,
                boolean canTakeForward, boolean canAnswer, AnswerForm answerForm, List<Idea> mergeTargets,
                Idea mergedInto, FormErrors errors, List<CommentView> comments, IdeaPermissions.Decision canComment,
                CommentForm commentForm, HideReason hiddenFor,
                boolean canReport, boolean canModerate);

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
    IdeaService ideas;

    @Inject
    IdeaAnswerService answers;

    @Inject
    ResponsePromise promises;

    @Inject
    Following following;

    @Inject
    HiddenReasons hiddenReasons;

    @Inject
    CommentService comments;

    @Inject
    SimilarIdeas similarIdeas;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<IdeaOutcomes> outcomes;

    @GET
    @Path("/{lang:en|cy}/{authority}/prompts/{id}")
    public TemplateInstance prompt(String authority, @RestPath Long id, @RestQuery String sort,
            @RestQuery String after, @RestQuery String notice) {
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
        return Templates.prompt(a, p, area, page, order.param(),
                Person.displayNames(page.ideas().stream().map(i -> i.authorId).toList()), areas, p.isOpen(ideas.now()),
                promises.report(p, ideas.now()), Idea.answeredOn(p.id), following(p),
                "following".equals(notice) || "unfollowed".equals(notice) ? notice : null);
    }

    /** How often the viewer gets a digest of this prompt: DAILY, WEEKLY, or NONE. */
    private String following(Prompt p) {
        return me.id() == null ? "NONE" : following.frequency(me.id(), p.id);
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
        if (decision == IdeaPermissions.Decision.VERIFY_EMAIL || decision == IdeaPermissions.Decision.BLOCKED) {
            return cannotPost(a, p, decision);
        }
        IdeaForm form = new IdeaForm();
        form.language = ctx.getLang();
        return Templates.propose(a, p, form, Area.forAuthority(a.id), FormErrors.none(), List.of());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/prompts/{id}/ideas/new")
    public Response propose(String authority, @RestPath Long id, @BeanParam IdeaForm form) {
        Authority a = councils.open(authority);
        Prompt p = visiblePrompt(a, id);
        if (!"yes".equals(form.checked)
                && IdeaPermissions.canPropose(me.viewer(), p, ideas.now()) == IdeaPermissions.Decision.ALLOWED
                && !ideas.validate(p, form, ctx.msg()).isAny()) {
            // A step before sharing: is this idea already here? Back it instead, or share yours anyway.
            List<Idea> similar = similarIdeas.to(p.id, form.title, form.description);
            if (!similar.isEmpty()) {
                form.checked = "yes";
                return Response.ok(Templates.propose(a, p, form, Area.forAuthority(a.id), FormErrors.none(), similar))
                        .build();
            }
        }
        IdeaService.ProposeResult result = ideas.propose(p, me.viewer(), form, ctx.msg());
        if (result instanceof IdeaService.Proposed proposed) {
            return Pages.seeOther(ideaLink(a, proposed.idea().id) + "?notice="
                    + (proposed.idea().isShown() ? "proposed" : "proposed_pending"));
        }
        if (result instanceof IdeaService.Invalid invalid) {
            return Pages.invalid(Templates.propose(a, p, form, Area.forAuthority(a.id), invalid.errors(), List.of()));
        }
        IdeaPermissions.Decision why = ((IdeaService.Refused) result).why();
        if (why == IdeaPermissions.Decision.SIGN_IN) {
            return Pages.signInFirst(ctx, ctx.link("/" + a.slug + "/prompts/" + p.id + "/ideas/new"));
        }
        if (why == IdeaPermissions.Decision.CLOSED) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.closed(a, p)).build();
        }
        if (why == IdeaPermissions.Decision.VERIFY_EMAIL || why == IdeaPermissions.Decision.BLOCKED) {
            return cannotPost(a, p, why);
        }
        throw new NotFoundException();
    }

    /** A comment with its author's name and, for a top-level comment, its shown replies. */
    public record CommentView(Comment comment, String author, List<CommentView> replies) {
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/ideas/{id}")
    public TemplateInstance idea(String authority, @RestPath Long id, @RestQuery String notice) {
        Authority a = councils.open(authority);
        Idea idea = seenIdea(a, id);
        return ideaPage(a, idea, IdeaNotice.parse(notice), AnswerForm.of(idea, ctx.getLang()), FormErrors.none(),
                newComment());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/ideas/{id}/comments")
    public Response comment(String authority, @RestPath Long id, @BeanParam CommentForm form) {
        Authority a = councils.open(authority);
        Idea idea = seenIdea(a, id);
        Prompt p = visiblePrompt(a, idea.promptId);
        IdeaPermissions.Decision may = IdeaPermissions.asResident(me.viewer(), a.id);
        if (may == IdeaPermissions.Decision.SIGN_IN) {
            return Pages.signInFirst(ctx, ideaLink(a, id));
        }
        Outcome<Comment> result = comments.add(id, me.viewer(), form, ctx.ws());
        if (result instanceof Outcome.Invalid<Comment> invalid) {
            ctx.showAs(ideaLink(a, id));
            return Pages.invalid(ideaPage(a, idea, null, AnswerForm.of(idea, ctx.getLang()), invalid.errors(), form));
        }
        if (result instanceof Outcome.Done<Comment> done) {
            Comment c = done.value();
            String notice = c.visibility == Visibility.PENDING ? "comment_pending" : "commented";
            return Pages.seeOther(ideaLink(a, id) + "?notice=" + notice + "#comment-" + c.id);
        }
        if (may != IdeaPermissions.Decision.ALLOWED) {
            return Pages.seeOther(ideaLink(a, id) + "?notice=" + may.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!CommentService.canComment(me.viewer(), p)) {
            return Pages.seeOther(ideaLink(a, id) + "?notice=closed");
        }
        throw new NotFoundException();
    }

    private CommentForm newComment() {
        CommentForm f = new CommentForm();
        f.language = ctx.getLang();
        return f;
    }

    /**
     * The idea, if this viewer may see it: shown ideas to all; one waiting for a moderator or hidden only to its
     * author and the council's moderators.
     */
    private Idea seenIdea(Authority a, Long id) {
        Idea idea = Idea.<Idea>findByIdOptional(id).orElseThrow(NotFoundException::new);
        visiblePrompt(a, idea.promptId);
        Viewer v = me.viewer();
        if (!idea.isShown() && !v.isModeratorOf(a.id)
                && (v.personId() == null || !v.personId().equals(idea.authorId))) {
            throw new NotFoundException();
        }
        return idea;
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/ideas/{id}/answer")
    public Response answer(String authority, @RestPath Long id, @BeanParam AnswerForm form) {
        Authority a = councils.open(authority);
        Idea idea = seenIdea(a, id);
        Outcome<Idea> result = answers.answer(a, me.viewer(), id, form, ctx.msg());
        if (result instanceof Outcome.Invalid<Idea> invalid) {
            ctx.showAs(ideaLink(a, id));
            return Pages.invalid(ideaPage(a, idea, null, form, invalid.errors(), newComment()));
        }
        if (result instanceof Outcome.Done<Idea>) {
            return Pages.seeOther(ideaLink(a, id) + "?notice=answered");
        }
        throw new jakarta.ws.rs.ForbiddenException();
    }

    private TemplateInstance ideaPage(Authority a, Idea idea, IdeaNotice notice, AnswerForm form, FormErrors errors,
            CommentForm commentForm) {
        Prompt p = visiblePrompt(a, idea.promptId);
        Viewer v = me.viewer();
        String author = idea.authorId == null ? null : Person.displayNames(List.of(idea.authorId)).get(idea.authorId);
        Area area = idea.areaId == null ? null : Area.findById(idea.areaId);
        IdeaOutcomes.Outcome outcome = outcomes.stream().map(o -> o.of(idea, ctx.getLang(), a.slug))
                .flatMap(java.util.Optional::stream).findFirst().orElse(null);
        boolean canAnswer = v.isOfficerOf(a.id) && idea.status != IdeaStatus.MERGED && idea.isShown();
        List<Idea> targets = canAnswer ? Idea.<Idea>list("promptId = ?1 and id <> ?2 and status <> ?3 "
                + "and visibility = ?4 order by title", p.id, idea.id, IdeaStatus.MERGED,
                Visibility.SHOWN) : List.of();
        Idea mergedInto = idea.mergedInto == null ? null : Idea.findById(idea.mergedInto);
        IdeaPermissions.Decision canBack = idea.status == IdeaStatus.MERGED ? IdeaPermissions.Decision.CLOSED
                : IdeaPermissions.canBack(v, p, ideas.now());
        IdeaPermissions.Decision canComment = !idea.isShown() ? IdeaPermissions.Decision.CLOSED
                : p.status == PromptStatus.ARCHIVED ? IdeaPermissions.Decision.CLOSED
                        : IdeaPermissions.asResident(v, a.id);
        HideReason hiddenFor = idea.isShown() ? null
                : hiddenReasons.of(ContentType.IDEA, idea.id).orElse(null);
        boolean canReport = idea.isShown() && v.signedIn() && !v.personId().equals(idea.authorId);
        return Templates.idea(a, p, idea, author, area, Backing.exists(idea.id, v.personId()), canBack, notice, outcome,
                outcome == null && v.signedIn() && idea.isShown(), canAnswer, form, targets, mergedInto, errors,
                commentsOn(idea), canComment, commentForm, hiddenFor, canReport, v.isModeratorOf(a.id));
    }

    /** Shown comments, each top-level one with its shown replies, oldest first. */
    private List<CommentView> commentsOn(Idea idea) {
        List<Comment> all = Comment.shownOn(idea.id);
        Map<Long, String> names = Person.displayNames(all.stream().map(c -> c.authorId).toList());
        Map<Long, List<CommentView>> replies = new java.util.HashMap<>();
        for (Comment c : all) {
            if (c.parentId != null) {
                replies.computeIfAbsent(c.parentId, k -> new java.util.ArrayList<>())
                        .add(new CommentView(c, names.get(c.authorId), List.of()));
            }
        }
        return all.stream().filter(c -> c.parentId == null)
                .map(c -> new CommentView(c, names.get(c.authorId), replies.getOrDefault(c.id, List.of()))).toList();
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
        seenIdea(a, id);
        Viewer v = me.viewer();
        IdeaService.BackingOutcome outcome = back ? ideas.back(id, v) : ideas.withdraw(id, v);
        return switch (outcome) {
            case SIGN_IN -> Pages.signInFirst(ctx, ideaLink(a, id));
            case NOT_FOUND -> throw new NotFoundException();
            default -> Pages.seeOther(ideaLink(a, id) + "?notice=" + outcome.name().toLowerCase());
        };
    }

    /** Nothing was lost: the page says why this person cannot post yet, and what to do. */
    private static Response cannotPost(Authority a, Prompt p, IdeaPermissions.Decision why) {
        return Response.status(Response.Status.FORBIDDEN).entity(Templates.cannotPost(a, p, why.name())).build();
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
