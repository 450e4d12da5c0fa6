package cyd.organisation;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cyd.account.AccountMsg;
import cyd.account.Person;
import cyd.account.Throttle;
import cyd.account.Viewer;
import cyd.audit.Audit;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.web.ConflictRetry;
import cyd.web.FormErrors;
import cyd.web.Lang;
import cyd.web.Msg;
import cyd.web.Outcome;
import cyd.web.RetryOnConflict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** The directory of voluntary organisations: registering one, its representatives, its verification. */
@ApplicationScoped
@RetryOnConflict
public class OrganisationService {

    private static final Pattern CHARITY = Pattern.compile("^[0-9]{6,8}(-[0-9]{1,2})?$");
    private static final Pattern COMPANY = Pattern.compile("^([0-9]{8}|[A-Z]{2}[0-9]{6})$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");


    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    Throttle throttle;

    @Inject
    jakarta.enterprise.event.Event<InvitedToRepresent> invited;

    /** Registers an organisation; the person registering it becomes its first representative. */
    public Outcome<Organisation> register(Authority authority, Viewer viewer, OrganisationForm form) {
        if (!viewer.verified()) {
            return Outcome.refused(); // residents post once their address is confirmed
        }
        if (!viewer.signedIn()) {
            return Outcome.refused();
        }
        FormErrors errors = validate(authority, form);
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        try {
            return Outcome.done(QuarkusTransaction.requiringNew().call(() -> {
                Organisation o = new Organisation();
                o.authorityId = authority.id;
                o.name = OrganisationForm.clean(form.name);
                o.charityNumber = blankToNull(form.charityNumber);
                o.companyNumber = blankToNull(form.companyNumber) == null ? null
                        : OrganisationForm.clean(form.companyNumber).toUpperCase(Locale.ROOT);
                o.description = OrganisationForm.clean(form.description);
                o.language = form.language;
                o.website = blankToNull(form.website);
                o.contactEmail = blankToNull(form.contactEmail);
                o.contactPhone = blankToNull(form.contactPhone);
                o.createdAt = clock.instant();
                o.persist();
                em.flush();
                for (String area : form.areaIds) {
                    em.createNativeQuery("INSERT INTO organisation_area (organisation_id, area_id) VALUES (?1, ?2)")
                            .setParameter(1, o.id).setParameter(2, Long.valueOf(area)).executeUpdate();
                }
                em.createNativeQuery("INSERT INTO organisation_rep (organisation_id, person_id) VALUES (?1, ?2)")
                        .setParameter(1, o.id).setParameter(2, viewer.personId()).executeUpdate();
                return o;
            }));
        } catch (PersistenceException e) {
            if (!ConflictRetry.isDuplicate(e)) {
                throw e;
            }
            // Registered under the same name a moment ago: the unique key kept it once.
            return Outcome.invalid(new FormErrors().add("name", OrganisationMsg::organisationNameTaken));
        }
    }

    /** An officer of the council confirms the organisation is who it says it is. */
    @Transactional
    public Outcome<Organisation> verify(Authority authority, Viewer viewer, Long id) {
        // Locked before it is read: two officers verifying at once record it once.
        em.createNativeQuery("SELECT id FROM organisation WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        Organisation o = Organisation.inAuthority(authority.id, id).orElse(null);
        if (o == null || !OrganisationPermissions.canVerify(viewer, o)) {
            return Outcome.refused();
        }
        if (o.verifiedAt == null) {
            o.verifiedAt = clock.instant();
            o.verifiedBy = viewer.personId();
            audit.record(authority.id, viewer.personId(), "organisation.verify", "organisation", o.id, null);
        }
        return Outcome.done(o);
    }

    /** At most this many invitations an hour from one representative. */
    static final Throttle.Rule INVITES = new Throttle.Rule(10, java.time.Duration.ofHours(1),
            java.time.Duration.ofHours(1));

    /**
     * A representative invites another person by email. The answer is the same whether or not the address has
     * an account (nobody learns who uses Cyd); someone who has one is emailed and becomes a representative only
     * by accepting from their own account.
     */
    @Transactional
    public Outcome<Organisation> inviteRepresentative(Authority authority, Viewer viewer, Long id, String email) {
        Organisation o = Organisation.inAuthority(authority.id, id).orElse(null);
        if (o == null || !viewer.verified()
                || !OrganisationPermissions.canManage(viewer, o, OrganisationRep.represents(viewer.personId(), o.id))) {
            return Outcome.refused();
        }
        String address = Person.normaliseEmail(email);
        if (address == null || address.isEmpty() || !address.contains("@")) {
            return Outcome.invalid(new FormErrors().add("email", OrganisationMsg::representativeEmailInvalid));
        }
        if (!throttle.count(Throttle.key("invite", Long.toString(viewer.personId())), INVITES)) {
            return Outcome.invalid(new FormErrors().add("email", OrganisationMsg::invitesTooMany));
        }
        Person person = Person.byEmail(address).orElse(null);
        if (person != null && !OrganisationRep.represents(person.id, o.id)) {
            int made = em.createNativeQuery("INSERT IGNORE INTO organisation_invite (organisation_id, person_id, "
                    + "invited_by, created_at) VALUES (?1, ?2, ?3, ?4)").setParameter(1, o.id).setParameter(2, person.id)
                    .setParameter(3, viewer.personId()).setParameter(4, clock.instant()).executeUpdate();
            if (made == 1) {
                invited.fire(new InvitedToRepresent(person, o.name));
            }
        }
        return Outcome.done(o);
    }

    /** An invitation waiting for the person's answer. */
    public record Invitation(Long id, Long organisationId, String organisation, String councilSlug) {

        public String organisationPath() {
            return "/" + councilSlug + "/organisations/" + organisationId;
        }

        public String acceptPath() {
            return "/account/invitations/" + id + "/accept";
        }

        public String declinePath() {
            return "/account/invitations/" + id + "/decline";
        }
    }

    @SuppressWarnings("unchecked")
    public List<Invitation> invitations(Long personId) {
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, o.id, o.name, a.slug FROM organisation_invite i "
                + "JOIN organisation o ON o.id = i.organisation_id JOIN authority a ON a.id = o.authority_id "
                + "WHERE i.person_id = ?1 ORDER BY i.created_at").setParameter(1, personId).getResultList();
        return rows.stream().map(r -> new Invitation(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3])).toList();
    }

    /** The invited person accepts (becoming a representative) or declines; only their own invitations. */
    @Transactional
    public Outcome<Long> answerInvitation(Viewer viewer, Long invitationId, boolean accept) {
        if (!viewer.signedIn() || !viewer.verified() || invitationId == null) {
            return Outcome.refused();
        }
        @SuppressWarnings("unchecked")
        List<Object> org = em.createNativeQuery("SELECT organisation_id FROM organisation_invite WHERE id = ?1 "
                + "AND person_id = ?2 FOR UPDATE").setParameter(1, invitationId).setParameter(2, viewer.personId())
                .getResultList();
        if (org.isEmpty()) {
            return Outcome.refused();
        }
        Long organisationId = ((Number) org.get(0)).longValue();
        if (accept) {
            em.createNativeQuery("INSERT IGNORE INTO organisation_rep (organisation_id, person_id) VALUES (?1, ?2)")
                    .setParameter(1, organisationId).setParameter(2, viewer.personId()).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM organisation_invite WHERE id = ?1").setParameter(1, invitationId)
                .executeUpdate();
        return Outcome.done(organisationId);
    }

    public List<Area> areasServed(Long organisationId) {
        return Area.list("id in (select oa.areaId from OrganisationArea oa where oa.organisationId = ?1) order by nameEn",
                organisationId);
    }

    public List<Person> representatives(Long organisationId) {
        return Person.list("id in (select r.personId from OrganisationRep r where r.organisationId = ?1) order by displayName",
                organisationId);
    }

    FormErrors validate(Authority authority, OrganisationForm form) {
        FormErrors errors = new FormErrors();
        String name = OrganisationForm.clean(form.name);
        errors.text("name", name, 200, OrganisationMsg::organisationNameRequired, OrganisationMsg::organisationNameTooLong);
        if (!errors.has("name") && Organisation.count("authorityId = ?1 and name = ?2", authority.id, name) > 0) {
            errors.add("name", OrganisationMsg::organisationNameTaken);
        }
        String charity = OrganisationForm.clean(form.charityNumber);
        if (!charity.isEmpty() && !CHARITY.matcher(charity).matches()) {
            errors.add("charityNumber", OrganisationMsg::charityNumberInvalid);
        }
        String company = OrganisationForm.clean(form.companyNumber).toUpperCase(Locale.ROOT);
        if (!company.isEmpty() && !COMPANY.matcher(company).matches()) {
            errors.add("companyNumber", OrganisationMsg::companyNumberInvalid);
        }
        String description = OrganisationForm.clean(form.description);
        errors.text("description", description, 5_000, OrganisationMsg::organisationDescriptionRequired,
                OrganisationMsg::initiativeDescriptionTooLong);
        if (!Lang.isSupported(form.language)) {
            errors.add("language", Msg::ideaLanguageRequired);
        }
        String website = OrganisationForm.clean(form.website);
        if (!website.isEmpty() && !isWebAddress(website)) {
            errors.add("website", OrganisationMsg::websiteInvalid);
        }
        String email = OrganisationForm.clean(form.contactEmail);
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add("contactEmail", AccountMsg::emailInvalid);
        }
        errors.text("contactPhone", OrganisationForm.clean(form.contactPhone), 40, null, OrganisationMsg::phoneInvalid);
        for (String area : form.areaIds) {
            try {
                if (Area.inAuthority(authority.id, Long.valueOf(area)).isEmpty()) {
                    errors.add("areaIds", Msg::areaInvalid);
                }
            } catch (NumberFormatException e) {
                errors.add("areaIds", Msg::areaInvalid);
            }
        }
        return errors;
    }

    private static boolean isWebAddress(String s) {
        try {
            URI u = new URI(s);
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null
                    && s.length() <= 300;
        } catch (Exception e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        String v = OrganisationForm.clean(s);
        return v.isEmpty() ? null : v;
    }
}
