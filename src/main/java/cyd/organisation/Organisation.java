package cyd.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A voluntary organisation working in a council's area: a partner in initiatives, not a bystander. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_id")
    public Long authorityId;

    public String name;

    @Column(name = "charity_number")
    public String charityNumber;

    @Column(name = "company_number")
    public String companyNumber;

    public String description;

    public String language;

    public String website;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    /** Set when an officer has checked the organisation is who it says it is. */
    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by")
    public Long verifiedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean isVerified() {
        return verifiedAt != null;
    }

    public static List<Organisation> forAuthority(Long authorityId) {
        return list("authorityId = ?1 order by name", authorityId);
    }

    public static Optional<Organisation> inAuthority(Long authorityId, Long id) {
        return id == null ? Optional.empty()
                : find("id = ?1 and authorityId = ?2", id, authorityId).firstResultOptional();
    }

    /** The organisations this person represents, in this council. */
    public static List<Organisation> representedBy(Long personId, Long authorityId) {
        if (personId == null) {
            return List.of();
        }
        return list("authorityId = ?1 and id in (select r.organisationId from OrganisationRep r where r.personId = ?2)"
                + " order by name", authorityId, personId);
    }
}
