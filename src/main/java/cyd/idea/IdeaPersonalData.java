package cyd.idea;

import java.util.List;
import java.util.Map;

import cyd.account.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** A person's ideas and backings, for their download; on erasure backings go and ideas stay, unsigned. */
@ApplicationScoped
public class IdeaPersonalData implements PersonalDataSource {

    @Inject
    EntityManager em;

    @Override
    public void export(Long personId, Map<String, Object> into) {
        into.put("ideas", Idea.byAuthor(personId).stream().map(i -> Map.<String, Object>of(
                "id", i.id, "promptId", i.promptId, "title", i.title, "description", i.description,
                "language", i.language, "createdAt", i.createdAt.toString())).toList());
        List<Map<String, Object>> backings = Backing.byPerson(personId).stream().map(b -> Map.<String, Object>of(
                "ideaId", b.ideaId, "createdAt", b.createdAt.toString())).toList();
        into.put("backings", backings);
    }

    @Override
    public void erase(Long personId) {
        // Counts first, from the rows about to go, in the same transaction as their deletion.
        em.createNativeQuery("UPDATE idea i JOIN backing b ON b.idea_id = i.id "
                + "SET i.backing_count = i.backing_count - 1 WHERE b.person_id = ?1")
                .setParameter(1, personId).executeUpdate();
        em.createNativeQuery("DELETE FROM backing WHERE person_id = ?1").setParameter(1, personId).executeUpdate();
        em.createNativeQuery("UPDATE idea SET author_id = NULL WHERE author_id = ?1")
                .setParameter(1, personId).executeUpdate();
    }
}
