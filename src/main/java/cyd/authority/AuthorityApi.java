package cyd.authority;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cyd.web.ApiDocument;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Read-only JSON for integrations: the councils on this Cyd and their areas. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorityApi {

    @Schema(description = "A name in English and in Welsh")
    public record Names(@Schema(description = "In English") String en,
            @Schema(description = "In Welsh; null where there is none (an English-only council)", nullable = true) String cy) {
    }

    @Schema(description = "An area of a council (a town, a ward, a valley) that questions, ideas and organisations can belong to")
    public record AreaJson(@Schema(description = "The area's id, as areaId elsewhere in the API") long id,
            @Schema(description = "The area's part of the council's addresses") String slug,
            @Schema(description = "The area's name") Names name) {
    }

    @Schema(description = "A council on this Cyd")
    public record AuthorityJson(@Schema(description = "The council's part of every address, e.g. /en/{slug}") String slug,
            @Schema(description = "The council's name") Names name,
            @Schema(description = "Whether the council works in Welsh and English (false: English only)") boolean bilingual,
            @Schema(description = "The council's colour for its pages, #rrggbb", nullable = true, pattern = "^#[0-9a-fA-F]{6}$") String colour,
            @Schema(description = "The council's areas") List<AreaJson> areas) {
    }

    @Schema(description = "The councils on this Cyd")
    public record AuthorityList(@Schema(description = "Every council, by English name") List<AuthorityJson> authorities) {
    }

    @Operation(summary = "The councils on this Cyd, with their areas")
    @APIResponse(responseCode = "200", description = "The councils", content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = AuthorityList.class)))
    @GET
    @Path("/api/v1/authorities")
    public AuthorityList list() {
        List<Authority> authorities = Authority.allByName();
        java.util.Map<Long, List<AreaJson>> areas = new java.util.HashMap<>();
        for (Area ar : Area.<Area>listAll()) {
            areas.computeIfAbsent(ar.authorityId, k -> new java.util.ArrayList<>())
                    .add(new AreaJson(ar.id, ar.slug, new Names(ar.nameEn, ar.nameCy)));
        }
        return new AuthorityList(authorities.stream()
                .map(a -> new AuthorityJson(a.slug, new Names(a.nameEn, a.nameCy), a.bilingual, a.colour,
                        areas.getOrDefault(a.id, List.of())))
                .toList());
    }
}
