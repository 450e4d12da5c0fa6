package cyd.idea;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One resident's support for one idea; the unique key (idea, person) makes it once only. */
@Entity
@Table(name = "backing")
public class Backing extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "idea_id")
    public Long ideaId;

    @Column(name = "person_id")
    public Long personId;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Who hears of an answer to an idea: its author and its backers, each once, less the person answering. */
    public static List<Long> authorAndBackers(Idea idea, Long except) {
        java.util.Set<Long> people = new java.util.LinkedHashSet<>();
        if (idea.authorId != null) {
            people.add(idea.authorId);
        }
        Backing.<Backing>list("ideaId", idea.id).forEach(b -> people.add(b.personId));
        people.remove(except);
        return List.copyOf(people);
    }

    public static boolean exists(Long ideaId, Long personId) {
        return personId != null && count("ideaId = ?1 and personId = ?2", ideaId, personId) > 0;
    }

    public static List<Backing> byPerson(Long personId) {
        return list("personId = ?1 order by id", personId);
    }
}
