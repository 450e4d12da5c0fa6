package cyd.prompt;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.content.ModerationWork;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Pages;
import cyd.web.RequestContext;
import cyd.web.Site;
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
import org.jboss.resteasy.reactive.RestPath;

/** The officer's side of prompts: the list of all of them, writing, previewing, publishing, closing. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PromptManageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Authority authority, List<Prompt> prompts, Map<Long, Area> areas,
                Instant now, long moderationWaiting);

        static native TemplateInstance edit(Authority authority, Prompt prompt, String action, PromptForm form,
                List<Area> areas, FormErrors errors);

        static native TemplateInstance preview(Authority authority, Prompt prompt, Area area, FormErrors errors,
                boolean canEdit, boolean canPublish, boolean canClose, boolean canRespond, boolean canArchive,
                ResponseForm responseForm, Instant now, List<CoachView> coach, EmbedSnippets snippets);
    }

    /** The question coach's advice on one language's question, in the page's words. */
    public record CoachView(String label, String lang, String verdict, String verdictName, List<String> reasons,
            String suggestion) {
    }

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    RequestContext ctx;

    @Inject
    PromptService prompts;

    @Inject
    Clock clock;

    @Inject
    ModerationWork queues;

    @Inject
    Site site;

    @GET
    @Path("/{lang:en|cy}/{authority}/manage")
    public TemplateInstance dashboard(String authority) {
        Authority a = councils.forOfficers(authority);
        long waiting = me.viewer().isModeratorOf(a.id) ? queues.waiting(a.id) : 0;
        return Templates.dashboard(a, Prompt.allForAuthority(a.id), PromptResource.areasOf(a), clock.instant(), waiting);
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/manage/prompts/new")
    public TemplateInstance newPrompt(String authority) {
        Authority a = councils.forOfficers(authority);
        return Templates.edit(a, null, createLink(a), new PromptForm(), Area.forAuthority(a.id), FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/prompts/new")
    public Response create(String authority, @BeanParam PromptForm form) {
        Authority a = councils.forOfficers(authority);
        Outcome<Prompt> result = prompts.writeDraft(a, me.viewer(), form);
        if (result instanceof Outcome.Invalid<Prompt> invalid) {
            return Pages.invalid(Templates.edit(a, null, createLink(a), form, Area.forAuthority(a.id), invalid.errors()));
        }
        return toPreview(a, null, result);
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/manage/prompts/{id}")
    public TemplateInstance preview(String authority, @RestPath Long id) {
        Authority a = councils.forOfficers(authority);
        Prompt p = find(a, id);
        return previewPage(a, p, FormErrors.none(), ResponseForm.of(p));
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/manage/prompts/{id}/edit")
    public TemplateInstance editPage(String authority, @RestPath Long id) {
        Authority a = councils.forOfficers(authority);
        Prompt p = find(a, id);
        if (!PromptPermissions.canEdit(me.viewer(), p)) {
            throw new ForbiddenException();
        }
        return Templates.edit(a, p, previewLink(a, p) + "/edit", PromptForm.of(p), Area.forAuthority(a.id), FormErrors.none());
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/prompts/{id}/edit")
    public Response update(String authority, @RestPath Long id, @BeanParam PromptForm form) {
        Authority a = councils.forOfficers(authority);
        Prompt p = find(a, id);
        Outcome<Prompt> result = prompts.edit(a, me.viewer(), id, form);
        if (result instanceof Outcome.Invalid<Prompt> invalid) {
            return Pages.invalid(Templates.edit(a, p, previewLink(a, p) + "/edit", form, Area.forAuthority(a.id), invalid.errors()));
        }
        return toPreview(a, id, result);
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/prompts/{id}/publish")
    public Response publish(String authority, @RestPath Long id) {
        Authority a = councils.forOfficers(authority);
        Outcome<Prompt> result = prompts.publish(a, me.viewer(), id);
        if (result instanceof Outcome.Invalid<Prompt> invalid) {
            ctx.showAs(previewLink(a, find(a, id)));
            Prompt p = find(a, id);
            return Pages.invalid(previewPage(a, p, invalid.errors(), ResponseForm.of(p)));
        }
        return toPreview(a, id, result);
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/prompts/{id}/close")
    public Response close(String authority, @RestPath Long id) {
        Authority a = councils.forOfficers(authority);
        return toPreview(a, id, prompts.close(a, me.viewer(), id));
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/prompts/{id}/respond")
    public Response respond(String authority, @RestPath Long id, @BeanParam ResponseForm form) {
        Authority a = councils.forOfficers(authority);
        Outcome<Prompt> result = prompts.respond(a, me.viewer(), id, form);
        if (result instanceof Outcome.Invalid<Prompt> invalid) {
            Prompt p = find(a, id);
            ctx.showAs(previewLink(a, p));
            return Pages.invalid(previewPage(a, p, invalid.errors(), form));
        }
        return toPreview(a, id, result);
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/prompts/{id}/archive")
    public Response archive(String authority, @RestPath Long id) {
        Authority a = councils.forOfficers(authority);
        return toPreview(a, id, prompts.archive(a, me.viewer(), id));
    }

    /** Done: show the prompt as it now stands. Refused: this officer may not do that to this prompt. */
    /**
     * To the question's page once it has moved on. When it had already moved (a second click, or another officer
     * first), the officer lands on the page as it now is rather than being told they may not.
     */
    private Response toPreview(Authority a, Long id, Outcome<Prompt> result) {
        if (result instanceof Outcome.Done<Prompt> ok) {
            return Pages.seeOther(previewLink(a, ok.value()));
        }
        if (id == null) {
            throw new ForbiddenException();
        }
        return Pages.seeOther(previewLink(a, find(a, id)));
    }

    private TemplateInstance previewPage(Authority a, Prompt p, FormErrors errors, ResponseForm responseForm) {
        Viewer v = me.viewer();
        Area area = p.areaId == null ? null : Area.findById(p.areaId);
        return Templates.preview(a, p, area, errors, PromptPermissions.canEdit(v, p),
                PromptPermissions.canPublish(v, p), PromptPermissions.canClose(v, p), PromptPermissions.canRespond(v, p),
                PromptPermissions.canArchive(v, p), responseForm, clock.instant(), coach(a, p),
                p.isPublished() ? EmbedSnippets.of(site, a, p, ctx.getLang(), p.title(ctx.getLang()))
                        : null);
    }

    private List<CoachView> coach(Authority a, Prompt p) {
        PromptMsg msg = ctx.words(PromptMsg.class);
        List<CoachView> views = new java.util.ArrayList<>();
        if (a.bilingual && p.titleCy != null && !p.titleCy.isBlank()) {
            views.add(view(msg.coachInWelsh(), "cy", p.titleCy));
        }
        if (p.titleEn != null && !p.titleEn.isBlank()) {
            views.add(view(msg.coachInEnglish(), "en", p.titleEn));
        }
        return views;
    }

    /** The coach's reading of a title written in {@code lang}, said in the page's language. */
    private CoachView view(String label, String lang, String text) {
        QuestionCoach.Advice advice = QuestionCoach.read(text, lang);
        return new CoachView(label, lang, CoachWords.verdict(advice.verdict()).in(ctx.getLang()), advice.verdict().name(),
                advice.reasons().stream().map(r -> CoachWords.reason(r).in(ctx.getLang())).toList(), advice.suggestion());
    }


    private static Prompt find(Authority a, Long id) {
        return Prompt.inAuthority(a.id, id).orElseThrow(NotFoundException::new);
    }

    private String createLink(Authority a) {
        return ctx.link("/" + a.slug + "/manage/prompts/new");
    }

    private String previewLink(Authority a, Prompt p) {
        return ctx.link("/" + a.slug + "/manage/prompts/" + p.id);
    }
}
