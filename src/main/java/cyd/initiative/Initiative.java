package cyd.initiative;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something residents, the council and voluntary organisations do together, often grown from an
 * idea. It shows what each side brings: the council's commitment beside the community's needs.
 */
@Entity
@Table(name = "initiative")
public class Initiative extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_id")
    public Long authorityId;

    @Column(name = "area_id")
    public Long areaId;

    @Column(name = "idea_id")
    public Long ideaId;

    public String title;

    public String description;

    public String language;

    @Enumerated(EnumType.STRING)
    public InitiativeStatus status;

    @Enumerated(EnumType.STRING)
    public Approval approval;

    @Column(name = "started_by")
    public Long startedBy;

    /** What the council brings: funding, a venue, staff time, in its own words. */
    @Column(name = "council_commitment")
    public String councilCommitment;

    @Column(name = "council_amount_pence")
    public Long councilAmountPence;

    /** People with an active offer; changed in the same transaction as each offer. */
    @Column(name = "member_count")
    public int memberCount;

    /** Confirmed time given, in minutes; changed in the same transaction as each confirmation. */
    @Column(name = "confirmed_minutes")
    public long confirmedMinutes;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Initiative> inAuthority(Long authorityId, Long id) {
        return id == null ? Optional.empty()
                : find("id = ?1 and authorityId = ?2", id, authorityId).firstResultOptional();
    }

    public static List<Initiative> approvedForAuthority(Long authorityId) {
        return list("authorityId = ?1 and approval = ?2 order by id desc", authorityId, Approval.APPROVED);
    }

    public static List<Initiative> pendingForAuthority(Long authorityId) {
        return list("authorityId = ?1 and approval = ?2 order by id", authorityId, Approval.PENDING);
    }

    public static Optional<Initiative> fromIdea(Long ideaId) {
        return find("ideaId = ?1 and approval = ?2 order by id", ideaId, Approval.APPROVED).firstResultOptional();
    }

    public boolean isPublic() {
        return approval == Approval.APPROVED;
    }
}
