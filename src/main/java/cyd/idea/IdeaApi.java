package cyd.idea;

import java.time.Instant;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import cyd.prompt.Prompt;
import cyd.web.ErrorPages;
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

/** Read-only JSON: a published prompt's ideas with their backing counts, a page at a time. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class IdeaApi {

    @Schema(description = "An idea people can see, with how many back it")
    public record IdeaJson(@Schema(description = "The idea's id; its page on Cyd is …/ideas/{id}") long id,
            @Schema(description = "The idea, in the words of the person who shared it") String title,
            @Schema(description = "More about it", nullable = true) String description,
            @Schema(description = "The language it is written in", enumeration = { "en", "cy" }) String language,
            @Schema(description = "Where it stands: submitted (waiting for an answer), under_consideration, taken_forward, not_taken_forward, already_happening, merged (into another idea, with its backers)", enumeration = {
                    "submitted", "under_consideration", "taken_forward", "not_taken_forward", "already_happening", "merged" }) String status,
            @Schema(description = "How many people back it") int backingCount,
            @Schema(description = "The area it belongs to, or null", nullable = true) Long areaId,
            @Schema(description = "When it was shared (UTC)") Instant createdAt) {
    }

    @Schema(description = "A page of a question's ideas")
    public record IdeaList(@Schema(description = "The question") long promptId,
            @Schema(description = "The order of the list", enumeration = { "top", "new" }) String sort,
            @Schema(description = "This page's ideas") List<IdeaJson> ideas,
            @Schema(description = "Give this as after= for the next page; null on the last page", nullable = true) String next) {
    }

    @jakarta.inject.Inject
    IdeaService ideas;

    @Operation(summary = "A published question's shown ideas with backing counts and status, most backed (sort=top) or newest (sort=new) first; next is the cursor of the next page")
    @APIResponse(responseCode = "200", description = "A page of ideas", content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = IdeaList.class)))
    @APIResponse(responseCode = "400", description = "sort is not top or new; " + ApiDocument.BAD_PAGE, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocument.NO_QUESTION, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/api/v1/prompts/{id}/ideas")
    public Response list(@Parameter(description = "The question's id") @org.jboss.resteasy.reactive.RestPath Long id,
            @Parameter(description = "top: most backed first; new: newest first", schema = @Schema(enumeration = { "top", "new" }, defaultValue = "top")) @RestQuery String sort,
            @Parameter(description = "The next cursor of the page before; leave out for the first page") @RestQuery String after,
            @Parameter(description = "How many ideas a page (1 to 100)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @RestQuery String limit) {
        Prompt p = Prompt.findById(id);
        if (p == null || !p.isPublished()) {
            return ErrorPages.problem(404, "Not found", "No published prompt has id " + id);
        }
        if (!IdeaSort.isValid(sort)) {
            return ErrorPages.problem(400, "Bad request", "sort must be top or new");
        }
        int size = IdeaService.PAGE_SIZE;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > IdeaService.PAGE_SIZE_MAX) {
                return ErrorPages.problem(400, "Bad request",
                        "limit must be a whole number from 1 to " + IdeaService.PAGE_SIZE_MAX);
            }
        }
        IdeaSort order = IdeaSort.parse(sort);
        IdeaPage page;
        try {
            page = ideas.page(p.id, order, after, size);
        } catch (IllegalArgumentException e) {
            return ErrorPages.problem(400, "Bad request", "after must be the next cursor of an earlier page");
        }
        return Response.ok(new IdeaList(p.id, order.param(), page.ideas().stream()
                .map(i -> new IdeaJson(i.id, i.title, i.description, i.language, i.status.name().toLowerCase(),
                        i.backingCount, i.areaId, i.createdAt))
                .toList(), page.next())).build();
    }
}
