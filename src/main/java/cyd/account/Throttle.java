package cyd.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cyd.web.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Counts attempts per key (a hash of "sign-in:email", "sign-in-ip:address", "reset:email") in a window, and
 * locks the key for a while once too many. Kept in the database so every instance counts together; each
 * count locks its row, so concurrent attempts are all counted.
 */
@ApplicationScoped
public class Throttle {

    /** How many attempts a window allows, how long the window is, and how long a lock lasts. */
    public record Rule(int max, Duration window, Duration lock) {
    }

    public static final Rule SIGN_IN_PER_EMAIL = new Rule(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    public static final Rule SIGN_IN_PER_ADDRESS = new Rule(50, Duration.ofMinutes(15), Duration.ofMinutes(15));
    public static final Rule RESETS_PER_EMAIL = new Rule(3, Duration.ofHours(1), Duration.ofHours(1));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public static String key(String kind, String value) {
        return EmailToken.hash(kind + ":" + (value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether the key is locked now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean locked(String key) {
        @SuppressWarnings("unchecked")
        List<Object> until = em.createNativeQuery("SELECT DATE_FORMAT(locked_until, " + Dates.SQL_UTC + ") FROM throttle "
                + "WHERE throttle_key = :k AND locked_until IS NOT NULL").setParameter("k", key).getResultList();
        return !until.isEmpty() && until.get(0) != null && Dates.fromUtcText(until.get(0)).isAfter(clock.instant());
    }

    /** Counts one attempt; returns false when this attempt is over the limit (and the key is now locked). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean count(String key, Rule rule) {
        Instant now = clock.instant();
        em.createNativeQuery("INSERT IGNORE INTO throttle (throttle_key, hits, window_start) VALUES (:k, 0, :now)")
                .setParameter("k", key).setParameter("now", now).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT hits, DATE_FORMAT(window_start, " + Dates.SQL_UTC + ") "
                + "FROM throttle WHERE throttle_key = :k FOR UPDATE").setParameter("k", key).getSingleResult();
        int hits = ((Number) row[0]).intValue();
        Instant start = Dates.fromUtcText(row[1]);
        if (start.plus(rule.window()).isBefore(now)) {
            hits = 0;
            start = now;
        }
        hits++;
        boolean over = hits > rule.max();
        em.createNativeQuery("UPDATE throttle SET hits = :h, window_start = :s, locked_until = :u WHERE throttle_key = :k")
                .setParameter("h", hits).setParameter("s", start)
                .setParameter("u", hits >= rule.max() ? now.plus(rule.lock()) : Instant.EPOCH)
                .setParameter("k", key).executeUpdate();
        return !over;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String key) {
        em.createNativeQuery("DELETE FROM throttle WHERE throttle_key = :k").setParameter("k", key).executeUpdate();
    }
}
