package cyd.moderation;

import java.time.Clock;
import java.util.List;

import cyd.account.AccountBlock;
import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.account.Person;
import cyd.audit.AuditEntry;
import cyd.authority.Authority;
import cyd.content.HideReason;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Pages;
import cyd.web.RequestContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The moderators' side: the queue, deciding on an item, appeals, blocks; and the admins' audit log. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ModerationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Authority authority, ModerationQueue.Queue queue, ModerationNotice notice);

        static native TemplateInstance item(ModerationItemView v);

        static native TemplateInstance block(Authority authority, Person person, BlockForm form, FormErrors errors);

        static native TemplateInstance audit(Authority authority, List<AuditEntry> entries, Long next);
    }

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    RequestContext ctx;

    @Inject
    ModerationService moderation;

    @Inject
    AppealService appeals;

    @Inject
    BlockService blocks;

    @Inject
    ModerationQueue queues;

    @Inject
    Clock clock;

    @GET
    @Path("/{lang:en|cy}/{authority}/manage/moderation")
    public TemplateInstance queue(String authority, @RestQuery String notice) {
        Authority a = councils.forModerators(authority);
        return Templates.queue(a, queues.of(a.id, clock.instant()), ModerationNotice.parse(notice));
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/manage/moderation/{type:idea|comment}/{id}")
    public TemplateInstance item(String authority, String type, @RestPath Long id, @RestQuery String notice) {
        Authority a = councils.forModerators(authority);
        ModeratedItem item = itemIn(a, type, id);
        return itemPage(a, item, new ReportForm(), null, null, FormErrors.none(), ModerationNotice.parse(notice));
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/moderation/{type:idea|comment}/{id}/approve")
    public Response approve(String authority, String type, @RestPath Long id) {
        Authority a = councils.forModerators(authority);
        ModeratedItem item = itemIn(a, type, id);
        return done(a, item, moderation.approve(item.type(), id, me.viewer()), "approved");
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/moderation/{type:idea|comment}/{id}/restore")
    public Response restore(String authority, String type, @RestPath Long id) {
        Authority a = councils.forModerators(authority);
        ModeratedItem item = itemIn(a, type, id);
        return done(a, item, moderation.restore(item.type(), id, me.viewer()), "restored");
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/moderation/{type:idea|comment}/{id}/hide")
    public Response hide(String authority, String type, @RestPath Long id, @BeanParam ReportForm form) {
        Authority a = councils.forModerators(authority);
        ModeratedItem item = itemIn(a, type, id);
        Outcome<ModerationDecision> result = moderation.hide(item.type(), id, me.viewer(), form);
        if (result instanceof Outcome.Invalid<ModerationDecision> invalid) {
            ctx.showAs(itemLink(a, item));
            return Pages.invalid(itemPage(a, item, form, null, null, invalid.errors(), null));
        }
        return done(a, item, result, "hidden");
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/moderation/appeals/{decision}")
    public Response decideAppeal(String authority, @RestPath Long decision, @RestForm String outcome,
            @RestForm String note) {
        Authority a = councils.forModerators(authority);
        ModerationDecision d = ModerationDecision.<ModerationDecision>findByIdOptional(decision)
                .filter(x -> x.authorityId.equals(a.id)).orElseThrow(NotFoundException::new);
        ModeratedItem item = ModeratedItem.find(d.contentType, d.contentId).orElseThrow(NotFoundException::new);
        Outcome<ModerationDecision> result = appeals.decideAppeal(decision, me.viewer(), outcome, note);
        if (result instanceof Outcome.Invalid<ModerationDecision> invalid) {
            ctx.showAs(itemLink(a, item));
            return Pages.invalid(itemPage(a, item, new ReportForm(), outcome, note, invalid.errors(), null));
        }
        return done(a, item, result, "appeal_decided");
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/manage/moderation/people/{person}/block")
    public TemplateInstance blockPage(String authority, @RestPath Long person) {
        Authority a = councils.forModerators(authority);
        Person p = Person.<Person>findByIdOptional(person).orElseThrow(NotFoundException::new);
        return Templates.block(a, p, new BlockForm(), FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/moderation/people/{person}/block")
    public Response block(String authority, @RestPath Long person, @BeanParam BlockForm form) {
        Authority a = councils.forModerators(authority);
        Person p = Person.<Person>findByIdOptional(person).orElseThrow(NotFoundException::new);
        Outcome<AccountBlock> result = blocks.block(a.id, person, me.viewer(), form);
        if (result instanceof Outcome.Invalid<AccountBlock> invalid) {
            return Pages.invalid(Templates.block(a, p, form, invalid.errors()));
        }
        if (result instanceof Outcome.Done<AccountBlock>) {
            return Pages.seeOther(queueLink(a) + "?notice=blocked");
        }
        throw new ForbiddenException();
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/moderation/blocks/{block}/end")
    public Response unblock(String authority, @RestPath Long block) {
        Authority a = councils.forModerators(authority);
        if (blocks.unblock(a.id, block, me.viewer()) instanceof Outcome.Done<AccountBlock>) {
            return Pages.seeOther(queueLink(a) + "?notice=unblocked");
        }
        throw new NotFoundException();
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/manage/audit")
    public TemplateInstance audit(String authority, @RestQuery Long before) {
        Authority a = councils.forAdmins(authority);
        List<AuditEntry> entries = AuditEntry.page(a.id, before);
        Long next = entries.size() == AuditEntry.PAGE_SIZE ? entries.get(entries.size() - 1).id : null;
        return Templates.audit(a, entries, next);
    }

    private TemplateInstance itemPage(Authority a, ModeratedItem item, ReportForm hideForm, String appealOutcome,
            String appealNote, FormErrors errors, ModerationNotice notice) {
        ModerationQueue.History h = queues.history(item);
        return Templates.item(new ModerationItemView(a, item, h.names().get(item.authorId()),
                queues.reasons(item.type(), item.id()), h.decisions(), h.names(), h.openAppeal(),
                h.openAppeal() != null && AppealService.canDecideAppeal(me.viewer(), h.openAppeal()), hideForm,
                appealOutcome, appealNote, errors, notice));
    }

    private Response done(Authority a, ModeratedItem item, Outcome<?> result, String notice) {
        if (result instanceof Outcome.Done<?>) {
            return Pages.seeOther(itemLink(a, item) + "?notice=" + notice);
        }
        // A moderator of this council (forModerators said so) whose action no longer applies: the item had
        // moved on (hidden or restored by another moderator a moment earlier). They see it as it now is.
        return Pages.seeOther(itemLink(a, item));
    }

    private static ModeratedItem itemIn(Authority a, String type, Long id) {
        return ModeratedItem.find(type, id).filter(i -> i.authorityId().equals(a.id))
                .orElseThrow(NotFoundException::new);
    }

    private String itemLink(Authority a, ModeratedItem item) {
        return a.link(ctx.getLang(), "/manage/moderation/", item.type().param, "/", item.id());
    }

    private String queueLink(Authority a) {
        return a.link(ctx.getLang(), "/manage/moderation");
    }

}
