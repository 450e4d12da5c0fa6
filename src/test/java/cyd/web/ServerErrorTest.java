package cyd.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ServerErrorTest {

    @Test
    void aBugShowsAnApologyInThePagesLanguageAndNoStackTrace() {
        Response cy = given().get("/cy/test-failure/exception");
        assertEquals(500, cy.statusCode());
        assertThat(cy.asString(), containsString("Mae&#39;n ddrwg gennym, mae problem gyda&#39;r gwasanaeth"));
        assertThat(cy.asString(), containsString("<html lang=\"cy\""));
        assertThat(cy.asString(), not(containsString("IllegalStateException")));
        assertThat(cy.asString(), not(containsString("a bug in a resource")));

        Response en = given().get("/en/test-failure/exception");
        assertThat(en.asString(), containsString("Sorry, there is a problem with the service"));
        assertThat(en.asString(), containsString("quote this reference"));
    }

    @Test
    void aPageThatFailsWhileRenderingStillGetsTheErrorPage() {
        Response r = given().get("/en/test-failure/rendering");
        assertEquals(500, r.statusCode());
        assertThat(r.asString(), containsString("Sorry, there is a problem with the service"));
        assertThat(r.asString(), not(containsString("TemplateException")));
        assertThat(r.asString(), not(containsString("\"stack\"")));
    }

    @Test
    void anApiBugIsProblemJson() {
        Response r = given().get("/api/v1/test-failure");
        assertEquals(500, r.statusCode());
        assertThat(r.contentType(), containsString("application/problem+json"));
        assertThat(r.asString(), not(containsString("a bug in the API")));
    }
}
