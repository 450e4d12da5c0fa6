package cyd.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import cyd.organisation.Organisation;
import cyd.organisation.OrganisationArea;
import cyd.web.AnswerNow;
import cyd.web.ApiDocument;
import cyd.web.ErrorPages;
import cyd.web.Site;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A council's voluntary organisations as Open Referral UK (the UK profile of HSDS 3.0) serves them, so that a
 * council's service directory reads Cyd's partners as it reads any other ORUK feed: the profile's API root,
 * services (each organisation's work with the council's communities), one service in full with its organisation,
 * identifiers and service areas, services at locations and taxonomies (none yet), in the profile's paging envelope.
 * Every id is a UUID made from what it names, so it stays the same from one request to the next.
 */
@Path("/api/v1/authorities/{slug}/openreferral")
@Produces(MediaType.APPLICATION_JSON)
public class OpenReferralApi {

    static final String PROFILE = "https://openreferraluk.org/";
    static final String PROFILE_OPENAPI = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json";
    static final int PER_PAGE = 50;
    static final int PER_PAGE_MAX = 500;

    private static final String ORUK = "Open Referral UK (the UK profile of HSDS 3.0): see " + PROFILE_OPENAPI;

    @Inject
    Site site;

    @Operation(summary = "Open Referral UK: what this API serves (HSDS version and profile)")
    @APIResponse(responseCode = "200", description = ORUK, content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(type = SchemaType.OBJECT, description = "version, profile, openapi_url")))
    @APIResponse(responseCode = "404", description = ApiDocument.NO_COUNCIL, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/")
    public Map<String, Object> root(@Parameter(description = "The council's slug") @RestPath String slug) {
        council(slug);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", "3.0");
        body.put("profile", PROFILE);
        body.put("openapi_url", PROFILE_OPENAPI);
        return body;
    }

    @Operation(summary = "Open Referral UK: the council's voluntary organisations' services, a page at a time")
    @APIResponse(responseCode = "200", description = ORUK, content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(type = SchemaType.OBJECT, description = "The profile's page: total_items, total_pages, page_number, size, first_page, last_page, empty, contents (services)")))
    @APIResponse(responseCode = "400", description = "page or per_page is not a whole number in range (application/problem+json)", content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocument.NO_COUNCIL, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/services")
    public Map<String, Object> services(@Parameter(description = "The council's slug") @RestPath String slug,
            @Parameter(description = "Page number, from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @RestQuery String page,
            @Parameter(description = "Services a page (1 to 500)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @RestQuery("per_page") String perPage) {
        Authority a = council(slug);
        return organisations(a, page, perPage, o -> service(a, o, false, null));
    }

    @Operation(summary = "Open Referral UK: one service in full, with its organisation, identifiers and service areas")
    @APIResponse(responseCode = "200", description = ORUK, content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(type = SchemaType.OBJECT, description = "A service, as the profile's compiled service schema")))
    @APIResponse(responseCode = "404", description = "No such council, or no service of it has this id (application/problem+json)", content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/services/{id}")
    public Map<String, Object> service(@Parameter(description = "The council's slug") @RestPath String slug,
            @Parameter(description = "The service's id (a UUID from /services)") @RestPath String id) {
        Authority a = council(slug);
        Map<Long, Area> areas = new HashMap<>();
        Area.forAuthority(a.id).forEach(ar -> areas.put(ar.id, ar));
        for (Organisation o : Organisation.forAuthority(a.id)) {
            if (uuid(a, "service", o.id).equals(id)) {
                return service(a, o, true, areas);
            }
        }
        throw new AnswerNow(ErrorPages.problem(404, "Not found", "No service of this council has id " + id));
    }

    @Operation(summary = "Open Referral UK: the council's voluntary organisations, with their identifiers, a page at a time")
    @APIResponse(responseCode = "200", description = ORUK, content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(type = SchemaType.OBJECT, description = "The profile's page, contents being organizations")))
    @APIResponse(responseCode = "400", description = "page or per_page is not a whole number in range (application/problem+json)", content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocument.NO_COUNCIL, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/organizations")
    public Map<String, Object> organizations(@Parameter(description = "The council's slug") @RestPath String slug,
            @Parameter(description = "Page number, from 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) @RestQuery String page,
            @Parameter(description = "Organisations a page (1 to 500)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @RestQuery("per_page") String perPage) {
        Authority a = council(slug);
        return organisations(a, page, perPage, o -> organization(a, o, site.url(a.link("en", "/organisations/", o.id))));
    }

    @Operation(summary = "Open Referral UK: services at locations (Cyd's organisations have none yet)")
    @APIResponse(responseCode = "200", description = ORUK, content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(type = SchemaType.OBJECT, description = "The profile's page, with no contents")))
    @APIResponse(responseCode = "404", description = ApiDocument.NO_COUNCIL, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/service_at_locations")
    public Map<String, Object> serviceAtLocations(@Parameter(description = "The council's slug") @RestPath String slug) {
        council(slug);
        return page(0, 1, PER_PAGE, List.of());
    }

    @Operation(summary = "Open Referral UK: taxonomies (Cyd classifies nothing yet)")
    @APIResponse(responseCode = "200", description = ORUK, content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(type = SchemaType.OBJECT, description = "The profile's page, with no contents")))
    @APIResponse(responseCode = "404", description = ApiDocument.NO_COUNCIL, content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(implementation = ErrorPages.Problem.class)))
    @GET
    @Path("/taxonomies")
    public Map<String, Object> taxonomies(@Parameter(description = "The council's slug") @RestPath String slug) {
        council(slug);
        return page(0, 1, PER_PAGE, List.of());
    }

    /** A service: what the organisation does with the council's communities; in full with its areas and contacts. */
    private Map<String, Object> service(Authority a, Organisation o, boolean full, Map<Long, Area> areas) {
        String page = site.url(a.link("en", "/organisations/", o.id));
        String serviceId = uuid(a, "service", o.id);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", serviceId);
        s.put("organization_id", uuid(a, "organisation", o.id));
        s.put("name", o.name);
        s.put("description", o.description);
        s.put("url", page);
        if (o.contactEmail != null) {
            s.put("email", o.contactEmail);
        }
        s.put("status", "active");
        s.put("organization", organization(a, o, page));
        if (full) {
            List<Map<String, Object>> serviceAreas = new ArrayList<>();
            for (OrganisationArea oa : OrganisationArea.<OrganisationArea>list("organisationId", o.id)) {
                Area ar = areas.get(oa.areaId);
                if (ar == null) {
                    continue;
                }
                Map<String, Object> area = new LinkedHashMap<>();
                area.put("id", uuid(a, "service-area-" + ar.id, o.id));
                area.put("service_id", serviceId);
                area.put("name", ar.nameEn);
                area.put("extent", ar.nameEn);
                area.put("extent_type", "text");
                area.put("uri", site.url(a.link("en", "/impact/areas/", ar.slug)));
                serviceAreas.add(area);
            }
            s.put("service_areas", serviceAreas);
            List<Map<String, Object>> contacts = new ArrayList<>();
            if (o.contactEmail != null || o.contactPhone != null) {
                Map<String, Object> contact = new LinkedHashMap<>();
                contact.put("id", uuid(a, "contact", o.id));
                contact.put("service_id", serviceId);
                contact.put("name", o.name);
                contacts.add(contact);
            }
            s.put("contacts", contacts);
        }
        return s;
    }

    /** The organisation, with its charity and company numbers as identifiers in org-id.guide's schemes. */
    private static Map<String, Object> organization(Authority a, Organisation o, String page) {
        String id = uuid(a, "organisation", o.id);
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", id);
        org.put("name", o.name);
        org.put("description", o.description);
        if (o.contactEmail != null) {
            org.put("email", o.contactEmail);
        }
        org.put("website", o.website != null ? o.website : page);
        org.put("uri", page);
        List<Map<String, Object>> identifiers = new ArrayList<>();
        if (o.charityNumber != null) {
            identifiers.add(identifier(a, o, id, "GB-CHC", "Charity number", o.charityNumber));
        }
        if (o.companyNumber != null) {
            identifiers.add(identifier(a, o, id, "GB-COH", "Company number", o.companyNumber));
        }
        org.put("organization_identifiers", identifiers);
        return org;
    }

    private static Map<String, Object> identifier(Authority a, Organisation o, String orgId, String scheme, String type,
            String value) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("id", uuid(a, "identifier-" + scheme, o.id));
        i.put("organization_id", orgId);
        i.put("identifier_scheme", scheme);
        i.put("identifier_type", type);
        i.put("identifier", value);
        return i;
    }

    /** One page of the council's organisations, each shaped as the profile wants, in the profile's envelope. */
    private static Map<String, Object> organisations(Authority a, String page, String perPage,
            java.util.function.Function<Organisation, Map<String, Object>> shape) {
        int number = whole(page, 1, Integer.MAX_VALUE, 1, "page");
        int size = whole(perPage, 1, PER_PAGE_MAX, PER_PAGE, "per_page");
        List<Organisation> all = Organisation.forAuthority(a.id);
        int from = (int) Math.min((long) (number - 1) * size, all.size());
        List<Map<String, Object>> contents = all.subList(from, Math.min(from + size, all.size())).stream().map(shape).toList();
        return page(all.size(), number, size, contents);
    }

    /** The profile's page envelope. */
    private static Map<String, Object> page(int total, int number, int size, List<Map<String, Object>> contents) {
        int pages = Math.max(1, (total + size - 1) / size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total_items", total);
        body.put("total_pages", pages);
        body.put("page_number", number);
        body.put("size", contents.size());
        body.put("first_page", number == 1);
        body.put("last_page", number >= pages);
        body.put("empty", contents.isEmpty());
        body.put("contents", contents);
        return body;
    }

    /** A UUID that names the same thing in every answer: made from the council, the kind of thing and its id. */
    public static String uuid(Authority a, String kind, Long id) {
        return UUID.nameUUIDFromBytes(("cyd:" + a.slug + ":" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static int whole(String value, int min, int max, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new AnswerNow(ErrorPages.problem(400, "Bad request", name + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max)));
    }

    private static Authority council(String slug) {
        return ReachApi.council(slug);
    }
}
