package cyd.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.prompt.Prompt;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageTest {

    /** A form's problems are named by the service and said by the page, in the page's language. */
    @Test
    void aFormSentBackSaysItsProblemsInThePagesLanguage() {
        for (String[] lang : new String[][] {{"cy", "Rhowch eich cyfeiriad e-bost", "Enter your email address"},
                {"en", "Enter your email address", "Rhowch eich cyfeiriad e-bost"}}) {
            Browser browser = new Browser();
            browser.get("/" + lang[0] + "/sign-in");
            String page = browser.post("/" + lang[0] + "/sign-in", "email", "", "password", "").asString();
            assertThat(page, containsString("<a href=\"#email\">" + lang[1] + "</a>")); // the error summary
            assertThat(page, containsString("</span> " + lang[1] + "</p>")); // at the field
            assertThat(page, org.hamcrest.Matchers.not(containsString(lang[2])));
        }
    }

    @Test
    void theWelshPageIsInWelshAndLinksToItsEnglishCounterpart() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Response r = given().get("/cy/" + council.slug + "/prompts/" + prompt.id + "?sort=new");
        assertEquals(200, r.statusCode());
        String page = r.asString();
        assertThat(page, containsString("<html lang=\"cy\""));
        assertThat(page, containsString("Neidio i&#39;r prif gynnwys"));
        assertThat(page, containsString("Beth hoffech chi ei wneud gyda ni i wella&#39;r parc?"));
        assertThat(page, containsString("Mwyaf o gefnogaeth"));
        assertThat(page, containsString("href=\"/en/" + council.slug + "/prompts/" + prompt.id
                + "?sort=new\" hreflang=\"en\" lang=\"en\" rel=\"alternate\">English</a>"));
        assertEquals("cy", r.header("Content-Language"));

        String english = given().get("/en/" + council.slug + "/prompts/" + prompt.id).asString();
        assertThat(english, containsString("<html lang=\"en\""));
        assertThat(english, containsString("What would you like to do with us to improve the park?"));
        assertThat(english, containsString("lang=\"cy\" rel=\"alternate\">Cymraeg</a>"));
    }

    @Test
    void residentsWordsAreShownAsWrittenAndMarkedWithTheirLanguage() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Litter pick on Saturdays");
        String welshPage = given().get("/cy/" + council.slug + "/ideas/" + idea.id).asString();
        assertThat(welshPage, containsString("<h1 class=\"govuk-heading-xl\" lang=\"en\">Litter pick on Saturdays</h1>"));
    }

    @Test
    void theChosenLanguageIsRemembered() {
        Browser browser = new Browser();
        browser.get("/cy");
        Response root = browser.request("/");
        assertEquals(303, root.statusCode());
        assertThat(root.header("Location"), endsWith("/cy"));

        Response welshBrowser = given().redirects().follow(false).header("Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5")
                .get("/");
        assertThat(welshBrowser.header("Location"), endsWith("/cy"));
    }

    @Test
    void anEnglishOnlyCouncilHasNoWelshPages() {
        Authority council = Fixtures.authority(false);
        Response r = given().redirects().follow(false).get("/cy/" + council.slug);
        assertEquals(303, r.statusCode());
        assertThat(r.header("Location"), endsWith("/en/" + council.slug));
        String english = given().get("/en/" + council.slug).asString();
        assertThat(english, org.hamcrest.Matchers.not(containsString(">Cymraeg</a>")));
    }
}
