package cyd.idea;

import java.util.List;
import java.util.Map;

import cyd.web.SearchTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** "Is your idea already here?": shown ideas on the same question that share words with the one being written. */
@ApplicationScoped
public class SimilarIdeas {

    public static final int SIMILAR_MAX = 5;

    @Inject
    EntityManager em;


    /** Shown ideas on the same question sharing words with what is being written, most alike first. */
    public List<Idea> to(Long promptId, String title, String description) {
        SearchTerms terms = SearchTerms.of((title == null ? "" : title) + " " + (description == null ? "" : description));
        if (terms.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, MATCH(i.title, i.description) AGAINST (:q IN BOOLEAN MODE) "
                + "AS score FROM idea i WHERE i.prompt_id = :prompt AND i.visibility = 'SHOWN' AND i.status <> 'MERGED' "
                + "AND MATCH(i.title, i.description) AGAINST (:q IN BOOLEAN MODE) ORDER BY score DESC, i.id DESC "
                + "LIMIT " + SIMILAR_MAX)
                .setParameter("q", terms.anyWord()).setParameter("prompt", promptId).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Idea> byId = Idea.<Idea>list("id in ?1", rows.stream().map(r -> ((Number) r[0]).longValue()).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(i -> i.id, i -> i));
        return rows.stream().map(r -> byId.get(((Number) r[0]).longValue())).filter(java.util.Objects::nonNull).toList();
    }
}
