package cyd.idea;

import cyd.web.Pages;

/**
 * What an idea's page can tell the person who just acted, named in its address ({@code ?notice=backed}). Anything
 * else in the address is ignored. A success is announced at once (role=alert); the others are shown as a region.
 */
public enum IdeaNotice {
    PROPOSED(true), PROPOSED_PENDING(false), BACKED(true), ALREADY_BACKED(false), WITHDRAWN(true),
    NOT_BACKED(false), CLOSED(false), ANSWERED(true), COMMENTED(true), COMMENT_PENDING(false), REPORTED(true),
    VERIFY_EMAIL(false), BLOCKED(false);

    private final boolean success;

    IdeaNotice(boolean success) {
        this.success = success;
    }

    public boolean success() {
        return success;
    }

    /** The notice an address names, or null for none (or one this page does not know). */
    public static IdeaNotice parse(String param) {
        return Pages.notice(IdeaNotice.class, param);
    }
}
