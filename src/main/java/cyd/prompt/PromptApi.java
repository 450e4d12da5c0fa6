package cyd.prompt;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cyd.authority.Authority;
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

    public record Text(String en, String cy) {
    }

    public record PromptJson(long id, Text title, Text body, String status, Long areaId, Instant closesAt,
            Instant publishedAt, int ideaCount) {
    }

    @Inject
    Clock clock;

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "A council's published questions with their idea counts; drafts never appear")
    @GET
    @Path("/api/v1/authorities/{slug}/prompts")
    public Map<String, List<PromptJson>> list(String slug) {
        Authority a = Authority.bySlug(slug).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        return Map.of("prompts", Prompt.publishedForAuthority(a.id).stream()
                .map(p -> new PromptJson(p.id, new Text(p.titleEn, p.titleCy), new Text(p.bodyEn, p.bodyCy),
                        p.isOpen(now) ? "open" : p.status == PromptStatus.OPEN ? "closed" : p.status.name().toLowerCase(java.util.Locale.ROOT), p.areaId, p.closesAt, p.publishedAt, p.ideaCount))
                .toList());
    }
}
