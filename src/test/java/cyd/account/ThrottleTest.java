package cyd.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import cyd.support.Browser;
import cyd.support.Fixtures;
import cyd.support.MailServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
class ThrottleTest {

    @Inject
    EntityManager em;

    @Inject
    AccountService accounts;

    @Test
    void fiveWrongPasswordsLockTheAccountsSignInForAWhileEvenForTheRightOne() {
        Person p = Fixtures.resident();
        Person other = Fixtures.resident();
        Browser browser = new Browser();
        browser.get("/cy/sign-in");
        for (int i = 0; i < 5; i++) {
            assertEquals(422, browser.post("/cy/sign-in", "email", p.email, "password", "guess number " + i)
                    .statusCode());
        }
        Response locked = browser.post("/cy/sign-in", "email", p.email, "password", Fixtures.PASSWORD);
        assertEquals(429, locked.statusCode(), "the right password is refused while locked");
        assertThat(locked.asString(), containsString("Gormod o ymdrechion i fewngofnodi"));
        assertThat(locked.asString(), containsString("value=\"" + p.email + "\""));
        new Browser().signIn(other.email, Fixtures.PASSWORD);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE throttle SET locked_until = '2000-01-01 00:00:00' WHERE throttle_key = :k")
                .setParameter("k", Throttle.key("sign-in", p.email)).executeUpdate());
        new Browser().signIn(p.email, Fixtures.PASSWORD);
    }

    @Test
    void atMostThreeResetLinksAnHourGoToOneAddress() throws InterruptedException {
        Person p = Fixtures.resident();
        for (int i = 0; i < 5; i++) {
            accounts.requestPasswordReset(p.email);
        }
        // What was queued is known at once: the outbox is written in each request's transaction.
        assertEquals(3L, (long) QuarkusTransaction.requiringNew().call(
                () -> cyd.mail.OutboxEmail.count("to", p.email)), "three reset emails queued of five asked");
        // Then every queued one is sent, and only those arrive.
        long deadline = System.currentTimeMillis() + 30_000;
        while (QuarkusTransaction.requiringNew().call(
                () -> cyd.mail.OutboxEmail.count("to = ?1 and sentAt is null", p.email)) > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the outbox did not send the reset emails within 30 s");
            }
            Thread.sleep(100);
        }
        MailServer.await(p.email, e -> MailServer.to(p.email).size() >= 3);
        assertEquals(3, MailServer.to(p.email).size());
    }
}
