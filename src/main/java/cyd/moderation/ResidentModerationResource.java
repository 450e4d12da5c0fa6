package cyd.moderation;

import java.util.List;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.authority.Authority;
import cyd.idea.IdeaPermissions;
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

/**
 * Residents' side of moderation: reporting an idea or comment, seeing what of theirs was hidden and why,
 * appealing once, and each council's public moderation log.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ResidentModerationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Authority authority, ModeratedItem item, String back, ReportForm form,
                FormErrors errors);

        static native TemplateInstance mine(List<AppealService.Hidden> hidden, boolean appealed);

        static native TemplateInstance appeal(ModerationDecision decision, ModeratedItem item, String action,
                String text, FormErrors errors);

        static native TemplateInstance log(Authority authority, List<ModerationQueue.LogLine> lines,
                java.util.Map<String, Long> restored);
    }

    /** Something of the person's that a moderator hid, with the decision that stands. */

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
    ReportService reports;

    @Inject
    ModerationQueue queues;

    @GET
    @Path("/{lang:en|cy}/{authority}/report/{type:idea|comment}/{id}")
    public Object reportPage(String authority, String type, @RestPath Long id) {
        Authority a = councils.open(authority);
        ModeratedItem item = shownIn(a, type, id);
        Object refused = refusal(a, item);
        if (refused != null) {
            return refused;
        }
        return Templates.report(a, item, ideaLink(a, item), new ReportForm(), FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/report/{type:idea|comment}/{id}")
    public Response report(String authority, String type, @RestPath Long id, @BeanParam ReportForm form) {
        Authority a = councils.open(authority);
        ModeratedItem item = shownIn(a, type, id);
        Object refused = refusal(a, item);
        if (refused instanceof Response r) {
            return r;
        }
        Outcome<ReportService.ReportOutcome> result = reports.report(item.type(), id, me.viewer(), form);
        if (result instanceof Outcome.Invalid<ReportService.ReportOutcome> invalid) {
            return Pages.invalid(Templates.report(a, item, ideaLink(a, item), form, invalid.errors()));
        }
        if (result instanceof Outcome.Done<ReportService.ReportOutcome>) {
            return Pages.seeOther(ideaLink(a, item) + "?notice=reported");
        }
        throw new ForbiddenException();
    }

    @GET
    @Path("/{lang:en|cy}/account/moderation")
    public Object mine(@org.jboss.resteasy.reactive.RestQuery String notice) {
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx);
        }
        List<AppealService.Hidden> hidden = appeals.hiddenOf(me.id());
        return Templates.mine(hidden, "appealed".equals(notice));
    }

    @GET
    @Path("/{lang:en|cy}/account/moderation/{decision}/appeal")
    public Object appealPage(@RestPath Long decision) {
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx);
        }
        ModerationDecision d = own(decision);
        return Templates.appeal(d, ModeratedItem.find(d.contentType, d.contentId).orElseThrow(NotFoundException::new),
                appealAction(d), "", FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/account/moderation/{decision}/appeal")
    public Response appeal(@RestPath Long decision, @RestForm String appeal) {
        if (!me.isSignedIn()) {
            return Pages.signInFirst(ctx);
        }
        ModerationDecision d = own(decision);
        Outcome<ModerationDecision> result = appeals.appeal(decision, me.viewer(), appeal);
        if (result instanceof Outcome.Invalid<ModerationDecision> invalid) {
            return Pages.invalid(Templates.appeal(d,
                    ModeratedItem.find(d.contentType, d.contentId).orElseThrow(NotFoundException::new),
                    appealAction(d), appeal, invalid.errors()));
        }
        if (result instanceof Outcome.Done<ModerationDecision>) {
            return Pages.seeOther(ctx.link("/account/moderation") + "?notice=appealed");
        }
        // Already appealed, or no longer the decision that stands.
        return Response.status(Response.Status.CONFLICT).entity(mine(null)).build();
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/moderation-log")
    public TemplateInstance log(String authority) {
        Authority a = councils.open(authority);
        return Templates.log(a, queues.publicLog(a.id), queues.restoredByMonth(a.id));
    }

    private String appealAction(ModerationDecision d) {
        return ctx.link("/account/moderation/" + d.id + "/appeal");
    }

    private ModerationDecision own(Long decision) {
        return ModerationDecision.<ModerationDecision>findByIdOptional(decision)
                .filter(d -> me.id().equals(d.authorId) && d.action == ModerationDecision.Action.HIDE)
                .orElseThrow(NotFoundException::new);
    }

    /** Only shown items can be reported, and only through their own council's pages. */
    private static ModeratedItem shownIn(Authority a, String type, Long id) {
        return ModeratedItem.find(type, id).filter(i -> i.authorityId().equals(a.id) && i.isShown())
                .orElseThrow(NotFoundException::new);
    }

    /** Why this viewer cannot report: a response to send instead, or null. */
    private Object refusal(Authority a, ModeratedItem item) {
        IdeaPermissions.Decision d = IdeaPermissions.asResident(me.viewer(), a.id);
        if (d == IdeaPermissions.Decision.SIGN_IN) {
            return Pages.signInFirst(ctx);
        }
        if (d != IdeaPermissions.Decision.ALLOWED) {
            return Pages.seeOther(ideaLink(a, item) + "?notice=" + d.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (me.id().equals(item.authorId())) {
            throw new ForbiddenException();
        }
        return null;
    }

    private String ideaLink(Authority a, ModeratedItem item) {
        return a.link(ctx.getLang(), "/ideas/", item.ideaId());
    }
}
