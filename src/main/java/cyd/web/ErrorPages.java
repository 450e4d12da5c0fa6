package cyd.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Error pages in the page's language, and problem+json for the API. Never a stack trace. */
@ApplicationScoped
public class ErrorPages {

    public static final String PROBLEM_JSON = "application/problem+json";

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance error(int status, String incident);

        static native TemplateInstance confirmEmailFirst();

        static native TemplateInstance tooMany();

        static native TemplateInstance embedMissing(String lang);
    }

    /** Who may frame the embedded question's error page: anyone, since it holds nothing but a message. */
    static final String EMBED_ERROR_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors *";

    /**
     * An embedded question that cannot be shown (taken down, or a wrong address pasted): a message inside the
     * council's page, in the language of the address, rather than a frame the browser refuses to draw.
     */
    public Response embedMissing(int status, String lang) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", EMBED_ERROR_POLICY).header("Cache-Control", "public, max-age=60")
                .header("Content-Language", lang)
                .entity(Templates.embedMissing(lang).setLocale(Lang.locale(lang))).build();
    }

    /** Done too often in the last hour (a rate limit): 429, saying when to try again. */
    public Response tooMany() {
        return Response.status(429).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Retry-After", "3600")
                .entity(Templates.tooMany()).build();
    }

    /** Signed in, but the email address is not yet confirmed: they read, and post once it is (403). */
    public Response confirmEmailFirst() {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.confirmEmailFirst()).build();
    }

    public Response page(Response.Status status) {
        return page(status.getStatusCode(), null);
    }

    public Response page(int status, String incident) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, incident)).build();
    }

    /** The page rendered now, for answers made outside a resource (the router's last resort). */
    public String render(int status, String lang, String incident) {
        return Templates.error(status, incident).setLocale(Lang.locale(lang)).render();
    }

    /** The page rendered outside any resource (the router's last resort, load shedding), on a thread that may block. */
    public String renderAlone(int status, String lang, String path, String incident) {
        io.quarkus.arc.ManagedContext request = io.quarkus.arc.Arc.container().requestContext();
        boolean activated = !request.isActive();
        if (activated) {
            request.activate();
        }
        try {
            RequestContext ctx = io.quarkus.arc.Arc.container().instance(RequestContext.class).get();
            ctx.begin(path, null, false);
            ctx.setLang(lang, true);
            return render(status, lang, incident);
        } finally {
            if (activated) {
                request.terminate();
            }
        }
    }

    /** Addresses answered in JSON, whose errors are problem+json rather than a page: the API and oEmbed. */
    public static boolean speaksJson(String path) {
        return path.startsWith("/api/") || path.equals("/oembed");
    }

    public static Response problem(int status, String title, String detail) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status, detail)).build();
    }

    /** A request with fields that cannot be taken: each named, with what is wrong with it. */
    public static Response invalid(java.util.List<InvalidParam> params) {
        String detail = String.join("; ", params.stream().map(InvalidParam::reason).toList());
        return Response.status(400).type(PROBLEM_JSON)
                .entity(new InvalidProblem("about:blank", "Bad request", 400, detail, params)).build();
    }

    /** RFC 9457 problem details with the fields that were wrong, as its "invalid-params" example has them. */
    @Schema(name = "InvalidProblem", description = "A request that breaks a rule of the API, each field named (RFC 9457), in the client's language (Accept-Language: en or cy)")
    public record InvalidProblem(@Schema(description = "Always about:blank: the status says what kind of problem it is") String type,
            @Schema(description = "Bad request") String title,
            @Schema(description = "400") int status,
            @Schema(description = "Every field's reason, joined with '; '") String detail,
            @Schema(name = "invalid-params", description = "One entry per field that breaks a rule") @com.fasterxml.jackson.annotation.JsonProperty("invalid-params") java.util.List<InvalidParam> invalidParams) {
    }

    @Schema(description = "A field and why it was refused")
    public record InvalidParam(@Schema(description = "The field, as sent (e.g. text, lang), or body for the whole body") String name,
            @Schema(description = "Why, in the client's language") String reason) {
    }

    /** RFC 9457 problem details. */
    @Schema(name = "Problem", description = "What went wrong (RFC 9457 problem details, application/problem+json)")
    public record Problem(@Schema(description = "Always about:blank: the status says what kind of problem it is") String type,
            @Schema(description = "The status's name, e.g. Not found") String title,
            @Schema(description = "The HTTP status") int status,
            @Schema(description = "What in particular, when there is more to say", nullable = true) String detail) {
    }
}
