package cyd.idea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cyd.prompt.Prompt;
import cyd.prompt.PromptService;
import cyd.prompt.WorkingDays;
import cyd.web.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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

    /**
     * @param items the most backed of the ideas that reached the number, at most {@link #LISTED}
     * @param total how many reached it; the four counts are over all of them
     */
    public record Report(int backers, int days, List<Item> items, int total, int answered, int answeredLate,
            int waiting, int overdue) {

        public boolean isEmpty() {
            return total == 0;
        }

        /** Whether more ideas reached the number than are listed. */
        public boolean isCut() {
            return total > items.size();
        }
    }

    /** How many of the ideas that reached the number the question page lists (its figures count them all). */
    public static final int LISTED = 20;

    @Inject
    EntityManager em;

    /**
     * The report, or null when the prompt makes no promise. Its cost does not grow with a question's backings:
     * for each idea at or past the number, the moment it got its Nth backer is read from the backing index
     * (idea, time) by a subquery that reads N rows, and only the listed ideas are loaded whole.
     */
    public Report report(Prompt prompt, Instant now) {
        if (!prompt.hasPromise()) {
            return null;
        }
        int n = prompt.promiseBackers;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.status, DATE_FORMAT(i.answered_at, " + Dates.SQL_UTC
                + "), DATE_FORMAT((SELECT b.created_at FROM backing b WHERE b.idea_id = i.id "
                + "ORDER BY b.created_at, b.id LIMIT 1 OFFSET " + (n - 1) + "), " + Dates.SQL_UTC + ") "
                + "FROM idea i WHERE i.prompt_id = :prompt AND i.visibility = 'SHOWN' AND i.backing_count >= :n "
                + "ORDER BY i.backing_count DESC, i.id")
                .setParameter("prompt", prompt.id).setParameter("n", n).getResultList();
        LocalDate today = now.atZone(PromptService.LONDON).toLocalDate();
        int answered = 0;
        int late = 0;
        int waiting = 0;
        int overdue = 0;
        List<Object[]> listed = new ArrayList<>();
        int total = 0;
        for (Object[] r : rows) {
            if (r[3] == null) {
                continue; // counted past the number, but its backings are not all there yet
            }
            total++;
            LocalDate day = Dates.fromUtcText(r[3]).atZone(PromptService.LONDON).toLocalDate();
            LocalDate due = WorkingDays.add(day, prompt.promiseDays);
            State state;
            if (!IdeaStatus.SUBMITTED.name().equals(r[1])) {
                // Answers from before answer times were kept count as on time.
                boolean onTime = r[2] == null
                        || !Dates.fromUtcText(r[2]).atZone(PromptService.LONDON).toLocalDate().isAfter(due);
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
            if (listed.size() < LISTED) {
                listed.add(new Object[] {((Number) r[0]).longValue(), day, due, state});
            }
        }
        Map<Long, Idea> ideas = listed.isEmpty() ? Map.of()
                : Idea.<Idea>list("id in ?1", listed.stream().map(l -> (Long) l[0]).toList()).stream()
                        .collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<Item> items = new ArrayList<>();
        for (Object[] l : listed) {
            items.add(new Item(ideas.get((Long) l[0]), (LocalDate) l[1], (LocalDate) l[2], (State) l[3]));
        }
        return new Report(n, prompt.promiseDays, List.copyOf(items), total, answered, late, waiting, overdue);
    }
}
