package cyd.opendata;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.contribution.ImpactService;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.organisation.Organisation;
import cyd.organisation.OrganisationArea;
import cyd.authority.AuthorityApi.AreaJson;
import cyd.authority.AuthorityApi.Names;
import cyd.web.ApiDocument;
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

    @Schema(description = "A council's areas")
    public record AreaList(@Schema(description = "Every area, by English name") List<AreaJson> areas) {
    }

    @Schema(description = "An approved initiative: people doing something together that grew from an idea or was proposed on its own")
    public record InitiativeJson(@Schema(description = "The initiative's id; its page on Cyd is …/initiatives/{id}") long id,
            @Schema(description = "Its name") String title,
            @Schema(description = "What it does", nullable = true) String description,
            @Schema(description = "The language it is written in", enumeration = { "en", "cy" }) String language,
            @Schema(description = "forming: gathering people; active; paused; completed", enumeration = { "forming", "active", "paused", "completed" }) String status,
            @Schema(description = "The area it works in, or null", nullable = true) Long areaId,
            @Schema(description = "The idea it grew from, or null", nullable = true) Long ideaId,
            @Schema(description = "How many people take part") int members,
            @Schema(description = "Hours given and confirmed by its organisers, as a decimal (e.g. 12.5)", pattern = "^[0-9]+(\\.[0-9]+)?$") String confirmedHours,
            @Schema(description = "Their value at the council's hourly value, in pounds (e.g. 231.88)", pattern = "^[0-9]+\\.[0-9]{2}$") String valuePounds,
            @Schema(description = "Its page on Cyd (English)", format = "uri") String url) {
    }

    @Schema(description = "A page of a council's initiatives, by id")
    public record InitiativePage(@Schema(description = "This page") List<InitiativeJson> initiatives,
            @Schema(description = "Give this as after= for the next page; null on the last page", nullable = true) String next) {
    }

    @Schema(description = "A voluntary organisation in the council's directory")
    public record OrganisationJson(@Schema(description = "The organisation's id on Cyd") long id,
            @Schema(description = "Its name") String name,
            @Schema(description = "What it does", nullable = true) String description,
            @Schema(description = "The language its description is written in", enumeration = { "en", "cy" }) String language,
            @Schema(description = "Its charity number (Charity Commission for England and Wales), or null", nullable = true) String charityNumber,
            @Schema(description = "Its company number (Companies House), or null", nullable = true) String companyNumber,
            @Schema(description = "Its own website, or null", nullable = true) String website,
            @Schema(description = "Its public contact email, or null", nullable = true) String email,
            @Schema(description = "Its public contact phone number, or null", nullable = true) String phone,
            @Schema(description = "Whether the council has verified it") boolean verified,
            @Schema(description = "The areas it works in (ids as in /areas)") List<Long> areaIds,
            @Schema(description = "Its page on Cyd (English)", format = "uri") String url) {
    }

    @Schema(description = "A page of a council's organisations, by id")
    public record OrganisationPage(@Schema(description = "This page") List<OrganisationJson> organisations,
            @Schema(description = "Give this as after= for the next page; null on the last page", nullable = true) String next) {
    }

    @Schema(description = "Time given in a council, counted from confirmed contributions")
    public record Totals(@Schema(description = "People who have given time") long people,
            @Schema(description = "Hours given and confirmed, as a decimal", pattern = "^[0-9]+(\\.[0-9]+)?$") String confirmedHours,
            @Schema(description = "Their value in pounds at the council's hourly value", pattern = "^[0-9]+\\.[0-9]{2}$") String valuePounds,
            @Schema(description = "The council's hourly value of time given, in pounds", pattern = "^[0-9]+\\.[0-9]{2}$") String hourlyValuePounds,
            @Schema(description = "Where the hourly value comes from (e.g. ASHE Wales)", nullable = true) String hourlyValueSource,
            @Schema(description = "The year of the hourly value's source") int hourlyValueYear,
            @Schema(description = "Approved initiatives") long initiatives) {
    }

    @Inject
    Site site;

    @Inject
    ImpactService impact;

    @Operation(summary = "A council's areas")
    @APIResponse(responseCode = "200", description = "The areas", content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = AreaList.class)))
    @APIResponse(responseCode = "404", description = ApiDocument.NO_COUNCIL, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/api/v1/authorities/{slug}/areas")
    public Response areas(@Parameter(description = "The council's slug") @RestPath String slug) {
        Authority a = council(slug);
        return Response.ok(new AreaList(Area.forAuthority(a.id).stream()
                .map(ar -> new AreaJson(ar.id, ar.slug, new Names(ar.nameEn, ar.nameCy))).toList())).build();
    }

    @Operation(summary = "A council's approved initiatives with people involved and confirmed hours and their value; cursor-paged by after")
    @APIResponse(responseCode = "200", description = "A page of initiatives", content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = InitiativePage.class)))
    @APIResponse(responseCode = "400", description = ApiDocument.BAD_PAGE, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocument.NO_COUNCIL, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/api/v1/authorities/{slug}/initiatives")
    public Response initiatives(@Parameter(description = "The council's slug") @RestPath String slug,
            @Parameter(description = "The next cursor of the page before; leave out for the first page") @RestQuery String after,
            @Parameter(description = "How many a page (1 to 100)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @RestQuery String limit) {
        Authority a = council(slug);
        Paging p = paging(after, limit);
        List<Initiative> rows = Initiative.find("authorityId = ?1 and approval = ?2 and id > ?3 order by id", a.id,
                Approval.APPROVED, p.after()).page(Page.ofSize(p.size() + 1)).list();
        return page(rows, p.size(), n -> n.id, n -> new InitiativeJson(n.id, n.title, n.description,
                n.language, n.status.name().toLowerCase(), n.areaId, n.ideaId, n.memberCount,
                OpenDataResource.hours(n.confirmedMinutes), OpenDataResource.pounds(n.confirmedMinutes, a),
                site.url(a.link("en", "/initiatives/", n.id))), InitiativePage::new);
    }

    @Operation(summary = "A council's directory of voluntary organisations; cursor-paged by after")
    @APIResponse(responseCode = "200", description = "A page of organisations", content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = OrganisationPage.class)))
    @APIResponse(responseCode = "400", description = ApiDocument.BAD_PAGE, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocument.NO_COUNCIL, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/api/v1/authorities/{slug}/organisations")
    public Response organisations(@Parameter(description = "The council's slug") @RestPath String slug,
            @Parameter(description = "The next cursor of the page before; leave out for the first page") @RestQuery String after,
            @Parameter(description = "How many a page (1 to 100)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @RestQuery String limit) {
        Authority a = council(slug);
        Paging p = paging(after, limit);
        List<Organisation> rows = Organisation.find("authorityId = ?1 and id > ?2 order by id", a.id, p.after())
                .page(Page.ofSize(p.size() + 1)).list();
        return page(rows, p.size(), o -> o.id, o -> organisation(a, o), OrganisationPage::new);
    }

    @Operation(summary = "Public totals of time given in a council: people involved, confirmed hours and their value, with the hourly value's source")
    @APIResponse(responseCode = "200", description = "The totals", content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = Totals.class)))
    @APIResponse(responseCode = "404", description = ApiDocument.NO_COUNCIL, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/api/v1/authorities/{slug}/totals")
    public Response totals(@Parameter(description = "The council's slug") @RestPath String slug) {
        Authority a = council(slug);
        ImpactService.Totals t = impact.totals(a.id, null, null);
        return Response.ok(new Totals(t.people(), OpenDataResource.hours(t.minutes()),
                OpenDataResource.pounds(t.minutes(), a), java.math.BigDecimal.valueOf(a.hourlyValuePence, 2).toPlainString(),
                a.hourlyValueSource, a.hourlyValueYear, t.initiatives())).build();
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
    private static <T, J> Response page(List<T> rows, int size, java.util.function.Function<T, Long> id,
            java.util.function.Function<T, J> json, java.util.function.BiFunction<List<J>, String, ?> body) {
        List<T> shown = rows.subList(0, Math.min(rows.size(), size));
        return Response.ok(body.apply(shown.stream().map(json).toList(),
                rows.size() > size ? id.apply(shown.get(shown.size() - 1)).toString() : null)).build();
    }

    /** The council an address names; a problem+json 404 if none. */
    static Authority council(String slug) {
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
