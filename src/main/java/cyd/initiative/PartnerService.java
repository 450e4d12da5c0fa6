package cyd.initiative;

import java.time.Clock;
import java.util.List;
import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.organisation.Organisation;
import cyd.organisation.OrganisationRep;
import cyd.web.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import cyd.audit.Audit;

/** Voluntary organisations as an initiative's partners: a verified one asks (or an organiser adds it), organisers decide. */
@ApplicationScoped
public class PartnerService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    InitiativeService initiatives;

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
        boolean organiser = initiatives.standing(viewer, i).organiser();
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
        if (i == null || organisationId == null || !InitiativePermissions.canDecidePartners(initiatives.standing(viewer, i), i)) {
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
}
