package cyd.moderation;

import java.time.Clock;

import cyd.account.Viewer;
import cyd.audit.Audit;
import cyd.content.Visibility;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The author of something hidden appeals once; another moderator decides, and the author is told. */
@ApplicationScoped
public class AppealService {

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

    /** Something of a person's that a moderator hid, and whether they may still appeal. */
    public record Hidden(ModerationDecision decision, ModeratedItem item, boolean canAppeal) {
    }

    /** What of a person's has been hidden, newest first, for their moderation page. */
    public java.util.List<Hidden> hiddenOf(Long personId) {
        return ModerationDecision.hidesOf(personId).stream()
                .map(d -> {
                    ModeratedItem item = ModeratedItem.find(d.contentType, d.contentId).orElse(null);
                    ModerationDecision latest = ModerationDecision.latestFor(d.contentType, d.contentId);
                    boolean stands = latest != null && latest.id.equals(d.id);
                    return item == null ? null : new Hidden(d, item, stands && !d.isAppealed());
                })
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The author's one appeal against a hide that still stands. */
    @Transactional
    public Outcome<ModerationDecision> appeal(Long decisionId, Viewer author, String text) {
        ModerationDecision d = moderation.lockedDecision(decisionId);
        if (d == null || d.action != ModerationDecision.Action.HIDE || author.personId() == null
                || !author.personId().equals(d.authorId) || d.isAppealed()
                || !d.id.equals(ModerationDecision.latestFor(d.contentType, d.contentId).id)) {
            return Outcome.refused();
        }
        String t = Text.clean(text);
        FormErrors errors = new FormErrors();
        errors.text("appeal", t, ModerationService.APPEAL_MAX, ModerationMsg::appealRequired, ModerationMsg::appealTooLong);
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        d.appealText = t;
        d.appealedAt = clock.instant();
        return Outcome.done(d);
    }

    /** Decides an appeal: a moderator of the council other than the one who hid the item. */
    @Transactional
    public Outcome<ModerationDecision> decideAppeal(Long decisionId, Viewer moderator, String outcome, String note) {
        ModerationDecision d = moderation.lockedDecision(decisionId);
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
            errors.add("outcome", ModerationMsg::appealOutcomeRequired);
        }
        String n = note == null ? "" : note.strip();
        errors.text("note", n, ModerationService.DETAIL_MAX, ModerationMsg::appealNoteRequired, ModerationMsg::hideDetailTooLong);
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
                moderation.decide(item, moderator, ModerationDecision.Action.RESTORE, null, n);
                moderation.show(item);
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
}
