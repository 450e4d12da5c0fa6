package cyd.prompt;

/**
 * Where a prompt is in its life: written; published to open on a set date; open for ideas; closed;
 * answered as a whole by the council; archived (still readable, no longer listed first).
 */
public enum PromptStatus {
    DRAFT, SCHEDULED, OPEN, CLOSED, RESPONDED, ARCHIVED;

    /** Residents can read it. */
    public boolean isPublic() {
        return this == OPEN || this == CLOSED || this == RESPONDED || this == ARCHIVED;
    }
}
