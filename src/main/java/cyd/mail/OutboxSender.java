package cyd.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Sends the outbox over SMTP. Emails are claimed in a short transaction (SKIP LOCKED, so several instances
 * share the work without sending anything twice), sent outside it, then marked sent; a failed send is tried
 * again later, backing off, up to MAX_ATTEMPTS times.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    static final int BATCH = 25;
    static final int MAX_ATTEMPTS = 8;

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    /** Emails waiting to be sent as this instance last counted them (cyd_email_outbox_depth). */
    private final java.util.concurrent.atomic.AtomicLong depth = new java.util.concurrent.atomic.AtomicLong();

    void meters(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        io.micrometer.core.instrument.Gauge.builder("cyd.email.outbox.depth", depth, java.util.concurrent.atomic.AtomicLong::get)
                .description("Emails waiting in the outbox, not yet sent and not given up on").register(metrics);
        // Reported from the start at 0, so that a rate of failures can be alerted on before the first one.
        metrics.counter("cyd.emails.sent");
        metrics.counter("cyd.emails.failed");
    }

    @Scheduled(every = "${cyd.mail.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "email-outbox")
    void tick() {
        sendDue();
        depth.set(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM email_outbox WHERE sent_at IS NULL AND attempts < :max")
                .setParameter("max", MAX_ATTEMPTS).getSingleResult()).longValue()));
    }

    /** Sends what is due now; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        List<OutboxEmail> batch;
        do {
            batch = claim();
            for (OutboxEmail e : batch) {
                if (send(e)) {
                    sent++;
                }
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private List<OutboxEmail> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("SELECT id FROM email_outbox WHERE sent_at IS NULL "
                    + "AND next_attempt_at <= :now AND attempts < :max ORDER BY id LIMIT " + BATCH
                    + " FOR UPDATE SKIP LOCKED")
                    .setParameter("now", now).setParameter("max", MAX_ATTEMPTS).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            List<Long> claimed = ids.stream().map(Number::longValue).toList();
            // Held for ten minutes: if this instance stops mid-send, another picks them up after that.
            em.createNativeQuery("UPDATE email_outbox SET attempts = attempts + 1, next_attempt_at = :later "
                    + "WHERE id IN (:ids)").setParameter("later", now.plus(Duration.ofMinutes(10)))
                    .setParameter("ids", claimed).executeUpdate();
            List<OutboxEmail> rows = OutboxEmail.list("id in ?1 order by id", claimed);
            rows.forEach(em::detach);
            return rows;
        });
    }

    private boolean send(OutboxEmail e) {
        try {
            Mail mail = Mail.withText(e.to, e.subject, e.body);
            if (e.unsubscribeUrl != null) {
                mail.addHeader("List-Unsubscribe", "<" + e.unsubscribeUrl + ">");
            }
            try {
                mailer.send(mail);
            } catch (RuntimeException stale) {
                // Most often a pooled connection the server has since closed (SMTP 421): once more, on a fresh one.
                LOG.debugf("Email %d: retrying once after %s", e.id, stale.getMessage());
                mailer.send(mail);
            }
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("UPDATE email_outbox SET sent_at = :now, last_error = NULL WHERE id = :id")
                    .setParameter("now", clock.instant()).setParameter("id", e.id).executeUpdate());
            metrics.counter("cyd.emails.sent").increment();
            return true;
        } catch (RuntimeException ex) {
            String error = String.valueOf(ex.getMessage());
            metrics.counter("cyd.emails.failed").increment();
            LOG.warnf("Email %d to the mail server failed (attempt %d): %s", e.id, e.attempts + 1, error);
            Instant retry = clock.instant().plus(Duration.ofMinutes(1L << Math.min(e.attempts, 8)));
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("UPDATE email_outbox SET next_attempt_at = :retry, last_error = :error WHERE id = :id")
                    .setParameter("retry", retry)
                    .setParameter("error", error.length() > 500 ? error.substring(0, 500) : error)
                    .setParameter("id", e.id).executeUpdate());
            return false;
        }
    }
}
