package cyd.search;

import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.prompt.Prompt;
import cyd.web.ErrorPages;
import cyd.web.Lang;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import cyd.idea.SimilarIdeas;

/** JSON: ideas on a question like the one being written, for "Is your idea already here?" as people type. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class SearchApi {

    public static final int TEXT_MAX = 1_000;

    public record SimilarIdea(long id, String title, String language, int backingCount, String url) {
    }

    @Inject
    SimilarIdeas similarIdeas;

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Shown ideas on a question like the text given (for \"Is your idea already here?\")")
    @GET
    @Path("/api/v1/prompts/{id}/similar")
    public Response similar(@RestPath Long id, @RestQuery String text, @RestQuery String lang) {
        Prompt p = Prompt.findById(id);
        if (p == null || !p.isPublished()) {
            return ErrorPages.problem(404, "Not found", "No published prompt has id " + id);
        }
        if (text == null || text.length() > TEXT_MAX) {
            return ErrorPages.problem(400, "Bad request", "text is required, up to " + TEXT_MAX + " characters");
        }
        Authority a = Authority.findById(p.authorityId);
        String language = Lang.isSupported(lang) ? lang : Lang.EN;
        List<Idea> similar = similarIdeas.to(p.id, text, null);
        return Response.ok(Map.of("promptId", p.id, "ideas", similar.stream().map(i -> new SimilarIdea(i.id, i.title,
                i.language, i.backingCount, a.link(language, "/ideas/", i.id))).toList())).build();
    }
}
