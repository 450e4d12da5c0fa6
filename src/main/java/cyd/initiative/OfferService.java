package cyd.initiative;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.web.Dates;
import cyd.web.FormErrors;
import cyd.web.Msg;
import cyd.web.Outcome;
import cyd.web.TemplateExtensions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** People joining an initiative: an offer of help (with the needs it meets), changed or withdrawn; the member count kept with it. */
@ApplicationScoped
public class OfferService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    InitiativeService initiatives;

    @Inject
    PartnerService partners;

    /**
     * Joins, or changes an offer. The initiative's row is locked first so the member count and the offers
     * move together under concurrent joins.
     */
    @Transactional
    public Outcome<Initiative> join(Authority authority, Viewer viewer, Long id, OfferForm form) {
        if (!viewer.verified()) {
            return Outcome.refused(); // residents post once their address is confirmed
        }
        Initiative i = initiatives.lock(authority, id);
        if (i == null) {
            return Outcome.refused();
        }
        Standing standing = initiatives.standing(viewer, i);
        if (!InitiativePermissions.canJoin(standing, i)) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        List<Need> needs = Need.forInitiative(i.id);
        List<Long> chosen = form.needIds.stream().map(InitiativeService::parseId)
                .filter(n -> n != null && needs.stream().anyMatch(need -> need.id.equals(n))).distinct().toList();
        String description = InitiativeForm.clean(form.description);
        if (chosen.isEmpty() && description.isEmpty()) {
            errors.add("needIds", InitiativeMsg::offerWhatRequired);
        } else if (description.length() > 2_000) {
            errors.add("description", InitiativeMsg::offerDescriptionTooLong);
        }
        if (form.when.isEmpty()) {
            errors.add("when", InitiativeMsg::offerWhenRequired);
        }
        LocalDate oneOff = null;
        if (form.has("date")) {
            oneOff = Dates.parse(form.oneOffDay, form.oneOffMonth, form.oneOffYear);
            if (oneOff == null) {
                errors.add("oneOffDay", InitiativeMsg::offerDateInvalid);
            } else if (oneOff.isBefore(LocalDate.now(clock.withZone(TemplateExtensions.LONDON)))) {
                errors.add("oneOffDay", InitiativeMsg::offerDatePast);
            }
        }
        String where = InitiativeForm.clean(form.where);
        Long areaId = null;
        if (where.isEmpty()) {
            errors.add("where", InitiativeMsg::offerWhereRequired);
        } else if (!"home".equals(where)) {
            areaId = InitiativeService.parseId(where);
            if (areaId == null || Area.inAuthority(authority.id, areaId).isEmpty()) {
                errors.add("where", Msg::areaInvalid);
            }
        }
        Long organisationId = InitiativeService.parseId(form.organisationId);
        if (organisationId != null && partners.partners(i.id).stream().noneMatch(o -> o.id.equals(organisationId))) {
            errors.add("organisationId", InitiativeMsg::offerOrganisationInvalid);
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        Instant now = clock.instant();
        Offer offer = Offer.of(i.id, viewer.personId()).orElse(null);
        boolean wasActive = offer != null && offer.isActive();
        if (offer == null) {
            offer = new Offer();
            offer.initiativeId = i.id;
            offer.personId = viewer.personId();
            offer.createdAt = now;
        }
        offer.description = description.isEmpty() ? null : description;
        offer.weekdayDaytimes = form.has("weekdays");
        offer.evenings = form.has("evenings");
        offer.weekends = form.has("weekends");
        offer.oneOffDate = oneOff;
        offer.fromHome = "home".equals(where);
        offer.areaId = areaId;
        offer.organisationId = organisationId;
        offer.shareEmail = "yes".equals(form.shareEmail);
        offer.status = OfferStatus.ACTIVE;
        offer.updatedAt = now;
        offer.persist();
        em.flush();
        em.createNativeQuery("DELETE FROM offer_need WHERE offer_id = ?1").setParameter(1, offer.id).executeUpdate();
        for (Long needId : chosen) {
            em.createNativeQuery("INSERT INTO offer_need (offer_id, need_id) VALUES (?1, ?2)")
                    .setParameter(1, offer.id).setParameter(2, needId).executeUpdate();
        }
        if (!wasActive) {
            em.createNativeQuery("UPDATE initiative SET member_count = member_count + 1 WHERE id = ?1")
                    .setParameter(1, i.id).executeUpdate();
        }
        return Outcome.done(i);
    }

    /** Withdraws the viewer's offer. What they already gave and was confirmed stays in the totals. */
    @Transactional
    public Outcome<Initiative> withdraw(Authority authority, Viewer viewer, Long id) {
        Initiative i = initiatives.lock(authority, id);
        Offer offer = i == null ? null : Offer.of(i.id, viewer.personId()).orElse(null);
        if (offer == null || !offer.isActive()) {
            return Outcome.refused();
        }
        offer.status = OfferStatus.WITHDRAWN;
        offer.updatedAt = clock.instant();
        em.createNativeQuery("UPDATE initiative SET member_count = member_count - 1 WHERE id = ?1")
                .setParameter(1, i.id).executeUpdate();
        return Outcome.done(i);
    }

    public List<Long> needsOffered(Long offerId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT need_id FROM offer_need WHERE offer_id = ?1")
                .setParameter(1, offerId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
