package cyd.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.contribution.ImpactService;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.organisation.Organisation;
import cyd.organisation.OrganisationArea;
import cyd.web.ErrorPages;
import cyd.web.AnswerNow;
import cyd.web.Money;
import cyd.web.Site;
import io.quarkus.panache.common.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Read-only JSON for integrations beyond questions and ideas: a council's areas, initiatives (cursor-paged),
 * voluntary organisations (cursor-paged, and as Open Referral UK), and the public totals of time given.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ReachApi {

    public static final int PAGE_SIZE = 20;
    public static final int PAGE_SIZE_MAX = 100;

    public record Names(String en, String cy) {
    }

    public record AreaJson(long id, String slug, Names name) {
    }

    public record InitiativeJson(long id, String title, String description, String language, String status,
            Long areaId, Long ideaId, int members, String confirmedHours, String valuePounds, String url) {
    }

    public record OrganisationJson(long id, String name, String description, String language, String charityNumber,
            String companyNumber, String website, String email, String phone, boolean verified, List<Long> areaIds,
            String url) {
    }

    public record Totals(long people, String confirmedHours, String valuePounds, String hourlyValuePounds,
            String hourlyValueSource, int hourlyValueYear, long initiatives) {
    }

    @Inject
    Site site;

    @Inject
    ImpactService impact;

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "A council's areas")
    @GET
    @Path("/api/v1/authorities/{slug}/areas")
    public Response areas(@RestPath String slug) {
        Authority a = council(slug);
        return Response.ok(Map.of("areas", Area.forAuthority(a.id).stream()
                .map(ar -> new AreaJson(ar.id, ar.slug, new Names(ar.nameEn, ar.nameCy))).toList())).build();
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "A council's approved initiatives with people involved and confirmed hours and their value; cursor-paged by after")
    @GET
    @Path("/api/v1/authorities/{slug}/initiatives")
    public Response initiatives(@RestPath String slug, @RestQuery String after, @RestQuery String limit) {
        Authority a = council(slug);
        Paging p = paging(after, limit);
        List<Initiative> rows = Initiative.find("authorityId = ?1 and approval = ?2 and id > ?3 order by id", a.id,
                Approval.APPROVED, p.after()).page(Page.ofSize(p.size() + 1)).list();
        return page("initiatives", rows, p.size(), n -> n.id, n -> new InitiativeJson(n.id, n.title, n.description,
                n.language, n.status.name().toLowerCase(), n.areaId, n.ideaId, n.memberCount,
                OpenDataResource.hours(n.confirmedMinutes), OpenDataResource.pounds(n.confirmedMinutes, a),
                site.url(a.link("en", "/initiatives/", n.id))));
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "A council's directory of voluntary organisations; cursor-paged by after")
    @GET
    @Path("/api/v1/authorities/{slug}/organisations")
    public Response organisations(@RestPath String slug, @RestQuery String after, @RestQuery String limit) {
        Authority a = council(slug);
        Paging p = paging(after, limit);
        List<Organisation> rows = Organisation.find("authorityId = ?1 and id > ?2 order by id", a.id, p.after())
                .page(Page.ofSize(p.size() + 1)).list();
        return page("organisations", rows, p.size(), o -> o.id, o -> organisation(a, o));
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Public totals of time given in a council: people involved, confirmed hours and their value, with the hourly value's source")
    @GET
    @Path("/api/v1/authorities/{slug}/totals")
    public Response totals(@RestPath String slug) {
        Authority a = council(slug);
        ImpactService.Totals t = impact.totals(a.id, null, null);
        return Response.ok(new Totals(t.people(), OpenDataResource.hours(t.minutes()),
                OpenDataResource.pounds(t.minutes(), a), Money.pounds(a.hourlyValuePence).substring(1),
                a.hourlyValueSource, a.hourlyValueYear, t.initiatives())).build();
    }

    /**
     * The council's voluntary organisations shaped as Open Referral UK: organization, its service (what it does
     * with the council's communities), and the areas it serves as service areas. Only the fields that apply.
     */
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The council's voluntary organisations shaped as Open Referral UK (organization, service, service areas)")
    @GET
    @Path("/api/v1/authorities/{slug}/openreferral/organizations")
    public Response openReferral(@RestPath String slug) {
        Authority a = council(slug);
        Map<Long, Area> areas = new java.util.HashMap<>();
        Area.forAuthority(a.id).forEach(ar -> areas.put(ar.id, ar));
        List<Map<String, Object>> orgs = new ArrayList<>();
        for (Organisation o : Organisation.forAuthority(a.id)) {
            String url = site.url(a.link("en", "/organisations/", o.id));
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("id", "cyd-" + a.slug + "-service-" + o.id);
            service.put("organization_id", "cyd-" + a.slug + "-organisation-" + o.id);
            service.put("name", o.name);
            service.put("description", o.description);
            service.put("url", o.website == null ? url : o.website);
            service.put("email", o.contactEmail);
            service.put("status", "active");
            service.put("service_areas", areaIds(o.id).stream().map(areas::get).filter(java.util.Objects::nonNull)
                    .map(ar -> Map.of("id", "cyd-" + a.slug + "-area-" + ar.id, "service_area", ar.nameEn,
                            "uri", site.url(a.link("en", "/impact/areas/", ar.slug))))
                    .toList());
            service.put("contacts", o.contactPhone == null ? List.of()
                    : List.of(Map.of("phones", List.of(Map.of("number", o.contactPhone)))));
            Map<String, Object> org = new LinkedHashMap<>();
            org.put("id", "cyd-" + a.slug + "-organisation-" + o.id);
            org.put("name", o.name);
            org.put("description", o.description);
            org.put("email", o.contactEmail);
            org.put("url", o.website == null ? url : o.website);
            org.put("legal_status", o.charityNumber != null ? "charity" : o.companyNumber != null ? "company" : null);
            org.put("charity_number", o.charityNumber);
            org.put("company_number", o.companyNumber);
            org.put("services", List.of(service));
            orgs.add(org);
        }
        return Response.ok(Map.of("total_items", orgs.size(), "contents", orgs)).build();
    }

    private OrganisationJson organisation(Authority a, Organisation o) {
        return new OrganisationJson(o.id, o.name, o.description, o.language, o.charityNumber, o.companyNumber,
                o.website, o.contactEmail, o.contactPhone, o.isVerified(), areaIds(o.id),
                site.url(a.link("en", "/organisations/", o.id)));
    }

    private static List<Long> areaIds(Long organisationId) {
        return OrganisationArea.<OrganisationArea>list("organisationId", organisationId).stream()
                .map(x -> x.areaId).toList();
    }

    /** One page of a list fetched one row past the page: the extra row's presence means there is a next page. */
    private static <T> Response page(String name, List<T> rows, int size, java.util.function.Function<T, Long> id,
            java.util.function.Function<T, ?> json) {
        List<T> shown = rows.subList(0, Math.min(rows.size(), size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, shown.stream().map(json).toList());
        body.put("next", rows.size() > size ? id.apply(shown.get(shown.size() - 1)).toString() : null);
        return Response.ok(body).build();
    }

    /** The council an address names; a problem+json 404 if none. */
    private static Authority council(String slug) {
        return Authority.bySlug(slug).orElseThrow(() -> new AnswerNow(notFound(slug)));
    }

    /** The cursor and page size asked for; a problem+json 400 if they cannot be read. */
    private static Paging paging(String after, String limit) {
        Paging p = Paging.of(after, limit);
        if (p.problem() != null) {
            throw new AnswerNow(p.problem());
        }
        return p;
    }

    private static Response notFound(String slug) {
        return ErrorPages.problem(404, "Not found", "No council has the slug " + slug);
    }

    /** A cursor (the last id seen) and a page size, or the problem with them. */
    record Paging(long after, int size, Response problem) {

        static Paging of(String after, String limit) {
            long a = 0;
            int s = PAGE_SIZE;
            try {
                if (after != null && !after.isBlank()) {
                    a = Long.parseLong(after);
                }
            } catch (NumberFormatException e) {
                a = -1;
            }
            if (a < 0) {
                return new Paging(0, 0, ErrorPages.problem(400, "Bad request",
                        "after must be the next cursor of an earlier page"));
            }
            try {
                if (limit != null) {
                    s = Integer.parseInt(limit);
                }
            } catch (NumberFormatException e) {
                s = -1;
            }
            if (s < 1 || s > PAGE_SIZE_MAX) {
                return new Paging(0, 0, ErrorPages.problem(400, "Bad request",
                        "limit must be a whole number from 1 to " + PAGE_SIZE_MAX));
            }
            return new Paging(a, s, null);
        }
    }
}
