package cyd.moderation;

import cyd.content.HideReason;

import cyd.account.AccountBlock;

import cyd.audit.Audit;

import cyd.content.ContentType;

import cyd.content.Visibility;

import cyd.web.RetryOnConflict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;


import cyd.account.Person;
import cyd.account.Viewer;
import cyd.idea.IdeaPermissions;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.WsMsg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import cyd.web.Text;

/**
 * Reports from residents and moderators' decisions. Only moderators of the council an item belongs to act on
 * it; every decision is kept (with its reason) and written to the audit log; a hide can be appealed once and
 * the appeal is decided by a different moderator.
 */
@ApplicationScoped
@RetryOnConflict
public class ModerationService {

    public static final int DETAIL_MAX = 1_000;
    public static final int APPEAL_MAX = 2_000;
    public static final int BLOCK_DAYS_MAX = 3_650;

    /** What happened to a report. */
    public enum ReportOutcome {
        REPORTED, ALREADY_REPORTED, HIDDEN_BY_REPORTS
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    jakarta.enterprise.event.Event<ModerationEmail> emails;

    /** Reports from this many different residents hide an item until a moderator decides. */
    @Inject
    cyd.web.Settings settings;

    @Transactional
    public Outcome<ReportOutcome> report(ContentType type, Long id, Viewer viewer, ReportForm form, WsMsg ws) {
        ModeratedItem item = ModeratedItem.find(type, id).orElse(null);
        if (item == null || !item.isShown() || viewer.personId() == null
                || viewer.personId().equals(item.authorId())
                || IdeaPermissions.asResident(viewer, item.authorityId()) != IdeaPermissions.Decision.ALLOWED) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        HideReason reason = HideReason.parse(form.reason).orElse(null);
        if (reason == null) {
            errors.add("reason", ws.reportReasonRequired());
        }
        String detail = Text.clean(form.detail);
        if (detail.length() > 500) {
            errors.add("detail", ws.reportDetailTooLong());
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        // Lock the item so concurrent reports count exactly and the threshold is crossed once.
        em.createNativeQuery("SELECT id FROM " + item.table() + " WHERE id = :id FOR UPDATE").setParameter("id", id)
                .getResultList();
        int inserted = em.createNativeQuery("INSERT IGNORE INTO content_report "
                + "(authority_id, content_type, content_id, person_id, reason, detail, created_at) "
                + "VALUES (:authority, :type, :id, :person, :reason, :detail, :now)")
                .setParameter("authority", item.authorityId()).setParameter("type", type.name())
                .setParameter("id", id).setParameter("person", viewer.personId()).setParameter("reason", reason.name())
                .setParameter("detail", detail.isEmpty() ? "" : detail).setParameter("now", clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            return Outcome.done(ReportOutcome.ALREADY_REPORTED);
        }
        em.createNativeQuery("UPDATE " + item.table() + " SET report_count = report_count + 1 WHERE id = :id")
                .setParameter("id", id).executeUpdate();
        int hidden = em.createNativeQuery("UPDATE " + item.table() + " SET visibility = 'HIDDEN' "
                + "WHERE id = :id AND visibility = 'SHOWN' AND report_count >= :n")
                .setParameter("id", id).setParameter("n", settings.moderation().hideAfterReports()).executeUpdate();
        if (hidden > 0) {
            countIdea(item, -1);
            return Outcome.done(ReportOutcome.HIDDEN_BY_REPORTS);
        }
        return Outcome.done(ReportOutcome.REPORTED);
    }

    /** Shows an item: approves one waiting, dismisses reports on one shown, or undoes a hide by reports. */
    @Transactional
    public Outcome<ModerationDecision> approve(ContentType type, Long id, Viewer moderator) {
        ModeratedItem item = lockedFor(type, id, moderator);
        if (item == null) {
            return Outcome.refused();
        }
        ModerationDecision d = decide(item, moderator, ModerationDecision.Action.APPROVE, null, null);
        show(item);
        audit.record(item.authorityId(), moderator.personId(), "moderation.approve", type.param, id, null);
        return Outcome.done(d);
    }

    @Transactional
    public Outcome<ModerationDecision> hide(ContentType type, Long id, Viewer moderator, ReportForm form, WsMsg ws) {
        ModeratedItem item = lockedFor(type, id, moderator);
        if (item == null || item.visibility() == Visibility.HIDDEN) {
            // Already hidden (a second click, or another moderator first): one decision, one email to the author.
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        HideReason reason = HideReason.parse(form.reason).orElse(null);
        if (reason == null) {
            errors.add("reason", ws.hideReasonRequired());
        }
        String detail = Text.clean(form.detail);
        if (detail.length() > DETAIL_MAX) {
            errors.add("detail", ws.hideDetailTooLong());
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        ModerationDecision d = decide(item, moderator, ModerationDecision.Action.HIDE, reason,
                detail.isEmpty() ? null : detail);
        setVisibility(item, Visibility.HIDDEN);
        audit.record(item.authorityId(), moderator.personId(), "moderation.hide", type.param, id,
                reason.name() + (detail.isEmpty() ? "" : ": " + detail));
        emails.fire(new ModerationEmail.Hidden(d, item));
        return Outcome.done(d);
    }

    @Transactional
    public Outcome<ModerationDecision> restore(ContentType type, Long id, Viewer moderator) {
        ModeratedItem item = lockedFor(type, id, moderator);
        if (item == null || item.visibility() != Visibility.HIDDEN) {
            return Outcome.refused();
        }
        ModerationDecision d = decide(item, moderator, ModerationDecision.Action.RESTORE, null, null);
        show(item);
        audit.record(item.authorityId(), moderator.personId(), "moderation.restore", type.param, id, null);
        return Outcome.done(d);
    }

    /** The author's one appeal against a hide that still stands. */
    @Transactional
    public Outcome<ModerationDecision> appeal(Long decisionId, Viewer author, String text, WsMsg ws) {
        ModerationDecision d = lockedDecision(decisionId);
        if (d == null || d.action != ModerationDecision.Action.HIDE || author.personId() == null
                || !author.personId().equals(d.authorId) || d.isAppealed()
                || !d.id.equals(ModerationDecision.latestFor(d.contentType, d.contentId).id)) {
            return Outcome.refused();
        }
        String t = Text.clean(text);
        FormErrors errors = new FormErrors();
        if (t.isEmpty()) {
            errors.add("appeal", ws.appealRequired());
        } else if (t.length() > APPEAL_MAX) {
            errors.add("appeal", ws.appealTooLong());
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        d.appealText = t;
        d.appealedAt = clock.instant();
        return Outcome.done(d);
    }

    /** Decides an appeal: a moderator of the council other than the one who hid the item. */
    @Transactional
    public Outcome<ModerationDecision> decideAppeal(Long decisionId, Viewer moderator, String outcome, String note,
            WsMsg ws) {
        ModerationDecision d = lockedDecision(decisionId);
        if (d == null || !d.isAppealOpen() || !canDecideAppeal(moderator, d)) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        ModerationDecision.AppealOutcome result = null;
        try {
            result = outcome == null ? null : ModerationDecision.AppealOutcome.valueOf(outcome.strip());
        } catch (IllegalArgumentException e) {
            result = null;
        }
        if (result == null) {
            errors.add("outcome", ws.appealOutcomeRequired());
        }
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) {
            errors.add("note", ws.appealNoteRequired());
        } else if (n.length() > DETAIL_MAX) {
            errors.add("note", ws.hideDetailTooLong());
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        d.appealOutcome = result;
        d.appealNote = n;
        d.appealDecidedBy = moderator.personId();
        d.appealDecidedAt = clock.instant();
        if (result == ModerationDecision.AppealOutcome.RESTORED) {
            ModeratedItem item = ModeratedItem.find(d.contentType, d.contentId).orElse(null);
            if (item != null && item.visibility() == Visibility.HIDDEN) {
                decide(item, moderator, ModerationDecision.Action.RESTORE, null, n);
                show(item);
            }
        }
        audit.record(d.authorityId, moderator.personId(), "moderation.appeal." + result.name().toLowerCase(java.util.Locale.ROOT),
                d.contentType.param, d.contentId, n);
        emails.fire(new ModerationEmail.AppealDecided(d));
        return Outcome.done(d);
    }

    /** A moderator of the council who did not make the decision appealed against. */
    public static boolean canDecideAppeal(Viewer moderator, ModerationDecision d) {
        return moderator.isModeratorOf(d.authorityId) && moderator.personId() != null
                && !moderator.personId().equals(d.moderatorId);
    }

    @Transactional
    public Outcome<AccountBlock> block(Long authorityId, Long personId, Viewer moderator, BlockForm form, WsMsg ws) {
        if (!moderator.isModeratorOf(authorityId) || personId == null || personId.equals(moderator.personId())
                || Person.findById(personId) == null) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        String reason = form.blockReason == null ? "" : form.blockReason.strip();
        if (reason.isEmpty()) {
            errors.add("blockReason", ws.blockReasonRequired());
        } else if (reason.length() > DETAIL_MAX) {
            errors.add("blockReason", ws.hideDetailTooLong());
        }
        Integer days = form.days();
        if (days == null || days < 1 || days > BLOCK_DAYS_MAX) {
            errors.add("blockDays", ws.blockDaysInvalid());
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

    /** The decision, its row locked so an appeal is made and decided once (native: MariaDB has no FOR UPDATE OF). */
    private ModerationDecision lockedDecision(Long id) {
        if (em.createNativeQuery("SELECT id FROM moderation_decision WHERE id = :id FOR UPDATE").setParameter("id", id)
                .getResultList().isEmpty()) {
            return null;
        }
        ModerationDecision d = ModerationDecision.findById(id);
        em.refresh(d);
        return d;
    }

    /** The item, locked, if this viewer moderates its council; else null. */
    private ModeratedItem lockedFor(ContentType type, Long id, Viewer moderator) {
        // The lock comes before anything is read: under REPEATABLE READ a plain read made first would fix the
        // transaction's view, and two moderators hiding one idea at once would each see it shown and each take
        // it off the question's count.
        em.createNativeQuery("SELECT id FROM " + (type == ContentType.IDEA ? "idea" : "idea_comment")
                + " WHERE id = :id FOR UPDATE").setParameter("id", id).getResultList();
        ModeratedItem item = ModeratedItem.find(type, id).orElse(null);
        if (item == null || !moderator.isModeratorOf(item.authorityId())) {
            return null;
        }
        return item;
    }

    private ModerationDecision decide(ModeratedItem item, Viewer moderator, ModerationDecision.Action action,
            HideReason reason, String detail) {
        ModerationDecision d = new ModerationDecision();
        d.authorityId = item.authorityId();
        d.contentType = item.type();
        d.contentId = item.id();
        d.authorId = item.authorId();
        d.action = action;
        d.reason = reason;
        d.detail = detail;
        d.moderatorId = moderator.personId();
        d.createdAt = clock.instant();
        d.persist();
        return d;
    }

    /** Shows the item and settles its reports: a moderator has looked at them. */
    private void show(ModeratedItem item) {
        setVisibility(item, Visibility.SHOWN);
    }

    private void setVisibility(ModeratedItem item, Visibility to) {
        em.flush();
        em.createNativeQuery("UPDATE " + item.table() + " SET visibility = :v, report_count = 0 WHERE id = :id")
                .setParameter("v", to.name()).setParameter("id", item.id()).executeUpdate();
        if (item.isShown() && to != Visibility.SHOWN) {
            countIdea(item, -1);
        } else if (!item.isShown() && to == Visibility.SHOWN) {
            countIdea(item, +1);
        }
    }

    /** A prompt's idea count covers shown ideas only. */
    private void countIdea(ModeratedItem item, int delta) {
        if (item.type() == ContentType.IDEA) {
            em.createNativeQuery("UPDATE prompt SET idea_count = idea_count + :d WHERE id = :id")
                    .setParameter("d", delta).setParameter("id", item.promptId()).executeUpdate();
        }
    }
}
