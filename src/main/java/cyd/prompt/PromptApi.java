package cyd.prompt;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cyd.authority.Authority;
import cyd.web.ApiDocument;
import cyd.web.ErrorPages;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Read-only JSON: a council's published prompts with their idea counts. Drafts never appear. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PromptApi {

    @Schema(description = "A text in English and in Welsh")
    public record Text(@Schema(description = "In English", nullable = true) String en,
            @Schema(description = "In Welsh; null where the council is English-only or wrote none", nullable = true) String cy) {
    }

    @Schema(description = "A published question")
    public record PromptJson(@Schema(description = "The question's id, as in /api/v1/prompts/{id}/ideas") long id,
            @Schema(description = "The question") Text title,
            @Schema(description = "What the council says about it") Text body,
            @Schema(description = "open: taking ideas; closed: past its closing date or closed; responded: the council has answered; archived", enumeration = {
                    "open", "closed", "responded", "archived" }) String status,
            @Schema(description = "The area it belongs to, or null for the whole council", nullable = true) Long areaId,
            @Schema(description = "When it stops taking ideas (UTC), or null if it has no closing date", nullable = true) Instant closesAt,
            @Schema(description = "When it was published (UTC)", nullable = true) Instant publishedAt,
            @Schema(description = "How many ideas people can see on it") int ideaCount) {
    }

    @Schema(description = "A council's published questions")
    public record PromptList(@Schema(description = "Newest first") List<PromptJson> prompts) {
    }

    @Inject
    Clock clock;

    @Operation(summary = "A council's published questions with their idea counts; drafts never appear")
    @APIResponse(responseCode = "200", description = "The questions", content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = PromptList.class)))
    @APIResponse(responseCode = "404", description = ApiDocument.NO_COUNCIL, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/api/v1/authorities/{slug}/prompts")
    public PromptList list(@org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "The council's slug") @org.jboss.resteasy.reactive.RestPath String slug) {
        Authority a = Authority.bySlug(slug).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        return new PromptList(Prompt.publishedForAuthority(a.id).stream()
                .map(p -> new PromptJson(p.id, new Text(p.titleEn, p.titleCy), new Text(p.bodyEn, p.bodyCy),
                        p.isOpen(now) ? "open" : p.status == PromptStatus.OPEN ? "closed" : p.status.name().toLowerCase(java.util.Locale.ROOT), p.areaId, p.closesAt, p.publishedAt, p.ideaCount))
                .toList());
    }
}
