package cyd.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import cyd.authority.Authority;
import cyd.prompt.Prompt;
import cyd.support.MailServer;

@QuarkusTest
class SecurityTest {

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        Person resident = Fixtures.resident();
        Browser browser = new Browser();
        browser.get("/en/sign-in");
        Response none = browser.postRaw("/en/sign-in", Map.of("email", resident.email, "password", Fixtures.PASSWORD));
        assertEquals(403, none.statusCode());
        assertThat(none.asString(), containsString("You cannot do that"));

        Response forged = browser.postRaw("/en/sign-in",
                Map.of("email", resident.email, "password", Fixtures.PASSWORD, "csrf", "forged.token"));
        assertEquals(403, forged.statusCode());
        assertEquals(null, browser.cookie("cyd_session"));

        Response noBody = given().redirects().follow(false).post("/en/sign-out");
        assertEquals(403, noBody.statusCode());
    }

    @Test
    void aTokenFromAnotherBrowserDoesNotWork() {
        Browser mine = new Browser();
        mine.get("/en/sign-in");
        Browser attacker = new Browser();
        attacker.get("/en/sign-in");
        Response r = mine.postRaw("/en/sign-in", Map.of("email", "a@b.c", "password", "x", "csrf",
                attacker.csrfToken()));
        assertEquals(403, r.statusCode());
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureBehindHttps() {
        Person resident = Fixtures.resident();
        Browser plain = new Browser();
        plain.get("/en/sign-in");
        Response r = plain.post("/en/sign-in", "email", resident.email, "password", Fixtures.PASSWORD);
        String setCookie = sessionCookieHeader(r);
        assertThat(setCookie, containsString("HttpOnly"));
        assertThat(setCookie, containsString("SameSite=Lax"));
        assertThat(setCookie, not(containsString("Secure")));

        Browser https = new Browser().header("X-Forwarded-Proto", "https");
        https.get("/en/sign-in");
        Response secure = https.post("/en/sign-in", "email", resident.email, "password", Fixtures.PASSWORD);
        assertThat(sessionCookieHeader(secure), containsString("Secure"));
        assertEquals("max-age=31536000", secure.header("Strict-Transport-Security"), "HSTS behind HTTPS");
        assertEquals(null, r.header("Strict-Transport-Security"), "never over plain HTTP");
    }

    @Test
    void aTamperedSessionCookieSignsNobodyIn() {
        Person resident = Fixtures.resident();
        Person other = Fixtures.resident();
        Browser browser = new Browser().signIn(resident.email, Fixtures.PASSWORD);
        String real = browser.cookie("cyd_session");
        assertEquals(200, given().redirects().follow(false).cookie("cyd_session", real).get("/en/account").statusCode(),
                "the real cookie signs in");
        // The same shape and signature, someone else's id: the signature no longer matches.
        String forged = other.id + real.substring(real.indexOf('.'));
        assertEquals(303, given().redirects().follow(false).cookie("cyd_session", forged).get("/en/account")
                .statusCode());
        // The same person, their own signature, a later expiry written in: refused as well.
        String[] parts = real.split("\\.");
        parts[1] = String.valueOf(Long.parseLong(parts[1]) + 365L * 24 * 3600);
        assertEquals(303, given().redirects().follow(false).cookie("cyd_session", String.join(".", parts))
                .get("/en/account").statusCode(), "a lengthened sign-in is not signed");
    }

    @Test
    void openingSomeoneElsesConfirmationLinkConfirmsTheirAddressButSignsNobodyInAsThem() {
        String email = Fixtures.unique("victim") + "@example.org";
        Browser newcomer = new Browser();
        newcomer.get("/en/sign-up");
        assertEquals(303, newcomer.post("/en/sign-up", "email", email, "displayName", "Victim", "password",
                "a long enough pass phrase").statusCode());
        String link = MailServer.await(email, m -> m.body().contains("/account/verify?token="))
                .link("/account/verify?token=");

        Person visitor = Fixtures.resident();
        Browser other = new Browser().signIn(visitor.email, Fixtures.PASSWORD);
        Response opened = other.request(link);
        assertEquals(303, opened.statusCode());
        assertThat(opened.header("Location"), containsString("/en/sign-in?notice=verified"));
        assertThat(other.get("/en/account").asString(), containsString(visitor.displayName));
        assertThat(other.get("/en/account").asString(), not(containsString("Victim")));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Person.byEmail(email).orElseThrow().emailVerifiedAt)
                != null, "the address is confirmed all the same");

        Browser stranger = new Browser();
        stranger.request(opened.header("Location"));
        assertThat(stranger.get(opened.header("Location")).asString(),
                containsString("Your email address is confirmed. Sign in to carry on."));
        assertEquals(303, stranger.request("/en/account").statusCode(), "a signed-out visitor stays signed out");
    }

    @Test
    void aRedirectNeverNamesTheHostTheClientClaimed() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: evil.example\r\nAccept-Language: cy\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer, containsString("HTTP/1.1 303"));
            assertThat(answer.toLowerCase(java.util.Locale.ROOT), containsString("\r\nlocation: /cy\r\n"));
            assertThat(answer, not(containsString("evil.example")));
        }
    }

    @Test
    void noPubliclyCacheableResponseSetsACookie() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        String[] publicOnes = { "/theme/" + council.slug + ".css", "/cy/" + council.slug + "/feed.atom",
            "/en/" + council.slug + "/prompts/" + prompt.id + "/feed.atom", "/cy/" + council.slug + "/initiatives.ics",
            "/data/" + council.slug + "/ideas.csv", "/data/" + council.slug + "/prompts.json",
            "/oembed?url=" + MailServer.BASE + "/en/" + council.slug + "/prompts/" + prompt.id,
            "/embed/cy/" + council.slug + "/prompts/" + prompt.id };
        for (String path : publicOnes) {
            // A first visit, with no cookies: where a page would set the CSRF and language cookies.
            Response r = given().redirects().follow(false).get(path);
            assertEquals(200, r.statusCode(), path);
            assertThat(path, r.header("Cache-Control"), containsString("public"));
            assertEquals(null, r.header("Set-Cookie"), path + " sets no cookie");
        }
        assertThat("a page still sets its cookies", given().get("/cy/" + council.slug).header("Set-Cookie"),
                containsString("cyd_csrf"));
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedEvenWithAToken() {
        Person resident = Fixtures.resident();
        Browser browser = new Browser();
        browser.get("/en/sign-in");
        browser.header("Origin", "https://attacker.example");
        assertEquals(403, browser.post("/en/sign-in", "email", resident.email, "password", Fixtures.PASSWORD)
                .statusCode());
        browser.header("Origin", "http://localhost:" + io.restassured.RestAssured.port);
        assertEquals(303, browser.post("/en/sign-in", "email", resident.email, "password", Fixtures.PASSWORD)
                .statusCode(), "from Cyd itself");
    }

    @Test
    void tooManyWrongPasswordsWhenDeletingAnAccountAreRefusedForAWhile() {
        Person resident = Fixtures.resident();
        Browser browser = new Browser().signIn(resident.email, Fixtures.PASSWORD);
        browser.get("/en/account/delete");
        for (int i = 0; i < 5; i++) {
            assertEquals(422, browser.post("/en/account/delete", "password", "not it " + i).statusCode());
        }
        Response refused = browser.post("/en/account/delete", "password", Fixtures.PASSWORD);
        assertEquals(429, refused.statusCode());
        assertThat(refused.asString(), containsString("Too many wrong passwords"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Person.findByIdOptional(resident.id).isPresent()),
                "the account is still there");
    }

    @Test
    void signingOutEndsTheSignInOnTheServerSoAKeptCookieNoLongerWorks() {
        Person resident = Fixtures.resident();
        Browser browser = new Browser().signIn(resident.email, Fixtures.PASSWORD);
        Browser otherDevice = new Browser().signIn(resident.email, Fixtures.PASSWORD);
        String kept = browser.cookie("cyd_session");
        browser.get("/en/account");
        assertEquals(303, browser.post("/en/sign-out").statusCode());
        assertEquals(303, given().redirects().follow(false).cookie("cyd_session", kept).get("/en/account").statusCode(),
                "the copied cookie of a signed-out sign-in is refused");
        assertEquals(200, otherDevice.request("/en/account").statusCode(), "other sign-ins carry on");
    }

    @Test
    void pagesCarrySecurityHeadersAndCannotBeFramed() {
        Response r = given().get("/en");
        assertThat(r.header("Content-Security-Policy"), containsString("frame-ancestors 'none'"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", r.header("Referrer-Policy"));
        assertEquals("no-store", r.header("Cache-Control"), "a page may carry someone's details: never stored");
        assertEquals("DENY", r.header("X-Frame-Options"));
    }

    @Test
    void errorPagesExistInBothLanguagesWithoutStackTraces() {
        Response en = given().get("/en/no-such-council");
        assertEquals(404, en.statusCode());
        assertThat(en.asString(), containsString("Page not found"));
        assertThat(en.asString(), containsString("<html lang=\"en\""));

        Response cy = given().get("/cy/no/such/page/here");
        assertEquals(404, cy.statusCode());
        assertThat(cy.asString(), containsString("Heb ddod o hyd i&#39;r dudalen"));
        assertThat(cy.asString(), containsString("<html lang=\"cy\""));

        Response badId = given().get("/en/enghraifft/prompts/not-a-number");
        assertTrue(badId.statusCode() == 404 || badId.statusCode() == 400, "status " + badId.statusCode());
        for (Response page : List.of(en, cy, badId)) {
            assertThat(page.asString(), not(containsString("Exception")));
            assertThat(page.asString(), not(containsString("at cyd.")));
        }
    }

    private static String sessionCookieHeader(Response r) {
        return r.headers().getValues("Set-Cookie").stream().filter(h -> h.startsWith("cyd_session=")).findFirst()
                .orElseThrow();
    }
}
