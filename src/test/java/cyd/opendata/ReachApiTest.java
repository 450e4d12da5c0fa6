package cyd.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cyd.authority.Authority;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ReachApiTest {

    @Test
    void initiativesArePagedWithACursorAndOnlyApprovedOnesAppear() {
        Authority council = Fixtures.authority(false);
        Initiative first = CoFixtures.initiative(council, Fixtures.resident());
        Initiative second = CoFixtures.initiative(council, Fixtures.resident());
        Initiative pending = CoFixtures.initiative(council, Fixtures.resident());
        QuarkusTransaction.requiringNew().run(() -> Initiative.<Initiative>findById(pending.id).approval = Approval.PENDING);
        String base = "/api/v1/authorities/" + council.slug + "/initiatives";

        JsonPath page1 = given().queryParam("limit", 1).get(base).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(first.id.intValue()), page1.getList("initiatives.id"));
        String next = page1.getString("next");
        assertNotNull(next);
        JsonPath page2 = given().queryParam("limit", 1).queryParam("after", next).get(base).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(second.id.intValue()), page2.getList("initiatives.id"));
        assertNull(page2.getString("next"), "the pending initiative is not listed");

        given().queryParam("limit", 0).get(base).then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", 101).get(base).then().statusCode(400);
        given().queryParam("after", "abc").get(base).then().statusCode(400);
        given().get("/api/v1/authorities/no-such-council/initiatives").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void organisationsTotalsAndOpenReferral() {
        Authority demo = QuarkusTransaction.requiringNew().call(() -> Authority.bySlug("enghraifft").orElseThrow());
        JsonPath orgs = given().get("/api/v1/authorities/enghraifft/organisations").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("1098765", orgs.getString("organisations[0].charityNumber"));
        JsonPath totals = given().get("/api/v1/authorities/enghraifft/totals").then().statusCode(200).extract().jsonPath();
        assertEquals(demo.hourlyValueYear, totals.getInt("hourlyValueYear"));
        assertNotNull(totals.getString("confirmedHours"));
        JsonPath oruk = given().get("/api/v1/authorities/enghraifft/openreferral/organizations").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("GB-CHC", oruk.getString("contents.find { it.organization_identifiers.size() > 0 }.organization_identifiers[0].identifier_scheme"),
                "the demo's registered charity carries its number as an identifier");
        assertEquals("active", given().get("/api/v1/authorities/enghraifft/openreferral/services").then().statusCode(200)
                .extract().jsonPath().getString("contents[0].status"));
        assertEquals(2, given().get("/api/v1/authorities/enghraifft/areas").then().statusCode(200).extract()
                .jsonPath().getList("areas").size() >= 2 ? 2 : 0);
    }

    @Test
    void theOpenApiDocumentDescribesTheJsonApiOnlyAndIsRenderedForDevelopers() {
        String doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(doc, containsString("/api/v1/authorities/{slug}/initiatives"));
        assertThat(doc, containsString("/api/v1/question-coach"));
        assertThat(doc, not(containsString("/{lang}")));
        assertThat(doc, not(containsString("sign-in")));
        String page = given().get("/cy/developers").asString();
        assertThat(page, containsString("I ddatblygwyr"));
        assertThat(page, containsString("/api/v1/prompts/{id}/ideas"));
        assertThat(page, containsString("most backed (sort=top)"));
        assertThat("each answer names its schema", page, containsString("href=\"#schema-IdeaList\""));
        assertThat("problem answers are listed", page, containsString("application/problem+json"));
        assertThat("each schema's fields are described", page, containsString("How many people back it"));
        assertThat(page, containsString("<code>integer</code>"));
    }
}
