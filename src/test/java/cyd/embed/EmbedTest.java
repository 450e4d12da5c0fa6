package cyd.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.content.Visibility;
import cyd.idea.Idea;
import cyd.idea.IdeaService;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import cyd.support.Browser;
import cyd.support.Fixtures;
import cyd.support.MailServer;
import cyd.web.Outcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmbedTest {

    @Inject
    EmbedSites sites;

    @Inject
    IdeaService ideas;

    @Test
    void theEmbedPageSetsNoCookieAndIsFramedOnlyByTheCouncilsSites() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea top = Fixtures.idea(prompt, Fixtures.resident(), "Community fridge");
        Idea second = Fixtures.idea(prompt, Fixtures.resident(), "Tool library");
        Idea hidden = Fixtures.idea(prompt, Fixtures.resident(), "Something hidden");
        ideas.back(top.id, Viewer.resident(Fixtures.resident().id));
        ideas.back(top.id, Viewer.resident(Fixtures.resident().id));
        ideas.back(hidden.id, Viewer.resident(Fixtures.resident().id));
        QuarkusTransaction.requiringNew().run(() -> Idea.<Idea>findById(hidden.id).visibility =
                Visibility.HIDDEN);
        assertInstanceOf(Outcome.Done.class, sites.save(council.id, Viewer.officer(Fixtures.officer(council).id,
                council.id), "https://www.example.gov.uk/news/page\nhttps://Engage.Example.org:8443\n"));

        Response embed = given().cookie("cyd_lang", "cy").get("/embed/en/" + council.slug + "/prompts/" + prompt.id);
        assertEquals(200, embed.statusCode());
        assertNull(embed.header("Set-Cookie"), "no cookie, not even the language one");
        assertThat(embed.header("Content-Security-Policy"),
                endsWith("frame-ancestors 'self' https://engage.example.org:8443 https://www.example.gov.uk"));
        assertNull(embed.header("X-Frame-Options"));
        String html = embed.asString();
        assertThat(html.length(), lessThan(6_000));
        assertTrue(html.indexOf("Community fridge") < html.indexOf("Tool library"), "most backed first");
        assertThat(html, not(containsString("Something hidden")));
        assertThat(html, containsString("target=\"_blank\" rel=\"noopener\""));
        assertThat(html, containsString("Share your idea"));
        assertThat(html, not(containsString("<form")));

        String welsh = given().get("/embed/cy/" + council.slug + "/prompts/" + prompt.id).asString();
        assertThat(welsh, containsString("Rhannwch eich syniad"));
        assertThat(welsh, containsString("lang=\"cy\""));

        Response page = given().get("/en/" + council.slug);
        assertThat(page.header("Content-Security-Policy"), containsString("frame-ancestors 'none'"));
        assertEquals("DENY", page.header("X-Frame-Options"));
        assertEquals("DENY", given().get("/static/cyd.css").header("X-Frame-Options"));
        assertEquals("DENY", given().get("/en/no-such-council/anything").header("X-Frame-Options"));
    }

    @Test
    void widgetResponsesCarryAnETagSoACouncilSitesTrafficCostsLittle() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Bike repair stand");
        String path = "/embed/en/" + council.slug + "/prompts/" + prompt.id;
        Response first = given().get(path);
        String etag = first.header("ETag");
        assertThat(first.header("Cache-Control"), containsString("max-age=300"));
        Response again = given().header("If-None-Match", etag).get(path);
        assertEquals(304, again.statusCode());
        assertEquals("", again.asString());
        ideas.back(idea.id, Viewer.resident(Fixtures.resident().id));
        Response changed = given().header("If-None-Match", etag).get(path);
        assertEquals(200, changed.statusCode(), "a new backing is a new page");
        assertNotEquals(etag, changed.header("ETag"));
    }

    @Test
    void draftsAndOtherCouncilsQuestionsAreNotEmbedded() {
        Authority council = Fixtures.authority(false);
        Authority other = Fixtures.authority(false);
        Prompt draft = Fixtures.prompt(council, PromptStatus.DRAFT, null);
        Prompt elsewhere = Fixtures.openPrompt(other);
        assertEquals(404, given().get("/embed/en/" + council.slug + "/prompts/" + draft.id).statusCode());
        assertEquals(404, given().get("/embed/en/" + council.slug + "/prompts/" + elsewhere.id).statusCode());
    }

    @Test
    void aMissingQuestionIsAMessageInsideTheFrameInItsLanguage() {
        Authority council = Fixtures.authority(true);
        Prompt draft = Fixtures.prompt(council, PromptStatus.DRAFT, null);
        io.restassured.response.Response r = given().get("/embed/cy/" + council.slug + "/prompts/" + draft.id);
        assertEquals(404, r.statusCode());
        assertThat(r.header("Content-Security-Policy"), containsString("frame-ancestors *"));
        assertEquals(null, r.header("X-Frame-Options"), "any page may show the message");
        assertEquals(null, r.header("Set-Cookie"));
        assertThat(r.asString(), containsString("Nid yw'r cwestiwn hwn yma".replace("'", "&#39;")));
        assertThat(r.asString(), containsString("/static/embed-frame.js"));
        assertThat(given().get("/embed/en/no-such-council/prompts/1").asString(), containsString("This question is not here"));
        assertThat("a page of Cyd itself still cannot be framed", given().get("/en/no-such-council").header("X-Frame-Options"),
                containsString("DENY"));
    }

    @Test
    void theLoaderAndTheEmbedsFilesReachCouncilPagesSoonAfterAChange() {
        for (String path : new String[] { "/embed.js", "/static/embed-frame.js", "/static/embed.css" }) {
            io.restassured.response.Response r = given().get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("public, max-age=300", r.header("Cache-Control"), path + " is kept five minutes, not a day");
        }
    }

    @Test
    void oEmbedAnswersForCydsOwnPublishedQuestionsOnly() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Prompt draft = Fixtures.prompt(council, PromptStatus.DRAFT, null);
        String url = MailServer.BASE + "/cy/" + council.slug + "/prompts/" + prompt.id;

        JsonPath json = given().queryParam("url", url).queryParam("format", "json").queryParam("maxwidth", 400)
                .get("/oembed").then().statusCode(200).contentType("application/json").extract().jsonPath();
        assertEquals("rich", json.getString("type"));
        assertEquals("1.0", json.getString("version"));
        assertEquals(400, json.getInt("width"));
        assertEquals("Cyngor Prawf " + council.slug, json.getString("author_name"));
        assertThat(json.getString("html"), containsString(MailServer.BASE + "/embed/cy/" + council.slug + "/prompts/"
                + prompt.id));
        assertThat(json.getString("html"), containsString("width=\"400\""));

        given().queryParam("url", "https://evil.example/cy/" + council.slug + "/prompts/" + prompt.id).get("/oembed")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("url", MailServer.BASE + "/cy/" + council.slug + "/prompts/" + draft.id).get("/oembed")
                .then().statusCode(404);
        given().queryParam("url", MailServer.BASE + "/cy/" + council.slug).get("/oembed").then().statusCode(404);
        given().queryParam("url", url).queryParam("format", "xml").get("/oembed").then().statusCode(501);
        given().get("/oembed").then().statusCode(400);

        String page = given().get("/cy/" + council.slug + "/prompts/" + prompt.id).asString();
        assertThat(page, containsString("type=\"application/json+oembed\""));
        assertThat(page, containsString("/oembed?format=json&amp;url=" + java.net.URLEncoder.encode(url,
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void officersListTheSitesAndGetTheCodeToPaste() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = Fixtures.openPrompt(council);
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        String manage = "/en/" + council.slug + "/manage/embedding";
        officer.get(manage);
        Response bad = officer.post(manage, "sites", "https://www.example.gov.uk\nhttp://insecure.example\n"
                + "https://x.example; script-src *");
        assertEquals(422, bad.statusCode());
        assertThat(bad.asString(), containsString("http://insecure.example"));
        assertEquals(303, officer.post(manage, "sites", "https://www.example.gov.uk").statusCode());
        assertThat(officer.get(manage).asString(), containsString("https://www.example.gov.uk"));

        String preview = officer.get("/en/" + council.slug + "/manage/prompts/" + prompt.id).asString();
        assertThat(preview, containsString("data-cyd-embed=&quot;" + MailServer.BASE + "/embed/en/" + council.slug
                + "/prompts/" + prompt.id));
        assertThat(preview, containsString(MailServer.BASE + "/embed.js"));
        assertThat(preview, containsString("<iframe src=\"/embed/en/" + council.slug + "/prompts/" + prompt.id));
        assertEquals(403, new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD).get(manage)
                .statusCode());
    }
}
