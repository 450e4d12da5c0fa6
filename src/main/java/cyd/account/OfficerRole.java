package cyd.account;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Makes a person an officer of one authority. Officers of one council have no say over another's. */
@Entity
@Table(name = "officer_role")
public class OfficerRole extends PanacheEntityBase {

    public static final String OFFICER = "officer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id")
    public Long personId;

    @Column(name = "authority_id")
    public Long authorityId;

    public String role;

    public static boolean isOfficer(Long personId, Long authorityId) {
        return personId != null && authorityId != null
                && count("personId = ?1 and authorityId = ?2", personId, authorityId) > 0;
    }

    public static List<OfficerRole> forPerson(Long personId) {
        return list("personId", personId);
    }

    public static OfficerRole grant(Long personId, Long authorityId) {
        OfficerRole r = new OfficerRole();
        r.personId = personId;
        r.authorityId = authorityId;
        r.role = OFFICER;
        r.persist();
        return r;
    }
}
