package cyd.mail;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.idea.IdeaService;
import cyd.account.Viewer;
import cyd.prompt.Prompt;
import cyd.support.Browser;
import cyd.support.Fixtures;
import cyd.support.MailServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import cyd.account.EmailToken;
import cyd.content.Visibility;

/** Every email here went over SMTP to the test mail server, and is read back from it. */
@QuarkusTest
class EmailTest {

    @Inject
    IdeaService ideas;

    @Inject
    Follows follows;

    @Test
    void signingUpSendsAWelshVerificationLinkAndUntilItIsFollowedTheResidentCanReadButNotPost() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Community orchard");
        String email = Fixtures.unique("newcomer") + "@example.org";
        Browser browser = new Browser();
        browser.get("/cy/sign-up");
        assertEquals(303, browser.post("/cy/sign-up", "email", email, "displayName", "Megan",
                "password", "tair coeden afal yn y cae").statusCode());

        MailServer.Email mail = MailServer.await(email, "Cadarnhewch eich cyfeiriad e-bost");
        assertThat(mail.body(), containsString("Helo Megan"));
        assertThat(mail.body(), containsString("Mae'r ddolen yn gweithio am 24 awr."));
        String link = mail.link("/cy/account/verify?token=");

        String account = browser.get("/cy/account").asString();
        assertThat(account, containsString("Cadarnhewch eich cyfeiriad e-bost i rannu syniadau"));
        assertEquals(403, browser.get("/cy/" + council.slug + "/prompts/" + prompt.id + "/ideas/new").statusCode(),
                "an unverified account cannot propose");
        browser.get("/cy/" + council.slug + "/ideas/" + idea.id);
        Response back = browser.post("/cy/" + council.slug + "/ideas/" + idea.id + "/back");
        assertThat(back.header("Location"), containsString("notice=verify_email"));
        assertEquals(0, Fixtures.reload(idea).backingCount, "nor back an idea");

        Response verified = browser.request(link);
        assertEquals(303, verified.statusCode());
        assertThat(verified.header("Location"), containsString("notice=verified"));
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Person.byEmail(email).orElseThrow().emailVerifiedAt));
        browser.get("/cy/" + council.slug + "/ideas/" + idea.id);
        browser.post("/cy/" + council.slug + "/ideas/" + idea.id + "/back");
        assertEquals(1, Fixtures.reload(idea).backingCount, "once verified, they can back");
        assertEquals(400, new Browser().request(link).statusCode(), "a verification link works once");
    }

    @Test
    void aVerificationLinkStopsWorkingAfter24Hours() {
        Person p = Fixtures.unverified();
        Browser browser = new Browser().signIn(p.email, Fixtures.PASSWORD);
        browser.get("/en/account");
        assertEquals(303, browser.post("/en/account/verify/resend").statusCode());
        MailServer.Email mail = MailServer.await(p.email, "Confirm your email address");
        QuarkusTransaction.requiringNew().run(() -> EmailToken.update(
                "expiresAt = ?1 where personId = ?2", Instant.now().minus(Duration.ofMinutes(1)), p.id));
        Response late = browser.request(mail.link("/en/account/verify?token="));
        assertEquals(400, late.statusCode());
        assertThat(late.asString(), containsString("That link has expired or has been used"));
        assertEquals(null, Fixtures.reload(p).emailVerifiedAt);
    }

    @Test
    void aForgottenPasswordIsResetByEmailOnceAndNobodyLearnsWhichAddressesHaveAccounts() {
        Person p = Fixtures.resident();
        Browser browser = new Browser();
        browser.get("/en/password-reset");
        Response sent = browser.post("/en/password-reset", "email", p.email.toUpperCase());
        assertEquals(200, sent.statusCode());
        assertThat(sent.asString(), containsString("Check your email"));
        String nobody = Fixtures.unique("nobody") + "@example.org";
        Response unknown = browser.post("/en/password-reset", "email", nobody);
        assertEquals(200, unknown.statusCode(), "an unknown address gets the same answer");
        assertThat(unknown.asString(), containsString("Check your email"));

        MailServer.Email mail = MailServer.await(p.email, "Reset your password");
        String link = mail.link("/en/password-reset/");
        browser.get(link);
        Response weak = browser.post(link, "password", "password");
        assertEquals(422, weak.statusCode(), "the password policy still applies");
        assertEquals(303, browser.post(link, "password", "seven green bottles on the wall").statusCode());
        new Browser().signIn(p.email, "seven green bottles on the wall");
        assertEquals(400, new Browser().request(link).statusCode(), "the link works once");
        assertTrue(MailServer.to(nobody).isEmpty(), "no email to an address without an account");
    }

    @Test
    void anAnswerIsEmailedToTheAuthorAndBackersEachInTheirLanguageWithAnUnsubscribeLinkThatNeedsNoSignIn() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Person author = Fixtures.resident();
        Person welsh = Fixtures.change(Fixtures.resident(), p -> p.language = "cy");
        Person unknown = Fixtures.change(Fixtures.resident(), p -> p.languageKnown = false);
        Idea idea = Fixtures.idea(prompt, author, "Repair café in the library");
        ideas.back(idea.id, Viewer.resident(welsh.id));
        ideas.back(idea.id, Viewer.resident(unknown.id));

        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        String page = "/en/" + council.slug + "/ideas/" + idea.id;
        officer.get(page);
        assertEquals(303, officer.post(page + "/answer", "status", "TAKEN_FORWARD", "answer",
                "We will lend the library's back room on Saturdays.", "answerLanguage", "en").statusCode());

        MailServer.Email toAuthor = MailServer.await(author.email, "The council has answered an idea");
        assertThat(toAuthor.body(), containsString("The council has answered your idea."));
        assertThat(toAuthor.body(), containsString("Repair café in the library"));
        assertThat(toAuthor.body(), containsString("Status: Taken forward"));
        assertThat(toAuthor.body(), containsString("We will lend the library's back room on Saturdays."));
        assertThat(toAuthor.body(), containsString(MailServer.BASE + "/en/" + council.slug + "/ideas/" + idea.id));

        MailServer.Email toWelsh = MailServer.await(welsh.email, "Mae'r cyngor wedi ateb syniad");
        assertThat(toWelsh.body(), containsString("Mae'r cyngor wedi ateb syniad rydych chi'n ei gefnogi."));
        assertThat(toWelsh.body(), containsString("Statws: Wedi'i ddatblygu"));
        assertThat(toWelsh.body(), containsString(MailServer.BASE + "/cy/" + council.slug + "/ideas/" + idea.id));

        MailServer.Email toBoth = MailServer.await(unknown.email,
                "Mae'r cyngor wedi ateb syniad / The council has answered an idea");
        assertTrue(toBoth.body().indexOf("Mae'r cyngor wedi ateb") < toBoth.body().indexOf("The council has answered"),
                "Welsh first when the language is not known");

        String unsubscribe = toWelsh.link("/cy/unsubscribe?");
        assertEquals(MailServer.BASE + unsubscribe, toWelsh.listUnsubscribe().replaceAll("[<>]", ""));
        Browser stranger = new Browser();
        Response confirm = stranger.get(unsubscribe);
        assertEquals(200, confirm.statusCode());
        assertThat(confirm.asString(), containsString("Atal yr e-byst hyn"));
        assertEquals(200, stranger.post("/cy/unsubscribe", "what", "answers", "person", welsh.id, "prompt", 0,
                "sig", unsubscribe.replaceAll(".*sig=", "")).statusCode());
        assertFalse(Fixtures.reload(welsh).notifyAnswers);
        assertEquals(400, stranger.get(unsubscribe.replace("person=" + welsh.id, "person=" + author.id)).statusCode(),
                "a link cannot be changed to stop someone else's emails");

        officer.get(page);
        officer.post(page + "/answer", "status", "ALREADY_HAPPENING", "answer", "It runs on Fridays.",
                "answerLanguage", "en");
        MailServer.await(author.email, e -> e.body().contains("It runs on Fridays."));
        assertEquals(1, MailServer.to(welsh.email).size(), "after unsubscribing, no more answer emails");
    }

    @Test
    void mergingTellsTheMergedIdeasBackersWhereTheirBackingWent() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea from = Fixtures.idea(prompt, Fixtures.resident(), "Benches by the pond");
        Idea into = Fixtures.idea(prompt, Fixtures.resident(), "More seating in the park");
        Person backer = Fixtures.resident();
        ideas.back(from.id, Viewer.resident(backer.id));
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        String page = "/en/" + council.slug + "/ideas/" + from.id;
        officer.get(page);
        assertEquals(303, officer.post(page + "/answer", "status", "MERGED", "mergeInto", into.id, "answer", "",
                "answerLanguage", "en").statusCode());
        MailServer.Email mail = MailServer.await(backer.email, "The council has answered an idea");
        assertThat(mail.body(), containsString("It has been merged with this idea:"));
        assertThat(mail.body(), containsString("More seating in the park"));
        assertThat(mail.body(), containsString(MailServer.BASE + "/en/" + council.slug + "/ideas/" + into.id));
        assertThat(mail.body(), containsString("You are counted once."));
    }

    @Test
    void followersGetADigestOfNewIdeasAndAnswersButNothingHiddenAndCanStopItFromTheEmail() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = Fixtures.openPrompt(council);
        Person follower = Fixtures.resident();
        Browser browser = new Browser().signIn(follower.email, Fixtures.PASSWORD);
        String promptPage = "/en/" + council.slug + "/prompts/" + prompt.id;
        browser.get(promptPage);
        Response followed = browser.post(promptPage + "/follow", "frequency", "DAILY");
        assertThat(followed.header("Location"), containsString("notice=following"));
        assertThat(browser.get("/en/account").asString(), containsString("daily email"));

        Idea shown = Fixtures.idea(prompt, Fixtures.resident(), "Litter pick every month");
        Idea hidden = Fixtures.idea(prompt, Fixtures.resident(), "Something a moderator hid");
        QuarkusTransaction.requiringNew().run(() -> Idea.<Idea>findById(hidden.id).visibility =
                Visibility.HIDDEN);

        assertEquals(0, countDigestsTo(follower, Instant.now()), "a daily digest waits a day");
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        assertTrue(countDigestsTo(follower, tomorrow) >= 1);
        assertEquals(0, countDigestsTo(follower, tomorrow), "run again (as on a second instance): nothing sent twice");
        MailServer.Email digest = MailServer.await(follower.email, "New on a question you follow");
        assertThat(digest.body(), containsString("Litter pick every month"));
        assertThat(digest.body(), not(containsString("Something a moderator hid")));
        assertThat(digest.body(), containsString(MailServer.BASE + "/en/" + council.slug + "/ideas/" + shown.id));

        String unsubscribe = digest.link("/en/unsubscribe?");
        Browser stranger = new Browser();
        stranger.get(unsubscribe);
        assertEquals(200, stranger.post("/en/unsubscribe", "what", "follow", "person", follower.id, "prompt",
                prompt.id, "sig", unsubscribe.replaceAll(".*sig=", "")).statusCode());
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> Follow.of(follower.id, prompt.id)));
    }

    private int countDigestsTo(Person p, Instant at) {
        return follows.sendDigests(at);
    }
}
