package cyd.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only pages that fail, to prove what a person sees when something goes wrong. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FailingResource {

    @Inject
    @Location("errors/error.html")
    Template errorPage;

    @GET
    @Path("/{lang:en|cy}/test-failure/exception")
    public String exception() {
        throw new IllegalStateException("a bug in a resource");
    }

    @Inject
    jakarta.persistence.EntityManager em;

    /** Released by a test: requests to /test-failure/hold wait for it (at most 30 s), holding their place. */
    public static volatile java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(0);

    /** A page that takes as long as a test wants, to fill an instance with requests under way. */
    @GET
    @Path("/{lang:en|cy}/test-failure/hold")
    public String hold() throws InterruptedException {
        held.await(30, java.util.concurrent.TimeUnit.SECONDS);
        return "released";
    }

    /** A page whose query takes longer than any statement may (it adds up a billion numbers). */
    @GET
    @Path("/{lang:en|cy}/test-failure/slow")
    public String slow() {
        Object n = em.createNativeQuery("SELECT SUM(seq % 7) FROM seq_1_to_1000000000").getSingleResult();
        return "counted " + n;
    }

    /** The template needs a status it is not given, so it fails while rendering, after the resource. */
    @GET
    @Path("/{lang:en|cy}/test-failure/rendering")
    public TemplateInstance rendering() {
        return errorPage.instance();
    }

    /** A page with faults the accessibility checks must find: they are proven able to fail. */
    @GET
    @Path("/test-only/inaccessible")
    public String inaccessible() {
        return "<!DOCTYPE html><html lang=\"cy\"><head><title>Prawf</title></head><body><main>"
                + "<h1>Prawf</h1><img src=\"/static/favicon.svg\"><input type=\"text\" name=\"x\">"
                + "<p>Sign in</p><p lang=\"en\">Sign out</p></main></body></html>";
    }

    /** A council's web page as its web team would write it, with Cyd's embed code pasted in. */
    @GET
    @Path("/test-only/embed-host")
    public String embedHost(@jakarta.ws.rs.QueryParam("src") String src) {
        String safe = src == null ? "" : src.replaceAll("[^A-Za-z0-9:/._-]", "");
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Council news</title></head><body><main>"
                + "<h1>Have your say</h1><div id=\"cyd\" data-cyd-embed=\"" + safe
                + "\" data-cyd-title=\"Our question\"></div><p id=\"after\">After the question.</p>"
                + "<script src=\"/embed.js\" async></script></main></body></html>";
    }

    @GET
    @Path("/api/v1/test-failure")
    @Produces(MediaType.APPLICATION_JSON)
    public String apiException() {
        throw new IllegalStateException("a bug in the API");
    }
}
