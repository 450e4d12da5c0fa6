package cyd.moderation;

import cyd.account.AccountBlock;

/** Emails a moderator's decision sends, fired as CDI events in its transaction; the mail feature writes them. */
public sealed interface ModerationEmail {

    /** The author of something hidden is told why, and how to appeal. */
    record Hidden(ModerationDecision decision, ModeratedItem item) implements ModerationEmail {
    }

    /** The appellant is told the outcome. */
    record AppealDecided(ModerationDecision decision) implements ModerationEmail {
    }

    /** A blocked person is told for how long. */
    record Blocked(AccountBlock block) implements ModerationEmail {
    }
}
