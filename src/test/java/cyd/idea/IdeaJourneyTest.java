package cyd.idea;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class IdeaJourneyTest {

    @Test
    void aResidentProposesAnIdeaAndSeesItOnThePrompt() {
        Authority council = Fixtures.authority(true);
        Area area = Fixtures.area(council, "Llanfair");
        Prompt prompt = Fixtures.openPrompt(council);
        Person resident = Fixtures.resident();
        Browser browser = new Browser().signIn(resident.email, Fixtures.PASSWORD);
        String base = "/en/" + council.slug;

        Response form = browser.get(base + "/prompts/" + prompt.id + "/ideas/new");
        assertEquals(200, form.statusCode());
        Response done = browser.post(base + "/prompts/" + prompt.id + "/ideas/new", "title", "A community orchard",
                "description", "Plant apple trees by the school.", "areaId", area.id, "language", "en");
        assertEquals(303, done.statusCode());
        String ideaPage = browser.get(done.header("Location")).asString();
        assertThat(ideaPage, containsString("A community orchard"));
        assertThat(ideaPage, containsString("Your idea has been published."));
        assertThat(ideaPage, containsString(resident.displayName));
        assertThat(ideaPage, containsString("Llanfair"));

        assertThat(browser.get(base + "/prompts/" + prompt.id).asString(), containsString("A community orchard"));
        assertEquals(1, Fixtures.reload(prompt).ideaCount);
    }

    @Test
    void anInvalidIdeaComesBackWithWhatWasTypedAndTheProblemsMarked() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Browser browser = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        String base = "/cy/" + council.slug;
        browser.get(base + "/prompts/" + prompt.id + "/ideas/new");

        String longTitle = "x".repeat(121);
        Response r = browser.post(base + "/prompts/" + prompt.id + "/ideas/new", "title", longTitle,
                "description", "Disgrifiad & <manylion> gwych", "language", "cy");

        assertEquals(422, r.statusCode());
        String page = r.asString();
        assertThat(page, containsString("Mae problem wedi codi"));
        assertThat(page, containsString("Rhaid i'r teitl fod yn 120 o nodau neu lai".replace("'", "&#39;")));
        assertThat(page, containsString("value=\"" + longTitle + "\""));
        assertThat(page, containsString("Disgrifiad &amp; &lt;manylion&gt; gwych"));
        assertThat(page, containsString("<title>Gwall:"));
        assertThat(page, containsString("govuk-input--error"));
        assertEquals(0, Fixtures.reload(prompt).ideaCount, "nothing is stored");

        Response empty = browser.post(base + "/prompts/" + prompt.id + "/ideas/new", "title", "", "description", "");
        assertEquals(422, empty.statusCode());
        assertThat(empty.asString(), containsString("Rhowch deitl i&#39;ch syniad"));
        assertThat(empty.asString(), containsString("Disgrifiwch eich syniad"));
        assertThat(empty.asString(), containsString("href=\"#title\""));
    }

    @Test
    void proposingOnAClosedPromptIsRefusedWithAReason() {
        Authority council = Fixtures.authority(true);
        Prompt closed = Fixtures.prompt(council, PromptStatus.OPEN, Instant.now().minusSeconds(5));
        Browser browser = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        String base = "/en/" + council.slug;

        Response page = browser.get(base + "/prompts/" + closed.id + "/ideas/new");
        assertEquals(409, page.statusCode());
        assertThat(page.asString(), containsString("This question has closed"));

        Response post = browser.post(base + "/prompts/" + closed.id + "/ideas/new", "title", "Late", "description",
                "Too late", "language", "en");
        assertEquals(409, post.statusCode());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Idea.count("promptId", closed.id)));
        assertThat(browser.get(base + "/prompts/" + closed.id).asString(), not(containsString("Share your idea")));
    }

    @Test
    void aSignedOutResidentIsAskedToSignInAndComesBack() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Browser browser = new Browser();
        Response r = browser.request("/en/" + council.slug + "/prompts/" + prompt.id + "/ideas/new");
        assertEquals(303, r.statusCode());
        assertThat(r.header("Location"), containsString("/en/sign-in?next=%2Fen%2F" + council.slug));
    }

    @Test
    void backingAndWithdrawingWorkWithPlainForms() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Repair café");
        Browser browser = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        String ideaPath = "/cy/" + council.slug + "/ideas/" + idea.id;

        String page = browser.get(ideaPath).asString();
        assertThat(page, containsString("Cefnogi&#39;r syniad hwn"));
        Response back = browser.post(ideaPath + "/back");
        assertEquals(303, back.statusCode());
        page = browser.get(back.header("Location")).asString();
        assertThat(page, containsString("Tynnu eich cefnogaeth yn ôl"));
        assertThat(page, containsString("cyd-backing__number\">1<"));

        browser.post(ideaPath + "/back");
        assertEquals(1, Fixtures.reload(idea).backingCount);

        page = browser.get(ideaPath).asString();
        Response withdraw = browser.post(ideaPath + "/withdraw");
        assertEquals(303, withdraw.statusCode());
        assertEquals(0, Fixtures.reload(idea).backingCount);
        assertTrue(browser.get(withdraw.header("Location")).asString().contains("cyd-backing__number\">0<"));
    }

    @Test
    void ideasArePagedMostBackedFirstOrNewestFirst() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = Fixtures.openPrompt(council);
        Person author = Fixtures.resident();
        for (int i = 1; i <= 25; i++) {
            Idea idea = Fixtures.idea(prompt, author, "Idea number " + i);
            int count = i;
            QuarkusTransaction.requiringNew().run(() -> Idea.update("backingCount = ?1 where id = ?2", count % 7, idea.id));
        }
        Browser browser = new Browser();
        String first = browser.get("/en/" + council.slug + "/prompts/" + prompt.id + "?sort=new").asString();
        assertThat(first, containsString("Idea number 25"));
        assertThat(first, not(containsString("Idea number 5<")));
        assertThat(first, containsString("rel=\"next\""));
        String next = first.replaceAll("(?s).*href=\"([^\"]*after=[^\"#]*)#ideas\" rel=\"next\".*", "$1").replace("&amp;", "&");
        String second = browser.get(next).asString();
        assertThat(second, containsString("Idea number 5<"));
        assertThat(second, containsString("Idea number 1<"));
        assertThat(second, not(containsString("Idea number 25<")));
    }
}
