package cyd.embed;

import java.util.List;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.authority.Authority;
import cyd.web.FormErrors;
import cyd.web.Outcome;
import cyd.web.Pages;
import cyd.web.RequestContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Officers list the websites allowed to embed their council's questions. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class EmbedManageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sites(Authority authority, String sites, FormErrors errors, boolean saved);
    }

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    RequestContext ctx;

    @Inject
    EmbedSites embedSites;

    @GET
    @Path("/{lang:en|cy}/{authority}/manage/embedding")
    public TemplateInstance page(String authority, @RestQuery String saved) {
        Authority a = councils.forOfficers(authority);
        return Templates.sites(a, String.join("\n", embedSites.of(a.id)), FormErrors.none(), saved != null);
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/embedding")
    public Response save(String authority, @RestForm String sites) {
        Authority a = councils.forOfficers(authority);
        Outcome<List<String>> result = embedSites.save(a.id, me.viewer(), sites);
        if (result instanceof Outcome.Invalid<List<String>> invalid) {
            return Pages.invalid(Templates.sites(a, sites, invalid.errors(), false));
        }
        if (result instanceof Outcome.Done<List<String>>) {
            return Pages.seeOther(a.link(ctx.getLang(), "/manage/embedding?saved=1"));
        }
        throw new ForbiddenException();
    }
}
