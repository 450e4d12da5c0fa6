package cyd.opendata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import cyd.account.Person;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.idea.IdeaStatus;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import cyd.support.Fixtures;
import cyd.support.MailServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import cyd.content.Visibility;
import cyd.initiative.Initiative;
import cyd.support.CoFixtures;

/** Feeds and open data carry what residents can see, and nothing else: no drafts, nothing hidden, no names. */
@QuarkusTest
class OpenDataTest {

    @Test
    void atomFeedsListNewQuestionsIdeasAndAnswersAndNothingUnpublishedOrHidden() throws Exception {
        Authority council = Fixtures.authority(true);
        Person author = Fixtures.change(Fixtures.resident(), p -> p.displayName = "Ffion Secretname");
        Prompt prompt = Fixtures.openPrompt(council);
        Fixtures.prompt(council, PromptStatus.DRAFT, null);
        Idea idea = Fixtures.idea(prompt, author, "Plant a hedge & <wildflowers>");
        Idea hidden = Fixtures.idea(prompt, author, "Hidden idea");
        QuarkusTransaction.requiringNew().run(() -> {
            Idea.<Idea>findById(hidden.id).visibility = Visibility.HIDDEN;
            Idea i = Idea.findById(idea.id);
            i.status = IdeaStatus.TAKEN_FORWARD;
            i.answer = "Yes: the parks team will bring the whips.";
            i.answerLanguage = "en";
            i.answeredAt = java.time.Instant.now();
        });

        Response r = given().get("/cy/" + council.slug + "/feed.atom");
        assertEquals(200, r.statusCode());
        assertThat(r.contentType(), containsString("application/atom+xml"));
        String xml = r.asString();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        assertEquals("feed", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
                : doc.getDocumentElement().getLocalName());
        assertEquals(3, doc.getElementsByTagName("entry").getLength(), "the question, the idea and its answer");
        assertThat(xml, containsString("Syniad newydd: Plant a hedge &amp; &lt;wildflowers&gt;"));
        assertThat(xml, containsString("Cwestiwn newydd:"));
        assertThat(xml, containsString("Wedi&apos;i ateb: Plant a hedge"));
        assertThat(xml, containsString(MailServer.BASE + "/cy/" + council.slug + "/ideas/" + idea.id));
        assertThat(xml, not(containsString("Hidden idea")));
        assertThat(xml, not(containsString("Secretname")));

        String promptFeed = given().get("/en/" + council.slug + "/prompts/" + prompt.id + "/feed.atom").asString();
        assertThat(promptFeed, containsString("New idea: Plant a hedge"));
        assertThat(promptFeed, not(containsString("New question")));
        Prompt draft = Fixtures.prompt(council, PromptStatus.DRAFT, null);
        assertEquals(404, given().get("/en/" + council.slug + "/prompts/" + draft.id + "/feed.atom").statusCode());
        assertThat(given().get("/en/" + council.slug).asString(), containsString("type=\"application/atom+xml\""));
    }

    @Test
    void openDataDownloadsAreDocumentedAndHoldNoPersonalOrUnpublishedData() {
        Authority council = Fixtures.authority(false);
        Person author = Fixtures.change(Fixtures.resident(), p -> p.displayName = "Gwilym Hiddenname");
        Prompt prompt = Fixtures.openPrompt(council);
        Prompt draft = Fixtures.prompt(council, PromptStatus.DRAFT, null);
        Fixtures.idea(prompt, author, "=HYPERLINK(\"http://evil.example\")");
        Fixtures.idea(prompt, author, "Benches, with \"backs\"");
        Fixtures.idea(draft, author, "On a draft");
        Initiative initiative = CoFixtures.initiative(council, author);

        String csv = given().get("/data/" + council.slug + "/ideas.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(String.join(",", OpenDataResource.DATASETS.get(1).fields()), lines[0]);
        assertEquals(3, lines.length, "header and the two ideas on the published question");
        assertThat(csv, containsString("\"'=HYPERLINK(\"\"http://evil.example\"\")\""));
        assertThat(csv, containsString("\"Benches, with \"\"backs\"\"\""));
        assertThat(csv, not(containsString("On a draft")));
        assertThat(csv, not(containsString("Hiddenname")));
        assertThat(csv, not(containsString("@")));

        Map<String, Object> json = given().get("/data/" + council.slug + "/initiatives.json").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertEquals("Open Government Licence v3.0", json.get("licence"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("rows");
        assertEquals(1, rows.size());
        assertEquals(initiative.id.intValue(), ((Number) rows.get(0).get("id")).intValue());
        assertThat(json.toString(), not(containsString("Hiddenname")));
        given().get("/data/" + council.slug + "/prompts.json").then().statusCode(200)
                .body(not(containsString("\"id\":" + draft.id + ",")));
        given().get("/data/" + council.slug + "/people.csv").then().statusCode(404);
        given().get("/data/no-such-council/ideas.csv").then().statusCode(404);

        String page = given().get("/en/" + council.slug + "/data").asString();
        for (OpenDataResource.Dataset d : OpenDataResource.DATASETS) {
            assertThat(page, containsString("/data/" + council.slug + "/" + d.name() + ".csv"));
            for (String field : d.fields()) {
                assertThat(page, containsString("<code>" + field + "</code>"));
            }
        }
        assertTrue(page.contains("Those hours at the council"), "fields are explained");
    }
}
