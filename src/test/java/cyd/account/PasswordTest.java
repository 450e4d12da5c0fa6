package cyd.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Choosing and changing a password: what OWASP ASVS 5.0 section 6.2 asks of it. */
@QuarkusTest
class PasswordTest {

    static final String NEW = "a kettle on the windowsill";

    @Test
    void aResidentChangesTheirPasswordStaysSignedInHereAndIsSignedOutElsewhere() {
        Person resident = Fixtures.resident();
        Browser here = new Browser().signIn(resident.email, Fixtures.PASSWORD);
        Browser phone = new Browser().signIn(resident.email, Fixtures.PASSWORD);
        assertThat(here.get("/en/account").asString(), containsString("href=\"/en/account/password\""));

        here.get("/en/account/password");
        Response changed = here.post("/en/account/password", "currentPassword", Fixtures.PASSWORD, "newPassword", NEW);
        assertEquals(303, changed.statusCode());
        assertEquals("/en/account?notice=password_changed", changed.header("Location"));
        Response account = here.get(changed.header("Location"));
        assertThat(account.asString(), containsString("Your password has been changed"));
        assertEquals(303, phone.request("/en/account").statusCode(), "the other sign-in has ended");

        assertEquals(303, signIn(resident.email, NEW).statusCode(), "the new password signs in");
        assertEquals(422, signIn(resident.email, Fixtures.PASSWORD).statusCode(), "the old one no longer does");
    }

    @Test
    void aWrongCurrentPasswordACommonOneOrTheSameOneIsAskedForAgainInWelsh() {
        Person resident = Fixtures.resident();
        Browser b = new Browser().signIn(resident.email, Fixtures.PASSWORD);
        b.get("/cy/account/password");
        Response wrong = b.post("/cy/account/password", "currentPassword", "not my password", "newPassword", NEW);
        assertEquals(422, wrong.statusCode());
        assertThat(wrong.asString(), containsString("cyfrinair yn gywir"));
        assertThat(wrong.asString(), not(containsString(NEW)));

        Response common = b.post("/cy/account/password", "currentPassword", Fixtures.PASSWORD, "newPassword",
                "sunshine1");
        assertEquals(422, common.statusCode());
        assertThat(common.asString(), containsString("rhy gyffredin"));

        Response same = b.post("/cy/account/password", "currentPassword", Fixtures.PASSWORD, "newPassword",
                Fixtures.PASSWORD);
        assertEquals(422, same.statusCode());
        assertThat(same.asString(), containsString("un presennol"));
        assertEquals(303, signIn(resident.email, Fixtures.PASSWORD).statusCode(), "nothing was changed");
    }

    @Test
    void passwordFieldsHideWhatIsTypedAndLetAPasswordManagerPaste() {
        Person resident = Fixtures.resident();
        Browser b = new Browser().signIn(resident.email, Fixtures.PASSWORD);
        for (String page : new String[] {"/en/sign-up", "/en/sign-in", "/en/account/password", "/en/account/delete"}) {
            String html = (page.startsWith("/en/sign") ? new Browser() : b).get(page).asString();
            assertThat(page, html, containsString("type=\"password\""));
            assertThat(page, html, containsString("autocomplete=\"" + (page.equals("/en/sign-up") ? "new-password"
                    : "current-password") + "\""));
            assertThat(page, html, not(containsString("onpaste")));
        }
    }

    @Test
    void aLongPassphraseWithSpacesAndEmojiIsKeptWhole() {
        String passphrase = "Mae hen wlad fy nhadau yn annwyl i mi 🏴 " + "a chân y mynyddoedd ".repeat(5);
        assertTrue(passphrase.codePointCount(0, passphrase.length()) > 64);
        Browser newcomer = new Browser();
        newcomer.get("/en/sign-up");
        String email = Fixtures.unique("long") + "@example.org";
        assertEquals(303, newcomer.post("/en/sign-up", "email", email, "displayName", "Long Passphrase", "password",
                passphrase).statusCode());
        assertEquals(303, signIn(email, passphrase).statusCode(), "the whole passphrase signs in");
        assertEquals(422, signIn(email, passphrase.substring(0, passphrase.length() - 1)).statusCode(),
                "compared exactly: nothing is cut off or ignored");
        assertEquals(422, signIn(email, passphrase.toUpperCase()).statusCode(), "and case matters");
    }

    @Test
    void everyCharacterOfALongPasswordCountsAndOlderHashesStillSignInAndAreMadeAgain() {
        String start = "\uD83C\uDFF4".repeat(20); // 80 bytes: past what bcrypt alone reads
        String stored = Passwords.hash(start + "one ending");
        assertTrue(Passwords.matches(start + "one ending", stored));
        assertEquals(false, Passwords.matches(start + "another ending", stored));

        Person older = Fixtures.change(Fixtures.resident(),
                p -> p.passwordHash = io.quarkus.elytron.security.common.BcryptUtil.bcryptHash(Fixtures.PASSWORD));
        assertEquals(303, signIn(older.email, Fixtures.PASSWORD).statusCode(), "an older hash signs in");
        String now = Fixtures.reload(older).passwordHash;
        assertTrue(now.startsWith(Passwords.PREFIX), "and is made again the new way");
        assertEquals(303, signIn(older.email, Fixtures.PASSWORD).statusCode(), "which signs in too");
    }

    @Test
    void theCommonPasswordListHoldsMoreThanTheTopThreeThousandThatFitThePolicy() throws IOException {
        long fitting;
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")) {
            fitting = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && l.codePointCount(0, l.length()) >= PasswordPolicy.MIN_LENGTH)
                    .count();
        }
        assertTrue(fitting >= 3000, fitting + " common passwords of 8 or more characters");
        for (String p : new String[] {"password1", "sunshine1", "trustno1", "iloveyou2", "Football1"}) {
            assertEquals(PasswordPolicy.Problem.COMMON, PasswordPolicy.check(p, "a@b.cd", "A"), p);
        }
        assertNull(PasswordPolicy.check(NEW, "a@b.cd", "A"));
    }

    private static Response signIn(String email, String password) {
        Browser b = new Browser();
        b.get("/en/sign-in");
        return b.post("/en/sign-in", "email", email, "password", password);
    }
}
