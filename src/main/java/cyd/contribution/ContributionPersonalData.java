package cyd.contribution;

import java.util.Map;

import cyd.account.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A person's contributions. On erasure they are kept without a name: confirmed time still counts in
 * every total, as the paper behind Cyd asks, but nothing points to the person any more.
 */
@ApplicationScoped
public class ContributionPersonalData implements PersonalDataSource {

    @Inject
    EntityManager em;

    @Override
    public void export(Long personId, Map<String, Object> into) {
        into.put("contributions", Contribution.byPerson(personId).stream().map(c -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("initiativeId", c.initiativeId);
            m.put("kind", c.kind.name().toLowerCase());
            m.put("minutes", c.minutes);
            m.put("description", c.description);
            m.put("givenOn", c.givenOn.toString());
            m.put("note", c.note);
            m.put("status", c.status.name().toLowerCase());
            return m;
        }).toList());
    }

    @Override
    public void erase(Long personId) {
        em.createNativeQuery("UPDATE contribution SET person_id = NULL, note = NULL WHERE person_id = ?1")
                .setParameter(1, personId).executeUpdate();
        em.createNativeQuery("UPDATE contribution SET decided_by = NULL WHERE decided_by = ?1")
                .setParameter(1, personId).executeUpdate();
    }
}
