package cyd.idea;

import org.jboss.resteasy.reactive.RestForm;

/** A comment, or a reply to the comment parentId names. */
public class CommentForm {

    @RestForm
    public String body;

    @RestForm
    public String language;

    @RestForm
    public String parentId;

    private boolean isReply() {
        return parentId != null && !parentId.isBlank();
    }

    /** What was typed in the reply box of this comment (shown again when it had a problem). */
    public String replyValue(Long commentId) {
        return isReply() && parentId.strip().equals(String.valueOf(commentId)) ? body : "";
    }

    /** What was typed in the new comment box. */
    public String topValue() {
        return isReply() ? "" : body;
    }
}
