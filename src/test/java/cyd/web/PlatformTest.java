package cyd.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import cyd.demo.DemoData;

@QuarkusTest
class PlatformTest {

    @Test
    void readinessReportsTheDatabase() {
        Response r = given().get("/q/health/ready");
        assertEquals(200, r.statusCode());
        assertEquals("UP", r.jsonPath().getString("status"));
        assertThat(r.asString(), containsString("Database connections health check"));
    }

    @Test
    void anEmptyDatabaseGetsABilingualDemoCouncil() {
        Authority demo = QuarkusTransaction.requiringNew().call(() -> Authority.bySlug("enghraifft").orElseThrow());
        assertEquals("Cyngor Sir Enghraifft", demo.nameCy);
        // Counted by who made them: other tests add their own questions and ideas to the demo council.
        long open = QuarkusTransaction.requiringNew().call(() -> Prompt.count("authorityId = ?1 and status = ?2 "
                + "and createdBy in (select p.id from Person p where p.email = ?3)", demo.id, PromptStatus.OPEN,
                DemoData.OFFICER_EMAIL));
        assertEquals(3, open);
        long ideas = QuarkusTransaction.requiringNew().call(() -> Idea.count(
                "promptId in (select p.id from Prompt p where p.authorityId = ?1) "
                        + "and authorId in (select p.id from Person p where p.email like '%@residents.example')",
                demo.id));
        assertEquals(12, ideas);
        String home = given().get("/cy/enghraifft").asString();
        assertThat(home, containsString("Cyngor Sir Enghraifft"));
        assertThat(home, containsString("Beth hoffech chi ei wneud gyda ni i wella ein parciau"));
    }

    @Test
    void theFrontEndIsServedByTheApp() {
        assertEquals(200, given().get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").statusCode());
        assertEquals(200, given().get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js").statusCode());
        assertEquals(200, given().get("/static/cyd.css").statusCode());
        Response theme = given().get("/theme/enghraifft.css");
        assertThat(theme.asString(), containsString("#0b4f6c"));
    }
}
