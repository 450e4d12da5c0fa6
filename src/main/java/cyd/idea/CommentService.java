package cyd.idea;

import java.time.Clock;

import cyd.account.Viewer;
import cyd.content.Visibility;
import cyd.idea.Comment;
import cyd.idea.CommentForm;
import cyd.idea.Idea;
import cyd.idea.IdeaPermissions;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import cyd.web.FormErrors;
import cyd.web.Lang;
import cyd.web.Outcome;
import cyd.web.RetryOnConflict;
import cyd.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Comments on ideas and replies to them (one level), by residents and officers, in either language. */
@ApplicationScoped
@RetryOnConflict
public class CommentService {

    /** Why a comment could not be added, when it is not the words' fault. */
    public record Refusal(IdeaPermissions.Decision why) {
    }

    @Inject
    Clock clock;

    /**
     * Adds a comment, or a reply when parentId names a shown top-level comment on the same idea. An officer of
     * the council writes officially and is not held for moderation; on a pre-moderated question a resident's
     * comment waits for a moderator.
     */
    @Transactional
    public Outcome<Comment> add(Long ideaId, Viewer viewer, CommentForm form) {
        Idea idea = Idea.findById(ideaId);
        if (idea == null || !idea.isShown()) {
            return Outcome.refused();
        }
        Prompt prompt = Prompt.findById(idea.promptId);
        if (!canComment(viewer, prompt)) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        String body = Text.clean(form.body);
        String field = form.parentId == null || form.parentId.isBlank() ? "body" : "reply-" + form.parentId.strip();
        errors.text(field, body, Comment.BODY_MAX, IdeaMsg::commentRequired, IdeaMsg::commentTooLong);
        Long parentId = null;
        if (form.parentId != null && !form.parentId.isBlank()) {
            try {
                parentId = Long.valueOf(form.parentId.strip());
            } catch (NumberFormatException e) {
                return Outcome.refused();
            }
            Comment parent = Comment.findById(parentId);
            if (parent == null || !parent.ideaId.equals(idea.id) || parent.parentId != null
                    || parent.visibility != Visibility.SHOWN) {
                return Outcome.refused();
            }
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        boolean officer = viewer.isOfficerOf(prompt.authorityId);
        Comment c = new Comment();
        c.ideaId = idea.id;
        c.parentId = parentId;
        c.authorId = viewer.personId();
        c.body = body;
        c.language = Lang.isSupported(form.language) ? form.language : Lang.EN;
        c.official = officer;
        c.visibility = prompt.isPreModerated() && !officer ? Visibility.PENDING : Visibility.SHOWN;
        c.createdAt = clock.instant();
        c.persist();
        return Outcome.done(c);
    }

    /** Comments are taken while a question is open, closed or responded; an archived question is read-only. */
    public static boolean canComment(Viewer viewer, Prompt prompt) {
        return prompt.isPublished() && prompt.status != PromptStatus.ARCHIVED
                && IdeaPermissions.asResident(viewer, prompt.authorityId) == IdeaPermissions.Decision.ALLOWED;
    }
}
