package cyd.initiative;

import cyd.web.RetryOnConflict;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.idea.IdeaStatus;
import cyd.organisation.Organisation;
import cyd.organisation.OrganisationRep;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Lang;
import cyd.web.CoMsg;
import cyd.web.Msg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import cyd.audit.Audit;
import cyd.idea.Backing;
import cyd.idea.IdeaAnswered;
import cyd.web.Dates;
import cyd.web.Money;
import cyd.web.ReMsg;
import cyd.web.TemplateExtensions;

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
    public Outcome<Initiative> start(Authority authority, Viewer viewer, InitiativeForm form, Long ideaId, Msg msg, CoMsg co) {
        if (!viewer.verified()) {
            return Outcome.refused(); // residents post once their address is confirmed
        }
        if (!viewer.signedIn()) {
            return Outcome.refused();
        }
        FormErrors errors = validate(authority, form, false, msg, co);
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
        audit.record(authority.id, viewer.personId(), approved ? "initiative.approve" : "initiative.decline", "initiative", i.id,
                null);
        if (approved && i.ideaId != null) {
            takeForward(i.ideaId, authority, viewer);
        }
        return Outcome.done(i);
    }

    @Transactional
    public Outcome<Initiative> edit(Authority authority, Viewer viewer, Long id, InitiativeForm form, Msg msg, CoMsg co) {
        Initiative i = Initiative.inAuthority(authority.id, id).orElse(null);
        if (i == null || !InitiativePermissions.canEdit(standing(viewer, i), i)) {
            return Outcome.refused();
        }
        FormErrors errors = validate(authority, form, true, msg, co);
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        apply(i, form, true);
        return Outcome.done(i);
    }

    @Transactional
    public Outcome<Initiative> addNeed(Authority authority, Viewer viewer, Long id, NeedForm form, Msg msg, CoMsg co,
            ReMsg re) {
        Initiative i = Initiative.inAuthority(authority.id, id).orElse(null);
        if (i == null || !InitiativePermissions.canEdit(standing(viewer, i), i)) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        NeedKind kind = parse(NeedKind.class, form.kind);
        if (kind == null) {
            errors.add("kind", co.needKindRequired());
        }
        String description = InitiativeForm.clean(form.needDescription);
        if (description.isEmpty()) {
            errors.add("needDescription", co.needDescriptionRequired());
        } else if (description.length() > NEED_MAX) {
            errors.add("needDescription", co.needDescriptionTooLong());
        }
        Integer quantity = null;
        if (!InitiativeForm.clean(form.quantity).isEmpty()) {
            try {
                quantity = Integer.valueOf(InitiativeForm.clean(form.quantity));
                if (quantity < 1 || quantity > 10_000) {
                    errors.add("quantity", co.needQuantityInvalid());
                }
            } catch (NumberFormatException e) {
                errors.add("quantity", co.needQuantityInvalid());
            }
        }
        if (InitiativeForm.clean(form.whenText).length() > 200 || InitiativeForm.clean(form.whereText).length() > 200) {
            errors.add("whenText", co.needWhenWhereTooLong());
        }
        java.time.LocalDate onDate = null;
        java.time.LocalTime starts = null;
        java.time.LocalTime ends = null;
        if (form.hasDate()) {
            onDate = form.date();
            if (onDate == null) {
                errors.add("onDay", re.needDateInvalid());
            }
        }
        try {
            starts = NeedForm.time(form.startsAt);
        } catch (IllegalArgumentException e) {
            errors.add("startsAt", re.needTimeInvalid());
        }
        try {
            ends = NeedForm.time(form.endsAt);
        } catch (IllegalArgumentException e) {
            errors.add("endsAt", re.needTimeInvalid());
        }
        if ((starts != null || ends != null) && onDate == null && !errors.has("onDay")) {
            errors.add("onDay", re.needTimeWithoutDate());
        }
        if (starts != null && ends != null && !ends.isAfter(starts)) {
            errors.add("endsAt", re.needEndBeforeStart());
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        Need n = new Need();
        n.initiativeId = i.id;
        n.kind = kind;
        n.description = description;
        n.quantity = quantity;
        n.whenText = blankToNull(form.whenText);
        n.whereText = blankToNull(form.whereText);
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
        if (i == null || !InitiativePermissions.canEdit(standing(viewer, i), i)) {
            return Outcome.refused();
        }
        Need.delete("id = ?1 and initiativeId = ?2", needId, i.id);
        return Outcome.done(i);
    }

    @Transactional
    public Outcome<Initiative> postUpdate(Authority authority, Viewer viewer, Long id, String body, String language, Msg msg, CoMsg co) {
        Initiative i = Initiative.inAuthority(authority.id, id).orElse(null);
        if (i == null || !InitiativePermissions.canEdit(standing(viewer, i), i)) {
            return Outcome.refused();
        }
        String text = InitiativeForm.clean(body);
        FormErrors errors = new FormErrors();
        if (text.isEmpty()) {
            errors.add("body", co.updateRequired());
        } else if (text.length() > UPDATE_MAX) {
            errors.add("body", co.updateTooLong());
        }
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

    /**
     * A verified organisation becomes a partner. Added by the initiative's organisers, it is one at once; asked
     * for by its own representative, it waits for them to accept — a partner's representatives become organisers,
     * who read shared emails and confirm hours, so nobody makes themselves one.
     */
    @Transactional
    public Outcome<String> addPartner(Authority authority, Viewer viewer, Long id, Long organisationId) {
        Initiative i = Initiative.inAuthority(authority.id, id).orElse(null);
        Organisation org = Organisation.inAuthority(authority.id, organisationId).orElse(null);
        if (i == null || org == null || !i.isPublic() || !org.isVerified() || !viewer.verified()) {
            return Outcome.refused();
        }
        boolean organiser = standing(viewer, i).organiser();
        if (!organiser && !OrganisationRep.represents(viewer.personId(), org.id)) {
            return Outcome.refused();
        }
        String status = organiser ? InitiativePartner.ACCEPTED : InitiativePartner.REQUESTED;
        em.createNativeQuery("INSERT INTO initiative_partner (initiative_id, organisation_id, added_by, added_at, status) "
                + "VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE status = IF(?5 = 'ACCEPTED', 'ACCEPTED', status)")
                .setParameter(1, i.id).setParameter(2, org.id).setParameter(3, viewer.personId())
                .setParameter(4, clock.instant()).setParameter(5, status).executeUpdate();
        return Outcome.done(status);
    }

    /** The initiative's organisers accept an organisation's request to be a partner, or turn it down. */
    @Transactional
    public Outcome<Initiative> decidePartner(Authority authority, Viewer viewer, Long id, Long organisationId,
            boolean accept) {
        Initiative i = Initiative.inAuthority(authority.id, id).orElse(null);
        if (i == null || organisationId == null || !InitiativePermissions.canDecidePartners(standing(viewer, i), i)) {
            return Outcome.refused();
        }
        int changed = accept
                ? em.createNativeQuery("UPDATE initiative_partner SET status = 'ACCEPTED' WHERE initiative_id = ?1 "
                        + "AND organisation_id = ?2 AND status = 'REQUESTED'").setParameter(1, i.id)
                        .setParameter(2, organisationId).executeUpdate()
                : em.createNativeQuery("DELETE FROM initiative_partner WHERE initiative_id = ?1 AND organisation_id = ?2 "
                        + "AND status = 'REQUESTED'").setParameter(1, i.id).setParameter(2, organisationId)
                        .executeUpdate();
        return changed == 1 ? Outcome.done(i) : Outcome.refused();
    }

    /** Partners the organisers have accepted. */
    public List<Organisation> partners(Long initiativeId) {
        return partnersIn(initiativeId, InitiativePartner.ACCEPTED);
    }

    /** Organisations waiting for the organisers to accept them as partners. */
    public List<Organisation> partnerRequests(Long initiativeId) {
        return partnersIn(initiativeId, InitiativePartner.REQUESTED);
    }

    private List<Organisation> partnersIn(Long initiativeId, String status) {
        return Organisation.list("id in (select p.organisationId from InitiativePartner p where p.initiativeId = ?1 "
                + "and p.status = ?2) order by name", initiativeId, status);
    }

    /**
     * Joins, or changes an offer. The initiative's row is locked first so the member count and the offers
     * move together under concurrent joins.
     */
    @Transactional
    public Outcome<Initiative> join(Authority authority, Viewer viewer, Long id, OfferForm form, Msg msg, CoMsg co) {
        if (!viewer.verified()) {
            return Outcome.refused(); // residents post once their address is confirmed
        }
        Initiative i = lock(authority, id);
        if (i == null) {
            return Outcome.refused();
        }
        Standing standing = standing(viewer, i);
        if (!InitiativePermissions.canJoin(standing, i)) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        List<Need> needs = Need.forInitiative(i.id);
        List<Long> chosen = form.needIds.stream().map(InitiativeService::parseId)
                .filter(n -> n != null && needs.stream().anyMatch(need -> need.id.equals(n))).distinct().toList();
        String description = InitiativeForm.clean(form.description);
        if (chosen.isEmpty() && description.isEmpty()) {
            errors.add("needIds", co.offerWhatRequired());
        } else if (description.length() > 2_000) {
            errors.add("description", co.offerDescriptionTooLong());
        }
        if (form.when.isEmpty()) {
            errors.add("when", co.offerWhenRequired());
        }
        LocalDate oneOff = null;
        if (form.has("date")) {
            oneOff = Dates.parse(form.oneOffDay, form.oneOffMonth, form.oneOffYear);
            if (oneOff == null) {
                errors.add("oneOffDay", co.offerDateInvalid());
            } else if (oneOff.isBefore(LocalDate.now(clock.withZone(TemplateExtensions.LONDON)))) {
                errors.add("oneOffDay", co.offerDatePast());
            }
        }
        String where = InitiativeForm.clean(form.where);
        Long areaId = null;
        if (where.isEmpty()) {
            errors.add("where", co.offerWhereRequired());
        } else if (!"home".equals(where)) {
            areaId = parseId(where);
            if (areaId == null || Area.inAuthority(authority.id, areaId).isEmpty()) {
                errors.add("where", msg.areaInvalid());
            }
        }
        Long organisationId = parseId(form.organisationId);
        if (organisationId != null && partners(i.id).stream().noneMatch(o -> o.id.equals(organisationId))) {
            errors.add("organisationId", co.offerOrganisationInvalid());
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
        Initiative i = lock(authority, id);
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

    private Initiative lock(Authority authority, Long id) {
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

    FormErrors validate(Authority authority, InitiativeForm form, boolean editing, Msg msg, CoMsg co) {
        FormErrors errors = new FormErrors();
        String title = InitiativeForm.clean(form.title);
        if (title.isEmpty()) {
            errors.add("title", co.initiativeTitleRequired());
        } else if (title.codePointCount(0, title.length()) > TITLE_MAX) {
            errors.add("title", co.initiativeTitleTooLong());
        }
        String description = InitiativeForm.clean(form.description);
        if (description.isEmpty()) {
            errors.add("description", co.initiativeDescriptionRequired());
        } else if (description.codePointCount(0, description.length()) > DESCRIPTION_MAX) {
            errors.add("description", co.initiativeDescriptionTooLong());
        }
        if (!Lang.isSupported(form.language)) {
            errors.add("language", msg.ideaLanguageRequired());
        }
        Long area = parseId(form.areaId);
        if (!InitiativeForm.clean(form.areaId).isEmpty() && (area == null || Area.inAuthority(authority.id, area).isEmpty())) {
            errors.add("areaId", msg.areaInvalid());
        }
        if (editing && parse(InitiativeStatus.class, form.status) == null) {
            errors.add("status", co.initiativeStatusRequired());
        }
        if (InitiativeForm.clean(form.councilCommitment).length() > COMMITMENT_MAX) {
            errors.add("councilCommitment", co.commitmentTooLong());
        }
        if (!InitiativeForm.clean(form.councilAmount).isEmpty() && Money.parsePence(form.councilAmount, 100_000_000, true) == null) {
            errors.add("councilAmount", co.amountInvalid());
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

    private static String blankToNull(String s) {
        String v = InitiativeForm.clean(s);
        return v.isEmpty() ? null : v;
    }
}
