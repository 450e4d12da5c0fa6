package cyd.organisation;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.authority.Authority;
import cyd.support.Browser;
import cyd.support.Fixtures;
import cyd.support.MailServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Representatives invite, they do not add: the answer is the same for every address (nobody learns who has an
 * account), and the invited person becomes a representative only by accepting from their own account.
 */
@QuarkusTest
class RepresentativeInviteTest {

    @Test
    void inviteSaysTheSameForEveryAddressAndTheInvitedPersonDecides() {
        Authority council = Fixtures.authority(true);
        Person rep = Fixtures.resident();
        Person invited = Fixtures.resident();
        Browser repBrowser = new Browser().signIn(rep.email, Fixtures.PASSWORD);
        long org = register(repBrowser, council, "Village Hall Trust " + rep.id);
        String orgPage = "/en/" + council.slug + "/organisations/" + org;

        repBrowser.get(orgPage);
        Response toNobody = repBrowser.post(orgPage + "/representatives", "email", "nobody-" + rep.id + "@example.org");
        repBrowser.get(orgPage);
        Response toSomeone = repBrowser.post(orgPage + "/representatives", "email", invited.email.toUpperCase());
        assertEquals(303, toNobody.statusCode());
        assertEquals(toNobody.header("Location"), toSomeone.header("Location"), "the same answer either way");
        String after = repBrowser.get(toSomeone.header("Location")).asString();
        assertThat(after, containsString("If that address belongs to someone with a Cyd account"));
        assertThat(after, not(containsString(invited.displayName)));
        assertEquals(0L, reps(org, invited), "not a representative until they accept");

        MailServer.Email mail = MailServer.await(invited.email, m -> m.body().contains("Village Hall Trust " + rep.id));
        Browser invitedBrowser = new Browser().signIn(invited.email, Fixtures.PASSWORD);
        String invitations = invitedBrowser.get(mail.link("/account/invitations")).asString();
        assertThat(invitations, containsString("Village Hall Trust " + rep.id));
        long invitation = Fixtures.count("SELECT id FROM organisation_invite WHERE person_id = ?1", invited.id);

        Browser stranger = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        stranger.get("/en/account/invitations");
        assertEquals(403, stranger.post("/en/account/invitations/" + invitation + "/accept").statusCode(),
                "only the invited person answers");

        Response accepted = invitedBrowser.post("/en/account/invitations/" + invitation + "/accept");
        assertEquals(303, accepted.statusCode());
        assertThat(invitedBrowser.get(accepted.header("Location")).asString(),
                containsString("You now represent the organisation."));
        assertEquals(1L, reps(org, invited));
    }

    @Test
    void invitationsFromOneRepresentativeAreLimitedToTenAnHour() {
        Authority council = Fixtures.authority(true);
        Person rep = Fixtures.resident();
        Browser browser = new Browser().signIn(rep.email, Fixtures.PASSWORD);
        long org = register(browser, council, "Busy Group " + rep.id);
        String orgPage = "/en/" + council.slug + "/organisations/" + org;
        for (int i = 0; i < 10; i++) {
            browser.get(orgPage);
            assertEquals(303, browser.post(orgPage + "/representatives", "email", "try" + i + "@example.org")
                    .statusCode());
        }
        browser.get(orgPage);
        Response refused = browser.post(orgPage + "/representatives", "email", "one-more@example.org");
        assertEquals(429, refused.statusCode());
        assertThat(refused.asString(), containsString("You have sent a lot of invitations"));
        assertThat(refused.asString(), containsString("one-more@example.org"));
    }

    private static long register(Browser browser, Authority council, String name) {
        browser.get("/en/" + council.slug + "/organisations/new");
        Response r = browser.post("/en/" + council.slug + "/organisations/new", "name", name, "description",
                "We run the hall.", "language", "en");
        assertEquals(303, r.statusCode());
        return Long.parseLong(r.header("Location").replaceAll(".*/organisations/(\\d+).*", "$1"));
    }

    private static long reps(long org, Person p) {
        return Fixtures.count("SELECT COUNT(*) FROM organisation_rep WHERE organisation_id = ?1 AND person_id = ?2",
                org, p.id);
    }
}
