package cyd.contribution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.initiative.Initiative;
import cyd.initiative.InitiativePermissions;
import cyd.initiative.InitiativeService;
import cyd.initiative.Standing;
import cyd.web.Dates;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.RetryOnConflict;
import cyd.web.TemplateExtensions;
import cyd.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The contribution ledger: members log what they gave; organisers confirm or query it. */
@ApplicationScoped
@RetryOnConflict
public class ContributionService {

    public static final int MINUTES_A_DAY = 24 * 60;


    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    InitiativeService initiatives;

    /**
     * Logs a contribution by the viewer. The person's row is locked first, so two entries for the same
     * day cannot together pass the 24-hour limit.
     */
    @Transactional
    public Outcome<Contribution> log(Authority authority, Viewer viewer, Long initiativeId, ContributionForm form) {
        Initiative i = Initiative.inAuthority(authority.id, initiativeId).orElse(null);
        if (i == null || !InitiativePermissions.canLogContribution(initiatives.standing(viewer, i), i)) {
            return Outcome.refused();
        }
        em.createNativeQuery("SELECT id FROM person WHERE id = ?1 FOR UPDATE").setParameter(1, viewer.personId())
                .getResultList();
        FormErrors errors = new FormErrors();
        ContributionKind kind = null;
        try {
            kind = form.kind == null ? null : ContributionKind.valueOf(form.kind);
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            errors.add("kind", ContributionMsg::contributionKindRequired);
        }
        Integer minutes = form.minutes();
        if (minutes == null && kind == ContributionKind.HOURS) {
            errors.add("hours", ContributionMsg::hoursRequired);
        } else if (minutes != null && (minutes <= 0)) {
            errors.add("hours", minutes == 0 ? ContributionMsg::hoursPositive : ContributionMsg::hoursQuarter);
        }
        String description = ContributionForm.clean(form.description);
        errors.text("description", description, 300, ContributionMsg::contributionDescriptionRequired,
                ContributionMsg::contributionDescriptionTooLong);
        LocalDate day = Dates.parse(form.givenDay, form.givenMonth, form.givenYear);
        LocalDate today = LocalDate.now(clock.withZone(TemplateExtensions.LONDON));
        if (day == null) {
            errors.add("givenDay", ContributionMsg::contributionDateInvalid);
        } else if (day.isAfter(today)) {
            errors.add("givenDay", ContributionMsg::contributionDateFuture);
        } else if (day.isBefore(today.minusYears(5))) {
            errors.add("givenDay", ContributionMsg::contributionDateTooOld);
        }
        errors.text("note", ContributionForm.clean(form.note), 500, null, ContributionMsg::contributionNoteTooLong);
        if (!errors.has("hours") && !errors.has("givenDay") && minutes != null && minutes > 0) {
            long already = ((Number) em.createNativeQuery("SELECT COALESCE(SUM(minutes), 0) FROM contribution "
                    // A locking read: it sees what another entry committed while this one waited for the lock.
                    + "WHERE person_id = ?1 AND given_on = ?2 AND status <> 'QUERIED' FOR UPDATE")
                    .setParameter(1, viewer.personId()).setParameter(2, day).getSingleResult()).longValue();
            if (already + minutes > MINUTES_A_DAY) {
                errors.add("hours", ContributionMsg::hoursOverDay);
            }
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        Contribution c = new Contribution();
        c.initiativeId = i.id;
        c.personId = viewer.personId();
        c.kind = kind;
        c.minutes = minutes;
        c.description = description;
        c.givenOn = day;
        c.note = ContributionForm.clean(form.note).isEmpty() ? null : ContributionForm.clean(form.note);
        c.status = ContributionStatus.PENDING;
        c.createdAt = clock.instant();
        c.persist();
        return Outcome.done(c);
    }

    /** An organiser confirms: from now on it counts in every total. */
    @Transactional
    public Outcome<Contribution> confirm(Authority authority, Viewer viewer, Long contributionId) {
        Contribution c = lockedForDecision(authority, viewer, contributionId);
        if (c == null) {
            return Outcome.refused();
        }
        c.status = ContributionStatus.CONFIRMED;
        c.decidedBy = viewer.personId();
        c.decidedAt = clock.instant();
        c.queryReason = null;
        if (c.minutes != null) {
            em.createNativeQuery("UPDATE initiative SET confirmed_minutes = confirmed_minutes + ?1 WHERE id = ?2")
                    .setParameter(1, c.minutes).setParameter(2, c.initiativeId).executeUpdate();
        }
        return Outcome.done(c);
    }

    /** An organiser queries it, saying why; it does not count unless confirmed later. */
    @Transactional
    public Outcome<Contribution> query(Authority authority, Viewer viewer, Long contributionId, String reason) {
        String why = Text.clean(reason);
        FormErrors invalid = new FormErrors().text("reason-" + contributionId, why, 500, ContributionMsg::queryReasonRequired,
                ContributionMsg::contributionNoteTooLong);
        if (invalid.isAny()) {
            return Outcome.invalid(invalid);
        }
        Contribution c = lockedForDecision(authority, viewer, contributionId);
        if (c == null) {
            return Outcome.refused();
        }
        c.status = ContributionStatus.QUERIED;
        c.decidedBy = viewer.personId();
        c.decidedAt = clock.instant();
        c.queryReason = why;
        return Outcome.done(c);
    }

    /** The contribution, locked, if it is still undecided and this organiser may decide it (not their own). */
    private Contribution lockedForDecision(Authority authority, Viewer viewer, Long contributionId) {
        List<?> rows = em.createNativeQuery("SELECT c.initiative_id FROM contribution c JOIN initiative i "
                + "ON i.id = c.initiative_id WHERE c.id = ?1 AND i.authority_id = ?2 FOR UPDATE")
                .setParameter(1, contributionId).setParameter(2, authority.id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Contribution c = Contribution.findById(contributionId);
        em.refresh(c);
        Initiative i = Initiative.findById(c.initiativeId);
        Standing s = initiatives.standing(viewer, i);
        if (c.status == ContributionStatus.CONFIRMED || !InitiativePermissions.canDecide(s, i, c.personId)) {
            return null;
        }
        return c;
    }

}
