package cyd.search;

import cyd.web.SearchTerms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cyd.content.Visibility;
import cyd.idea.Idea;
import cyd.idea.IdeaStatus;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.prompt.PromptStatus;
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
    static final List<PromptStatus> PUBLIC_STATUSES = List.of(PromptStatus.OPEN, PromptStatus.CLOSED,
            PromptStatus.RESPONDED, PromptStatus.ARCHIVED);

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
        Map<Long, Double> ideaScores = new HashMap<>();
        Map<Long, Double> initiativeScores = new HashMap<>();
        if (indexed.isPresent()) {
            for (SearchIndex.Found x : indexed.get()) {
                (x.kind() == Kind.IDEA ? ideaScores : initiativeScores).put(x.id(), x.score());
            }
        } else {
            if (f.kind() != Kind.INITIATIVE) {
                ideaScores = ideas(authorityId, terms.allWords(), f, wanted);
            }
            if (f.kind() != Kind.IDEA && !ideasOnly) {
                initiativeScores = initiatives(authorityId, terms.allWords(), f, wanted);
            }
        }
        all.addAll(ideaHits(authorityId, ideaScores, f));
        all.addAll(initiativeHits(authorityId, initiativeScores, f));
        all.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> -h.id()));
        int from = (p - 1) * PAGE_SIZE;
        if (from >= all.size()) {
            return new Results(List.of(), p, false);
        }
        return new Results(List.copyOf(all.subList(from, Math.min(all.size(), from + PAGE_SIZE))), p,
                all.size() > from + PAGE_SIZE && p < PAGES_MAX);
    }
    /**
     * The ideas found (by the index or the database's FULLTEXT), read from the database in one query with every rule
     * of what residents may see and every filter applied again: the database is the truth, so an index a moment
     * behind never shows what has just been hidden.
     */
    private List<Hit> ideaHits(Long authorityId, Map<Long, Double> scores, Filters f) {
        List<Hit> hits = new ArrayList<>();
        if (scores.isEmpty()) {
            return hits;
        }
        StringBuilder q = new StringBuilder("id in ?1 and visibility = ?2 and promptId in (select p.id from Prompt p "
                + "where p.authorityId = ?3 and p.status in ?4)");
        List<Object> params = new ArrayList<>(List.of(List.copyOf(scores.keySet()), Visibility.SHOWN, authorityId,
                PUBLIC_STATUSES));
        if (f.areaId() != null) {
            params.add(f.areaId());
            q.append(" and areaId = ?").append(params.size());
        }
        if (f.promptId() != null) {
            params.add(f.promptId());
            q.append(" and promptId = ?").append(params.size());
        }
        if (f.ideaStatus() != null) {
            params.add(IdeaStatus.valueOf(f.ideaStatus()));
            q.append(" and status = ?").append(params.size());
        }
        for (Idea i : Idea.<Idea>list(q.toString(), params.toArray())) {
            hits.add(new Hit(Kind.IDEA, i.id, i.title, i.description, i.language, i.status.name(), i.areaId,
                    scores.get(i.id)));
        }
        return hits;
    }

    /** The initiatives found, read as {@link #ideaHits} reads ideas: approved, in this council, in the area asked. */
    private List<Hit> initiativeHits(Long authorityId, Map<Long, Double> scores, Filters f) {
        List<Hit> hits = new ArrayList<>();
        if (scores.isEmpty()) {
            return hits;
        }
        List<Initiative> found = f.areaId() == null
                ? Initiative.list("id in ?1 and authorityId = ?2 and approval = ?3", List.copyOf(scores.keySet()),
                        authorityId, Approval.APPROVED)
                : Initiative.list("id in ?1 and authorityId = ?2 and approval = ?3 and areaId = ?4",
                        List.copyOf(scores.keySet()), authorityId, Approval.APPROVED, f.areaId());
        for (Initiative n : found) {
            hits.add(new Hit(Kind.INITIATIVE, n.id, n.title, n.description, n.language, n.status.name(), n.areaId,
                    scores.get(n.id)));
        }
        return hits;
    }

    /** The database's own answer while the index cannot give one: ids and FULLTEXT scores. */
    private Map<Long, Double> ideas(Long authorityId, String q, Filters f, int limit) {
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
        return scores(query);
    }

    private Map<Long, Double> initiatives(Long authorityId, String q, Filters f, int limit) {
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
        return scores(query);
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
