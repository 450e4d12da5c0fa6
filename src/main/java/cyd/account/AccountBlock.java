package cyd.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A moderator's block on an account within one council: until it ends, the person can read but not post there. */
@Entity
@Table(name = "account_block")
public class AccountBlock extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_id")
    public Long authorityId;

    @Column(name = "person_id")
    public Long personId;

    public String reason;

    @Column(name = "blocked_until")
    public Instant blockedUntil;

    @Column(name = "blocked_by")
    public Long blockedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The councils in which a person is blocked now. */
    public static Set<Long> blockedIn(Long personId, Instant now) {
        return Set.copyOf(AccountBlock.<AccountBlock>list("personId = ?1 and blockedUntil > ?2", personId, now)
                .stream().map(b -> b.authorityId).toList());
    }

    public static List<AccountBlock> current(Long authorityId, Instant now) {
        return list("authorityId = ?1 and blockedUntil > ?2 order by blockedUntil", authorityId, now);
    }
}
