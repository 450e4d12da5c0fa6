package cyd.contribution;

import java.time.Instant;
import java.time.LocalDate;
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

import cyd.web.Money;

/** One entry in the ledger of what people give: time, a skill or a resource, on a day. */
@Entity
@Table(name = "contribution")
public class Contribution extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "initiative_id")
    public Long initiativeId;

    /** Null once the giver deleted their account: the confirmed time still counts, unsigned. */
    @Column(name = "person_id")
    public Long personId;

    @Enumerated(EnumType.STRING)
    public ContributionKind kind;

    /** Time given, in minutes (whole quarter hours); for skills and resources, optional. */
    public Integer minutes;

    public String description;

    @Column(name = "given_on")
    public LocalDate givenOn;

    public String note;

    @Enumerated(EnumType.STRING)
    public ContributionStatus status;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "query_reason")
    public String queryReason;

    @Column(name = "created_at")
    public Instant createdAt;

    public static List<Contribution> byPerson(Long personId) {
        return list("personId = ?1 order by givenOn desc, id desc", personId);
    }

    public static List<Contribution> forInitiative(Long initiativeId) {
        return list("initiativeId = ?1 order by status, givenOn desc, id desc", initiativeId);
    }

    public boolean isConfirmed() {
        return status == ContributionStatus.CONFIRMED;
    }

    /** Hours as people say them: 2.25 for two hours and a quarter. */
    public String hours() {
        return minutes == null ? "" : Money.hours(minutes);
    }
}
