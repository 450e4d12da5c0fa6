package cyd.mail;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Someone following a question, with how often they want a digest of what is new on it. */
@Entity
@Table(name = "prompt_follow")
@IdClass(Follow.Key.class)
public class Follow extends PanacheEntityBase {

    public enum Frequency {
        DAILY, WEEKLY
    }

    @Id
    @Column(name = "person_id")
    public Long personId;

    @Id
    @Column(name = "prompt_id")
    public Long promptId;

    @Enumerated(EnumType.STRING)
    public Frequency frequency;

    /** The digest covers what happened after this. */
    @Column(name = "last_sent_at")
    public Instant lastSentAt;

    public static Follow of(Long personId, Long promptId) {
        return personId == null ? null : find("personId = ?1 and promptId = ?2", personId, promptId).firstResult();
    }

    public static class Key implements Serializable {
        public Long personId;
        public Long promptId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(personId, k.personId) && Objects.equals(promptId, k.promptId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, promptId);
        }
    }
}
