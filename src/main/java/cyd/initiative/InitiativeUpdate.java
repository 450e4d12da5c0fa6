package cyd.initiative;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** News an organiser posts on an initiative. */
@Entity
@Table(name = "initiative_update")
public class InitiativeUpdate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "initiative_id")
    public Long initiativeId;

    @Column(name = "author_id")
    public Long authorId;

    public String body;

    public String language;

    @Column(name = "created_at")
    public Instant createdAt;

    public static List<InitiativeUpdate> latest(Long initiativeId, int limit) {
        return find("initiativeId = ?1 order by id desc", initiativeId).page(0, limit).list();
    }
}
