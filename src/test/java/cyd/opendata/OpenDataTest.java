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
    void everyAddressWithALanguageFollowsTheCouncilsLanguages() {
        Authority english = Fixtures.authority(false);
        Prompt prompt = Fixtures.openPrompt(english);
        String[][] welshToEnglish = {
            { "/cy/" + english.slug + "/feed.atom", "/en/" + english.slug + "/feed.atom" },
            { "/cy/" + english.slug + "/prompts/" + prompt.id + "/feed.atom", "/en/" + english.slug + "/prompts/" + prompt.id + "/feed.atom" },
            { "/cy/" + english.slug + "/initiatives.ics", "/en/" + english.slug + "/initiatives.ics" },
            { "/embed/cy/" + english.slug + "/prompts/" + prompt.id + "?top=3", "/embed/en/" + english.slug + "/prompts/" + prompt.id + "?top=3" },
            { "/cy/" + english.slug + "/prompts/" + prompt.id, "/en/" + english.slug + "/prompts/" + prompt.id } };
        for (String[] pair : welshToEnglish) {
            Response r = given().redirects().follow(false).get(pair[0]);
            assertEquals(303, r.statusCode(), pair[0]);
            assertThat(pair[0], r.header("Location"), org.hamcrest.Matchers.endsWith(pair[1]));
            Response english200 = given().redirects().follow(false).get(pair[1]);
            assertEquals(200, english200.statusCode(), pair[1]);
            if (english200.header("Content-Language") != null) {
                assertEquals("en", english200.header("Content-Language"), pair[1]);
            }
        }
        assertThat(given().get("/en/" + english.slug + "/feed.atom").asString(), containsString("xml:lang=\"en\""));
        assertThat(given().get("/en/" + english.slug + "/feed.atom").asString(), not(containsString("xml:lang=\"cy\"")));
        assertEquals("en", given().get("/embed/en/" + english.slug + "/prompts/" + prompt.id).header("Content-Language"));

        Authority bilingual = Fixtures.authority(true);
        Prompt both = Fixtures.openPrompt(bilingual);
        assertEquals(200, given().redirects().follow(false).get("/cy/" + bilingual.slug + "/feed.atom").statusCode());
        assertEquals("cy", given().get("/embed/cy/" + bilingual.slug + "/prompts/" + both.id).header("Content-Language"));
    }

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
        assertThat("an English idea's name is marked English in the Welsh feed", xml, containsString(
                "Syniad newydd: <span xml:lang=\"en\" lang=\"en\">Plant a hedge &amp; &lt;wildflowers&gt;</span>"));
        assertThat(xml, containsString("Cwestiwn newydd:"));
        assertThat(xml, containsString("Wedi&apos;i ateb: <span xml:lang=\"en\" lang=\"en\">Plant a hedge"));
        assertThat(xml, containsString(MailServer.BASE + "/cy/" + council.slug + "/ideas/" + idea.id));
        assertThat(xml, not(containsString("Hidden idea")));
        assertThat(xml, not(containsString("Secretname")));

        String promptFeed = given().get("/en/" + council.slug + "/prompts/" + prompt.id + "/feed.atom").asString();
        assertThat(promptFeed, containsString("<title>New idea: Plant a hedge"));
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
        assertThat("the plain file has no byte-order mark for other programs to trip on", csv.charAt(0), org.hamcrest.Matchers.is('i'));
        io.restassured.response.Response excel = given().get("/data/" + council.slug + "/ideas.csv?for=excel");
        assertEquals(200, excel.statusCode());
        byte[] bytes = excel.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "the file for Excel starts with UTF-8's byte-order mark, so ŵ and ŷ open right");
        assertEquals(csv, new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8), "and is otherwise the same file");
        assertThat(excel.header("Content-Disposition"), containsString("-excel.csv"));
        assertEquals(400, given().get("/data/" + council.slug + "/ideas.csv?for=lotus").statusCode());

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
