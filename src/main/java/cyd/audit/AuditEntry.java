package cyd.audit;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One officer action in a council: who, what, on what, when and why. Read by the council's admins. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    public static final int PAGE_SIZE = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_id")
    public Long authorityId;

    @Column(name = "officer_id")
    public Long officerId;

    @Column(name = "officer_name")
    public String officerName;

    public String action;

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public Long subjectId;

    public String reason;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Newest first, a page at a time, continuing below the id given. */
    public static List<AuditEntry> page(Long authorityId, Long before) {
        return before == null
                ? find("authorityId = ?1 order by id desc", authorityId).page(Page.ofSize(PAGE_SIZE)).list()
                : find("authorityId = ?1 and id < ?2 order by id desc", authorityId, before)
                        .page(Page.ofSize(PAGE_SIZE)).list();
    }
}
