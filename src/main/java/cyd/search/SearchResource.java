package cyd.search;

import cyd.web.SearchTerms;

import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestQuery;

import cyd.account.CouncilPages;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.idea.IdeaStatus;
import cyd.prompt.Prompt;
import cyd.web.RequestContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Search a council's ideas and initiatives by words, with filters, the words marked in what is found. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SearchResource {

    /** A result as the page shows it: the title and an excerpt cut into marked and plain parts. */
    public record Shown(SearchService.Hit hit, String link, List<SearchTerms.Part> title,
            List<SearchTerms.Part> excerpt, Area area) {
    }

    /** The choices of the search form, as typed (kept when the page comes back). */
    public record Form(String q, String type, String area, String prompt, String status) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Authority authority, Form form, List<Shown> results, boolean searched,
                boolean tooShort, int page, String previous, String next, List<Area> areas, List<Prompt> prompts,
                List<IdeaStatus> statuses);
    }

    @Inject
    CouncilPages councils;

    @Inject
    RequestContext ctx;

    @Inject
    SearchService search;

    @GET
    @Path("/{lang:en|cy}/{authority}/search")
    public TemplateInstance page(String authority, @RestQuery String q, @RestQuery String type,
            @RestQuery String area, @RestQuery String prompt, @RestQuery String status, @RestQuery Integer page) {
        Authority a = councils.open(authority);
        List<Area> areas = Area.forAuthority(a.id);
        List<Prompt> prompts = Prompt.publishedForAuthority(a.id);
        Long areaId = idIn(area, areas.stream().map(x -> x.id).toList());
        Long promptId = idIn(prompt, prompts.stream().map(x -> x.id).toList());
        IdeaStatus ideaStatus = parseStatus(status);
        SearchService.Kind kind = "ideas".equals(type) ? SearchService.Kind.IDEA
                : "initiatives".equals(type) ? SearchService.Kind.INITIATIVE : null;
        Form form = new Form(q == null ? "" : q, kind == null ? "" : type, areaId == null ? "" : areaId.toString(),
                promptId == null ? "" : promptId.toString(), ideaStatus == null ? "" : ideaStatus.name());
        SearchTerms terms = SearchTerms.of(q);
        boolean searched = q != null && !q.isBlank();
        int p = page == null ? 1 : Math.max(1, Math.min(page, SearchService.PAGES_MAX));
        SearchService.Results results = search.search(a.id, terms,
                new SearchService.Filters(kind, areaId, promptId, ideaStatus == null ? null : ideaStatus.name()), p);
        Map<Long, Area> areaById = new java.util.HashMap<>();
        areas.forEach(x -> areaById.put(x.id, x));
        String lang = ctx.getLang();
        List<Shown> shown = results.hits().stream().map(h -> new Shown(h,
                a.link(lang, h.kind() == SearchService.Kind.IDEA ? "/ideas/" : "/initiatives/", h.id()),
                terms.highlight(h.title()), terms.highlight(terms.excerpt(h.text(), 240)),
                h.areaId() == null ? null : areaById.get(h.areaId()))).toList();
        String base = a.link(lang, "/search?", query(form));
        return Templates.search(a, form, shown, searched, searched && terms.isEmpty(), results.page(),
                results.page() > 1 ? base + "&page=" + (results.page() - 1) : null,
                results.more() ? base + "&page=" + (results.page() + 1) : null, areas, prompts,
                List.of(IdeaStatus.values()));
    }

    private static String query(Form f) {
        return "q=" + enc(f.q()) + "&type=" + enc(f.type()) + "&area=" + enc(f.area()) + "&prompt=" + enc(f.prompt())
                + "&status=" + enc(f.status());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An id from the form, if it is one of the choices offered; anything else is no filter. */
    private static Long idIn(String s, List<Long> allowed) {
        try {
            Long id = s == null || s.isBlank() ? null : Long.valueOf(s.strip());
            return id != null && allowed.contains(id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static IdeaStatus parseStatus(String s) {
        try {
            return s == null || s.isBlank() ? null : IdeaStatus.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
