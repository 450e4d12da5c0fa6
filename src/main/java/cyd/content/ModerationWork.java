package cyd.content;

/** How much waits for a council's moderators, for the officer's dashboard; the moderation feature answers it. */
public interface ModerationWork {

    /** Items waiting for approval or a decision on reports, and open appeals. */
    long waiting(Long authorityId);
}
