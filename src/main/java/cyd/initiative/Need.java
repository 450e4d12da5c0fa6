package cyd.initiative;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something the initiative needs from the community: what, how many, when and where. */
@Entity
@Table(name = "initiative_need")
public class Need extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "initiative_id")
    public Long initiativeId;

    @Enumerated(EnumType.STRING)
    public NeedKind kind;

    public String description;

    public Integer quantity;

    @Column(name = "when_text")
    public String whenText;

    @Column(name = "where_text")
    public String whereText;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The day it is needed, if a particular one (London). */
    @Column(name = "on_date")
    public java.time.LocalDate onDate;

    @Column(name = "starts_at")
    public java.time.LocalTime startsAt;

    @Column(name = "ends_at")
    public java.time.LocalTime endsAt;

    public boolean isDated() {
        return onDate != null;
    }

    public static List<Need> forInitiative(Long initiativeId) {
        return list("initiativeId = ?1 order by id", initiativeId);
    }
}
