package cyd.idea;

import cyd.content.SearchChanges;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.content.Visibility;
import cyd.prompt.Prompt;
import cyd.web.FormErrors;
import cyd.web.Lang;
import cyd.web.Msg;
import cyd.web.RetryOnConflict;
import cyd.web.SafeToRepeat;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Proposing ideas, backing them and withdrawing backing, and listing a prompt's ideas. */
@ApplicationScoped
@RetryOnConflict
public class IdeaService {

    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MAX = 5_000;
    public static final int PAGE_SIZE = 20;
    private static final Visibility SHOWN = Visibility.SHOWN;
    public static final int PAGE_SIZE_MAX = 100;

    public sealed interface ProposeResult permits Proposed, Invalid, Refused {
    }

    public record Proposed(Idea idea) implements ProposeResult {
    }

    public record Invalid(FormErrors errors) implements ProposeResult {
    }

    public record Refused(IdeaPermissions.Decision why) implements ProposeResult {
    }

    /** What happened to a backing: done, already so, or refused and why. */
    public enum BackingOutcome {
        BACKED, ALREADY_BACKED, WITHDRAWN, NOT_BACKED, SIGN_IN, VERIFY_EMAIL, BLOCKED, CLOSED, NOT_FOUND
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    private io.micrometer.core.instrument.Counter backed;
    private io.micrometer.core.instrument.Counter withdrawn;
    private io.micrometer.core.instrument.Counter proposed;

    /** Registered once, and reported from the start at 0 (cyd_backings_total, cyd_ideas_proposed_total). */
    @jakarta.annotation.PostConstruct
    void meters() {
        backed = metrics.counter("cyd.backings", "action", "back");
        withdrawn = metrics.counter("cyd.backings", "action", "withdraw");
        proposed = metrics.counter("cyd.ideas.proposed");
    }

    void atStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        // Creating the bean registers its counters, so they are reported before the first backing.
    }

    @Transactional
    public ProposeResult propose(Prompt prompt, Viewer viewer, IdeaForm form) {
        IdeaPermissions.Decision decision = IdeaPermissions.canPropose(viewer, prompt, clock.instant());
        if (decision != IdeaPermissions.Decision.ALLOWED) {
            return new Refused(decision);
        }
        FormErrors errors = validate(prompt, form);
        if (errors.isAny()) {
            return new Invalid(errors);
        }
        // The question's row first: the idea's foreign key would otherwise take a shared lock on it and the
        // counter update then ask for an exclusive one, and two people sharing at once would deadlock.
        em.createNativeQuery("SELECT id FROM prompt WHERE id = ?1 FOR UPDATE").setParameter(1, prompt.id)
                .getSingleResult();
        Idea idea = new Idea();
        idea.promptId = prompt.id;
        idea.areaId = form.area();
        idea.authorId = viewer.personId();
        idea.title = IdeaForm.clean(form.title);
        idea.description = IdeaForm.clean(form.description);
        idea.language = form.language;
        idea.status = IdeaStatus.SUBMITTED;
        idea.createdAt = clock.instant();
        idea.visibility = prompt.isPreModerated() ? Visibility.PENDING : SHOWN;
        idea.persist();
        SearchChanges.idea(em, idea.id);
        if (idea.isShown()) {
            Prompt.countShownIdeas(prompt.id, +1);
        }
        proposed.increment();
        return new Proposed(idea);
    }

    FormErrors validate(Prompt prompt, IdeaForm form) {
        FormErrors errors = new FormErrors();
        String title = IdeaForm.clean(form.title);
        errors.text("title", title, TITLE_MAX, Msg::ideaTitleRequired, IdeaMsg::ideaTitleTooLong);
        String description = IdeaForm.clean(form.description);
        errors.text("description", description, DESCRIPTION_MAX, IdeaMsg::ideaDescriptionRequired,
                IdeaMsg::ideaDescriptionTooLong);
        Long area = form.area();
        if (area != null && Area.inAuthority(prompt.authorityId, area).isEmpty()) {
            errors.add("areaId", Msg::areaInvalid);
        }
        if (!Lang.isSupported(form.language)) {
            errors.add("language", Msg::ideaLanguageRequired);
        }
        return errors;
    }

    /**
     * Backs an idea once. The backing row is written first and the idea's counter last, so the idea's row is locked
     * only for the last statement and the commit: many people backing one idea at once queue there for as short a
     * time as can be. (Backing rows carry no foreign key to the idea, whose shared lock would turn into a deadlock
     * between two backers each wanting the counter.) The counter's update checks again that the idea may still be
     * backed; if it was hidden or merged meanwhile, nothing is kept.
     */
    @Transactional
    @SafeToRepeat
    public BackingOutcome back(Long ideaId, Viewer viewer) {
        BackingOutcome refused = mayBack(ideaId, viewer);
        if (refused != null) {
            return refused;
        }
        int inserted = em.createNativeQuery(
                "INSERT IGNORE INTO backing (idea_id, person_id, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, ideaId).setParameter(2, viewer.personId()).setParameter(3, clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            return BackingOutcome.ALREADY_BACKED;
        }
        return count(ideaId, +1, BackingOutcome.BACKED);
    }

    @Transactional
    @SafeToRepeat
    public BackingOutcome withdraw(Long ideaId, Viewer viewer) {
        BackingOutcome refused = mayBack(ideaId, viewer);
        if (refused != null) {
            return refused;
        }
        int deleted = em.createNativeQuery("DELETE FROM backing WHERE idea_id = ?1 AND person_id = ?2")
                .setParameter(1, ideaId).setParameter(2, viewer.personId()).executeUpdate();
        if (deleted == 0) {
            return BackingOutcome.NOT_BACKED;
        }
        return count(ideaId, -1, BackingOutcome.WITHDRAWN);
    }

    /** Moves the idea's counter with its rows, if it may still be backed; otherwise takes the change back. */
    private BackingOutcome count(Long ideaId, int delta, BackingOutcome done) {
        int counted = em.createNativeQuery("UPDATE idea SET backing_count = backing_count + ?2 WHERE id = ?1 "
                + "AND visibility = 'SHOWN' AND status <> 'MERGED'").setParameter(1, ideaId).setParameter(2, delta)
                .executeUpdate();
        if (counted == 1) {
            (delta > 0 ? backed : withdrawn).increment();
            return done;
        }
        // Hidden or merged between the check and now: its backers moved or it cannot be seen.
        io.quarkus.narayana.jta.QuarkusTransaction.setRollbackOnly();
        // A locking read: it sees the row as committed now, not as this transaction first read it.
        Object status = em.createNativeQuery("SELECT status FROM idea WHERE id = ?1 FOR UPDATE").setParameter(1, ideaId)
                .getSingleResult();
        return IdeaStatus.MERGED.name().equals(status) ? BackingOutcome.CLOSED : BackingOutcome.NOT_FOUND;
    }

    /** Checks the idea may be backed and its prompt is open; returns why not, or null to go ahead. */
    private BackingOutcome mayBack(Long ideaId, Viewer viewer) {
        List<?> rows = em.createNativeQuery("SELECT prompt_id, status, visibility FROM idea WHERE id = ?1")
                .setParameter(1, ideaId).getResultList();
        if (rows.isEmpty()) {
            return BackingOutcome.NOT_FOUND;
        }
        Object[] row = (Object[]) rows.get(0);
        if (!"SHOWN".equals(row[2])) {
            // Waiting for a moderator or hidden: nobody can back what they cannot see.
            return BackingOutcome.NOT_FOUND;
        }
        if (IdeaStatus.MERGED.name().equals(row[1])) {
            // Its backers now back the idea it was merged into.
            return BackingOutcome.CLOSED;
        }
        Prompt prompt = Prompt.findById(((Number) row[0]).longValue());
        return switch (IdeaPermissions.canBack(viewer, prompt, clock.instant())) {
            case ALLOWED -> null;
            case SIGN_IN -> BackingOutcome.SIGN_IN;
            case VERIFY_EMAIL -> BackingOutcome.VERIFY_EMAIL;
            case BLOCKED -> BackingOutcome.BLOCKED;
            case CLOSED -> BackingOutcome.CLOSED;
            case NOT_PUBLISHED -> BackingOutcome.NOT_FOUND;
        };
    }

    /**
     * A page of a prompt's ideas, most backed or newest first, continuing after a cursor (keyset
     * pagination: each page costs the same however deep it is).
     *
     * @throws IllegalArgumentException when the cursor is not one this method made
     */
    public IdeaPage page(Long promptId, IdeaSort sort, String after, int size) {
        int limit = Math.max(1, Math.min(size, PAGE_SIZE_MAX));
        IdeaCursor cursor = IdeaCursor.parse(sort, after);
        List<Idea> ideas;
        if (cursor == null) {
            ideas = Idea.find("promptId = ?1 and visibility = ?2 order by "
                    + (sort == IdeaSort.NEW ? "id desc" : "backingCount desc, id desc"), promptId, SHOWN)
                    .page(Page.ofSize(limit + 1)).list();
        } else if (sort == IdeaSort.NEW) {
            ideas = Idea.find("promptId = ?1 and visibility = ?3 and id < ?2 order by id desc", promptId, cursor.id(), SHOWN)
                    .page(Page.ofSize(limit + 1)).list();
        } else {
            ideas = Idea.find("promptId = ?1 and visibility = ?4 and (backingCount < ?2 or (backingCount = ?2 and id < ?3)) "
                    + "order by backingCount desc, id desc", promptId, cursor.backingCount(), cursor.id(), SHOWN)
                    .page(Page.ofSize(limit + 1)).list();
        }
        if (ideas.size() <= limit) {
            return new IdeaPage(ideas, null);
        }
        List<Idea> shown = ideas.subList(0, limit);
        Idea last = shown.get(limit - 1);
        return new IdeaPage(List.copyOf(shown), IdeaCursor.after(sort, last));
    }

    Instant now() {
        return clock.instant();
    }
}
