package cyd.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class ApiTest {

    @Test
    void authoritiesAreListedWithTheirSlugs() {
        Authority council = Fixtures.authority(true);
        JsonPath json = given().get("/api/v1/authorities").then().statusCode(200).extract().jsonPath();
        assertThat(json.getList("authorities.slug"), hasItem(council.slug));
        assertThat(json.getList("authorities.slug"), hasItem("enghraifft"));
    }

    @Test
    void promptsExcludeDraftsAndCarryIdeaCounts() {
        Authority council = Fixtures.authority(true);
        Prompt open = Fixtures.openPrompt(council);
        Fixtures.prompt(council, PromptStatus.DRAFT, null);
        Fixtures.idea(open, Fixtures.resident(), "One");
        QuarkusTransaction.requiringNew().run(() -> Prompt.update("ideaCount = 1 where id = ?1", open.id));

        JsonPath json = given().get("/api/v1/authorities/" + council.slug + "/prompts").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(open.id.intValue()), json.getList("prompts.id"));
        assertEquals(1, json.getInt("prompts[0].ideaCount"));
        assertEquals("open", json.getString("prompts[0].status"));
        assertEquals("Beth hoffech chi ei wneud gyda ni i wella'r parc?", json.getString("prompts[0].title.cy"));
    }

    @Test
    void ideasArePagedWithACursorWithoutRepeatsOrGaps() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Person author = Fixtures.resident();
        for (int i = 0; i < 7; i++) {
            Idea idea = Fixtures.idea(prompt, author, "Idea " + i);
            int count = i % 3;
            QuarkusTransaction.requiringNew().run(() -> Idea.update("backingCount = ?1 where id = ?2", count, idea.id));
        }
        for (String sort : List.of("top", "new")) {
            Set<Integer> seen = new HashSet<>();
            String after = null;
            int lastCount = Integer.MAX_VALUE;
            do {
                var req = given().queryParam("sort", sort).queryParam("limit", 3);
                if (after != null) {
                    req = req.queryParam("after", after);
                }
                JsonPath page = req.get("/api/v1/prompts/" + prompt.id + "/ideas").then().statusCode(200)
                        .extract().jsonPath();
                for (int i = 0; i < page.getList("ideas").size(); i++) {
                    seen.add(page.getInt("ideas[" + i + "].id"));
                    if (sort.equals("top")) {
                        int c = page.getInt("ideas[" + i + "].backingCount");
                        assertEquals(true, c <= lastCount, "most backed first");
                        lastCount = c;
                    }
                }
                after = page.getString("next");
            } while (after != null);
            assertEquals(7, seen.size(), sort);
        }
    }

    @Test
    void badRequestsGetProblemDetails() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Prompt draft = Fixtures.prompt(council, PromptStatus.DRAFT, null);

        Response badCursor = given().queryParam("after", "zz").get("/api/v1/prompts/" + prompt.id + "/ideas");
        assertEquals(400, badCursor.statusCode());
        assertThat(badCursor.contentType(), containsString("application/problem+json"));
        assertEquals(400, badCursor.jsonPath().getInt("status"));

        assertEquals(400, given().queryParam("limit", "5000").get("/api/v1/prompts/" + prompt.id + "/ideas")
                .statusCode());
        assertEquals(400, given().queryParam("sort", "random").get("/api/v1/prompts/" + prompt.id + "/ideas")
                .statusCode());

        Response hidden = given().get("/api/v1/prompts/" + draft.id + "/ideas");
        assertEquals(404, hidden.statusCode());
        assertThat(hidden.contentType(), containsString("application/problem+json"));
        Response unknown = given().get("/api/v1/nothing-here");
        assertEquals(404, unknown.statusCode());
        assertThat(unknown.contentType(), containsString("application/problem+json"));
        assertEquals(404, given().get("/api/v1/authorities/no-such-council/prompts").statusCode());
        assertNull(given().get("/api/v1/authorities/no-such-council/prompts").header("X-Powered-By"));
    }
}
