package cyd.account;

import cyd.web.RetryOnConflict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cyd.web.Dates;
import cyd.web.SafeToRepeat;
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
@RetryOnConflict
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
        // The same normal form as the account's address, so no spelling of an address gets tries of its own.
        return EmailToken.hash(kind + ":" + (value == null ? "" : Person.normaliseEmail(value)));
    }

    /**
     * Counts one attempt and says whether it may go ahead: false while the key is locked, and for every attempt
     * past the limit (the attempt that reaches the limit locks the key). Counting comes first, in one upsert that
     * takes the row's exclusive lock at once, so attempts made together are each counted before any is checked
     * and none can slip past the limit (nor deadlock, as a shared-then-exclusive pair of locks would).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean count(String key, Rule rule) {
        return counted(key, rule);
    }

    /**
     * Counts one attempt against each of several keys (a person and their network address) in one transaction,
     * and says whether every one of them lets it go ahead. Each key is counted whatever the others say; the rows
     * are locked in the order of their keys, so two requests counting the same keys cannot deadlock.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SafeToRepeat // counted once more, at worst, when the first count's answer was lost
    public boolean countAll(java.util.SortedMap<String, Rule> keys) {
        boolean all = true;
        for (java.util.Map.Entry<String, Rule> k : keys.entrySet()) {
            all &= counted(k.getKey(), k.getValue());
        }
        return all;
    }

    private boolean counted(String key, Rule rule) {
        Instant now = clock.instant();
        Instant windowOpened = now.minus(rule.window());
        // Locked now: counted on. A lock that has ended, or a window that has passed: counting starts again.
        // (Assignments run left to right, so locked_until is changed last and the others see its old value.)
        String lockedNow = "COALESCE(locked_until, '1970-01-01') > :now";
        String goesOn = "(window_start >= :opened AND COALESCE(locked_until, '1970-01-01') < '1971-01-01')";
        em.createNativeQuery("INSERT INTO throttle (throttle_key, hits, window_start) VALUES (:k, 1, :now) "
                + "ON DUPLICATE KEY UPDATE "
                + "hits = IF(" + lockedNow + " OR " + goesOn + ", hits + 1, 1), "
                + "window_start = IF(" + lockedNow + " OR " + goesOn + ", window_start, :now), "
                + "locked_until = IF(" + lockedNow + ", locked_until, NULL)")
                .setParameter("k", key).setParameter("now", now).setParameter("opened", windowOpened).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT hits, DATE_FORMAT(locked_until, " + Dates.SQL_UTC
                + ") FROM throttle WHERE throttle_key = :k").setParameter("k", key).getSingleResult();
        int hits = ((Number) row[0]).intValue();
        boolean locked = row[1] != null && Dates.fromUtcText(row[1]).isAfter(now);
        if (locked) {
            return false;
        }
        if (hits >= rule.max()) {
            em.createNativeQuery("UPDATE throttle SET locked_until = :u WHERE throttle_key = :k")
                    .setParameter("u", now.plus(rule.lock())).setParameter("k", key).executeUpdate();
        }
        return hits <= rule.max();
    }

    /** A successful attempt takes its count back (one network address may be shared by many people). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forgive(String key) {
        em.createNativeQuery("UPDATE throttle SET hits = GREATEST(hits - 1, 0) WHERE throttle_key = :k "
                + "AND (locked_until IS NULL OR locked_until < :now)").setParameter("k", key)
                .setParameter("now", clock.instant()).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String key) {
        em.createNativeQuery("DELETE FROM throttle WHERE throttle_key = :k").setParameter("k", key).executeUpdate();
    }
}
