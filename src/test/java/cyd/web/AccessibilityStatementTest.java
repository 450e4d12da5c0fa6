package cyd.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccessibilityStatementTest {

    @ParameterizedTest
    @ValueSource(strings = { "en", "cy" })
    void theStatementHasWhatThe2018RegulationsRequire(String lang) {
        Msg msg = "cy".equals(lang) ? io.quarkus.qute.i18n.MessageBundles.get(Msg.class,
                io.quarkus.qute.i18n.Localized.Literal.of("cy")) : io.quarkus.qute.i18n.MessageBundles.get(Msg.class);
        String page = given().get("/" + lang + "/accessibility").then().statusCode(200).extract().asString()
                .replace("&#39;", "'");
        for (String heading : List.of(msg.a11yStatusHeading(), msg.a11yNonAccessibleHeading(),
                msg.a11yReportHeading(), msg.a11yEnforcementHeading(), msg.a11yPreparedHeading())) {
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
}
