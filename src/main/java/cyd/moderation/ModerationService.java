package cyd.moderation;

import cyd.content.SearchChanges;
import java.time.Clock;

import cyd.account.Viewer;
import cyd.audit.Audit;
import cyd.content.ContentType;
import cyd.content.HideReason;
import cyd.content.Visibility;
import cyd.prompt.Prompt;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.RetryOnConflict;
import cyd.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
    public Outcome<ModerationDecision> hide(ContentType type, Long id, Viewer moderator, ReportForm form) {
        ModeratedItem item = lockedFor(type, id, moderator);
        if (item == null || item.visibility() == Visibility.HIDDEN) {
            // Already hidden (a second click, or another moderator first): one decision, one email to the author.
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        HideReason reason = HideReason.parse(form.reason).orElse(null);
        if (reason == null) {
            errors.add("reason", ModerationMsg::hideReasonRequired);
        }
        String detail = Text.clean(form.detail);
        errors.text("detail", detail, DETAIL_MAX, null, ModerationMsg::hideDetailTooLong);
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

    /** The decision, its row locked so an appeal is made and decided once (native: MariaDB has no FOR UPDATE OF). */
    ModerationDecision lockedDecision(Long id) {
        if (em.createNativeQuery("SELECT id FROM moderation_decision WHERE id = :id FOR UPDATE").setParameter("id", id)
                .getResultList().isEmpty()) {
            return null;
        }
        ModerationDecision d = ModerationDecision.findById(id);
        em.refresh(d);
        return d;
    }

    /** The item, locked, if this viewer moderates its council; else null. */
    ModeratedItem lockedFor(ContentType type, Long id, Viewer moderator) {
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

    ModerationDecision decide(ModeratedItem item, Viewer moderator, ModerationDecision.Action action,
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
    void show(ModeratedItem item) {
        setVisibility(item, Visibility.SHOWN);
    }

    void setVisibility(ModeratedItem item, Visibility to) {
        em.flush();
        em.createNativeQuery("UPDATE " + item.table() + " SET visibility = :v, report_count = 0 WHERE id = :id")
                .setParameter("v", to.name()).setParameter("id", item.id()).executeUpdate();
        if (item.isShown() && to != Visibility.SHOWN) {
            countIdea(item, -1);
        } else if (!item.isShown() && to == Visibility.SHOWN) {
            countIdea(item, +1);
        }
    }

    /** A prompt's idea count, and search, cover shown ideas only. */
    void countIdea(ModeratedItem item, int delta) {
        if (item.type() == ContentType.IDEA) {
            Prompt.countShownIdeas(item.promptId(), delta);
            SearchChanges.idea(em, item.id());
        }
    }
}
