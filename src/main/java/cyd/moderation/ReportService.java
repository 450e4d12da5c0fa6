package cyd.moderation;

import java.time.Clock;

import cyd.account.Viewer;
import cyd.content.ContentType;
import cyd.content.HideReason;
import cyd.idea.IdeaPermissions;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Residents report an idea or comment against the house rules, once each; enough different residents hide it until a moderator decides. */
@ApplicationScoped
public class ReportService {

    /** What happened to a report. */
    public enum ReportOutcome {
        REPORTED, ALREADY_REPORTED, HIDDEN_BY_REPORTS
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    cyd.web.Settings settings;

    @Inject
    ModerationService moderation;

    @Transactional
    public Outcome<ReportOutcome> report(ContentType type, Long id, Viewer viewer, ReportForm form) {
        ModeratedItem item = ModeratedItem.find(type, id).orElse(null);
        if (item == null || !item.isShown() || viewer.personId() == null
                || viewer.personId().equals(item.authorId())
                || IdeaPermissions.asResident(viewer, item.authorityId()) != IdeaPermissions.Decision.ALLOWED) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        HideReason reason = HideReason.parse(form.reason).orElse(null);
        if (reason == null) {
            errors.add("reason", ModerationMsg::reportReasonRequired);
        }
        String detail = Text.clean(form.detail);
        errors.text("detail", detail, 500, null, ModerationMsg::reportDetailTooLong);
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
            moderation.countIdea(item, -1);
            return Outcome.done(ReportOutcome.HIDDEN_BY_REPORTS);
        }
        return Outcome.done(ReportOutcome.REPORTED);
    }
}
