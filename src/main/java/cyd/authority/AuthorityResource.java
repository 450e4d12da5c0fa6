package cyd.authority;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The list of councils on this Cyd, and each council's colours. */
@Path("/")
public class AuthorityResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Authority> authorities, boolean deleted);
    }

    @GET
    @Path("/{lang:en|cy}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@jakarta.ws.rs.QueryParam("deleted") String deleted) {
        return Templates.index(Authority.allByName(), deleted != null);
    }

    /** The council's colour for the page header, as a small cacheable stylesheet (no inline styles). */
    @GET
    @Path("/theme/{slug}.css")
    @Produces("text/css")
    public Response theme(String slug) {
        Authority a = Authority.bySlug(slug).orElseThrow(NotFoundException::new);
        String colour = a.colour != null && a.colour.matches("#[0-9a-fA-F]{6}") ? a.colour : "#0b4f6c";
        String css = ".cyd-header, .cyd-header .govuk-header__container { background-color: " + colour
                + "; border-bottom-color: " + colour + "; }\n"
                + ".govuk-service-navigation { border-top: 4px solid " + colour + "; }\n"
                + ".govuk-footer { border-top-color: " + colour + "; }\n"
                + ".cyd-backing { border-top-color: " + colour + "; }\n"
                + ".cyd-embed__main { border-top-color: " + colour + "; }\n";
        return Response.ok(css).header("Cache-Control", "public, max-age=300").build();
    }
}
