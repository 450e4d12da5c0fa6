package cyd.prompt;

import java.util.List;

import cyd.web.Lang;
import cyd.web.MaxChars;
import cyd.web.Said;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The question coach for questions written anywhere: POST {"text": "...", "lang": "en"|"cy"}. What may be sent is
 * said by the constraints on {@link Request}; a request that breaks one gets a problem+json 400 naming the field,
 * in the client's language (Accept-Language).
 */
@Path("/")
@Said(PromptMsg.class)
public class QuestionCoachApi {

    public static final int TEXT_MAX = 1_000;

    @Said(PromptMsg.class)
    public record Request(@NotBlank(message = "coachTextRequired") @MaxChars(value = TEXT_MAX, message = "coachTextTooLong") String text,
            @Pattern(regexp = "en|cy", message = "coachLangInvalid") String lang) {
    }

    public record Answer(String verdict, List<String> reasons, String suggestion) {
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Reads a question in English or Welsh as open, closed or vague, with reasons and an open rewrite")
    @POST
    @Path("/api/v1/question-coach")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response coach(@Valid @NotNull(message = "coachTextRequired") Request request) {
        String lang = request.lang() == null ? Lang.EN : request.lang();
        QuestionCoach.Advice advice = QuestionCoach.read(request.text(), lang);
        return Response.ok(new Answer(advice.verdict().name().toLowerCase(),
                advice.reasons().stream().map(r -> CoachWords.reason(r).in(lang)).toList(), advice.suggestion())).build();
    }
}
