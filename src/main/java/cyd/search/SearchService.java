package cyd.search;

import cyd.web.SearchTerms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cyd.idea.Idea;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Word search over a council's ideas and initiatives (MySQL FULLTEXT, boolean mode, every word required),
 * and the ideas on a question most like one being written. Only what residents may see is ever found:
 * shown ideas on published questions, approved initiatives. Every query is parameterised and bounded.
 */
@ApplicationScoped
public class SearchService {

    public static final int PAGE_SIZE = 20;
    public static final int PAGES_MAX = 20;
    static final String PUBLIC_PROMPT = "p.status IN ('OPEN', 'CLOSED', 'RESPONDED', 'ARCHIVED')";

    public enum Kind {
        IDEA, INITIATIVE
    }

    /** What to search: words, and optional filters (type, area, question, idea status). */
    public record Filters(Kind kind, Long areaId, Long promptId, String ideaStatus) {
    }

    /** One thing found, with its relevance. */
    public record Hit(Kind kind, Long id, String title, String text, String language, String status, Long areaId,
            double score) {
    }

    public record Results(List<Hit> hits, int page, boolean more) {
    }

    @Inject
    EntityManager em;

    @Inject
    SearchIndex index;

    public Results search(Long authorityId, SearchTerms terms, Filters f, int page) {
        if (terms.isEmpty()) {
            return new Results(List.of(), 1, false);
        }
        int p = Math.max(1, Math.min(page, PAGES_MAX));
        int wanted = p * PAGE_SIZE + 1;
        List<Hit> all = new ArrayList<>();
        boolean ideasOnly = f.promptId() != null || f.ideaStatus() != null;
        Optional<List<SearchIndex.Found>> indexed = index.find(authorityId, terms.words(), f, wanted);
        if (indexed.isPresent()) {
            all.addAll(read(authorityId, indexed.get(), f));
        } else if (f.kind() != Kind.INITIATIVE) {
            all.addAll(ideas(authorityId, terms.allWords(), f, wanted));
        }
        if (indexed.isEmpty() && f.kind() != Kind.IDEA && !ideasOnly) {
            all.addAll(initiatives(authorityId, terms.allWords(), f, wanted));
        }
        all.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> -h.id()));
        int from = (p - 1) * PAGE_SIZE;
        if (from >= all.size()) {
            return new Results(List.of(), p, false);
        }
        return new Results(List.copyOf(all.subList(from, Math.min(all.size(), from + PAGE_SIZE))), p,
                all.size() > from + PAGE_SIZE && p < PAGES_MAX);
    }
    /**
     * What the index found, read from the database with every rule of what residents may see applied again (the
     * database is the truth; an index a moment behind never shows what has just been hidden), in the index's order.
     */
    private List<Hit> read(Long authorityId, List<SearchIndex.Found> found, Filters f) {
        List<Long> ideaIds = new ArrayList<>();
        List<Long> initiativeIds = new ArrayList<>();
        for (SearchIndex.Found x : found) {
            (x.kind() == Kind.IDEA ? ideaIds : initiativeIds).add(x.id());
        }
        Map<Long, Hit> ideas = new HashMap<>();
        if (!ideaIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Long> visible = em.createNativeQuery("SELECT i.id FROM idea i JOIN prompt p ON p.id = i.prompt_id "
                    + "WHERE i.id IN (:ids) AND p.authority_id = :a AND i.visibility = 'SHOWN' AND " + PUBLIC_PROMPT, Long.class)
                    .setParameter("ids", ideaIds).setParameter("a", authorityId).getResultList();
            if (!visible.isEmpty()) {
                for (Idea i : Idea.<Idea>list("id in ?1", visible)) {
                    if ((f.areaId() == null || f.areaId().equals(i.areaId)) && (f.promptId() == null || f.promptId().equals(i.promptId))
                            && (f.ideaStatus() == null || f.ideaStatus().equals(i.status.name()))) {
                        ideas.put(i.id, new Hit(Kind.IDEA, i.id, i.title, i.description, i.language, i.status.name(), i.areaId, 0));
                    }
                }
            }
        }
        Map<Long, Hit> initiatives = new HashMap<>();
        if (!initiativeIds.isEmpty()) {
            for (Initiative n : Initiative.<Initiative>list("id in ?1 and authorityId = ?2 and approval = ?3", initiativeIds,
                    authorityId, Approval.APPROVED)) {
                if (f.areaId() == null || f.areaId().equals(n.areaId)) {
                    initiatives.put(n.id, new Hit(Kind.INITIATIVE, n.id, n.title, n.description, n.language,
                            n.status.name(), n.areaId, 0));
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (SearchIndex.Found x : found) {
            Hit h = (x.kind() == Kind.IDEA ? ideas : initiatives).get(x.id());
            if (h != null) {
                hits.add(new Hit(h.kind(), h.id(), h.title(), h.text(), h.language(), h.status(), h.areaId(), x.score()));
            }
        }
        return hits;
    }

    private List<Hit> ideas(Long authorityId, String q, Filters f, int limit) {
        StringBuilder sql = new StringBuilder("SELECT i.id, MATCH(i.title, i.description) AGAINST (:q IN BOOLEAN MODE) AS score "
                + "FROM idea i JOIN prompt p ON p.id = i.prompt_id WHERE p.authority_id = :a AND " + PUBLIC_PROMPT
                + " AND i.visibility = 'SHOWN' AND MATCH(i.title, i.description) AGAINST (:q IN BOOLEAN MODE)");
        if (f.areaId() != null) {
            sql.append(" AND i.area_id = :area");
        }
        if (f.promptId() != null) {
            sql.append(" AND i.prompt_id = :prompt");
        }
        if (f.ideaStatus() != null) {
            sql.append(" AND i.status = :status");
        }
        sql.append(" ORDER BY score DESC, i.id DESC LIMIT ").append(limit);
        Query query = em.createNativeQuery(sql.toString()).setParameter("q", q).setParameter("a", authorityId);
        if (f.areaId() != null) {
            query.setParameter("area", f.areaId());
        }
        if (f.promptId() != null) {
            query.setParameter("prompt", f.promptId());
        }
        if (f.ideaStatus() != null) {
            query.setParameter("status", f.ideaStatus());
        }
        Map<Long, Double> scores = scores(query);
        List<Hit> hits = new ArrayList<>();
        if (scores.isEmpty()) {
            return hits;
        }
        for (Idea i : Idea.<Idea>list("id in ?1", List.copyOf(scores.keySet()))) {
            hits.add(new Hit(Kind.IDEA, i.id, i.title, i.description, i.language, i.status.name(), i.areaId,
                    scores.get(i.id)));
        }
        return hits;
    }

    private List<Hit> initiatives(Long authorityId, String q, Filters f, int limit) {
        StringBuilder sql = new StringBuilder("SELECT n.id, MATCH(n.title, n.description) AGAINST (:q IN BOOLEAN MODE) AS score "
                + "FROM initiative n WHERE n.authority_id = :a AND n.approval = 'APPROVED' "
                + "AND MATCH(n.title, n.description) AGAINST (:q IN BOOLEAN MODE)");
        if (f.areaId() != null) {
            sql.append(" AND n.area_id = :area");
        }
        sql.append(" ORDER BY score DESC, n.id DESC LIMIT ").append(limit);
        Query query = em.createNativeQuery(sql.toString()).setParameter("q", q).setParameter("a", authorityId);
        if (f.areaId() != null) {
            query.setParameter("area", f.areaId());
        }
        Map<Long, Double> scores = scores(query);
        List<Hit> hits = new ArrayList<>();
        if (scores.isEmpty()) {
            return hits;
        }
        for (Initiative n : Initiative.<Initiative>list("id in ?1", List.copyOf(scores.keySet()))) {
            hits.add(new Hit(Kind.INITIATIVE, n.id, n.title, n.description, n.language, n.status.name(), n.areaId,
                    scores.get(n.id)));
        }
        return hits;
    }

    private static Map<Long, Double> scores(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Double> scores = new HashMap<>();
        for (Object[] r : rows) {
            scores.put(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue());
        }
        return scores;
    }
}
