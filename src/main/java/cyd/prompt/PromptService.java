package cyd.prompt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.account.Viewer;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Msg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** An officer's work on prompts: write a draft, correct it, publish it, close it. */
@ApplicationScoped
public class PromptService {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 10_000;


    @Inject
    Clock clock;

    @Transactional
    public Outcome<Prompt> writeDraft(Authority authority, Viewer viewer, PromptForm form, Msg msg) {
        if (!PromptPermissions.canManage(viewer, authority.id)) {
            return Outcome.refused();
        }
        FormErrors errors = validate(authority, form, msg);
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
        return Outcome.done(p);
    }

    @Transactional
    public Outcome<Prompt> edit(Authority authority, Viewer viewer, Long promptId, PromptForm form, Msg msg) {
        Prompt p = Prompt.inAuthority(authority.id, promptId).orElse(null);
        if (p == null || !PromptPermissions.canEdit(viewer, p)) {
            return Outcome.refused();
        }
        FormErrors errors = validate(authority, form, msg);
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        apply(p, form, authority);
        return Outcome.done(p);
    }

    @Transactional
    public Outcome<Prompt> publish(Authority authority, Viewer viewer, Long promptId, Msg msg) {
        Prompt p = Prompt.inAuthority(authority.id, promptId).orElse(null);
        if (p == null || !PromptPermissions.canPublish(viewer, p)) {
            return Outcome.refused();
        }
        Instant now = clock.instant();
        if (p.closesAt != null && !now.isBefore(p.closesAt)) {
            return Outcome.invalid(new FormErrors().add("closesDay", msg.promptClosingDatePassed()));
        }
        p.status = PromptStatus.OPEN;
        p.publishedAt = now;
        p.updatedAt = now;
        return Outcome.done(p);
    }

    @Transactional
    public Outcome<Prompt> close(Authority authority, Viewer viewer, Long promptId) {
        Prompt p = Prompt.inAuthority(authority.id, promptId).orElse(null);
        if (p == null || !PromptPermissions.canClose(viewer, p)) {
            return Outcome.refused();
        }
        Instant now = clock.instant();
        p.status = PromptStatus.CLOSED;
        p.closedAt = now;
        p.updatedAt = now;
        return Outcome.done(p);
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
        p.updatedAt = clock.instant();
    }

    FormErrors validate(Authority authority, PromptForm form, Msg msg) {
        FormErrors errors = new FormErrors();
        boolean both = authority.bilingual;
        if (both) {
            text(errors, "titleCy", form.titleCy, TITLE_MAX, msg.promptTitleCyRequired(), msg.promptTitleTooLong());
        }
        text(errors, "titleEn", form.titleEn, TITLE_MAX, msg.promptTitleEnRequired(), msg.promptTitleTooLong());
        if (both) {
            text(errors, "bodyCy", form.bodyCy, BODY_MAX, msg.promptBodyCyRequired(), msg.promptBodyTooLong());
        }
        text(errors, "bodyEn", form.bodyEn, BODY_MAX, msg.promptBodyEnRequired(), msg.promptBodyTooLong());
        Long area = form.area();
        if (area != null && Area.inAuthority(authority.id, area).isEmpty()) {
            errors.add("areaId", msg.areaInvalid());
        }
        if (form.hasClosingDate()) {
            LocalDate date = form.closingDate();
            if (date == null) {
                errors.add("closesDay", msg.promptClosingDateInvalid());
            } else if (date.isBefore(LocalDate.now(clock.withZone(LONDON)))) {
                errors.add("closesDay", msg.promptClosingDatePast());
            }
        }
        return errors;
    }

    private static void text(FormErrors errors, String field, String value, int max, String required, String tooLong) {
        String v = PromptForm.clean(value);
        if (v.isEmpty()) {
            errors.add(field, required);
        } else if (v.codePointCount(0, v.length()) > max) {
            errors.add(field, tooLong);
        }
    }
}
