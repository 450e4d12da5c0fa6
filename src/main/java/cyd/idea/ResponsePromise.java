package cyd.idea;

import cyd.prompt.Prompt;
import cyd.prompt.PromptService;
import cyd.prompt.WorkingDays;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cyd.idea.Idea;
import cyd.idea.IdeaStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import cyd.web.Dates;

/**
 * How a prompt's response promise is being kept: each shown idea that reached the promised number of backers,
 * the day it did, the working day its answer is due by, and whether it is answered (on time or late), waiting
 * or overdue. An idea reaches the number on the day its Nth current backer backed it.
 */
@ApplicationScoped
public class ResponsePromise {

    public enum State {
        ANSWERED, ANSWERED_LATE, WAITING, OVERDUE
    }

    public record Item(Idea idea, LocalDate reached, LocalDate dueBy, State state) {
    }

    public record Report(int backers, int days, List<Item> items, int answered, int answeredLate, int waiting,
            int overdue) {

        public boolean isEmpty() {
            return items.isEmpty();
        }
    }

    @Inject
    EntityManager em;

    /** The report, or null when the prompt makes no promise. */
    public Report report(Prompt prompt, Instant now) {
        if (!prompt.hasPromise()) {
            return null;
        }
        int n = prompt.promiseBackers;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.idea_id, DATE_FORMAT(t.created_at, " + Dates.SQL_UTC + ") FROM ("
                + "SELECT b.idea_id, b.created_at, ROW_NUMBER() OVER (PARTITION BY b.idea_id ORDER BY b.created_at, b.id) AS rn "
                + "FROM backing b JOIN idea i ON i.id = b.idea_id "
                + "WHERE i.prompt_id = :prompt AND i.backing_count >= :n AND i.visibility = 'SHOWN') t "
                + "WHERE t.rn = :n")
                .setParameter("prompt", prompt.id).setParameter("n", n).getResultList();
        Map<Long, Instant> reached = new HashMap<>();
        for (Object[] r : rows) {
            reached.put(((Number) r[0]).longValue(), Dates.fromUtcText(r[1]));
        }
        if (reached.isEmpty()) {
            return new Report(n, prompt.promiseDays, List.of(), 0, 0, 0, 0);
        }
        LocalDate today = now.atZone(PromptService.LONDON).toLocalDate();
        List<Item> items = new ArrayList<>();
        int answered = 0;
        int late = 0;
        int waiting = 0;
        int overdue = 0;
        for (Idea idea : Idea.<Idea>list("id in ?1 order by backingCount desc, id", List.copyOf(reached.keySet()))) {
            LocalDate day = reached.get(idea.id).atZone(PromptService.LONDON).toLocalDate();
            LocalDate due = WorkingDays.add(day, prompt.promiseDays);
            State state;
            if (idea.status != IdeaStatus.SUBMITTED) {
                // Answers from before answer times were kept count as on time.
                boolean onTime = idea.answeredAt == null
                        || !idea.answeredAt.atZone(PromptService.LONDON).toLocalDate().isAfter(due);
                state = onTime ? State.ANSWERED : State.ANSWERED_LATE;
            } else {
                state = today.isAfter(due) ? State.OVERDUE : State.WAITING;
            }
            switch (state) {
                case ANSWERED -> answered++;
                case ANSWERED_LATE -> late++;
                case WAITING -> waiting++;
                case OVERDUE -> overdue++;
            }
            items.add(new Item(idea, day, due, state));
        }
        return new Report(n, prompt.promiseDays, List.copyOf(items), answered, late, waiting, overdue);
    }

}
