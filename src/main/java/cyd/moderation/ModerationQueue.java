package cyd.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cyd.account.AccountBlock;
import cyd.account.Person;
import cyd.content.ContentType;
import cyd.content.HideReason;
import cyd.content.ModerationWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** What waits for a council's moderators, and the public count of what they hid. */
@ApplicationScoped
public class ModerationQueue implements ModerationWork {

    /** An item in the queue, with who wrote it and why people reported it. */
    public record Entry(ModeratedItem item, String author, Map<HideReason, Long> reasons) {
    }

    /** One line of the public log: in a month, how many items were hidden for a reason. */
    public record LogLine(String month, HideReason reason, long count) {
    }

    public record Queue(List<Entry> pending, List<Entry> reported, List<ModerationDecision> appeals,
            List<AccountBlock> blocks, Map<Long, String> names) {

        public int size() {
            return pending.size() + reported.size() + appeals.size();
        }
    }

    static final int LIMIT = 100;

    @Inject
    EntityManager em;

    public Queue of(Long authorityId, Instant now) {
        List<ModeratedItem> pending = new ArrayList<>();
        List<ModeratedItem> reported = new ArrayList<>();
        collect(authorityId, "i.visibility = 'PENDING'", "c.visibility = 'PENDING'", pending);
        collect(authorityId, "i.report_count > 0", "c.report_count > 0", reported);
        List<ModerationDecision> appeals = ModerationDecision.openAppeals(authorityId);
        List<AccountBlock> blocks = AccountBlock.current(authorityId, now);
        List<Long> people = new ArrayList<>();
        pending.forEach(i -> people.add(i.authorId()));
        reported.forEach(i -> people.add(i.authorId()));
        appeals.forEach(d -> {
            people.add(d.authorId);
            people.add(d.moderatorId);
        });
        blocks.forEach(b -> people.add(b.personId));
        Map<Long, String> names = Person.displayNames(people);
        return new Queue(entries(pending, names), entries(reported, names), appeals, blocks, names);
    }

    /**
     * How many items and appeals wait for a moderator: three counting queries, for the officer's dashboard,
     * which needs the number and not the queue.
     */
    @Override
    public long waiting(Long authorityId) {
        String ideas = "SELECT COUNT(*) FROM idea i JOIN prompt p ON p.id = i.prompt_id WHERE p.authority_id = :a "
                + "AND (i.visibility = 'PENDING' OR i.report_count > 0)";
        String comments = "SELECT COUNT(*) FROM idea_comment c JOIN idea i ON i.id = c.idea_id "
                + "JOIN prompt p ON p.id = i.prompt_id WHERE p.authority_id = :a "
                + "AND (c.visibility = 'PENDING' OR c.report_count > 0)";
        long items = 0;
        for (String sql : List.of(ideas, comments)) {
            items += ((Number) em.createNativeQuery(sql).setParameter("a", authorityId).getSingleResult()).longValue();
        }
        return items + ModerationDecision.count(
                "authorityId = ?1 and appealedAt is not null and appealOutcome is null", authorityId);
    }

    /** The reasons residents gave when reporting an item, most given first. */
    /** Every decision on an item, newest first, the appeal waiting on one (or null), and the names of all involved. */
    public record History(List<ModerationDecision> decisions, ModerationDecision openAppeal, Map<Long, String> names) {
    }

    public History history(ModeratedItem item) {
        List<ModerationDecision> decisions = ModerationDecision.list(
                "contentType = ?1 and contentId = ?2 order by id desc", item.type(), item.id());
        ModerationDecision appeal = decisions.stream().filter(ModerationDecision::isAppealOpen).findFirst().orElse(null);
        List<Long> people = new ArrayList<>();
        people.add(item.authorId());
        decisions.forEach(d -> {
            people.add(d.moderatorId);
            people.add(d.appealDecidedBy);
        });
        return new History(decisions, appeal, Person.displayNames(people));
    }

    public Map<HideReason, Long> reasons(ContentType type, Long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT reason, COUNT(*) FROM content_report "
                + "WHERE content_type = :type AND content_id = :id GROUP BY reason ORDER BY COUNT(*) DESC")
                .setParameter("type", type.name()).setParameter("id", id).getResultList();
        Map<HideReason, Long> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            HideReason.parse((String) r[0]).ifPresent(reason -> out.put(reason, ((Number) r[1]).longValue()));
        }
        return out;
    }

    /** The public log: hides by month and reason, newest month first, no names or content. */
    public List<LogLine> publicLog(Long authorityId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DATE_FORMAT(created_at, '%Y-%m') AS month, reason, COUNT(*) "
                + "FROM moderation_decision WHERE authority_id = :a AND action = 'HIDE' "
                + "GROUP BY month, reason ORDER BY month DESC, COUNT(*) DESC LIMIT 600")
                .setParameter("a", authorityId).getResultList();
        return rows.stream().map(r -> new LogLine((String) r[0], HideReason.parse((String) r[1]).orElse(HideReason.OTHER),
                ((Number) r[2]).longValue())).toList();
    }

    /** How many hides were undone, on appeal or otherwise, by month. */
    public Map<String, Long> restoredByMonth(Long authorityId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DATE_FORMAT(created_at, '%Y-%m') AS month, COUNT(*) "
                + "FROM moderation_decision WHERE authority_id = :a AND action = 'RESTORE' "
                + "GROUP BY month ORDER BY month DESC LIMIT 120")
                .setParameter("a", authorityId).getResultList();
        Map<String, Long> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    private void collect(Long authorityId, String ideaWhere, String commentWhere, List<ModeratedItem> into) {
        @SuppressWarnings("unchecked")
        List<Number> ideas = em.createNativeQuery("SELECT i.id FROM idea i JOIN prompt p ON p.id = i.prompt_id "
                + "WHERE p.authority_id = :a AND " + ideaWhere + " ORDER BY i.id LIMIT " + LIMIT)
                .setParameter("a", authorityId).getResultList();
        @SuppressWarnings("unchecked")
        List<Number> comments = em.createNativeQuery("SELECT c.id FROM idea_comment c JOIN idea i ON i.id = c.idea_id "
                + "JOIN prompt p ON p.id = i.prompt_id WHERE p.authority_id = :a AND " + commentWhere
                + " ORDER BY c.id LIMIT " + LIMIT)
                .setParameter("a", authorityId).getResultList();
        ideas.forEach(id -> ModeratedItem.find(ContentType.IDEA, id.longValue()).ifPresent(into::add));
        comments.forEach(id -> ModeratedItem.find(ContentType.COMMENT, id.longValue()).ifPresent(into::add));
    }

    private List<Entry> entries(List<ModeratedItem> items, Map<Long, String> names) {
        return items.stream().map(i -> new Entry(i, names.get(i.authorId()), reasons(i.type(), i.id()))).toList();
    }
}
