package cyd.contribution;

import java.util.List;

import org.jboss.resteasy.reactive.RestPath;

import cyd.account.CouncilPages;
import cyd.account.CurrentPerson;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.initiative.Initiative;
import cyd.initiative.InitiativePermissions;
import cyd.initiative.InitiativeService;
import cyd.web.Money;
import cyd.web.RequestContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What people have given: for a whole council, each of its areas, and each initiative. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ImpactResource {

    /** The figures of one scope, ready to show: hours always beside their value. */
    public record Figures(long people, String hours, String value, long initiatives) {
    }

    public record AreaRow(Area area, Figures figures) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance impact(Authority authority, String heading, Area area, Initiative initiative,
                Figures figures, Chart chart, List<AreaRow> areas, String rate);
    }

    @Inject
    CouncilPages councils;

    @Inject
    CurrentPerson me;

    @Inject
    RequestContext ctx;

    @Inject
    ImpactService impact;

    @Inject
    InitiativeService initiatives;

    @GET
    @Path("/{lang:en|cy}/{authority}/impact")
    public TemplateInstance council(String authority) {
        Authority a = councils.open(authority);
        List<AreaRow> rows = Area.forAuthority(a.id).stream()
                .map(ar -> new AreaRow(ar, figures(a, impact.totals(a.id, ar.id, null)))).toList();
        return page(a, a.name(ctx.getLang()), null, null, impact.totals(a.id, null, null), rows);
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/impact/areas/{slug}")
    public TemplateInstance area(String authority, @RestPath String slug) {
        Authority a = councils.open(authority);
        Area area = Area.<Area>find("authorityId = ?1 and slug = ?2", a.id, slug).firstResultOptional()
                .orElseThrow(NotFoundException::new);
        return page(a, area.name(ctx.getLang()), area, null, impact.totals(a.id, area.id, null), List.of());
    }

    @GET
    @Path("/{lang:en|cy}/{authority}/initiatives/{id}/impact")
    public TemplateInstance initiative(String authority, @RestPath Long id) {
        Authority a = councils.open(authority);
        Initiative i = Initiative.inAuthority(a.id, id).orElseThrow(NotFoundException::new);
        if (!i.isPublic() || !InitiativePermissions.canSee(initiatives.standing(me.viewer(), i), i)) {
            throw new NotFoundException();
        }
        return page(a, i.title, null, i, impact.totals(a.id, null, i.id), List.of());
    }

    private TemplateInstance page(Authority a, String heading, Area area, Initiative i, ImpactService.Totals totals,
            List<AreaRow> rows) {
        Chart chart = Chart.of(impact.monthly(a.id, area == null ? null : area.id, i == null ? null : i.id),
                impact.thisMonth(), ImpactService.MONTHS, ctx.getLang(), a.hourlyValuePence);
        return Templates.impact(a, heading, area, i, figures(a, totals), chart, rows, Money.pounds(a.hourlyValuePence));
    }

    private static Figures figures(Authority a, ImpactService.Totals t) {
        return new Figures(t.people(), Money.hours(t.minutes()), Money.pounds(Money.valuePence(t.minutes(),
                a.hourlyValuePence)), t.initiatives());
    }
}
