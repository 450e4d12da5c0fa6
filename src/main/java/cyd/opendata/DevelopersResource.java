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
            List<String> responses) {
    }

    public record Parameter(String name, String in, boolean required, String type) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance developers(List<Operation> operations, String title, String description);
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
                            p.path("schema").path("type").asText("string")));
                }
                if (m.getValue().has("requestBody")) {
                    params.add(new Parameter("(JSON body)", "body", m.getValue().path("requestBody").path("required")
                            .asBoolean(), "object"));
                }
                List<String> responses = new ArrayList<>();
                m.getValue().path("responses").fieldNames().forEachRemaining(responses::add);
                operations.add(new Operation(m.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        m.getValue().path("summary").asText(""), params, responses));
            }
        }
        operations.sort(java.util.Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return Templates.developers(operations, doc.path("info").path("title").asText("Cyd API"),
                doc.path("info").path("description").asText(""));
    }
}
