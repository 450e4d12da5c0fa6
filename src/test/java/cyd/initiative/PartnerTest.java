package cyd.initiative;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.authority.Authority;
import cyd.support.Browser;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A partner's representatives become organisers of an initiative (they read offers with shared emails and
 * confirm hours), so only an organisation the council verified can be one, and only once the initiative's own
 * organisers accept it.
 */
@QuarkusTest
class PartnerTest {

    @Inject
    EntityManager em;

    @Test
    void anUnverifiedOrganisationCannotBecomeAPartnerAndItsRepresentativeIsNoOrganiser() {
        Authority council = Fixtures.authority(true);
        Initiative initiative = CoFixtures.initiative(council, Fixtures.resident());
        Person rep = Fixtures.resident();
        Browser browser = new Browser().signIn(rep.email, Fixtures.PASSWORD);
        long org = register(browser, council, "Unverified Helpers " + rep.id);
        String page = "/en/" + council.slug + "/initiatives/" + initiative.id;

        assertThat(browser.get(page).asString(), not(containsString("partner: Unverified Helpers")));
        Response forced = browser.post(page + "/partners", "organisationId", org);
        assertEquals(403, forced.statusCode());
        assertEquals(0L, partnerRows(initiative, org));
        assertEquals(403, browser.get(page + "/offers").statusCode(), "no way in to the offers");
    }

    @Test
    void aVerifiedOrganisationsRequestWaitsForTheOrganisersAndOnlyThenMakesItsRepresentativeAnOrganiser() {
        Authority council = Fixtures.authority(true);
        Person starter = Fixtures.resident();
        Initiative initiative = CoFixtures.initiative(council, starter);
        Person rep = Fixtures.resident();
        Browser repBrowser = new Browser().signIn(rep.email, Fixtures.PASSWORD);
        long org = register(repBrowser, council, "Verified Friends " + rep.id);
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        officer.get("/en/" + council.slug + "/organisations/" + org);
        assertEquals(303, officer.post("/en/" + council.slug + "/organisations/" + org + "/verify").statusCode());
        String page = "/en/" + council.slug + "/initiatives/" + initiative.id;

        repBrowser.get(page);
        Response asked = repBrowser.post(page + "/partners", "organisationId", org);
        assertEquals(303, asked.statusCode());
        assertThat(repBrowser.get(asked.header("Location")).asString(), containsString("has asked to be a partner"));
        assertEquals(403, repBrowser.get(page + "/offers").statusCode(), "not an organiser while waiting");
        Browser someoneElse = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        someoneElse.get(page);
        assertEquals(403, someoneElse.post(page + "/partners/" + org + "/accept").statusCode(),
                "nobody but the organisers accepts");
        assertEquals(403, repBrowser.post(page + "/partners/" + org + "/accept").statusCode(),
                "a representative cannot accept their own request");

        Browser organiser = new Browser().signIn(starter.email, Fixtures.PASSWORD);
        String seen = organiser.get(page).asString();
        assertThat(seen, containsString("Asking to be partners"));
        assertThat(seen, containsString("Verified Friends " + rep.id));
        Response accepted = organiser.post(page + "/partners/" + org + "/accept");
        assertEquals(303, accepted.statusCode());
        assertThat(organiser.get(accepted.header("Location")).asString(), containsString("is now a partner"));
        Response again = organiser.post(page + "/partners/" + org + "/accept");
        assertEquals(303, again.statusCode(), "a second click lands on the initiative, not on a refusal");
        assertThat(again.header("Location"), not(containsString("notice=")));
        assertEquals(200, repBrowser.get(page + "/offers").statusCode(), "an accepted partner's representative organises");
    }

    @Test
    void organisersCanDeclineARequest() {
        Authority council = Fixtures.authority(true);
        Person starter = Fixtures.resident();
        Initiative initiative = CoFixtures.initiative(council, starter);
        Person rep = Fixtures.resident();
        Browser repBrowser = new Browser().signIn(rep.email, Fixtures.PASSWORD);
        long org = register(repBrowser, council, "Declined Group " + rep.id);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE organisation SET verified_at = NOW() WHERE id = ?1").setParameter(1, org).executeUpdate());
        String page = "/en/" + council.slug + "/initiatives/" + initiative.id;
        repBrowser.get(page);
        assertEquals(303, repBrowser.post(page + "/partners", "organisationId", org).statusCode());

        Browser organiser = new Browser().signIn(starter.email, Fixtures.PASSWORD);
        organiser.get(page);
        assertEquals(303, organiser.post(page + "/partners/" + org + "/decline").statusCode());
        assertEquals(0L, partnerRows(initiative, org));
        assertEquals(403, repBrowser.get(page + "/offers").statusCode());
    }

    private long register(Browser browser, Authority council, String name) {
        browser.get("/en/" + council.slug + "/organisations/new");
        Response r = browser.post("/en/" + council.slug + "/organisations/new", "name", name, "description",
                "We help in the village.", "language", "en");
        assertEquals(303, r.statusCode(), r.asString());
        return Long.parseLong(r.header("Location").replaceAll(".*/organisations/(\\d+).*", "$1"));
    }

    private static long partnerRows(Initiative i, long org) {
        return Fixtures.count("SELECT COUNT(*) FROM initiative_partner WHERE initiative_id = ?1 AND organisation_id = ?2",
                i.id, org);
    }
}
