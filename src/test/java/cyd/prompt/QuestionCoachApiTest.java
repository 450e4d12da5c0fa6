package cyd.prompt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class QuestionCoachApiTest {

    @Test
    void councilsCanCheckQuestionsWrittenElsewhereInEitherLanguage() {
        JsonPath en = given().contentType("application/json")
                .body(Map.of("text", "Should we close your library?", "lang", "en"))
                .post("/api/v1/question-coach").then().statusCode(200).extract().jsonPath();
        assertEquals("closed", en.getString("verdict"));
        assertThat(en.getString("reasons[0]"), containsString("yes or no"));
        assertEquals("What would you like to do with us to improve your library?", en.getString("suggestion"));

        JsonPath cy = given().contentType("application/json")
                .body(Map.of("text", "Beth hoffech chi ei wneud gyda ni i wella'r ardal?", "lang", "cy"))
                .post("/api/v1/question-coach").then().statusCode(200).extract().jsonPath();
        assertEquals("open", cy.getString("verdict"));
        assertThat(cy.getString("reasons[0]"), containsString("gyda'r cyngor"));
    }

    @Test
    void badRequestsGetProblemDetails() {
        Response empty = given().contentType("application/json").body(Map.of("text", " ", "lang", "en"))
                .post("/api/v1/question-coach");
        assertEquals(400, empty.statusCode());
        assertThat(empty.contentType(), containsString("application/problem+json"));
        assertEquals(400, given().contentType("application/json").body(Map.of("text", "What?", "lang", "fr"))
                .post("/api/v1/question-coach").statusCode());
        assertEquals(400, given().contentType("application/json").body(Map.of("text", "x".repeat(1001)))
                .post("/api/v1/question-coach").statusCode());
        Response notJson = given().contentType("application/json").body("{not json").post("/api/v1/question-coach");
        assertEquals(400, notJson.statusCode());
        assertThat(notJson.contentType(), containsString("application/problem+json"));
    }
}
