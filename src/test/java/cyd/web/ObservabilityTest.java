package cyd.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.prompt.Prompt;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What an operator sees: every request has an id (its header, its log lines, the incident number a resident reads
 * out), and /q/metrics counts requests by route and status, the connection pool, and what residents do.
 */
@QuarkusTest
class ObservabilityTest {

    @Test
    void everyAnswerCarriesARequestIdAndTheLoadBalancersOwnIsKept() {
        String first = given().get("/en").header(RequestIds.HEADER);
        String second = given().get("/en").header(RequestIds.HEADER);
        assertTrue(first != null && first.matches("[0-9a-f]{16}"), "an id of its own: " + first);
        assertNotEquals(first, second, "each request its own id");

        assertEquals("lb-7f3a9c21-0001", given().header(RequestIds.HEADER, "lb-7f3a9c21-0001").get("/en")
                .header(RequestIds.HEADER), "the id HAProxy or an ingress gave is kept, so the two logs meet");
        String forged = given().header(RequestIds.HEADER, "<script>alert(1)</script>").get("/en")
                .header(RequestIds.HEADER);
        assertTrue(forged.matches("[0-9a-f]{16}"), "a malformed id is replaced: " + forged);
    }

    @Test
    void theIncidentNumberOnAnErrorPageIsTheRequestId() {
        Response r = given().get("/en/test-failure/exception");
        assertEquals(500, r.statusCode());
        String id = r.header(RequestIds.HEADER);
        assertThat(r.asString(), containsString("<strong>" + id + "</strong>"));
    }

    @Test
    void metricsCountRequestsByRouteThePoolAndWhatResidentsDo() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = Fixtures.openPrompt(council);
        Person author = Fixtures.resident();
        Idea idea = Fixtures.idea(prompt, author, "A bench by the pond");
        double backingsBefore = metric("cyd_backings_total{action=\"back\"}");
        double withdrawalsBefore = metric("cyd_backings_total{action=\"withdraw\"}");
        double proposedBefore = metric("cyd_ideas_proposed_total");

        Browser resident = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        String base = "/en/" + council.slug;
        resident.get(base + "/ideas/" + idea.id);
        assertEquals(303, resident.post(base + "/ideas/" + idea.id + "/back").statusCode());
        assertEquals(303, resident.post(base + "/ideas/" + idea.id + "/withdraw").statusCode());
        assertEquals(303, resident.post(base + "/ideas/" + idea.id + "/back").statusCode());
        resident.get(base + "/prompts/" + prompt.id + "/ideas/new");
        Response shared = resident.post(base + "/prompts/" + prompt.id + "/ideas/new", "title", "A tool library",
                "description", "Lend drills and ladders from the library.", "language", "en", "checked", "yes");
        assertEquals(303, shared.statusCode(), shared.asString());

        assertEquals(backingsBefore + 2, metric("cyd_backings_total{action=\"back\"}"), 0.0);
        assertEquals(withdrawalsBefore + 1, metric("cyd_backings_total{action=\"withdraw\"}"), 0.0);
        assertEquals(proposedBefore + 1, metric("cyd_ideas_proposed_total"), 0.0);

        String all = given().get("/q/metrics").asString();
        // By route template and status, never by the address asked for (which would grow without end).
        assertThat(all, containsString("uri=\"/{lang:en|cy}/{authority}/ideas/{id}\""));
        assertThat(all, not(containsString("/ideas/" + idea.id + "\"")));
        assertThat(all, containsString("status=\"303\""));
        for (String name : new String[] { "agroal_active_count", "agroal_awaiting_count", "cyd_email_outbox_depth",
                "cyd_emails_sent_total", "cyd_load_shed_total", "cyd_requests_in_flight",
                "cyd_database_unavailable_total", "cyd_refusals_total" }) {
            assertThat(name + " is reported", all, containsString(name));
        }
    }

    @Test
    void metricsAreForPrometheusAskingDirectlyNotForTheInternet() {
        assertEquals(200, given().get("/q/metrics").statusCode());
        assertEquals(404, given().header("X-Forwarded-For", "203.0.113.9").get("/q/metrics").statusCode(),
                "through an Ingress or a load balancer");
        assertEquals(404, given().header("Forwarded", "for=203.0.113.9").get("/q/metrics").statusCode());
    }

    @Test
    void aRefusedRequestIsCounted() {
        double before = metric("cyd_refusals_total{reason=\"forbidden\"}");
        // A form posted without its token is refused (403) and counted, as a rate-limit refusal (429) is.
        new Browser().postRaw("/en/sign-in", java.util.Map.of("email", "a@example.org", "password", "x"));
        assertEquals(before + 1, metric("cyd_refusals_total{reason=\"forbidden\"}"), 0.0);
    }

    /** One series' value on /q/metrics; 0 while it has not been reported yet. */
    static double metric(String series) {
        String all = given().get("/q/metrics").asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(all);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
