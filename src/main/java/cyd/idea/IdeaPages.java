package cyd.idea;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cyd.account.CurrentPerson;
import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.content.ContentType;
import cyd.content.HiddenReasons;
import cyd.content.HideReason;
import cyd.content.Visibility;
import cyd.prompt.Prompt;
import cyd.prompt.PromptPermissions;
import cyd.prompt.PromptStatus;
import cyd.web.FormErrors;
import cyd.web.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/**
 * Finds the question or idea a page is about, for this viewer, and reads an idea's page into one view: the pages of
 * ideas (the idea, its answer, its backing and its comments) all go through here.
 */
@RequestScoped
public class IdeaPages {

    @Inject
    CurrentPerson me;

    @Inject
    RequestContext ctx;

    @Inject
    IdeaService ideas;

    @Inject
    HiddenReasons hiddenReasons;

    @Inject
    @Any
    Instance<IdeaOutcomes> outcomes;

    /** The prompt, if it belongs to this council and the viewer may see it (drafts are officers' only). */
    public Prompt visiblePrompt(Authority a, Long promptId) {
        Prompt p = Prompt.inAuthority(a.id, promptId).orElseThrow(NotFoundException::new);
        if (!PromptPermissions.canSee(me.viewer(), p)) {
            throw new NotFoundException();
        }
        return p;
    }

    /**
     * The idea, if this viewer may see it: shown ideas to all; one waiting for a moderator or hidden only to its
     * author and the council's moderators.
     */
    public Idea seen(Authority a, Long id) {
        Idea idea = Idea.<Idea>findByIdOptional(id).orElseThrow(NotFoundException::new);
        visiblePrompt(a, idea.promptId);
        Viewer v = me.viewer();
        if (!idea.isShown() && !v.isModeratorOf(a.id)
                && (v.personId() == null || !v.personId().equals(idea.authorId))) {
            throw new NotFoundException();
        }
        return idea;
    }

    public String link(Authority a, Long ideaId) {
        return ctx.link("/" + a.slug + "/ideas/" + ideaId);
    }

    /** A new, empty comment in the page's language. */
    public CommentForm newComment() {
        CommentForm f = new CommentForm();
        f.language = ctx.getLang();
        return f;
    }

    /** Everything the idea page shows this viewer, with the answer and comment forms as given. */
    public IdeaPageView view(Authority a, Idea idea, IdeaNotice notice, AnswerForm form, FormErrors errors,
            CommentForm commentForm) {
        Prompt p = visiblePrompt(a, idea.promptId);
        Viewer v = me.viewer();
        String author = idea.authorId == null ? null : Person.displayNames(List.of(idea.authorId)).get(idea.authorId);
        Area area = idea.areaId == null ? null : Area.findById(idea.areaId);
        IdeaOutcomes.Outcome outcome = outcomes.stream().map(o -> o.of(idea, ctx.getLang(), a.slug))
                .flatMap(Optional::stream).findFirst().orElse(null);
        boolean canAnswer = v.isOfficerOf(a.id) && idea.status != IdeaStatus.MERGED && idea.isShown();
        List<Idea> targets = canAnswer ? Idea.<Idea>list("promptId = ?1 and id <> ?2 and status <> ?3 "
                + "and visibility = ?4 order by title", p.id, idea.id, IdeaStatus.MERGED, Visibility.SHOWN) : List.of();
        Idea mergedInto = idea.mergedInto == null ? null : Idea.findById(idea.mergedInto);
        IdeaPermissions.Decision canBack = idea.status == IdeaStatus.MERGED ? IdeaPermissions.Decision.CLOSED
                : IdeaPermissions.canBack(v, p, ideas.now());
        IdeaPermissions.Decision canComment = !idea.isShown() || p.status == PromptStatus.ARCHIVED
                ? IdeaPermissions.Decision.CLOSED : IdeaPermissions.asResident(v, a.id);
        HideReason hiddenFor = idea.isShown() ? null : hiddenReasons.of(ContentType.IDEA, idea.id).orElse(null);
        boolean canReport = idea.isShown() && v.signedIn() && !v.personId().equals(idea.authorId);
        return new IdeaPageView(a, p, idea, author, area, Backing.exists(idea.id, v.personId()), canBack, notice,
                outcome, outcome == null && v.signedIn() && idea.isShown(), canAnswer, form, targets, mergedInto,
                errors, commentsOn(idea), canComment, commentForm, hiddenFor, canReport, v.isModeratorOf(a.id));
    }

    /** Shown comments, each top-level one with its shown replies, oldest first. */
    private List<IdeaPageView.CommentView> commentsOn(Idea idea) {
        List<Comment> all = Comment.shownOn(idea.id);
        Map<Long, String> names = Person.displayNames(all.stream().map(c -> c.authorId).toList());
        Map<Long, List<IdeaPageView.CommentView>> replies = new HashMap<>();
        for (Comment c : all) {
            if (c.parentId != null) {
                replies.computeIfAbsent(c.parentId, k -> new ArrayList<>())
                        .add(new IdeaPageView.CommentView(c, names.get(c.authorId), List.of()));
            }
        }
        return all.stream().filter(c -> c.parentId == null).map(c -> new IdeaPageView.CommentView(c,
                names.get(c.authorId), replies.getOrDefault(c.id, List.of()))).toList();
    }
}
