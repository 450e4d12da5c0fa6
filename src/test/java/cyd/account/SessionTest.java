package cyd.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cyd.support.Browser;
import cyd.support.Fixtures;
import cyd.support.MailServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import cyd.authority.Authority;
import cyd.web.Secrets;

@QuarkusTest
class SessionTest {

    @Inject
    AccountService accounts;

    @Test
    void signingOutEverywhereEndsTheSignInOnEveryDevice() {
        Person p = Fixtures.resident();
        Browser phone = new Browser().signIn(p.email, Fixtures.PASSWORD);
        Browser laptop = new Browser().signIn(p.email, Fixtures.PASSWORD);
        assertEquals(200, phone.request("/en/account").statusCode());
        laptop.get("/en/account");
        Response out = laptop.post("/en/account/sign-out-everywhere");
        assertEquals(303, out.statusCode());
        assertThat(laptop.get(out.header("Location")).asString(), containsString("You are signed out on every device."));
        assertEquals(303, phone.request("/en/account").statusCode(), "the phone is signed out too");
        assertEquals(303, laptop.request("/en/account").statusCode());
        assertEquals(200, new Browser().signIn(p.email, Fixtures.PASSWORD).request("/en/account").statusCode(),
                "signing in again works");
    }

    @Test
    void resettingThePasswordSignsOutWhoeverWasSignedInWithTheOldOne() {
        Person p = Fixtures.resident();
        Browser stolen = new Browser().signIn(p.email, Fixtures.PASSWORD);
        accounts.requestPasswordReset(p.email);
        String link = MailServer.await(p.email, "Reset your password").link("/en/password-reset/");
        Browser owner = new Browser();
        owner.get(link);
        assertEquals(303, owner.post(link, "password", "a brand new long passphrase").statusCode());
        assertEquals(200, owner.request("/en/account").statusCode(), "the owner is signed in");
        assertEquals(303, stolen.request("/en/account").statusCode(), "the old sign-in no longer works");
    }

    @Inject
    Secrets secrets;

    @Test
    void anOfficerSignedInThirteenHoursAgoSignsInAgainAResidentDoesNot() {
        Authority council = Fixtures.authority(false);
        Person officer = Fixtures.officer(council);
        Person resident = Fixtures.resident();
        assertEquals(200, withSessionSignedIn(officer, java.time.Duration.ofHours(11)).statusCode(),
                "an officer within a working day");
        Response late = withSessionSignedIn(officer, java.time.Duration.ofHours(13));
        assertEquals(303, late.statusCode(), "an officer after 12 hours is asked to sign in");
        assertThat(late.header("Location"), containsString("/en/sign-in"));
        assertEquals(200, withSessionSignedIn(resident, java.time.Duration.ofHours(13)).statusCode(),
                "a resident's sign-in lasts its 14 days");
        assertEquals(303, withSessionSignedIn(resident, java.time.Duration.ofDays(15)).statusCode(),
                "but no longer");
    }

    /** The account page with a sign-in cookie made this long ago (as the sign-in form makes them). */
    private Response withSessionSignedIn(Person p, java.time.Duration ago) {
        long expires = java.time.Instant.now().minus(ago).plus(java.time.Duration.ofDays(14)).getEpochSecond();
        String body = p.id + "." + expires + "." + Fixtures.reload(p).sessionEpoch + "." + Secrets.randomToken(12);
        return io.restassured.RestAssured.given().redirects().follow(false)
                .cookie("cyd_session", body + "." + secrets.sign("session", body)).get("/en/account");
    }
}
