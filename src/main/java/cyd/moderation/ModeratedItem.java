package cyd.moderation;

import cyd.idea.Comment;

import cyd.content.ContentType;

import cyd.content.Visibility;

import java.util.Optional;

import cyd.idea.Idea;
import cyd.prompt.Prompt;

/**
 * An idea or comment as moderation sees it: which council it belongs to, who wrote it, whether it shows,
 * its words, and where it lives. Resolving through here keeps ideas and comments to one set of rules.
 */
public record ModeratedItem(ContentType type, Long id, Long authorityId, Long authorId, Visibility visibility,
        String title, String text, String language, Long ideaId, Long promptId, int reportCount) {

    public static Optional<ModeratedItem> find(ContentType type, Long id) {
        if (id == null) {
            return Optional.empty();
        }
        if (type == ContentType.IDEA) {
            Idea idea = Idea.findById(id);
            if (idea == null) {
                return Optional.empty();
            }
            Prompt p = Prompt.findById(idea.promptId);
            return Optional.of(new ModeratedItem(type, id, p.authorityId, idea.authorId, idea.visibility, idea.title,
                    idea.description, idea.language, idea.id, p.id, idea.reportCount));
        }
        Comment c = Comment.findById(id);
        if (c == null) {
            return Optional.empty();
        }
        Idea idea = Idea.findById(c.ideaId);
        Prompt p = Prompt.findById(idea.promptId);
        return Optional.of(new ModeratedItem(type, id, p.authorityId, c.authorId, c.visibility, idea.title, c.body,
                c.language, idea.id, p.id, c.reportCount));
    }

    public static Optional<ModeratedItem> find(String type, Long id) {
        return ContentType.parse(type).flatMap(t -> find(t, id));
    }

    public boolean isShown() {
        return visibility == Visibility.SHOWN;
    }

    /** The table and the sort of content, for native updates. */
    String table() {
        return type == ContentType.IDEA ? "idea" : "idea_comment";
    }
}
