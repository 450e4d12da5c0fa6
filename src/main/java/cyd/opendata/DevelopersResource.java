package cyd.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * For developers: the JSON API reference, rendered on the server from the same OpenAPI document that
 * /q/openapi serves (so the two cannot disagree), with the feeds, open data and embedding beside it.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DevelopersResource {

    /** One operation of the API as the page lists it. */
    public record Operation(String method, String path, String summary, List<Parameter> parameters,
            List<Answer> responses) {
    }

    public record Parameter(String name, String in, boolean required, String type, String description) {
    }

    /** One answer an operation gives: its status, what it means, and the schema of its body. */
    public record Answer(String status, String description, String mediaType, String schema) {
    }

    /** A schema of the document's components, with its fields. */
    public record Shape(String name, String description, List<Field> fields) {
    }

    public record Field(String name, String type, String description) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance developers(List<Operation> operations, List<Shape> shapes, String title,
                String description);
    }

    @Inject
    OpenApiDocumentService documents;

    @Inject
    ObjectMapper json;

    @GET
    @Path("/{lang:en|cy}/developers")
    public TemplateInstance page() {
        JsonNode doc;
        try {
            doc = json.readTree(documents.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (!m.getValue().isObject() || !m.getValue().has("responses")) {
                    continue;
                }
                List<Parameter> params = new ArrayList<>();
                for (JsonNode p : m.getValue().path("parameters")) {
                    params.add(new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean(),
                            type(p.path("schema")), p.path("description").asText("")));
                }
                if (m.getValue().has("requestBody")) {
                    JsonNode body = m.getValue().path("requestBody");
                    params.add(new Parameter("(JSON body)", "body", body.path("required").asBoolean(),
                            type(body.path("content").path("application/json").path("schema")), body.path("description").asText("")));
                }
                List<Answer> responses = new ArrayList<>();
                m.getValue().path("responses").fields().forEachRemaining(r -> {
                    Map.Entry<String, JsonNode> media = r.getValue().path("content").fields().hasNext()
                            ? r.getValue().path("content").fields().next() : null;
                    responses.add(new Answer(r.getKey(), r.getValue().path("description").asText(""),
                            media == null ? "" : media.getKey(), media == null ? "" : type(media.getValue().path("schema"))));
                });
                operations.add(new Operation(m.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        m.getValue().path("summary").asText(""), params, responses));
            }
        }
        operations.sort(java.util.Comparator.comparing(Operation::path).thenComparing(Operation::method));
        List<Shape> shapes = new ArrayList<>();
        doc.path("components").path("schemas").fields().forEachRemaining(s -> {
            List<Field> fields = new ArrayList<>();
            s.getValue().path("properties").fields().forEachRemaining(
                    f -> fields.add(new Field(f.getKey(), type(f.getValue()), f.getValue().path("description").asText(""))));
            shapes.add(new Shape(s.getKey(), s.getValue().path("description").asText(""), fields));
        });
        shapes.sort(java.util.Comparator.comparing(Shape::name));
        return Templates.developers(operations, shapes, doc.path("info").path("title").asText("Cyd API"),
                doc.path("info").path("description").asText(""));
    }

    /** A schema said in a few words: a component's name, "array of X", "string or null", with its allowed values. */
    static String type(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return "";
        }
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        List<String> types = new ArrayList<>();
        if (schema.path("type").isArray()) {
            schema.path("type").forEach(t -> types.add(t.asText()));
        } else if (schema.has("type")) {
            types.add(schema.path("type").asText());
        }
        String main = types.stream().filter(t -> !t.equals("null")).findFirst().orElse("object");
        if (main.equals("array")) {
            main = "array of " + type(schema.path("items"));
        }
        if (schema.has("format")) {
            main += " (" + schema.path("format").asText() + ")";
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(v -> values.add(v.asText()));
            main += ": " + String.join(", ", values);
        }
        return types.contains("null") ? main + " or null" : main;
    }
}
