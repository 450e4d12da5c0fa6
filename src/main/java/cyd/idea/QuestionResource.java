package cyd.idea;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.prompt.Prompt;
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

import cyd.account.Following;

/** A question as residents see it, with a page of its ideas. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class QuestionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance prompt(QuestionPageView v);

        static native TemplateInstance answers(Authority authority, Prompt prompt, List<Idea> answered, int page,
                int pages, long total);
    }

    /** The latest answers a question page shows; the rest are on its page of answers. */
    static final int ANSWERS_SHOWN = 5;
    /** The question page counts its answers this far and says "1,000+" beyond: the same cost with a million ideas. */
    static final int ANSWERS_COUNTED = 1000;
    static final int ANSWERS_PAGE = 25;

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    IdeaPages pages;

    @Inject
    IdeaService ideas;

    @Inject
    ResponsePromise promises;

    @Inject
    Following following;

    @Inject
    RequestContext ctx;

    @GET
    @Path("/{lang:en|cy}/{authority}/prompts/{id}")
    public TemplateInstance prompt(String authority, @RestPath Long id, @RestQuery String sort,
            @RestQuery String after, @RestQuery String notice) {
        Authority a = councils.open(authority);
        Prompt p = pages.visiblePrompt(a, id);
        IdeaSort order = IdeaSort.parse(sort);
        IdeaPage page;
        try {
            page = ideas.page(p.id, order, after, IdeaService.PAGE_SIZE);
        } catch (IllegalArgumentException e) {
            // A cursor this page did not make: start from the top rather than fail.
            page = ideas.page(p.id, order, null, IdeaService.PAGE_SIZE);
        }
        Area area = p.areaId == null ? null : Area.findById(p.areaId);
        Map<Long, Area> areas = Area.forAuthority(a.id).stream()
                .collect(Collectors.toMap(ar -> ar.id, Function.identity()));
        String follows = me.id() == null ? "NONE" : following.frequency(me.id(), p.id);
        // Apart from following (FollowQuestionPart), everyone signed in with the same roles sees the same page.
        ctx.sameForEverySignedInPerson();
        return Templates.prompt(new QuestionPageView(a, p, area, page, order.param(),
                Person.displayNames(page.ideas().stream().map(i -> i.authorId).toList()), areas, p.isOpen(ideas.now()),
                promises.report(p, ideas.now()), Idea.answeredOn(p.id, 0, ANSWERS_SHOWN), Idea.answeredCountUpTo(p.id, ANSWERS_COUNTED), follows,
                "following".equals(notice) || "unfollowed".equals(notice) ? notice : null));
    }

    /** "You said, we did" in full: every answer the council has given on a question, a page at a time. */
    @GET
    @Path("/{lang:en|cy}/{authority}/prompts/{id}/answers")
    public TemplateInstance answers(String authority, @RestPath Long id, @RestQuery String page) {
        Authority a = councils.open(authority);
        Prompt p = pages.visiblePrompt(a, id);
        long total = Idea.answeredCount(p.id);
        int last = (int) Math.max(1, (total + ANSWERS_PAGE - 1) / ANSWERS_PAGE);
        int n = 1;
        try {
            n = page == null ? 1 : Math.max(1, Math.min(last, Integer.parseInt(page)));
        } catch (NumberFormatException e) {
            // not a page number: the first page
        }
        return Templates.answers(a, p, Idea.answeredOn(p.id, n - 1, ANSWERS_PAGE), n, last, total);
    }
}
