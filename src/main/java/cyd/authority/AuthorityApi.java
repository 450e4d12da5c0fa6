package cyd.authority;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Read-only JSON for integrations: the councils on this Cyd and their areas. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorityApi {

    public record Names(String en, String cy) {
    }

    public record AreaJson(long id, String slug, Names name) {
    }

    public record AuthorityJson(String slug, Names name, boolean bilingual, String colour, List<AreaJson> areas) {
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The councils on this Cyd, with their areas")
    @GET
    @Path("/api/v1/authorities")
    public Map<String, List<AuthorityJson>> list() {
        List<Authority> authorities = Authority.allByName();
        Map<Long, List<AreaJson>> areas = new java.util.HashMap<>();
        for (Area ar : Area.<Area>listAll()) {
            areas.computeIfAbsent(ar.authorityId, k -> new java.util.ArrayList<>())
                    .add(new AreaJson(ar.id, ar.slug, new Names(ar.nameEn, ar.nameCy)));
        }
        return Map.of("authorities", authorities.stream()
                .map(a -> new AuthorityJson(a.slug, new Names(a.nameEn, a.nameCy), a.bilingual, a.colour,
                        areas.getOrDefault(a.id, List.of())))
                .toList());
    }
}
