package cyd.initiative;

import java.util.Map;

import cyd.account.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** A person's offers and the initiatives they started; on erasure their offers go and counts follow. */
@ApplicationScoped
public class InitiativePersonalData implements PersonalDataSource {

    @Inject
    EntityManager em;

    @Override
    public void export(Long personId, Map<String, Object> into) {
        into.put("offers", Offer.byPerson(personId).stream().map(o -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("initiativeId", o.initiativeId);
            m.put("status", o.status.name().toLowerCase());
            m.put("description", o.description);
            m.put("weekdayDaytimes", o.weekdayDaytimes);
            m.put("evenings", o.evenings);
            m.put("weekends", o.weekends);
            m.put("oneOffDate", o.oneOffDate == null ? null : o.oneOffDate.toString());
            m.put("fromHome", o.fromHome);
            m.put("areaId", o.areaId);
            m.put("organisationId", o.organisationId);
            m.put("shareEmail", o.shareEmail);
            return m;
        }).toList());
        into.put("initiativesStarted", Initiative.<Initiative>list("startedBy = ?1 order by id", personId).stream()
                .map(i -> Map.<String, Object>of("id", i.id, "title", i.title)).toList());
    }

    @Override
    public void erase(Long personId) {
        em.createNativeQuery("UPDATE initiative i JOIN offer o ON o.initiative_id = i.id "
                + "SET i.member_count = i.member_count - 1 WHERE o.person_id = ?1 AND o.status = 'ACTIVE'")
                .setParameter(1, personId).executeUpdate();
        em.createNativeQuery("DELETE FROM offer WHERE person_id = ?1").setParameter(1, personId).executeUpdate();
        em.createNativeQuery("UPDATE initiative SET started_by = NULL WHERE started_by = ?1").setParameter(1, personId)
                .executeUpdate();
        em.createNativeQuery("UPDATE initiative_update SET author_id = NULL WHERE author_id = ?1")
                .setParameter(1, personId).executeUpdate();
    }
}
