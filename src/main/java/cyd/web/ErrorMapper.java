package cyd.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into a page a person can read, or problem+json for an API client. */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @Inject
    RequestContext ctx;

    @Inject
    ErrorPages pages;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response r = e.getResponse();
        int status = r.getStatus();
        if (status < 400 || e instanceof AnswerNow) {
            return r; // redirects travel as exceptions in JAX-RS
        }
        if (status == 404 && isUnconvertibleParameter(e)) {
            // JAX-RS answers a query parameter it cannot convert (page=abc, a number too big) with 404; the
            // address exists, the request is what is wrong.
            return answer(400, null);
        }
        return answer(status, null);
    }

    /** A JSON body of the wrong shape (an array for an object, an object for a string): the client's to mend. */
    @ServerExceptionMapper
    public Response unreadableJson(com.fasterxml.jackson.core.JsonProcessingException e) {
        LOG.debugf("Unreadable JSON on %s: %s", ctx.getPath(), e.getOriginalMessage());
        return ErrorPages.problem(400, "Bad request", "The body is not the JSON this endpoint reads: "
                + e.getOriginalMessage().replaceAll("\\s+", " ").replaceAll("(?s)^(.{0,200}).*", "$1"));
    }

    /** Jackson's own mappers for these would answer in its words, not problem+json. */
    @ServerExceptionMapper
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response brokenJson(com.fasterxml.jackson.core.JsonParseException e) {
        return unreadableJson(e);
    }

    /**
     * A request that breaks a Bean Validation constraint: a problem+json 400 with one "invalid-params" entry per field
     * (RFC 9457), each said in the client's language from the bundle its type is {@link Said} in.
     */
    @ServerExceptionMapper
    public Response invalid(jakarta.validation.ConstraintViolationException e) {
        List<ErrorPages.InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new ErrorPages.InvalidParam(field(v), said(v)))
                .sorted(java.util.Comparator.comparing(ErrorPages.InvalidParam::name)).toList();
        return ErrorPages.invalid(params);
    }

    private static String field(jakarta.validation.ConstraintViolation<?> v) {
        jakarta.validation.Path.Node last = null;
        for (jakarta.validation.Path.Node n : v.getPropertyPath()) {
            last = n;
        }
        return last == null || last.getKind() == jakarta.validation.ElementKind.PARAMETER ? "body" : last.getName();
    }

    private String said(jakarta.validation.ConstraintViolation<?> v) {
        Said said = v.getLeafBean() == null ? null : v.getLeafBean().getClass().getAnnotation(Said.class);
        if (said == null) {
            said = v.getRootBeanClass().getAnnotation(Said.class);
        }
        return said == null ? v.getMessage() : new Word(said.value(), v.getMessageTemplate(), null).in(ctx.getLang());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (ConflictRetry.isConflict(e)) {
            // Met other transactions on the same rows every time it was run again (a very hot idea on a cluster's
            // two nodes): nothing of it was stored, and a moment later it will go through.
            LOG.warnf("Still meeting other transactions after %d attempts on %s: %s", ConflictRetry.ATTEMPTS,
                    ctx.getPath(), e.getMessage());
            return tryAgainShortly();
        }
        if (Overload.isDatabaseUnavailable(e)) {
            // Busy past the pool's wait or a statement's timeout, or away: not a bug, and it passes. Nothing of
            // this request was stored (its transaction rolled back).
            Overload.databaseUnavailable();
            if (Overload.isConnectionLost(e)) {
                Overload.dropDeadConnections(dataSource);
            }
            LOG.warnf("Database too busy or away on %s: %s", ctx.getPath(), e.getMessage());
            return tryAgainShortly();
        }
        if (isUnreadableBody(e)) {
            // The client sent a form that cannot be read (a broken % escape, too many fields, a cut-off
            // upload): its fault, said as a 400 in the page's language, and nothing was stored.
            LOG.debugf("Unreadable request body on %s: %s", ctx.getPath(), e.getMessage());
            return answer(400, null);
        }
        String incident = RequestIds.current();
        LOG.errorf(e, "Unexpected error (incident %s) on %s", incident, ctx.getPath());
        return answer(500, incident);
    }

    /** 503 with Retry-After: nothing of the request was stored, and in a moment it will go through. */
    private Response tryAgainShortly() {
        return Response.fromResponse(answer(503, null)).header("Retry-After", "5").build();
    }

    private static boolean isUnconvertibleParameter(Throwable e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof IllegalArgumentException) { // NumberFormatException among them
                return true;
            }
        }
        return false;
    }

    /** What Vert.x and RESTEasy throw while decoding a form body the client got wrong. */
    static boolean isUnreadableBody(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage();
            if (m.startsWith("Failed to decode URL") || m.startsWith("Param limit of")
                    || m.contains("parsing multipart") || m.contains("Size exceed allowed maximum capacity")
                    || c instanceof io.netty.handler.codec.http.multipart.HttpPostRequestDecoder.ErrorDataDecoderException) {
                return true;
            }
        }
        return false;
    }

    private Response answer(int status, String incident) {
        if (ErrorPages.speaksJson(ctx.getPath())) {
            String title = switch (status) {
                case 400 -> "Bad request";
                case 403 -> "Forbidden";
                case 404 -> "Not found";
                case 405 -> "Method not allowed";
                case 406 -> "Not acceptable";
                case 415 -> "Unsupported media type";
                case 500 -> "Internal server error";
                case 503 -> "Service unavailable";
                default -> "Error";
            };
            return ErrorPages.problem(status, title, incident == null ? null : "Incident " + incident);
        }
        if (ctx.getPath().startsWith(SecurityHeaders.EMBED_PREFIX) && (status == 404 || status == 410)) {
            return pages.embedMissing(status, ctx.getLang());
        }
        return pages.page(status, incident);
    }
}
