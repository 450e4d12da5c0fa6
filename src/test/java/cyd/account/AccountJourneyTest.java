package cyd.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.idea.IdeaService;
import cyd.prompt.Prompt;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;

@QuarkusTest
class AccountJourneyTest {

    @Inject
    IdeaService ideas;

    @Test
    void aNewResidentSignsUpIsSignedInAndCanSignOutAndBackIn() {
        Browser browser = new Browser();
        String email = Fixtures.unique("new") + "@Example.org";
        browser.get("/en/sign-up");
        Response r = browser.post("/en/sign-up", "email", email, "displayName", "Megan",
                "password", "three random words here");
        assertEquals(303, r.statusCode());
        assertNotNull(browser.cookie("cyd_session"));
        String account = browser.get("/en/account").asString();
        assertThat(account, containsString("Megan"));
        assertThat(account, containsString(email.toLowerCase()));

        Person stored = QuarkusTransaction.requiringNew().call(() -> Person.byEmail(email).orElseThrow());
        assertTrue(stored.passwordHash.startsWith("$cyd1$$2"), "bcrypt of the SHA-256");
        assertTrue(Passwords.matches("three random words here", stored.passwordHash));
        assertEquals("en", stored.language);

        assertEquals(303, browser.post("/en/sign-out").statusCode());
        assertNull(browser.cookie("cyd_session"));
        assertEquals(303, browser.request("/en/account").statusCode());

        browser.signIn(email, "three random words here");
        assertEquals(200, browser.get("/en/account").statusCode());
    }

    @Test
    void shortAndCommonPasswordsAreRefusedButNoCompositionRulesApply() {
        Browser browser = new Browser();
        browser.get("/cy/sign-up");
        Response shortPw = browser.post("/cy/sign-up", "email", Fixtures.unique("a") + "@example.org",
                "displayName", "Ann", "password", "abc123");
        assertEquals(422, shortPw.statusCode());
        assertThat(shortPw.asString(), containsString("Rhaid i&#39;r cyfrinair fod yn 8 nod neu fwy"));
        assertThat(shortPw.asString(), containsString("value=\"Ann\""));
        assertThat(shortPw.asString(), not(containsString("abc123")));

        Response common = browser.post("/en/sign-up", "email", Fixtures.unique("b") + "@example.org",
                "displayName", "Ben", "password", "password123");
        assertEquals(422, common.statusCode());
        assertThat(common.asString(), containsString("too common"));

        Response lowercaseOnly = browser.post("/en/sign-up", "email", Fixtures.unique("c") + "@example.org",
                "displayName", "Cai", "password", "purplemonkeydishwasher");
        assertEquals(303, lowercaseOnly.statusCode());
    }

    @Test
    void theSameEmailCannotBeUsedTwiceAndAWrongPasswordIsRefused() {
        Person existing = Fixtures.resident();
        Browser browser = new Browser();
        browser.get("/en/sign-up");
        Response again = browser.post("/en/sign-up", "email", existing.email.toUpperCase(), "displayName", "Dup",
                "password", "another long password");
        assertEquals(422, again.statusCode());
        assertThat(again.asString(), containsString("already exists"));

        browser.get("/en/sign-in");
        Response wrong = browser.post("/en/sign-in", "email", existing.email, "password", "not the password");
        assertEquals(422, wrong.statusCode());
        assertThat(wrong.asString(), containsString("Enter a correct email address and password"));
        assertThat(wrong.asString(), containsString("value=\"" + existing.email + "\""));
        assertNull(browser.cookie("cyd_session"));
    }

    @Test
    void aResidentDownloadsTheirDataAndDeletesTheirAccount() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Person resident = Fixtures.resident();
        Person other = Fixtures.resident();
        Idea mine = Fixtures.idea(prompt, resident, "Bench repair day");
        Idea theirs = Fixtures.idea(prompt, other, "Library tea");
        ideas.back(theirs.id, Viewer.resident(resident.id));
        ideas.back(mine.id, Viewer.resident(other.id));

        Browser browser = new Browser().signIn(resident.email, Fixtures.PASSWORD);
        Response download = browser.get("/en/account/data.json");
        assertEquals(200, download.statusCode());
        assertThat(download.header("Content-Disposition"), containsString("attachment"));
        JsonPath json = download.jsonPath();
        assertEquals(resident.email, json.getString("account.email"));
        assertEquals("Bench repair day", json.getString("ideas[0].title"));
        assertEquals(theirs.id.intValue(), json.getInt("backings[0].ideaId"));
        assertThat(download.asString(), not(containsString("$2")));

        browser.get("/en/account/delete");
        Response wrongPassword = browser.post("/en/account/delete", "password", "nope nope nope");
        assertEquals(422, wrongPassword.statusCode());

        Response deleted = browser.post("/en/account/delete", "password", Fixtures.PASSWORD);
        assertEquals(303, deleted.statusCode());
        assertNull(browser.cookie("cyd_session"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Person.count("id", resident.id)));
        assertEquals(0, Fixtures.reload(theirs).backingCount, "their backing is taken out of the count");
        assertEquals(1, Fixtures.reload(mine).backingCount, "others' backing of their idea stays");
        String ideaPage = new Browser().get("/en/" + council.slug + "/ideas/" + mine.id).asString();
        assertThat(ideaPage, containsString("a former resident"));
        assertThat(ideaPage, not(containsString(resident.displayName + "<")));
    }
}
