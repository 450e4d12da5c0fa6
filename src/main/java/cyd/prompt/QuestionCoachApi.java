package cyd.prompt;

import java.util.List;

import cyd.web.ErrorPages;
import cyd.web.Lang;
import cyd.web.RequestContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The question coach for questions written anywhere: POST {"text": "...", "lang": "en"|"cy"}. */
@Path("/")
public class QuestionCoachApi {

    public static final int TEXT_MAX = 1_000;

    public record Request(String text, String lang) {
    }

    public record Answer(String verdict, List<String> reasons, String suggestion) {
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Reads a question in English or Welsh as open, closed or vague, with reasons and an open rewrite")
    @POST
    @Path("/api/v1/question-coach")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response coach(Request request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            return ErrorPages.problem(400, "Bad request", "text is required");
        }
        if (request.text().length() > TEXT_MAX) {
            return ErrorPages.problem(400, "Bad request", "text must be " + TEXT_MAX + " characters or fewer");
        }
        String lang = request.lang() == null ? Lang.EN : request.lang();
        if (!Lang.isSupported(lang)) {
            return ErrorPages.problem(400, "Bad request", "lang must be en or cy");
        }
        QuestionCoach.Advice advice = QuestionCoach.read(request.text(), lang);
        PromptMsg msg = RequestContext.words(PromptMsg.class, lang);
        return Response.ok(new Answer(advice.verdict().name().toLowerCase(),
                advice.reasons().stream().map(r -> CoachWords.reason(r, msg)).toList(), advice.suggestion())).build();
    }
}
