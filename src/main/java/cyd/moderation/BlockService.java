package cyd.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cyd.account.AccountBlock;
import cyd.account.Person;
import cyd.account.Viewer;
import cyd.audit.Audit;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** A moderator blocks an account from posting in their council for a number of days (the person is told), or lifts it. */
@ApplicationScoped
public class BlockService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    jakarta.enterprise.event.Event<ModerationEmail> emails;

    @Inject
    ModerationService moderation;

    @Transactional
    public Outcome<AccountBlock> block(Long authorityId, Long personId, Viewer moderator, BlockForm form) {
        if (!moderator.isModeratorOf(authorityId) || personId == null || personId.equals(moderator.personId())
                || Person.findById(personId) == null) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        String reason = form.blockReason == null ? "" : form.blockReason.strip();
        errors.text("blockReason", reason, ModerationService.DETAIL_MAX, ModerationMsg::blockReasonRequired,
                ModerationMsg::hideDetailTooLong);
        Integer days = form.days();
        if (days == null || days < 1 || days > ModerationService.BLOCK_DAYS_MAX) {
            errors.add("blockDays", ModerationMsg::blockDaysInvalid);
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        Instant now = clock.instant();
        AccountBlock b = new AccountBlock();
        b.authorityId = authorityId;
        b.personId = personId;
        b.reason = reason;
        b.blockedUntil = now.plus(Duration.ofDays(days));
        b.blockedBy = moderator.personId();
        b.createdAt = now;
        b.persist();
        audit.record(authorityId, moderator.personId(), "account.block", "person", personId, days + " days: " + reason);
        emails.fire(new ModerationEmail.Blocked(b));
        return Outcome.done(b);
    }

    @Transactional
    public Outcome<AccountBlock> unblock(Long authorityId, Long blockId, Viewer moderator) {
        AccountBlock b = AccountBlock.findById(blockId);
        if (b == null || !b.authorityId.equals(authorityId) || !moderator.isModeratorOf(authorityId)) {
            return Outcome.refused();
        }
        b.blockedUntil = clock.instant();
        audit.record(authorityId, moderator.personId(), "account.unblock", "person", b.personId, null);
        return Outcome.done(b);
    }
}
