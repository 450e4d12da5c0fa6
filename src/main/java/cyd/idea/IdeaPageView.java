package cyd.idea;

import java.util.List;

import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.content.HideReason;
import cyd.prompt.Prompt;
import cyd.web.FormErrors;

/** What an idea's page shows one viewer: the idea, what became of it, what they may do, and its comments. */
public record IdeaPageView(Authority authority, Prompt prompt, Idea idea, String author, Area area, boolean backed,
        IdeaPermissions.Decision canBack, IdeaNotice notice, IdeaOutcomes.Outcome outcome, boolean canTakeForward,
        boolean canAnswer, AnswerForm answerForm, List<Idea> mergeTargets, Idea mergedInto, FormErrors errors,
        List<CommentView> comments, IdeaPermissions.Decision canComment, CommentForm commentForm,
        HideReason hiddenFor, boolean canReport, boolean canModerate) {

    /** A comment with its author's name and, for a top-level comment, its shown replies. */
    public record CommentView(Comment comment, String author, List<CommentView> replies) {
    }
}
