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
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A resident registers a voluntary organisation (and represents it); only an officer of its own council verifies
 * it, once, with an entry in the audit log; until then it is marked "Not yet verified" for all to see.
 */
@QuarkusTest
class OrganisationVerificationTest {

    @Test
    void aRegistrationWithMistakesComesBackInItsLanguageWithWhatWasTyped() {
        Authority council = Fixtures.authority(true);
        Person resident = Fixtures.resident();
        Browser browser = new Browser().signIn(resident.email, Fixtures.PASSWORD);
        browser.get("/cy/" + council.slug + "/organisations/new");
        Response wrong = browser.post("/cy/" + council.slug + "/organisations/new", "name", "", "charityNumber",
                "not a number", "description", "Rydym yn rhedeg y neuadd.", "language", "cy");
        assertEquals(422, wrong.statusCode());
        assertThat(wrong.asString(), containsString("Rhowch enw'r sefydliad".replace("'", "&#39;")));
        assertThat(wrong.asString(), containsString("Rhowch rif elusen gofrestredig, fel 1234567"));
        assertThat(wrong.asString(), containsString("Rydym yn rhedeg y neuadd."));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM organisation WHERE authority_id = ?1", council.id),
                "nothing is stored from a refused form");
    }

    @Test
    void onlyAnOfficerOfItsOwnCouncilVerifiesAnOrganisationAndOnlyOnce() {
        Authority council = Fixtures.authority(false);
        Authority elsewhere = Fixtures.authority(false);
        Person registrant = Fixtures.resident();
        Person officer = Fixtures.officer(council);
        Person otherOfficer = Fixtures.officer(elsewhere);
        Browser rep = new Browser().signIn(registrant.email, Fixtures.PASSWORD);
        rep.get("/en/" + council.slug + "/organisations/new");
        Response registered = rep.post("/en/" + council.slug + "/organisations/new", "name",
                "Friends of the Park " + registrant.id, "description", "We look after the park.", "language", "en");
        assertEquals(303, registered.statusCode());
        long org = Long.parseLong(registered.header("Location").replaceAll(".*/organisations/(\\d+).*", "$1"));
        String page = "/en/" + council.slug + "/organisations/" + org;
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM organisation_rep WHERE organisation_id = ?1 "
                + "AND person_id = ?2", org, registrant.id), "who registers it represents it");

        String seen = new Browser().get(page).asString();
        assertThat(seen, containsString("Not yet verified"));
        assertThat("nobody but an officer is offered the button", rep.get(page).asString(),
                not(containsString("Verify this organisation")));

        rep.get(page);
        assertEquals(403, rep.post(page + "/verify").statusCode(), "its own representative cannot verify it");
        Browser other = new Browser().signIn(otherOfficer.email, Fixtures.PASSWORD);
        other.get("/en/" + elsewhere.slug + "/organisations");
        assertEquals(403, other.post("/en/" + elsewhere.slug + "/organisations/" + org + "/verify").statusCode(),
                "another council's officer, through their own council's address, is refused");
        other.get(page);
        assertEquals(403, other.post(page + "/verify").statusCode(), "nor through this council's address");
        assertEquals(0, verified(org));

        Browser off = new Browser().signIn(officer.email, Fixtures.PASSWORD);
        assertThat(off.get(page).asString(), containsString("Verify this organisation"));
        Response done = off.post(page + "/verify");
        assertEquals(303, done.statusCode());
        assertThat(off.get(done.header("Location")).asString(), containsString("The organisation has been verified."));
        assertEquals(1, verified(org));
        assertThat(new Browser().get(page).asString(), containsString("Verified"));
        assertThat(new Browser().get(page).asString(), not(containsString("Not yet verified")));

        off.get(page);
        off.post(page + "/verify");
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM audit_log WHERE authority_id = ?1 "
                + "AND action = 'organisation.verify' AND subject_id = ?2 AND officer_id = ?3", council.id, org,
                officer.id), "verified once, recorded once, with who did it");
    }

    private static long verified(long org) {
        return Fixtures.count("SELECT COUNT(*) FROM organisation WHERE id = ?1 AND verified_at IS NOT NULL", org);
    }
}
