package cyd.opendata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.prompt.Prompt;
import cyd.web.RequestContext;
import cyd.web.Site;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Atom feeds of what is new: a council's new questions, new ideas and answers; the same for one area; and for
 * one question its ideas and answers. Public content only, no names; newest 50 entries.
 */
@Path("/")
public class FeedResource {

    public static final String ATOM = "application/atom+xml";
    static final int ENTRIES = 50;

    @Inject
    PublicData data;

    @Inject
    Site site;

    @Inject
    cyd.account.CouncilPages pages;

    @GET
    @Path("/{lang:en|cy}/{authority}/feed.atom")
    @Produces(ATOM)
    public Response council(String lang, String authority) {
        Authority a = council(authority);
        return feed(a, lang, new PublicData.Scope(a.id, null, null), a.name(lang), a.link(lang), "/feed.atom");
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/areas/{area}/feed.atom")
    @Produces(ATOM)
    public Response area(String lang, String authority, String area) {
        Authority a = council(authority);
        Area ar = Area.forAuthority(a.id).stream().filter(x -> x.slug.equals(area)).findFirst()
                .orElseThrow(NotFoundException::new);
        return feed(a, lang, new PublicData.Scope(a.id, ar.id, null), a.name(lang) + ": " + ar.name(lang),
                a.link(lang, "/impact/areas/", ar.slug), "/areas/" + ar.slug + "/feed.atom");
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/prompts/{id}/feed.atom")
    @Produces(ATOM)
    public Response prompt(String lang, String authority, @RestPath Long id) {
        Authority a = council(authority);
        Prompt p = Prompt.inAuthority(a.id, id).filter(Prompt::isPublished).orElseThrow(NotFoundException::new);
        return feed(a, lang, new PublicData.Scope(a.id, null, p.id), p.title(lang), a.link(lang, "/prompts/", p.id),
                "/prompts/" + p.id + "/feed.atom");
    }

    private Response feed(Authority a, String lang, PublicData.Scope scope, String title, String alternate,
            String selfPath) {
        OpenDataMsg re = RequestContext.words(OpenDataMsg.class, lang);
        List<Atom.Entry> entries = new ArrayList<>();
        if (scope.promptId() == null) {
            for (Prompt p : data.prompts(scope, ENTRIES)) {
                String link = site.url(a.link(lang, "/prompts/", p.id));
                entries.add(new Atom.Entry(link, re.feedNewQuestion(), p.title(lang), p.titleLang(lang), link,
                        p.publishedAt == null ? p.createdAt : p.publishedAt, p.body(lang), p.titleLang(lang), "question"));
            }
        }
        for (Idea i : data.ideas(scope, false, ENTRIES)) {
            String link = site.url(a.link(lang, "/ideas/", i.id));
            entries.add(new Atom.Entry(link, re.feedNewIdea(), i.title, i.language, link, i.createdAt, i.description,
                    i.language, "idea"));
        }
        for (Idea i : data.ideas(scope, true, ENTRIES)) {
            String link = site.url(a.link(lang, "/ideas/", i.id));
            entries.add(new Atom.Entry(link + "#answer-title", re.feedAnswer(), i.title, i.language, link, i.answeredAt,
                    i.answer, i.answerLanguage == null ? "en" : i.answerLanguage, "answer"));
        }
        entries.sort(Comparator.comparing(Atom.Entry::updated).reversed());
        List<Atom.Entry> newest = entries.size() > ENTRIES ? entries.subList(0, ENTRIES) : entries;
        String xml = Atom.feed(lang, title, site.url(a.link(lang, selfPath)), site.url(alternate), a.name(lang),
                newest, a.createdAt == null ? Instant.EPOCH : a.createdAt);
        return Response.ok(xml, ATOM + "; charset=utf-8").header("Cache-Control", "public, max-age=300").build();
    }

    private Authority council(String slug) {
        return pages.inItsLanguages(slug);
    }

}
