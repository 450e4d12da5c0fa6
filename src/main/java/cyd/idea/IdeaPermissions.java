package cyd.idea;

import java.time.Instant;

import cyd.account.Viewer;
import cyd.prompt.Prompt;

/** Who may propose and back ideas, and when. */
public final class IdeaPermissions {

    /** Yes, or why not: the page says which. */
    public enum Decision {
        ALLOWED, SIGN_IN, VERIFY_EMAIL, BLOCKED, CLOSED, NOT_PUBLISHED
    }

    private IdeaPermissions() {
    }

    public static Decision canPropose(Viewer viewer, Prompt prompt, Instant now) {
        return whileOpen(viewer, prompt, now);
    }

    /** Backing and withdrawing are open while the prompt is: the count is final once it closes. */
    public static Decision canBack(Viewer viewer, Prompt prompt, Instant now) {
        return whileOpen(viewer, prompt, now);
    }

    private static Decision whileOpen(Viewer viewer, Prompt prompt, Instant now) {
        if (!prompt.isPublished()) {
            return Decision.NOT_PUBLISHED;
        }
        if (!prompt.isOpen(now)) {
            return Decision.CLOSED;
        }
        return asResident(viewer, prompt.authorityId);
    }

    /**
     * Whether a signed-in person may post (propose, back, comment, report) in a council: their email address
     * must be verified, and no moderator of that council may have blocked them.
     */
    public static Decision asResident(Viewer viewer, Long authorityId) {
        if (!viewer.signedIn()) {
            return Decision.SIGN_IN;
        }
        if (!viewer.verified()) {
            return Decision.VERIFY_EMAIL;
        }
        if (viewer.isBlockedIn(authorityId)) {
            return Decision.BLOCKED;
        }
        return Decision.ALLOWED;
    }
}
