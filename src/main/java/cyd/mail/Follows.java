package cyd.mail;

import cyd.account.FollowView;
import cyd.account.Following;

import cyd.web.RetryOnConflict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.idea.IdeaStatus;
import cyd.content.Visibility;
import cyd.prompt.Prompt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Following questions, and the digests followers get: daily or weekly, only when something is new (ideas now
 * shown, answers given), never anything hidden or waiting for a moderator.
 */
@ApplicationScoped
@RetryOnConflict
public class Follows implements Following {

    @Inject
    Clock clock;

    @Inject
    Notices notices;

    @Inject
    jakarta.persistence.EntityManager em;

    /** Follows a question daily or weekly, or stops following it ("NONE"). Only verified people are emailed. */
    @Transactional
    public boolean set(Viewer viewer, Prompt prompt, String frequency) {
        if (!viewer.signedIn() || !viewer.verified() || !prompt.isPublished()) {
            return false;
        }
        Follow f = Follow.of(viewer.personId(), prompt.id);
        if ("NONE".equals(frequency)) {
            if (f != null) {
                f.delete();
            }
            return true;
        }
        Follow.Frequency wanted;
        try {
            wanted = Follow.Frequency.valueOf(frequency == null ? "" : frequency);
        } catch (IllegalArgumentException e) {
            return false;
        }
        // One statement, so the same form sent from two tabs at once follows once rather than meeting itself.
        em.createNativeQuery("INSERT INTO prompt_follow (person_id, prompt_id, frequency, last_sent_at) "
                + "VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE frequency = ?3")
                .setParameter(1, viewer.personId()).setParameter(2, prompt.id).setParameter(3, wanted.name())
                .setParameter(4, clock.instant()).executeUpdate();
        return true;
    }

    @Transactional
    public boolean stop(Long personId, Long promptId) {
        return Follow.delete("personId = ?1 and promptId = ?2", personId, promptId) > 0;
    }

    @Override
    public List<FollowView> of(Long personId, String lang) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<FollowView> out = new java.util.ArrayList<>();
            for (Follow f : Follow.<Follow>list("personId", personId)) {
                Prompt p = Prompt.findById(f.promptId);
                Authority a = Authority.findById(p.authorityId);
                out.add(new FollowView(p.id, p.title(lang), p.titleLang(lang), a.link(lang, "/prompts/", p.id),
                        f.frequency.name()));
            }
            return out;
        });
    }

    @Override
    public String frequency(Long personId, Long promptId) {
        // One column by its primary key: read on every question page a signed-in person opens, kept or not.
        List<?> rows = Follow.getEntityManager()
                .createNativeQuery("SELECT frequency FROM prompt_follow WHERE person_id = ?1 AND prompt_id = ?2")
                .setParameter(1, personId).setParameter(2, promptId).getResultList();
        return rows.isEmpty() ? "NONE" : rows.get(0).toString();
    }

    /** Daily at seven in the morning, London time: daily digests, and weekly ones a week after the last. */
    @Scheduled(cron = "${cyd.mail.digest-cron}", timeZone = "Europe/London", identity = "digests",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        sendDigests(clock.instant());
    }

    /** A daily digest is due a day after the last (less an hour, so 07:00 each day stays due). */
    private static Instant dailyDue(Instant now) {
        return now.minus(Duration.ofHours(23));
    }

    private static Instant weeklyDue(Instant now) {
        return now.minus(Duration.ofDays(7)).plus(Duration.ofHours(1));
    }

    private static boolean due(Follow f, Instant now) {
        return !f.lastSentAt.isAfter(f.frequency == Follow.Frequency.DAILY ? dailyDue(now) : weeklyDue(now));
    }

    /** Writes the digests due at this moment to the outbox; returns how many were written. */
    public int sendDigests(Instant now) {
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> Follow.<Follow>list(
                "(frequency = ?1 and lastSentAt <= ?2) or (frequency = ?3 and lastSentAt <= ?4)",
                Follow.Frequency.DAILY, dailyDue(now), Follow.Frequency.WEEKLY, weeklyDue(now))
                .stream().map(f -> new Object[] { f.personId, f.promptId }).toList());
        int written = 0;
        for (Object[] key : due) {
            Boolean sent = QuarkusTransaction.requiringNew().call(() -> digest((Long) key[0], (Long) key[1], now));
            if (Boolean.TRUE.equals(sent)) {
                written++;
            }
        }
        return written;
    }

    private boolean digest(Long personId, Long promptId, Instant now) {
        // Locked and checked again: another instance running the same job skips what this one sends.
        em.createNativeQuery("SELECT person_id FROM prompt_follow WHERE person_id = :p AND prompt_id = :q FOR UPDATE")
                .setParameter("p", personId).setParameter("q", promptId).getResultList();
        Follow f = Follow.of(personId, promptId);
        if (f != null && !due(f, now)) {
            return false;
        }
        Person p = Person.findById(personId);
        Prompt prompt = Prompt.findById(promptId);
        if (f == null || p == null || prompt == null || p.emailVerifiedAt == null) {
            return false;
        }
        Instant since = f.lastSentAt;
        List<Idea> ideas = Idea.list("promptId = ?1 and visibility = ?2 and createdAt > ?3 and createdAt <= ?4 "
                + "order by id", prompt.id, Visibility.SHOWN, since, now);
        List<Idea> answers = Idea.list("promptId = ?1 and visibility = ?2 and status <> ?3 and answeredAt > ?4 "
                + "and answeredAt <= ?5 order by answeredAt", prompt.id, Visibility.SHOWN, IdeaStatus.SUBMITTED, since,
                now);
        f.lastSentAt = now;
        if (ideas.isEmpty() && answers.isEmpty()) {
            return false;
        }
        notices.digest(p, prompt, Authority.findById(prompt.authorityId), ideas, answers);
        return true;
    }
}
