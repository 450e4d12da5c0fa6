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

    /** Writes and manages questions, answers ideas, approves initiatives. */
    public static final String OFFICER = "officer";
    /** Also moderates ideas and comments, decides appeals and blocks accounts. */
    public static final String MODERATOR = "moderator";
    /** Also reads the audit log and gives colleagues their roles. */
    public static final String ADMIN = "admin";
    public static final java.util.List<String> ROLES = java.util.List.of(OFFICER, MODERATOR, ADMIN);

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
        return grant(personId, authorityId, OFFICER);
    }

    public static OfficerRole grant(Long personId, Long authorityId, String role) {
        OfficerRole r = new OfficerRole();
        r.personId = personId;
        r.authorityId = authorityId;
        r.role = role;
        r.persist();
        return r;
    }

    /** Everyone with a role in the council, by person. */
    public static java.util.Map<Long, java.util.Set<String>> team(Long authorityId) {
        java.util.Map<Long, java.util.Set<String>> team = new java.util.LinkedHashMap<>();
        for (OfficerRole r : OfficerRole.<OfficerRole>list("authorityId = ?1 order by personId", authorityId)) {
            team.computeIfAbsent(r.personId, k -> new java.util.TreeSet<>()).add(r.role);
        }
        return team;
    }
}
