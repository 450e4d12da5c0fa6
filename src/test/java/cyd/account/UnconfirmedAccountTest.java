package cyd.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cyd.authority.Authority;
import cyd.initiative.Initiative;
import cyd.support.Browser;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Until a resident confirms their address they read everything and post nothing: no organisation, no initiative. */
@QuarkusTest
class UnconfirmedAccountTest {

    @Test
    void anUnconfirmedResidentCannotRegisterAnOrganisationStartOrJoinAnInitiative() {
        Authority council = Fixtures.authority(true);
        Initiative open = CoFixtures.initiative(council, Fixtures.resident());
        Person unconfirmed = Fixtures.unverified();
        Browser browser = new Browser().signIn(unconfirmed.email, Fixtures.PASSWORD);
        String base = "/en/" + council.slug;

        for (String page : new String[] { base + "/organisations/new", base + "/initiatives/new",
                base + "/initiatives/" + open.id + "/join" }) {
            Response r = browser.get(page);
            assertEquals(403, r.statusCode(), page);
            assertThat(r.asString(), containsString("Confirm your email address first"));
        }
        assertEquals(403, browser.post(base + "/organisations/new", "name", "Friends of the Park " + unconfirmed.id,
                "description", "We look after the park.", "language", "en").statusCode());
        assertEquals(403, browser.post(base + "/initiatives/new", "title", "Park clean-up", "description",
                "Every Saturday.", "language", "en").statusCode());
        assertEquals(403, browser.post(base + "/initiatives/" + open.id + "/join", "description", "I can help")
                .statusCode());
        assertEquals(403, new Browser().signIn(unconfirmed.email, Fixtures.PASSWORD).get("/cy/" + council.slug
                + "/organisations/new").statusCode());

        assertEquals(0L, Fixtures.count("SELECT COUNT(*) FROM organisation_rep WHERE person_id = ?1", unconfirmed.id));
        assertEquals(0L, Fixtures.count("SELECT COUNT(*) FROM initiative WHERE started_by = ?1", unconfirmed.id));
        assertEquals(0L, Fixtures.count("SELECT COUNT(*) FROM offer WHERE person_id = ?1", unconfirmed.id));
    }
}
