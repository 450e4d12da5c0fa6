package cyd.account;

import java.time.Year;

import cyd.audit.Audit;
import cyd.authority.Authority;
import cyd.web.FormErrors;
import cyd.web.Money;
import cyd.web.Pages;
import cyd.web.RequestContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** A council's own settings, kept as data: for now, the hourly value of time given, with its source. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CouncilSettingsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Authority authority, String hourlyValue, String source, String year,
                FormErrors errors, boolean saved);
    }

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    RequestContext ctx;

    @Inject
    Audit audit;

    @GET
    @Path("/{lang:en|cy}/{authority}/manage/settings")
    public TemplateInstance settingsPage(String authority, @jakarta.ws.rs.QueryParam("saved") String saved) {
        Authority a = councils.forOfficers(authority);
        return Templates.settings(a, Money.pounds(a.hourlyValuePence).substring(1), a.hourlyValueSource,
                Integer.toString(a.hourlyValueYear), FormErrors.none(), saved != null);
    }

    @POST
    @Path("/{lang:en|cy}/{authority}/manage/settings")
    public Response save(String authority, @RestForm String hourlyValue, @RestForm String source, @RestForm String year) {
        Authority a = councils.forOfficers(authority);
        FormErrors errors = new FormErrors();
        Long pence = Money.parsePence(hourlyValue, 1000, false);
        if (pence == null) {
            errors.add("hourlyValue", AccountMsg::hourlyValueInvalid);
        }
        String src = source == null ? "" : source.strip();
        if (src.isEmpty() || src.length() > 300) {
            errors.add("source", AccountMsg::hourlyValueSourceRequired);
        }
        Integer y = null;
        try {
            y = Integer.valueOf(year == null ? "" : year.strip());
            if (y < 2000 || y > Year.now().getValue()) {
                y = null;
            }
        } catch (NumberFormatException e) {
            y = null;
        }
        if (y == null) {
            errors.add("year", AccountMsg::hourlyValueYearInvalid);
        }
        if (errors.isAny()) {
            return Pages.invalid(Templates.settings(a, hourlyValue, source, year, errors, false));
        }
        int p = pence.intValue();
        int yr = y;
        QuarkusTransaction.requiringNew().run(() -> {
            Authority.update("hourlyValuePence = ?1, hourlyValueSource = ?2, hourlyValueYear = ?3 where id = ?4", p,
                    src, yr, a.id);
            audit.record(a.id, me.viewer().personId(), "settings.hourly-value", "authority", a.id, p + "p (" + src + ", " + yr + ")");
        });
        return Pages.seeOther(ctx.link("/" + a.slug + "/manage/settings?saved=1"));
    }


}
