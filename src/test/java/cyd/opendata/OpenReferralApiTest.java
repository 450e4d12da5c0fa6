package cyd.opendata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.organisation.Organisation;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A council's organisations as Open Referral UK: every answer of the profile's endpoints valid against the schemas
 * the UK profile publishes (kept in src/test/resources/openreferral-uk, with its own API description naming which
 * schema answers which endpoint), ids as UUIDs, charity and company numbers as organization identifiers.
 */
@QuarkusTest
class OpenReferralApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROFILE = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    @Test
    void aCouncilsOrganisationsReadAsTheUkProfileSays() throws Exception {
        Authority council = Fixtures.authority(true);
        Area area = Fixtures.area(council, "Llanbed");
        Organisation charity = Fixtures.organisation(council, "Cyfeillion y Parc", "Rydym yn gofalu am y parc.", "cy", o -> {
            o.charityNumber = "1234567";
            o.companyNumber = "09876543";
            o.website = "https://cyfeillion.example.org";
            o.contactEmail = "helo@cyfeillion.example.org";
        }, area);
        Organisation group = Fixtures.organisation(council, "Street choir", "We sing.", "en", o -> { });
        Long[] ids = { charity.id, group.id };
        String base = "/api/v1/authorities/" + council.slug + "/openreferral";
        JsonNode api = resource("openapi.json");

        JsonNode root = ok(given().get(base + "/"));
        valid(api, "/", root);
        assertEquals("3.0", root.path("version").asText());

        JsonNode services = ok(given().get(base + "/services?per_page=1"));
        valid(api, "/services", services);
        assertEquals(2, services.path("total_items").asInt());
        assertEquals(2, services.path("total_pages").asInt());
        assertTrue(services.path("first_page").asBoolean() && !services.path("last_page").asBoolean());
        JsonNode second = ok(given().get(base + "/services?page=2&per_page=1"));
        valid(api, "/services", second);
        assertTrue(second.path("last_page").asBoolean());
        JsonNode all = ok(given().get(base + "/services"));
        valid(api, "/services", all);

        String charityService = OpenReferralApi.uuid(council, "service", ids[0]);
        JsonNode service = ok(given().get(base + "/services/" + charityService));
        valid(api, "/services/{id}", service);
        assertEquals(charityService, service.path("id").asText());
        JsonNode org = service.path("organization");
        assertEquals("https://cyfeillion.example.org", org.path("website").asText(), "website, the profile's name for it");
        assertFalse(org.has("url") || org.has("legal_status") || org.has("charity_number"), "no fields of our own");
        assertEquals(List.of("GB-CHC:1234567", "GB-COH:09876543"), List.of(
                org.path("organization_identifiers").get(0).path("identifier_scheme").asText() + ":"
                        + org.path("organization_identifiers").get(0).path("identifier").asText(),
                org.path("organization_identifiers").get(1).path("identifier_scheme").asText() + ":"
                        + org.path("organization_identifiers").get(1).path("identifier").asText()));
        JsonNode serviceArea = service.path("service_areas").get(0);
        assertEquals(charityService, serviceArea.path("service_id").asText());
        assertEquals("Llanbed", serviceArea.path("extent").asText());
        assertEquals(service.toString(), ok(given().get(base + "/services/" + charityService)).toString(),
                "the same ids every time");
        JsonNode bare = ok(given().get(base + "/services/" + OpenReferralApi.uuid(council, "service", ids[1])));
        valid(api, "/services/{id}", bare);

        JsonNode organizations = ok(given().get(base + "/organizations"));
        valid(schemaWithPage(api, "compiled/organization.json"), organizations);
        valid(api, "/service_at_locations", ok(given().get(base + "/service_at_locations")));
        valid(api, "/taxonomies", ok(given().get(base + "/taxonomies")));

        assertEquals(404, given().get(base + "/services/" + java.util.UUID.randomUUID()).statusCode());
        assertEquals(404, given().get("/api/v1/authorities/no-such/openreferral/services").statusCode());
        Response badPage = given().get(base + "/services?page=0");
        assertEquals(400, badPage.statusCode());
        assertTrue(badPage.contentType().startsWith("application/problem+json"));
    }

    private static JsonNode ok(Response r) throws IOException {
        assertEquals(200, r.statusCode(), r.asString());
        return JSON.readTree(r.asString());
    }

    /** The answer against the schema the profile's API description gives for this path's 200. */
    private static void valid(JsonNode api, String path, JsonNode answer) throws IOException {
        JsonNode schema = api.path("paths").path(path).path("get").path("responses").path("200").path("content")
                .path("application/json").path("schema");
        assertFalse(schema.isMissingNode(), path);
        valid(inline(schema.deepCopy(), api), answer);
    }

    private static void valid(JsonNode schema, JsonNode answer) {
        Schema validator = SCHEMAS.getSchema(schema);
        List<String> errors = validator.validate(answer).stream().map(Error::toString).toList();
        assertEquals(List.of(), errors, answer.toString());
    }

    /** The profile's page with contents of the given schema (for organizations, which its API lists no endpoint of). */
    private static JsonNode schemaWithPage(JsonNode api, String contents) throws IOException {
        ObjectNode schema = JSON.createObjectNode();
        ObjectNode items = schema.putObject("properties").putObject("contents");
        items.put("type", "array");
        items.set("items", resource(contents));
        ArrayNode allOf = schema.putArray("allOf");
        allOf.add(api.path("components").path("schemas").path("Page").deepCopy());
        return schema;
    }

    /** The profile's references (to its published files, and to the description's own Page) put in their places. */
    private static JsonNode inline(JsonNode node, JsonNode api) throws IOException {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            if (o.has("$ref")) {
                String ref = o.get("$ref").asText();
                if (ref.startsWith(PROFILE)) {
                    return resource(ref.substring(PROFILE.length()));
                }
                if (ref.startsWith("#/components/schemas/")) {
                    return inline(api.path("components").path("schemas").path(ref.substring(21)).deepCopy(), api);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(inline(e.getValue(), api));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, inline(node.get(i), api));
            }
        }
        return node;
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = OpenReferralApiTest.class.getResourceAsStream("/openreferral-uk/" + name)) {
            if (in == null) {
                throw new IOException("no profile file " + name);
            }
            return JSON.readTree(in);
        }
    }
}
