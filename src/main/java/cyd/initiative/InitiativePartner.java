package cyd.initiative;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A voluntary organisation partnering in an initiative: it hosts, co-leads or brings volunteers. */
@Entity
@Table(name = "initiative_partner")
@IdClass(InitiativePartner.Key.class)
public class InitiativePartner extends PanacheEntityBase {

    @Id
    @Column(name = "initiative_id")
    public Long initiativeId;

    @Id
    @Column(name = "organisation_id")
    public Long organisationId;

    @Column(name = "added_by")
    public Long addedBy;

    @Column(name = "added_at")
    public Instant addedAt;

    /** REQUESTED by a representative, until the initiative's organisers accept it; ACCEPTED. */
    public String status = ACCEPTED;

    public static final String REQUESTED = "REQUESTED";
    public static final String ACCEPTED = "ACCEPTED";

    public static class Key implements Serializable {
        public Long initiativeId;
        public Long organisationId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.initiativeId, initiativeId)
                    && Objects.equals(k.organisationId, organisationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(initiativeId, organisationId);
        }
    }
}
