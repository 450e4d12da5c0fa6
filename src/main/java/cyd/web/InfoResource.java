package cyd.web;

import java.net.URI;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The front door, and the pages every footer links to. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InfoResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accessibility();

        static native TemplateInstance privacy();

        static native TemplateInstance cookies();
    }

    @Inject
    RequestContext ctx;

    /** The bare address goes to the list of councils in the remembered or preferred language. */
    @GET
    public Response root() {
        return Response.seeOther(URI.create("/" + ctx.getLang())).build();
    }

    @GET
    @Path("/{lang:en|cy}/accessibility")
    public TemplateInstance accessibility() {
        return Templates.accessibility();
    }

    @GET
    @Path("/{lang:en|cy}/privacy")
    public TemplateInstance privacy() {
        return Templates.privacy();
    }

    @GET
    @Path("/{lang:en|cy}/cookies")
    public TemplateInstance cookies() {
        return Templates.cookies();
    }
}
