package cyd.prompt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

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
        assertEquals(List.of("Mae'n gofyn beth fyddai pobl yn ei wneud, ei gynnig neu ei arwain.",
                "Mae'n gwahodd pobl i weithredu ar y cyd, gyda'r cyngor neu gyda'i gilydd."), cy.getList("reasons"));
        assertEquals("Beth hoffech chi ei wneud gyda ni i wella'r ardal?", cy.getString("suggestion"), "an open question is left as it is");

        JsonPath rating = given().contentType("application/json")
                .body(Map.of("text", "Hoffech chi wirfoddoli gyda ni yn y llyfrgell?", "lang", "cy"))
                .post("/api/v1/question-coach").then().statusCode(200).extract().jsonPath();
        assertEquals("closed", rating.getString("verdict"));
        assertEquals("Sut hoffech chi wirfoddoli gyda ni yn y llyfrgell?", rating.getString("suggestion"));
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
        Response welsh = given().contentType("application/json").header("Accept-Language", "cy")
                .body(Map.of("text", "x".repeat(1001), "lang", "fr")).post("/api/v1/question-coach");
        assertEquals(400, welsh.statusCode());
        assertEquals(List.of("lang", "text"), welsh.jsonPath().getList("invalid-params.name"), "each field is named");
        assertEquals("Rhaid i'r iaith (lang) fod yn en neu cy", welsh.jsonPath().getString("invalid-params[0].reason"));
        assertThat(welsh.jsonPath().getString("detail"), containsString("1,000 o nodau"));
        assertEquals(List.of("text"), given().contentType("application/json").header("Accept-Language", "en")
                .body(Map.of("text", "🌳".repeat(1001))).post("/api/v1/question-coach").jsonPath()
                .getList("invalid-params.name"), "a thousand and one characters is too long");
        assertEquals(200, given().contentType("application/json").body(Map.of("text", "🌳".repeat(1000)))
                .post("/api/v1/question-coach").statusCode(), "a thousand emoji are a thousand characters");
        Response nothing = given().contentType("application/json").body("null").post("/api/v1/question-coach");
        assertEquals(400, nothing.statusCode());
        assertEquals("Enter the question to read (text)", nothing.jsonPath().getString("invalid-params[0].reason"));
        Response notJson = given().contentType("application/json").body("{not json").post("/api/v1/question-coach");
        assertEquals(400, notJson.statusCode());
        assertThat(notJson.contentType(), containsString("application/problem+json"));
    }
}
