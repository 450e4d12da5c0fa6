package cyd.organisation;

import java.io.Serializable;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An area an organisation serves. */
@Entity
@Table(name = "organisation_area")
@IdClass(OrganisationArea.Key.class)
public class OrganisationArea extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    public Long organisationId;

    @Id
    @Column(name = "area_id")
    public Long areaId;

    public static class Key implements Serializable {
        public Long organisationId;
        public Long areaId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.organisationId, organisationId) && Objects.equals(k.areaId, areaId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, areaId);
        }
    }
}
