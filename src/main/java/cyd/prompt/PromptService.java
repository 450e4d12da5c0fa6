package cyd.prompt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import cyd.account.Viewer;
import cyd.audit.Audit;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.web.FormErrors;
import cyd.web.Msg;
import cyd.web.Outcome;
import cyd.web.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** An officer's work on prompts: write a draft, correct it, publish it, close it. */
@ApplicationScoped
@RetryOnConflict
public class PromptService {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 10_000;


    @Inject
    Clock clock;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    Audit audit;

    @Transactional
    public Outcome<Prompt> writeDraft(Authority authority, Viewer viewer, PromptForm form) {
        if (!PromptPermissions.canManage(viewer, authority.id)) {
            return Outcome.refused();
        }
        FormErrors errors = validate(authority, form);
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        Prompt p = new Prompt();
        p.authorityId = authority.id;
        p.status = PromptStatus.DRAFT;
        p.createdBy = viewer.personId();
        p.createdAt = clock.instant();
        apply(p, form, authority);
        p.persist();
        audit.record(authority.id, viewer.personId(), "prompt.draft", "prompt", p.id, null);
        return Outcome.done(p);
    }

    @Transactional
    public Outcome<Prompt> edit(Authority authority, Viewer viewer, Long promptId, PromptForm form) {
        Prompt p = locked(authority, promptId);
        if (p == null || !PromptPermissions.canEdit(viewer, p)) {
            return Outcome.refused();
        }
        FormErrors errors = validate(authority, form);
        if (p.status == PromptStatus.OPEN && form.hasOpeningDate()) {
            errors.add("opensDay", PromptMsg::opensAlreadyOpen);
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        apply(p, form, authority);
        audit.record(authority.id, viewer.personId(), "prompt.edit", "prompt", p.id, null);
        return Outcome.done(p);
    }

    @Transactional
    public Outcome<Prompt> publish(Authority authority, Viewer viewer, Long promptId) {
        Prompt p = locked(authority, promptId);
        if (p == null || !PromptPermissions.canPublish(viewer, p)) {
            return Outcome.refused();
        }
        Instant now = clock.instant();
        if (p.closesAt != null && !now.isBefore(p.closesAt)) {
            return Outcome.invalid(new FormErrors().add("closesDay", PromptMsg::promptClosingDatePassed));
        }
        if (p.opensAt != null && now.isBefore(p.opensAt)) {
            // Published now, open to residents when the opening date comes (the scheduler opens it).
            p.status = PromptStatus.SCHEDULED;
            audit.record(authority.id, viewer.personId(), "prompt.schedule", "prompt", p.id, null);
        } else {
            p.status = PromptStatus.OPEN;
            p.publishedAt = now;
            audit.record(authority.id, viewer.personId(), "prompt.publish", "prompt", p.id, null);
        }
        p.updatedAt = now;
        return Outcome.done(p);
    }

    @Transactional
    public Outcome<Prompt> close(Authority authority, Viewer viewer, Long promptId) {
        return move(authority, viewer, promptId, PromptPermissions::canClose, PromptStatus.CLOSED, "prompt.close",
                (p, now) -> p.closedAt = now);
    }

    @Transactional
    public Outcome<Prompt> archive(Authority authority, Viewer viewer, Long promptId) {
        return move(authority, viewer, promptId, PromptPermissions::canArchive, PromptStatus.ARCHIVED,
                "prompt.archive", (p, now) -> p.archivedAt = now);
    }

    /** Moves a prompt on in its life, if this officer may, recording when and who in the audit log. */
    private Outcome<Prompt> move(Authority authority, Viewer viewer, Long promptId,
            java.util.function.BiPredicate<Viewer, Prompt> may, PromptStatus to, String action,
            java.util.function.BiConsumer<Prompt, Instant> stamp) {
        Prompt p = locked(authority, promptId);
        if (p == null || !may.test(viewer, p)) {
            return Outcome.refused();
        }
        Instant now = clock.instant();
        p.status = to;
        stamp.accept(p, now);
        p.updatedAt = now;
        audit.record(authority.id, viewer.personId(), action, "prompt", p.id, null);
        return Outcome.done(p);
    }

    /** The council's response to the question as a whole: closed becomes responded. */
    @Transactional
    public Outcome<Prompt> respond(Authority authority, Viewer viewer, Long promptId, ResponseForm form) {
        Prompt p = locked(authority, promptId);
        if (p == null || !PromptPermissions.canRespond(viewer, p)) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        if (authority.bilingual) {
            errors.text("responseCy", PromptForm.clean(form.responseCy), BODY_MAX, PromptMsg::responseCyRequired, PromptMsg::responseTooLong);
        }
        errors.text("responseEn", PromptForm.clean(form.responseEn), BODY_MAX, PromptMsg::responseEnRequired, PromptMsg::responseTooLong);
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        Instant now = clock.instant();
        p.responseEn = PromptForm.clean(form.responseEn);
        p.responseCy = authority.bilingual ? PromptForm.clean(form.responseCy) : null;
        p.respondedAt = now;
        p.status = PromptStatus.RESPONDED;
        p.updatedAt = now;
        audit.record(authority.id, viewer.personId(), "prompt.respond", "prompt", p.id, null);
        return Outcome.done(p);
    }

    /**
     * Opens scheduled prompts whose opening time has come and closes open prompts whose closing time has
     * passed. Run by the scheduler every minute; safe to run on several instances at once (each change is
     * a conditional UPDATE). Returns how many prompts changed.
     */
    @Transactional
    public int applySchedule(Instant now) {
        int opened = em.createNativeQuery("UPDATE prompt SET status = 'OPEN', published_at = opens_at, updated_at = :now "
                + "WHERE status = 'SCHEDULED' AND opens_at <= :now")
                .setParameter("now", now).executeUpdate();
        int closed = em.createNativeQuery("UPDATE prompt SET status = 'CLOSED', closed_at = closes_at, updated_at = :now "
                + "WHERE status = 'OPEN' AND closes_at IS NOT NULL AND closes_at <= :now")
                .setParameter("now", now).executeUpdate();
        return opened + closed;
    }

    private void apply(Prompt p, PromptForm form, Authority authority) {
        p.titleEn = PromptForm.clean(form.titleEn);
        p.bodyEn = PromptForm.clean(form.bodyEn);
        p.titleCy = authority.bilingual ? PromptForm.clean(form.titleCy) : null;
        p.bodyCy = authority.bilingual ? PromptForm.clean(form.bodyCy) : null;
        p.areaId = form.area();
        // Ideas are taken to the end of the closing date, London time.
        p.closesAt = form.hasClosingDate()
                ? form.closingDate().plusDays(1).atStartOfDay(LONDON).toInstant()
                : null;
        p.opensAt = form.hasOpeningDate()
                ? form.openingDate().atStartOfDay(LONDON).toInstant()
                : null;
        p.moderation = form.moderation();
        p.promiseBackers = form.hasPromise() ? form.promiseBackersValue() : null;
        p.promiseDays = form.hasPromise() ? form.promiseDaysValue() : null;
        p.updatedAt = clock.instant();
    }

    FormErrors validate(Authority authority, PromptForm form) {
        FormErrors errors = new FormErrors();
        boolean both = authority.bilingual;
        if (both) {
            errors.text("titleCy", PromptForm.clean(form.titleCy), TITLE_MAX, PromptMsg::promptTitleCyRequired, PromptMsg::promptTitleTooLong);
        }
        errors.text("titleEn", PromptForm.clean(form.titleEn), TITLE_MAX, PromptMsg::promptTitleEnRequired, PromptMsg::promptTitleTooLong);
        if (both) {
            errors.text("bodyCy", PromptForm.clean(form.bodyCy), BODY_MAX, PromptMsg::promptBodyCyRequired, PromptMsg::promptBodyTooLong);
        }
        errors.text("bodyEn", PromptForm.clean(form.bodyEn), BODY_MAX, PromptMsg::promptBodyEnRequired, PromptMsg::promptBodyTooLong);
        Long area = form.area();
        if (area != null && Area.inAuthority(authority.id, area).isEmpty()) {
            errors.add("areaId", Msg::areaInvalid);
        }
        if (form.hasClosingDate()) {
            LocalDate date = form.closingDate();
            if (date == null) {
                errors.add("closesDay", PromptMsg::promptClosingDateInvalid);
            } else if (date.isBefore(LocalDate.now(clock.withZone(LONDON)))) {
                errors.add("closesDay", PromptMsg::promptClosingDatePast);
            }
        }
        if (form.hasOpeningDate()) {
            LocalDate opens = form.openingDate();
            if (opens == null) {
                errors.add("opensDay", PromptMsg::opensInvalid);
            } else if (opens.isBefore(LocalDate.now(clock.withZone(LONDON)))) {
                errors.add("opensDay", PromptMsg::opensPast);
            } else if (form.hasClosingDate() && form.closingDate() != null && !form.closingDate().isAfter(opens)) {
                errors.add("closesDay", PromptMsg::closesBeforeOpens);
            }
        }
        if (form.moderation() == null) {
            errors.add("moderation", PromptMsg::moderationRequired);
        }
        if (form.promiseStarted()) {
            Integer backers = form.promiseBackersValue();
            Integer days = form.promiseDaysValue();
            if (backers == null || backers < 1 || backers > 100_000) {
                errors.add("promiseBackers", PromptMsg::promiseBackersInvalid);
            }
            if (days == null || days < 1 || days > 250) {
                errors.add("promiseDays", PromptMsg::promiseDaysInvalid);
            }
        }
        return errors;
    }

    /**
     * The question, its row locked before anything is read: two officers publishing, closing or answering it at
     * the same moment take turns, and the second finds it already moved on (its followers are told once).
     */
    private Prompt locked(Authority authority, Long promptId) {
        Prompt.getEntityManager().createNativeQuery("SELECT id FROM prompt WHERE id = ?1 FOR UPDATE")
                .setParameter(1, promptId).getResultList();
        return Prompt.inAuthority(authority.id, promptId).orElse(null);
    }
}
