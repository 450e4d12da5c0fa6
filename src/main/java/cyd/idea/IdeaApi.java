package cyd.idea;

import java.time.Instant;
import java.util.List;

import org.jboss.resteasy.reactive.RestQuery;

import cyd.prompt.Prompt;
import cyd.web.ErrorPages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Read-only JSON: a published prompt's ideas with their backing counts, a page at a time. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class IdeaApi {

    public record IdeaJson(long id, String title, String description, String language, String status,
            int backingCount, Long areaId, Instant createdAt) {
    }

    public record IdeaList(long promptId, String sort, List<IdeaJson> ideas, String next) {
    }

    @jakarta.inject.Inject
    IdeaService ideas;

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "A published question's shown ideas with backing counts and status, most backed (sort=top) or newest (sort=new) first; next is the cursor of the next page")
    @GET
    @Path("/api/v1/prompts/{id}/ideas")
    public Response list(Long id, @RestQuery String sort, @RestQuery String after, @RestQuery String limit) {
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
