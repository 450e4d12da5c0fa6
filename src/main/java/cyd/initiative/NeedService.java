package cyd.initiative;

import java.time.Clock;
import java.time.LocalDate;

import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** An initiative's needs: what its organisers ask for (time, skills, things), dated or not. */
@ApplicationScoped
public class NeedService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    InitiativeService initiatives;

    @Transactional
    public Outcome<Initiative> addNeed(Authority authority, Viewer viewer, Long id, NeedForm form) {
        Initiative i = Initiative.inAuthority(authority.id, id).orElse(null);
        if (i == null || !InitiativePermissions.canEdit(initiatives.standing(viewer, i), i)) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        NeedKind kind = InitiativeService.parse(NeedKind.class, form.kind);
        if (kind == null) {
            errors.add("kind", InitiativeMsg::needKindRequired);
        }
        String description = InitiativeForm.clean(form.needDescription);
        errors.text("needDescription", description, InitiativeService.NEED_MAX, InitiativeMsg::needDescriptionRequired,
                InitiativeMsg::needDescriptionTooLong);
        Integer quantity = null;
        if (!InitiativeForm.clean(form.quantity).isEmpty()) {
            try {
                quantity = Integer.valueOf(InitiativeForm.clean(form.quantity));
                if (quantity < 1 || quantity > 10_000) {
                    errors.add("quantity", InitiativeMsg::needQuantityInvalid);
                }
            } catch (NumberFormatException e) {
                errors.add("quantity", InitiativeMsg::needQuantityInvalid);
            }
        }
        if (InitiativeForm.clean(form.whenText).length() > 200 || InitiativeForm.clean(form.whereText).length() > 200) {
            errors.add("whenText", InitiativeMsg::needWhenWhereTooLong);
        }
        java.time.LocalDate onDate = null;
        java.time.LocalTime starts = null;
        java.time.LocalTime ends = null;
        if (form.hasDate()) {
            onDate = form.date();
            if (onDate == null) {
                errors.add("onDay", InitiativeMsg::needDateInvalid);
            }
        }
        try {
            starts = NeedForm.time(form.startsAt);
        } catch (IllegalArgumentException e) {
            errors.add("startsAt", InitiativeMsg::needTimeInvalid);
        }
        try {
            ends = NeedForm.time(form.endsAt);
        } catch (IllegalArgumentException e) {
            errors.add("endsAt", InitiativeMsg::needTimeInvalid);
        }
        if ((starts != null || ends != null) && onDate == null && !errors.has("onDay")) {
            errors.add("onDay", InitiativeMsg::needTimeWithoutDate);
        }
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            errors.add("endsAt", InitiativeMsg::needEndBeforeStart);
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        Need n = new Need();
        n.initiativeId = i.id;
        n.kind = kind;
        n.description = description;
        n.quantity = quantity;
        n.whenText = InitiativeService.blankToNull(form.whenText);
        n.whereText = InitiativeService.blankToNull(form.whereText);
        n.onDate = onDate;
        n.startsAt = starts;
        n.endsAt = ends;
        n.createdAt = clock.instant();
        n.persist();
        return Outcome.done(i);
    }

    @Transactional
    public Outcome<Initiative> removeNeed(Authority authority, Viewer viewer, Long id, Long needId) {
        Initiative i = Initiative.inAuthority(authority.id, id).orElse(null);
        if (i == null || !InitiativePermissions.canEdit(initiatives.standing(viewer, i), i)) {
            return Outcome.refused();
        }
        Need.delete("id = ?1 and initiativeId = ?2", needId, i.id);
        return Outcome.done(i);
    }
}
