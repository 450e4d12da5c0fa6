package cyd.content;

import jakarta.persistence.EntityManager;

/**
 * Tells every instance's search index that an idea or an initiative changed: a row in {@code search_change}, written
 * in the same transaction as the change, so the index learns of exactly what was committed. Call it wherever what
 * search finds or filters on changes: the words, the area, an idea's status, whether it is shown.
 */
public final class SearchChanges {

    public static final char IDEA = 'i';
    public static final char INITIATIVE = 'n';

    private SearchChanges() {
    }

    public static void idea(EntityManager em, Long id) {
        record(em, IDEA, id);
    }

    public static void initiative(EntityManager em, Long id) {
        record(em, INITIATIVE, id);
    }

    private static void record(EntityManager em, char kind, Long id) {
        if (id == null) {
            return;
        }
        em.createNativeQuery("INSERT INTO search_change (kind, item_id) VALUES (?1, ?2)")
                .setParameter(1, String.valueOf(kind)).setParameter(2, id).executeUpdate();
    }
}
