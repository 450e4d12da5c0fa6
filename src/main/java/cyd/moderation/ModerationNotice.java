package cyd.moderation;

import cyd.web.Pages;

/** What the moderation queue and an item's page can tell the moderator who just acted ({@code ?notice=hidden}). */
public enum ModerationNotice {
    APPROVED, HIDDEN, RESTORED, APPEAL_DECIDED, BLOCKED, UNBLOCKED;

    /** The notice an address names, or null for none (or one these pages do not know). */
    public static ModerationNotice parse(String param) {
        return Pages.notice(ModerationNotice.class, param);
    }
}
