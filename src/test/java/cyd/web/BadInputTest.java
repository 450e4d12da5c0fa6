package cyd.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.authority.Authority;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import cyd.idea.IdeaService;
import cyd.prompt.Prompt;
import cyd.support.MailServer;

/** Input a client gets wrong is answered with a 4xx and words in the page's language, never a 500. */
@QuarkusTest
class BadInputTest {

    @Test
    void aFormBodyThatCannotBeReadIsABadRequestInThePagesLanguage() {
        Browser browser = new Browser();
        browser.get("/cy/sign-in");
        String csrf = browser.csrfToken();
        String[] bodies = {
            "csrf=" + csrf + "&email=%zz&password=x", // a broken % escape
            "csrf=" + csrf + "&" + "f=1&".repeat(1200) + "email=a@b.cd", // more fields than any form has
        };
        for (String body : bodies) {
            java.net.http.HttpResponse<String> r = raw("/cy/sign-in", csrf,
                    "application/x-www-form-urlencoded; charset=UTF-8", body);
            assertEquals(400, r.statusCode(), body.substring(0, 60));
            assertThat(r.body(), containsString("<html lang=\"cy\""));
            assertThat(r.body(), not(containsString("incident")));
        }
        java.net.http.HttpResponse<String> cut = raw("/en/sign-in", csrf, "multipart/form-data; boundary=XYZ",
                "--XYZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc");
        assertEquals(400, cut.statusCode(), "a cut-off multipart body");
    }

    /** Sends a body as it is, which RestAssured would re-encode. */
    private static java.net.http.HttpResponse<String> raw(String path, String csrf, String type, String body) {
        try {
            java.net.http.HttpRequest request = java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + path))
                    .header("Content-Type", type).header("Cookie", "cyd_csrf=" + csrf)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            return java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNextAddressWithSpacesOrTabsIsIgnoredRatherThanFollowed() {
        Person resident = Fixtures.resident();
        for (String next : new String[] { "/en\tx", "/en x", "/en/\u0000", "/\u00e9", "//evil.example/", "/\\evil" }) {
            Browser browser = new Browser();
            browser.get("/en/sign-in");
            Response r = browser.post("/en/sign-in", "email", resident.email, "password", Fixtures.PASSWORD, "next", next);
            assertEquals(303, r.statusCode(), next);
            assertThat(r.header("Location"), not(containsString("evil")));
            assertEquals(200, browser.get(r.header("Location")).statusCode(), next);
        }
    }

    @Test
    void aClosingDateInTheYear9999IsRefusedWithAMessage() {
        Authority council = Fixtures.authority(false);
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        String create = "/en/" + council.slug + "/manage/prompts/new";
        officer.get(create);
        Response r = officer.post(create, "titleEn", "What would you like to do with us to light the alleys?",
                "bodyEn", "Lamps and murals.", "closesDay", "31", "closesMonth", "12", "closesYear", "9999",
                "moderation", "POST");
        assertEquals(422, r.statusCode());
        assertThat(r.asString(), containsString("light the alleys"));
        assertThat(r.asString(), containsString("govuk-error-summary"));
    }

    @Test
    void aTitleOfOnlySpacesAndInvisibleCharactersIsAskedForAgainAndControlsAreNotStored() {
        Browser browser = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        String form = ideaForm(browser);
        Response blank = browser.post(form, "title", "\u00A0 \u202E\u0000 ", "description", "Something real.",
                "language", "en", "checked", "yes");
        assertEquals(422, blank.statusCode());
        assertThat(blank.asString(), containsString("Something real."));
        Response kept = browser.post(form, "title", "Bench\u0000 by the \u202Eriver", "description", "Somewhere to sit.",
                "language", "en", "checked", "yes");
        assertEquals(303, kept.statusCode());
        assertThat(browser.get(kept.header("Location")).asString(), containsString("Bench by the river"));
    }

    @Test
    void aQueryParameterThatIsNotANumberIsABadRequestNotAMissingPage() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Response search = given().get("/cy/" + council.slug + "/search?q=parc&page=abc");
        assertEquals(400, search.statusCode());
        assertThat(search.asString(), containsString("<html lang=\"cy\""));
        assertEquals(400, given().get("/oembed?url=" + MailServer.BASE + "/en/" + council.slug + "/prompts/"
                + prompt.id + "&maxwidth=99999999999").statusCode());
        assertEquals(404, given().get("/cy/no-such-council/search?q=parc").statusCode(), "a missing page is still 404");
    }

    @Test
    void theLongestValidDescriptionInFourByteCharactersFitsTheFormLimit() {
        Browser browser = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        String form = ideaForm(browser);
        String trees = "\uD83C\uDF33".repeat(IdeaService.DESCRIPTION_MAX); // 🌳: 4 bytes, 12 characters encoded
        Response r = browser.post(form, "title", "\uD83C\uDF33".repeat(IdeaService.TITLE_MAX),
                "description", trees, "language", "en", "checked", "yes");
        assertEquals(303, r.statusCode(), "5,000 four-byte characters are a valid description");
        Response tooLong = browser.post(form, "title", "Trees", "description", trees + "\uD83C\uDF33",
                "language", "en", "checked", "yes");
        assertEquals(422, tooLong.statusCode(), "one more is refused with a message, not a broken request");
        assertThat(tooLong.asString(), containsString("govuk-error-summary"));
    }

    @Test
    void markupTypedIntoAnIdeaIsShownAsTextNeverRun() {
        Browser browser = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        String form = ideaForm(browser);
        Response r = browser.post(form, "title", "<script>alert('x')</script> & <img src=x onerror=alert(1)>",
                "description", "\"><svg onload=alert(1)>", "language", "en", "checked", "yes");
        assertEquals(303, r.statusCode());
        String page = browser.get(r.header("Location")).asString();
        assertThat(page, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;"));
        assertThat(page, not(containsString("<script>alert")));
        assertThat(page, not(containsString("<svg onload")));
        assertThat(page, not(containsString("<img src=x")));
    }

    /** The form for sharing an idea on a new open question, opened by the browser (so it has the token). */
    private static String ideaForm(Browser browser) {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        String form = "/en/" + council.slug + "/prompts/" + prompt.id + "/ideas/new";
        browser.get(form);
        return form;
    }
}
