package cyd.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.prompt.Prompt;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** One person cannot flood a question: past an hour's allowance they are told, in their language, to wait. */
@QuarkusTest
class RateLimitTest {

    @Test
    void sixtyCommentsAnHourFromOnePersonThenAFriendlyRefusalWhileOthersCarryOn() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Bandstand concerts");
        String page = "/cy/" + council.slug + "/ideas/" + idea.id;
        Browser chatty = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        chatty.get(page);
        for (int i = 0; i < 60; i++) {
            assertEquals(303, chatty.post(page + "/comments", "body", "Syniad da, rhif " + i).statusCode(), "comment " + i);
        }
        Response refused = chatty.post(page + "/comments", "body", "Un arall");
        assertEquals(429, refused.statusCode());
        assertEquals("3600", refused.header("Retry-After"));
        assertThat(refused.asString(), containsString("Rydych wedi gwneud hynny lawer gwaith mewn amser byr"));
        assertEquals(60L, Fixtures.count("SELECT COUNT(*) FROM idea_comment WHERE idea_id = ?1", idea.id));

        Browser other = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        other.get(page);
        assertEquals(303, other.post(page + "/comments", "body", "Cytuno").statusCode(), "someone else is not held up");
    }
}
