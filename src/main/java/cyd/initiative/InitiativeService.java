package cyd.initiative;

import cyd.content.SearchChanges;
import java.time.Clock;
import java.util.List;

import cyd.account.Viewer;
import cyd.audit.Audit;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.idea.Backing;
import cyd.idea.Idea;
import cyd.idea.IdeaAnswered;
import cyd.idea.IdeaStatus;
import cyd.organisation.OrganisationMsg;
import cyd.web.FormErrors;
import cyd.web.Lang;
import cyd.web.Money;
import cyd.web.Msg;
import cyd.web.Outcome;
import cyd.web.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Starting, approving and running initiatives, and people joining them with their offers. */
@ApplicationScoped
@RetryOnConflict
public class InitiativeService {

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 5_000;
    public static final int COMMITMENT_MAX = 2_000;
    public static final int NEED_MAX = 300;
    public static final int UPDATE_MAX = 2_000;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    jakarta.enterprise.event.Event<IdeaAnswered> answered;

    /** Where this viewer stands with this initiative (a few small indexed look-ups). */
    public Standing standing(Viewer viewer, Initiative i) {
        if (!viewer.signedIn()) {
            return Standing.NOBODY;
        }
        Long me = viewer.personId();
        boolean partnerRep = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM initiative_partner p "
                + "JOIN organisation_rep r ON r.organisation_id = p.organisation_id "
                + "WHERE p.initiative_id = ?1 AND r.person_id = ?2 AND p.status = 'ACCEPTED'")
                .setParameter(1, i.id).setParameter(2, me).getSingleResult()).longValue() > 0;
        boolean member = Offer.of(i.id, me).map(Offer::isActive).orElse(false);
        return new Standing(me, viewer.isOfficerOf(i.authorityId), me.equals(i.startedBy), partnerRep, member);
    }

    /**
     * A resident's own initiative waits for an officer; an officer's is public at once. Grown from an idea,
     * an approved initiative marks the idea as taken forward, and the idea's page points to it.
     */
    @Transactional
    public Outcome<Initiative> start(Authority authority, Viewer viewer, InitiativeForm form, Long ideaId) {
        if (!viewer.verified()) {
            return Outcome.refused(); // residents post once their address is confirmed
        }
        if (!viewer.signedIn()) {
            return Outcome.refused();
        }
        FormErrors errors = validate(authority, form, false);
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        Initiative i = new Initiative();
        i.authorityId = authority.id;
        i.startedBy = viewer.personId();
        i.ideaId = ideaId;
        i.status = InitiativeStatus.FORMING;
        i.approval = viewer.isOfficerOf(authority.id) ? Approval.APPROVED : Approval.PENDING;
        i.createdAt = clock.instant();
        apply(i, form, false);
        i.persist();
        SearchChanges.initiative(em, i.id);
        if (i.approval == Approval.APPROVED && ideaId != null) {
            takeForward(ideaId, authority, viewer);
        }
        return Outcome.done(i);
    }

    @Transactional
    public Outcome<Initiative> approve(Authority authority, Viewer viewer, Long id, boolean approved) {
        // Locked first: two officers deciding at once, one approves and one declines, and the idea is answered once.
        Initiative i = lock(authority, id);
        if (i == null || !InitiativePermissions.canApprove(standing(viewer, i), i)) {
            return Outcome.refused();
        }
        i.approval = approved ? Approval.APPROVED : Approval.DECLINED;
        i.updatedAt = clock.instant();
        SearchChanges.initiative(em, i.id);
        audit.record(authority.id, viewer.personId(), approved ? "initiative.approve" : "initiative.decline", "initiative", i.id,
                null);
        if (approved && i.ideaId != null) {
            takeForward(i.ideaId, authority, viewer);
        }
        return Outcome.done(i);
    }

    @Transactional
    public Outcome<Initiative> edit(Authority authority, Viewer viewer, Long id, InitiativeForm form) {
        Initiative i = Initiative.inAuthority(authority.id, id).orElse(null);
        if (i == null || !InitiativePermissions.canEdit(standing(viewer, i), i)) {
            return Outcome.refused();
        }
        FormErrors errors = validate(authority, form, true);
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        apply(i, form, true);
        SearchChanges.initiative(em, i.id);
        return Outcome.done(i);
    }

    @Transactional
    public Outcome<Initiative> postUpdate(Authority authority, Viewer viewer, Long id, String body, String language) {
        Initiative i = Initiative.inAuthority(authority.id, id).orElse(null);
        if (i == null || !InitiativePermissions.canEdit(standing(viewer, i), i)) {
            return Outcome.refused();
        }
        String text = InitiativeForm.clean(body);
        FormErrors errors = new FormErrors();
        errors.text("body", text, UPDATE_MAX, InitiativeMsg::updateRequired, InitiativeMsg::updateTooLong);
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        InitiativeUpdate u = new InitiativeUpdate();
        u.initiativeId = i.id;
        u.authorId = viewer.personId();
        u.body = text;
        u.language = Lang.isSupported(language) ? language : Lang.EN;
        u.createdAt = clock.instant();
        u.persist();
        return Outcome.done(i);
    }

    Initiative lock(Authority authority, Long id) {
        List<?> rows = em.createNativeQuery("SELECT id FROM initiative WHERE id = ?1 AND authority_id = ?2 FOR UPDATE")
                .setParameter(1, id).setParameter(2, authority.id).getResultList();
        return rows.isEmpty() ? null : Initiative.findById(id);
    }

    /** The idea is answered "taken forward" by the officer who made it public, and its author and backers told. */
    private void takeForward(Long ideaId, Authority authority, Viewer officer) {
        Idea idea = Idea.findById(ideaId);
        if (idea == null || idea.status == IdeaStatus.TAKEN_FORWARD || idea.status == IdeaStatus.MERGED) {
            return;
        }
        idea.status = IdeaStatus.TAKEN_FORWARD;
        idea.answeredAt = clock.instant();
        idea.answeredBy = officer.personId();
        SearchChanges.idea(em, idea.id);
        java.util.List<Long> told = Backing.authorAndBackers(idea, officer.personId());
        answered.fire(new IdeaAnswered(idea, null, authority, told));
    }

    private void apply(Initiative i, InitiativeForm form, boolean editing) {
        i.title = InitiativeForm.clean(form.title);
        i.description = InitiativeForm.clean(form.description);
        i.language = form.language;
        Long area = parseId(form.areaId);
        i.areaId = area;
        if (editing) {
            i.status = InitiativeStatus.valueOf(form.status);
        }
        i.councilCommitment = blankToNull(form.councilCommitment);
        i.councilAmountPence = Money.parsePence(form.councilAmount, 100_000_000, true);
        i.updatedAt = clock.instant();
    }

    FormErrors validate(Authority authority, InitiativeForm form, boolean editing) {
        FormErrors errors = new FormErrors();
        String title = InitiativeForm.clean(form.title);
        errors.text("title", title, TITLE_MAX, InitiativeMsg::initiativeTitleRequired, InitiativeMsg::initiativeTitleTooLong);
        String description = InitiativeForm.clean(form.description);
        errors.text("description", description, DESCRIPTION_MAX, InitiativeMsg::initiativeDescriptionRequired,
                OrganisationMsg::initiativeDescriptionTooLong);
        if (!Lang.isSupported(form.language)) {
            errors.add("language", Msg::ideaLanguageRequired);
        }
        Long area = parseId(form.areaId);
        if (!InitiativeForm.clean(form.areaId).isEmpty() && (area == null || Area.inAuthority(authority.id, area).isEmpty())) {
            errors.add("areaId", Msg::areaInvalid);
        }
        if (editing && parse(InitiativeStatus.class, form.status) == null) {
            errors.add("status", InitiativeMsg::initiativeStatusRequired);
        }
        errors.text("councilCommitment", InitiativeForm.clean(form.councilCommitment), COMMITMENT_MAX, null,
                InitiativeMsg::commitmentTooLong);
        if (!InitiativeForm.clean(form.councilAmount).isEmpty() && Money.parsePence(form.councilAmount, 100_000_000, true) == null) {
            errors.add("councilAmount", InitiativeMsg::amountInvalid);
        }
        return errors;
    }

    static Long parseId(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String blankToNull(String s) {
        String v = InitiativeForm.clean(s);
        return v.isEmpty() ? null : v;
    }
}
