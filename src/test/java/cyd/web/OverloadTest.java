package cyd.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cyd.authority.Authority;
import cyd.prompt.Prompt;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * A database that cannot answer in time — every connection taken, or a statement that runs too long — gives a
 * quick "try again shortly" in the page's language, never an error; readiness says so; pages that need no
 * database keep answering; and everything answers again once the database can.
 */
@QuarkusTest
@TestProfile(OverloadTest.SmallPool.class)
class OverloadTest {

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "4", "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    "cyd.database.statement-timeout", "1s", "cyd.load-shedding.max-in-flight", "6");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyConnectionTakenGivesAQuickTryAgainPageInThePagesLanguage() throws Exception {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        String page = "/cy/" + council.slug + "/prompts/" + prompt.id;
        assertEquals(200, new Browser().get(page).statusCode());

        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                taken.add(dataSource.getConnection());
            }
            long began = System.nanoTime();
            Response busy = new Browser().get(page);
            long millis = (System.nanoTime() - began) / 1_000_000;
            assertEquals(503, busy.statusCode());
            // A wait of a second, not of the whole test's patience (a timing bound loose enough for a busy machine).
            assertTrue(millis < 10_000, "answered in " + millis + " ms");
            assertEquals("5", busy.header("Retry-After"));
            assertThat(busy.asString(), containsString("mae Cyd yn brysur iawn ar hyn o bryd"));
            assertThat(busy.asString(), containsString("<html lang=\"cy\""));

            Response api = new Browser().request("/api/v1/prompts/" + prompt.id + "/ideas");
            assertEquals(503, api.statusCode());
            assertThat(api.contentType(), containsString("application/problem+json"));
            assertEquals("Service unavailable", api.jsonPath().getString("title"));

            assertEquals(200, new Browser().request("/static/cyd.css").statusCode(), "a page with no query answers");
            Response ready = new Browser().request("/q/health/ready");
            assertEquals(503, ready.statusCode());
            assertThat(ready.asString(), containsString("capacity"));
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
        assertEquals(200, new Browser().get(page).statusCode(), "answers again as soon as a connection is free");
        Thread.sleep(Overload.DOWN_FOR.toMillis() + 500);
        assertEquals(200, new Browser().request("/q/health/ready").statusCode(), "ready again a moment later");
    }

    @Test
    void pastItsCapacityAnInstanceSaysTryAgainAtOnceAndRecoversWhenTheCrowdThins() throws Exception {
        Authority council = Fixtures.authority(true);
        String page = "/cy/" + council.slug;
        double shedBefore = ObservabilityTest.metric("cyd_load_shed_total");
        FailingResource.held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService crowd = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> holding = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                holding.add(crowd.submit(() -> new Browser().request("/en/test-failure/hold").statusCode()));
            }
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (ObservabilityTest.metric("cyd_requests_in_flight") < 6 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(6.0, ObservabilityTest.metric("cyd_requests_in_flight"), 0.0, "six requests under way");

            long began = System.nanoTime();
            Response busy = new Browser().request(page);
            long millis = (System.nanoTime() - began) / 1_000_000;
            assertEquals(503, busy.statusCode());
            assertTrue(millis < 2_000, "refused at once, in " + millis + " ms");
            assertEquals("5", busy.header("Retry-After"));
            assertThat(busy.asString(), containsString("mae Cyd yn brysur iawn ar hyn o bryd"));
            assertThat(busy.asString(), containsString("<html lang=\"cy\""));
            assertThat(busy.header(RequestIds.HEADER), org.hamcrest.Matchers.matchesPattern("[0-9a-f]{16}"));
            Response api = new Browser().request("/api/v1/authorities");
            assertEquals(503, api.statusCode());
            assertThat(api.contentType(), containsString("application/problem+json"));
            // The load balancer still sees the instance, and a page already sent still gets its stylesheet.
            assertEquals(200, new Browser().request("/q/health/live").statusCode());
            assertEquals(200, new Browser().request("/static/cyd.css").statusCode());
            assertEquals(shedBefore + 2, ObservabilityTest.metric("cyd_load_shed_total"), 0.0);

            FailingResource.held.countDown();
            for (java.util.concurrent.Future<Integer> f : holding) {
                assertEquals(200, f.get(), "those taken in were served");
            }
        } finally {
            FailingResource.held.countDown();
            crowd.shutdownNow();
        }
        assertEquals(200, new Browser().get(page).statusCode(), "served again as soon as the crowd thins");
    }

    @Test
    void aStatementThatRunsTooLongIsStoppedAndThePageSaysTryAgain() {
        long began = System.nanoTime();
        Response slow = new Browser().get("/en/test-failure/slow");
        long millis = (System.nanoTime() - began) / 1_000_000;
        assertEquals(503, slow.statusCode());
        assertThat(slow.asString(), containsString("Sorry, Cyd is very busy right now"));
        // Adding up a billion numbers takes far longer than the 1 s bound; stopped, it answers within seconds.
        assertTrue(millis < 15_000, "stopped after " + millis + " ms");
    }
}
