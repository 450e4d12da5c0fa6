package cyd.search;

import cyd.web.SearchTerms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.idea.IdeaStatus;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import cyd.support.Browser;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import cyd.content.SearchChanges;
import cyd.content.Visibility;

@QuarkusTest
class SearchTest {

    @jakarta.inject.Inject
    SearchIndex index;

    @org.junit.jupiter.api.BeforeEach
    void throughTheIndex() throws InterruptedException {
        SearchIndexTest.awaitReady(index);
    }

    @Test
    void wordsFindIdeasAndInitiativesInEitherLanguageWithTheWordsMarkedAndNothingResidentsCannotSee() {
        Authority council = Fixtures.authority(true);
        Authority other = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea welsh = idea(prompt, "Perllan gymunedol", "Plannu coed afalau ger yr ysgol.", "cy");
        Idea english = idea(prompt, "Community orchard by the school", "Apple trees planted by volunteers.", "en");
        Idea hidden = idea(prompt, "Secret orchard", "Hidden by a moderator.", "en");
        QuarkusTransaction.requiringNew().run(() -> Idea.<Idea>findById(hidden.id).visibility =
                Visibility.HIDDEN);
        idea(Fixtures.prompt(council, PromptStatus.DRAFT, null), "Draft orchard", "Not published yet.", "en");
        idea(Fixtures.openPrompt(other), "Orchard elsewhere", "Another council's.", "en");
        Initiative initiative = CoFixtures.initiative(council, Fixtures.resident());
        Initiative pending = CoFixtures.initiative(council, Fixtures.resident());
        QuarkusTransaction.requiringNew().run(() -> {
            Initiative p = Initiative.findById(pending.id);
            p.approval = Approval.PENDING;
            p.title = "Pending orchard";
            SearchChanges.initiative(Initiative.getEntityManager(), p.id);
        });

        String base = "/en/" + council.slug + "/search";
        String found = new Browser().get(base + "?q=orchard").asString();
        assertThat(found, containsString("<mark class=\"cyd-mark\">orchard</mark> by the school"));
        assertThat(found, containsString("/initiatives/" + initiative.id));
        assertThat(found, containsString("/ideas/" + english.id));
        for (String never : List.of("Secret", "Draft orchard", "Orchard elsewhere", "Pending orchard")) {
            assertThat(found, not(containsString(never)));
        }
        String cymraeg = new Browser().get("/cy/" + council.slug + "/search?q=coed+perllan").asString();
        assertThat(cymraeg, containsString("/ideas/" + welsh.id));
        assertThat(cymraeg, containsString("lang=\"cy\"><mark class=\"cyd-mark\">Perllan</mark> gymunedol"));
        assertThat(cymraeg, not(containsString("/ideas/" + english.id)));
        assertThat("a word finds longer words it starts", new Browser().get(base + "?q=orch").asString(),
                containsString("/ideas/" + english.id));
    }

    @Test
    void filtersNarrowByTypeAreaQuestionAndStatus() {
        Authority council = Fixtures.authority(false);
        Area north = Fixtures.area(council, "North");
        Prompt prompt = Fixtures.openPrompt(council);
        Prompt second = Fixtures.openPrompt(council);
        Idea inNorth = idea(prompt, "Bulb planting north", "Daffodils.", "en");
        QuarkusTransaction.requiringNew().run(() -> {
            Idea.<Idea>findById(inNorth.id).areaId = north.id;
            SearchChanges.idea(Idea.getEntityManager(), inNorth.id);
        });
        Idea answered = idea(second, "Bulb planting everywhere", "Tulips.", "en");
        QuarkusTransaction.requiringNew().run(() -> {
            Idea.<Idea>findById(answered.id).status = IdeaStatus.TAKEN_FORWARD;
            SearchChanges.idea(Idea.getEntityManager(), answered.id);
        });
        Initiative initiative = CoFixtures.initiative(council, Fixtures.resident());
        QuarkusTransaction.requiringNew().run(() -> {
            Initiative.<Initiative>findById(initiative.id).title = "Bulb club";
            SearchChanges.initiative(Initiative.getEntityManager(), initiative.id);
        });

        String base = "/en/" + council.slug + "/search?q=bulb";
        assertEquals(3, count(new Browser().get(base).asString()));
        assertEquals(1, count(new Browser().get(base + "&type=initiatives").asString()));
        assertEquals(1, count(new Browser().get(base + "&area=" + north.id).asString()));
        assertEquals(1, count(new Browser().get(base + "&prompt=" + second.id).asString()));
        String taken = new Browser().get(base + "&status=TAKEN_FORWARD").asString();
        assertEquals(1, count(taken));
        assertThat(taken, containsString("/ideas/" + answered.id));
    }

    @Test
    void whateverIsTypedTheQueryIsSafeAndBounded() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = Fixtures.openPrompt(council);
        idea(prompt, "Allotment waiting list", "More plots.", "en");
        String base = "/en/" + council.slug + "/search";
        for (String typed : List.of("allotment\") OR 1=1 --", "+allotment -plots ~x \"exact\" @2 (a*)", "x".repeat(1000),
                "'; DROP TABLE idea; --", "%", "\\")) {
            Response r = given().queryParam("q", typed).get(base);
            assertEquals(200, r.statusCode(), typed.length() > 50 ? "a long query" : typed);
        }
        int tooLong = given().queryParam("q", "x".repeat(9000)).get(base).statusCode();
        assertTrue(tooLong >= 400 && tooLong < 500, "an address too long for the server is refused, not an error: "
                + tooLong);
        assertThat(given().queryParam("q", "allotment\") OR 1=1 --").get(base).asString(),
                containsString("<mark class=\"cyd-mark\">Allotment</mark> waiting list"));
        Response short_ = given().queryParam("q", "a an of").get(base);
        assertThat(short_.asString(), containsString("Enter at least one word of 3 letters or more"));
        assertEquals(200, given().queryParam("q", "allotment").queryParam("page", "99999").get(base).statusCode());
        assertEquals(200, given().queryParam("q", "allotment").queryParam("area", "x'1").queryParam("page", "-3")
                .get(base).statusCode());
        assertEquals(List.of("tree", "plant", "coed"), SearchTerms.of("the TREE, plant & coed! a").words());
    }

    @Test
    void beforeSharingAnIdeaSimilarOnesAreOfferedToBackInsteadWithAndWithoutScript() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea existing = idea(prompt, "Community fridge at the library", "Share surplus food.", "en");
        Idea hidden = idea(prompt, "Fridge for the hall", "Hidden.", "en");
        QuarkusTransaction.requiringNew().run(() -> Idea.<Idea>findById(hidden.id).visibility =
                Visibility.HIDDEN);
        Browser resident = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        String propose = "/en/" + council.slug + "/prompts/" + prompt.id + "/ideas/new";
        resident.get(propose);
        Response step = resident.post(propose, "title", "A fridge for leftover food", "description",
                "People leave food others can take.", "language", "en");
        assertEquals(200, step.statusCode(), "a step, not an error");
        assertThat(step.asString(), containsString("Is your idea already here?"));
        assertThat(step.asString(), containsString("/ideas/" + existing.id));
        assertThat(step.asString(), not(containsString("Fridge for the hall")));
        assertThat(step.asString(), containsString("name=\"checked\" value=\"yes\""));
        assertThat(step.asString(), containsString("value=\"A fridge for leftover food\""));
        Response shared = resident.post(propose, "title", "A fridge for leftover food", "description",
                "People leave food others can take.", "language", "en", "checked", "yes");
        assertEquals(303, shared.statusCode(), "their idea is different: shared");

        given().queryParam("text", "fridge").get("/api/v1/prompts/" + prompt.id + "/similar").then().statusCode(200)
                .body(containsString("Community fridge at the library")).body(not(containsString("Fridge for the hall")));
        given().queryParam("text", "x".repeat(1001)).get("/api/v1/prompts/" + prompt.id + "/similar").then()
                .statusCode(400).contentType("application/problem+json");
        Prompt draft = Fixtures.prompt(council, PromptStatus.DRAFT, null);
        given().queryParam("text", "fridge").get("/api/v1/prompts/" + draft.id + "/similar").then().statusCode(404);
    }

    private static int count(String html) {
        return html.split("class=\"cyd-card\"", -1).length - 1;
    }

    private static Idea idea(Prompt prompt, String title, String description, String lang) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Idea i = new Idea();
            i.promptId = prompt.id;
            i.authorId = Fixtures.resident().id;
            i.title = title;
            i.description = description;
            i.language = lang;
            i.status = IdeaStatus.SUBMITTED;
            i.createdAt = java.time.Instant.now();
            i.persist();
            SearchChanges.idea(Idea.getEntityManager(), i.id);
            return i;
        });
    }
}
