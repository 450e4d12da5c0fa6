package cyd.opendata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.initiative.Initiative;
import cyd.prompt.Prompt;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The API's OpenAPI document, as /q/openapi serves it: valid against OpenAPI 3.1's own JSON Schema, describing
 * every answer with a schema of its fields (problem+json ones too), and every real answer of the API valid against
 * the schema the document gives for it. The document is written to target/openapi/openapi.json, which .ci/run also
 * gives to @apidevtools/swagger-parser.
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static JsonNode document() throws Exception {
        String text = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Path out = Path.of("target", "openapi", "openapi.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        return JSON.readTree(text);
    }

    @Test
    void theDocumentIsValidOpenApi31AndDescribesEveryAnswer() throws Exception {
        JsonNode doc = document();
        Schema oas;
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi/oas-3.1-schema.json")) {
            oas = SCHEMAS.getSchema(in);
        }
        List<Error> errors = oas.validate(doc);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), "valid against OpenAPI 3.1's schema");

        assertTrue(doc.path("openapi").asText().startsWith("3.1"), doc.path("openapi").asText());
        assertFalse(doc.path("info").path("license").path("url").asText().isEmpty(), "the licence has its address");
        assertEquals("/", doc.path("servers").path(0).path("url").asText(),
                "the document says where the API answers: at its own address, wherever Cyd is deployed");

        int operations = 0;
        List<String> undocumented = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode ok = op.getValue().path("responses").path("200").path("content").path("application/json").path("schema");
                assertFalse(ok.isMissingNode() || ok.isEmpty(), name + " documents its answer");
                if (path.getKey().contains("{")) {
                    JsonNode notFound = op.getValue().path("responses").path("404").path("content").path("application/problem+json");
                    JsonNode badRequest = op.getValue().path("responses").path("400").path("content").path("application/problem+json");
                    assertFalse(notFound.isMissingNode() && badRequest.isMissingNode(), name + " documents its problem answers");
                }
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    if (parameter.path("name").asText().equals("limit")) {
                        assertEquals("integer", parameter.path("schema").path("type").asText(), name + ": limit is a number");
                    }
                    if (parameter.path("name").asText().equals("sort")) {
                        assertEquals(2, parameter.path("schema").path("enum").size(), name + ": sort names its orders");
                    }
                    if (parameter.path("description").asText().isEmpty()) {
                        undocumented.add(name + " parameter " + parameter.path("name").asText());
                    }
                }
            }
        }
        assertTrue(operations >= 10, "every operation of the API is in the document: " + operations);

        int fields = 0;
        for (Iterator<Map.Entry<String, JsonNode>> schemas = doc.path("components").path("schemas").fields(); schemas.hasNext();) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            for (Iterator<Map.Entry<String, JsonNode>> props = schema.getValue().path("properties").fields(); props.hasNext();) {
                Map.Entry<String, JsonNode> prop = props.next();
                fields++;
                if (prop.getValue().path("description").asText().isEmpty() && !prop.getValue().has("$ref")) {
                    undocumented.add(schema.getKey() + "." + prop.getKey());
                }
            }
        }
        assertTrue(fields >= 70, "the answers' fields are in the document: " + fields);
        assertEquals(List.of(), undocumented, "every field and parameter says what it is");
    }

    @Test
    void everyRealAnswerOfTheApiIsValidAgainstItsSchema() throws Exception {
        JsonNode doc = document();
        Authority council = Fixtures.authority(true);
        Authority english = Fixtures.authority(false);
        Area area = Fixtures.area(council, "Aberaeron");
        Prompt prompt = Fixtures.openPrompt(council);
        Fixtures.idea(prompt, Fixtures.resident(), "Plannu coed ffrwythau");
        Fixtures.idea(prompt, Fixtures.resident(), "Repair café at the library");
        Initiative initiative = CoFixtures.initiative(council, Fixtures.resident());
        Fixtures.organisation(council, "Friends of the park", "Rydym yn gofalu am y parc.", "cy", o -> {
            o.charityNumber = "1234567";
            o.website = "https://friends.example.org";
        }, area);
        Fixtures.organisation(council, "Street choir", "We sing.", "en", o -> { });

        String s = council.slug;
        check(doc, "/api/v1/authorities", 200, given().get("/api/v1/authorities"));
        check(doc, "/api/v1/authorities/{slug}/prompts", 200, given().get("/api/v1/authorities/" + s + "/prompts"));
        check(doc, "/api/v1/authorities/{slug}/prompts", 200, given().get("/api/v1/authorities/" + english.slug + "/prompts"));
        check(doc, "/api/v1/authorities/{slug}/prompts", 404, given().get("/api/v1/authorities/no-such/prompts"));
        check(doc, "/api/v1/prompts/{id}/ideas", 200, given().get("/api/v1/prompts/" + prompt.id + "/ideas?limit=1"));
        check(doc, "/api/v1/prompts/{id}/ideas", 200, given().get("/api/v1/prompts/" + prompt.id + "/ideas?sort=new"));
        check(doc, "/api/v1/prompts/{id}/ideas", 400, given().get("/api/v1/prompts/" + prompt.id + "/ideas?limit=abc"));
        check(doc, "/api/v1/prompts/{id}/ideas", 404, given().get("/api/v1/prompts/999999999/ideas"));
        check(doc, "/api/v1/prompts/{id}/similar", 200, given().get("/api/v1/prompts/" + prompt.id + "/similar?text=repair&lang=cy"));
        check(doc, "/api/v1/prompts/{id}/similar", 400, given().get("/api/v1/prompts/" + prompt.id + "/similar"));
        check(doc, "/api/v1/authorities/{slug}/areas", 200, given().get("/api/v1/authorities/" + s + "/areas"));
        check(doc, "/api/v1/authorities/{slug}/initiatives", 200, given().get("/api/v1/authorities/" + s + "/initiatives"));
        check(doc, "/api/v1/authorities/{slug}/initiatives", 400, given().get("/api/v1/authorities/" + s + "/initiatives?after=x"));
        check(doc, "/api/v1/authorities/{slug}/organisations", 200, given().get("/api/v1/authorities/" + s + "/organisations?limit=1"));
        check(doc, "/api/v1/authorities/{slug}/organisations", 200, given().get("/api/v1/authorities/" + s + "/organisations"));
        check(doc, "/api/v1/authorities/{slug}/totals", 200, given().get("/api/v1/authorities/" + s + "/totals"));
        check(doc, "/api/v1/authorities/{slug}/totals", 404, given().get("/api/v1/authorities/no-such/totals"));
        check(doc, "/api/v1/question-coach", 200, given().contentType("application/json")
                .body(Map.of("text", "Hoffech chi helpu yn y parc?", "lang", "cy")).post("/api/v1/question-coach"));
        check(doc, "/api/v1/question-coach", 400, given().contentType("application/json")
                .body(Map.of("text", "", "lang", "fr")).post("/api/v1/question-coach"));
        assertTrue(initiative.id > 0);
    }

    /** The answer's body against the schema the document gives for this path, method and status. */
    private static void check(JsonNode doc, String path, int status, Response answer) throws Exception {
        assertEquals(status, answer.statusCode(), path + " " + answer.asString());
        JsonNode operation = doc.path("paths").path(path);
        JsonNode op = operation.has("get") ? operation.path("get") : operation.path("post");
        String type = status < 300 ? "application/json" : "application/problem+json";
        JsonNode schema = op.path("responses").path(String.valueOf(status)).path("content").path(type).path("schema");
        assertFalse(schema.isMissingNode(), path + " documents its " + status + " answer as " + type);
        assertTrue(answer.contentType().startsWith(type), path + " answers " + answer.contentType());
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema.deepCopy());
        root.set("components", doc.path("components"));
        Schema validator = SCHEMAS.getSchema(SchemaLocation.of("https://cyd.test/openapi.json"), root);
        JsonNode body = JSON.readTree(answer.asString());
        List<String> errors = validator.validate(body).stream().map(Error::toString).toList();
        assertEquals(List.of(), errors, path + " " + status + ": " + answer.asString());
    }
}
