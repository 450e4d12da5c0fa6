package cyd.search;

import java.util.List;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.prompt.Prompt;
import cyd.web.ErrorPages;
import cyd.web.Lang;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cyd.web.ApiDocument;
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

    @Schema(description = "An idea like the text given")
    public record SimilarIdea(@Schema(description = "The idea's id") long id,
            @Schema(description = "The idea") String title,
            @Schema(description = "The language it is written in", enumeration = { "en", "cy" }) String language,
            @Schema(description = "How many people back it") int backingCount,
            @Schema(description = "Its page on Cyd, in the language asked for (a path on this Cyd)") String url) {
    }

    @Schema(description = "Ideas on a question like the text given, best first")
    public record SimilarList(@Schema(description = "The question") long promptId,
            @Schema(description = "At most a handful, best first; none when nothing is alike") List<SimilarIdea> ideas) {
    }

    @Inject
    SimilarIdeas similarIdeas;

    @Operation(summary = "Shown ideas on a question like the text given (for \"Is your idea already here?\")")
    @APIResponse(responseCode = "200", description = "Ideas like the text", content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = SimilarList.class)))
    @APIResponse(responseCode = "400", description = "text is missing or longer than 1,000 characters (application/problem+json)", content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocument.NO_QUESTION, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/api/v1/prompts/{id}/similar")
    public Response similar(@Parameter(description = "The question's id") @RestPath Long id,
            @Parameter(description = "What the person is writing (up to 1,000 characters)", required = true, schema = @Schema(maxLength = TEXT_MAX)) @RestQuery String text,
            @Parameter(description = "The language of the links given back", schema = @Schema(enumeration = { "en", "cy" }, defaultValue = "en")) @RestQuery String lang) {
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
        return Response.ok(new SimilarList(p.id, similar.stream().map(i -> new SimilarIdea(i.id, i.title,
                i.language, i.backingCount, a.link(language, "/ideas/", i.id))).toList())).build();
    }
}
