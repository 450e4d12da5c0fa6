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
}
