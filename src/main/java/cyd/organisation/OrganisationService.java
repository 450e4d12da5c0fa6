package cyd.organisation;

import cyd.web.RetryOnConflict;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Lang;
import cyd.web.CoMsg;
import cyd.web.Msg;
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
    cyd.moderation.Audit audit;

    /** Registers an organisation; the person registering it becomes its first representative. */
    public Outcome<Organisation> register(Authority authority, Viewer viewer, OrganisationForm form, Msg msg, CoMsg co) {
        if (!viewer.verified()) {
            return Outcome.refused(); // residents post once their address is confirmed
        }
        if (!viewer.signedIn()) {
            return Outcome.refused();
        }
        FormErrors errors = validate(authority, form, msg, co);
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
            if (!cyd.web.ConflictRetry.isDuplicate(e)) {
                throw e;
            }
            // Registered under the same name a moment ago: the unique key kept it once.
            return Outcome.invalid(new FormErrors().add("name", co.organisationNameTaken()));
        }
    }

    /** An officer of the council confirms the organisation is who it says it is. */
    @Transactional
    public Outcome<Organisation> verify(Authority authority, Viewer viewer, Long id) {
        Organisation o = Organisation.inAuthority(authority.id, id).orElse(null);
        if (o == null || !OrganisationPermissions.canVerify(viewer, o)) {
            return Outcome.refused();
        }
        if (o.verifiedAt == null) {
            o.verifiedAt = clock.instant();
            o.verifiedBy = viewer.personId();
            audit.record(authority.id, viewer, "organisation.verify", "organisation", o.id, null);
        }
        return Outcome.done(o);
    }

    /** A representative adds another person, by the email address of their Cyd account. */
    @Transactional
    public Outcome<Organisation> addRepresentative(Authority authority, Viewer viewer, Long id, String email, Msg msg, CoMsg co) {
        Organisation o = Organisation.inAuthority(authority.id, id).orElse(null);
        if (o == null || !OrganisationPermissions.canManage(viewer, o, OrganisationRep.represents(viewer.personId(), o.id))) {
            return Outcome.refused();
        }
        Person person = email == null || email.isBlank() ? null : Person.byEmail(email).orElse(null);
        if (person == null) {
            return Outcome.invalid(new FormErrors().add("email", co.representativeNotFound()));
        }
        em.createNativeQuery("INSERT IGNORE INTO organisation_rep (organisation_id, person_id) VALUES (?1, ?2)")
                .setParameter(1, o.id).setParameter(2, person.id).executeUpdate();
        return Outcome.done(o);
    }

    public List<Area> areasServed(Long organisationId) {
        return Area.list("id in (select oa.areaId from OrganisationArea oa where oa.organisationId = ?1) order by nameEn",
                organisationId);
    }

    public List<Person> representatives(Long organisationId) {
        return Person.list("id in (select r.personId from OrganisationRep r where r.organisationId = ?1) order by displayName",
                organisationId);
    }

    FormErrors validate(Authority authority, OrganisationForm form, Msg msg, CoMsg co) {
        FormErrors errors = new FormErrors();
        String name = OrganisationForm.clean(form.name);
        if (name.isEmpty()) {
            errors.add("name", co.organisationNameRequired());
        } else if (name.length() > 200) {
            errors.add("name", co.organisationNameTooLong());
        } else if (Organisation.count("authorityId = ?1 and name = ?2", authority.id, name) > 0) {
            errors.add("name", co.organisationNameTaken());
        }
        String charity = OrganisationForm.clean(form.charityNumber);
        if (!charity.isEmpty() && !CHARITY.matcher(charity).matches()) {
            errors.add("charityNumber", co.charityNumberInvalid());
        }
        String company = OrganisationForm.clean(form.companyNumber).toUpperCase(Locale.ROOT);
        if (!company.isEmpty() && !COMPANY.matcher(company).matches()) {
            errors.add("companyNumber", co.companyNumberInvalid());
        }
        String description = OrganisationForm.clean(form.description);
        if (description.isEmpty()) {
            errors.add("description", co.organisationDescriptionRequired());
        } else if (description.length() > 5_000) {
            errors.add("description", co.initiativeDescriptionTooLong());
        }
        if (!Lang.isSupported(form.language)) {
            errors.add("language", msg.ideaLanguageRequired());
        }
        String website = OrganisationForm.clean(form.website);
        if (!website.isEmpty() && !isWebAddress(website)) {
            errors.add("website", co.websiteInvalid());
        }
        String email = OrganisationForm.clean(form.contactEmail);
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add("contactEmail", msg.emailInvalid());
        }
        if (OrganisationForm.clean(form.contactPhone).length() > 40) {
            errors.add("contactPhone", co.phoneInvalid());
        }
        for (String area : form.areaIds) {
            try {
                if (Area.inAuthority(authority.id, Long.valueOf(area)).isEmpty()) {
                    errors.add("areaIds", msg.areaInvalid());
                }
            } catch (NumberFormatException e) {
                errors.add("areaIds", msg.areaInvalid());
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
