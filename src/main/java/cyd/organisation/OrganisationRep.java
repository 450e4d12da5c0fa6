package cyd.organisation;

import java.io.Serializable;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A person who speaks for an organisation on Cyd. */
@Entity
@Table(name = "organisation_rep")
@IdClass(OrganisationRep.Key.class)
public class OrganisationRep extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    public Long organisationId;

    @Id
    @Column(name = "person_id")
    public Long personId;

    public static boolean represents(Long personId, Long organisationId) {
        return personId != null && organisationId != null
                && count("personId = ?1 and organisationId = ?2", personId, organisationId) > 0;
    }

    public static class Key implements Serializable {
        public Long organisationId;
        public Long personId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.organisationId, organisationId)
                    && Objects.equals(k.personId, personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, personId);
        }
    }
}
