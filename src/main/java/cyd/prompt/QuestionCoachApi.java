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
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CoachRequest", description = "A question to read")
    public record Request(@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The question, up to 1,000 characters", required = true, maxLength = TEXT_MAX) @NotBlank(message = "coachTextRequired") @MaxChars(value = TEXT_MAX, message = "coachTextTooLong") String text,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The language it is written in (and the reasons are said in)", enumeration = { "en", "cy" }, defaultValue = "en") @Pattern(regexp = "en|cy", message = "coachLangInvalid") String lang) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CoachAnswer", description = "How the question reads")
    public record Answer(@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "open: it invites people to act, offer, lead or get involved; closed: a yes or no, agreement, a choice among given options or a rating; vague: it names nothing people could take up, only asks for views, or asks what the council should do", enumeration = {
            "open", "closed", "vague" }) String verdict,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Why, one plain sentence each, in the question's language") List<String> reasons,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The question itself when it reads as open; otherwise an open rewrite that keeps its subject") String suggestion) {
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Reads a question in English or Welsh as open, closed or vague, with reasons and an open rewrite")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "How it reads", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = cyd.web.ApiDocument.JSON, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Answer.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "400", description = "text is missing or longer than 1,000 characters, lang is not en or cy, or the body is not JSON of this shape (application/problem+json, each field named in invalid-params)", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = cyd.web.ApiDocument.PROBLEM, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = cyd.web.ErrorPages.InvalidProblem.class)))
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
