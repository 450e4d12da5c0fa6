package cyd.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AccessibilityStatementTest {

    @ParameterizedTest
    @ValueSource(strings = { "en", "cy" })
    void theStatementHasWhatThe2018RegulationsRequire(String lang) {
        String page = given().get("/" + lang + "/accessibility").then().statusCode(200).extract().asString()
                .replace("&#39;", "'");
        for (String heading : List.of(say(lang, Msg::a11yStatusHeading), say(lang, Msg::a11yNonAccessibleHeading),
                say(lang, Msg::a11yReportHeading), say(lang, Msg::a11yEnforcementHeading), say(lang, Msg::a11yPreparedHeading))) {
            assertThat(page, containsString(heading));
        }
        assertThat(page, containsString("2018"));
        assertThat(page, containsString("2.2"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/en", "/cy", "/en/enghraifft", "/cy/enghraifft/prompts/1", "/en/sign-in",
            "/cy/no-such-page/at-all" })
    void everyFooterLinksToIt(String path) {
        String lang = path.substring(1, 3);
        assertThat(given().get(path).asString(), containsString("href=\"/" + lang + "/accessibility\""));
    }

    /** A message of Cyd's in a language, as a person reads it on the page. */
    private static <B> String say(String lang, Word.Ref<B> message) {
        return Word.of(message).in(lang);
    }
}
