package cyd.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.prompt.Prompt;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * Anonymous visitors share one rendering of a page for a second; each still gets their own CSRF token and
 * cookies, anyone signed in always sees the page as it is, and a copy is never older than twice its time to live.
 */
@QuarkusTest
@TestProfile(PageCacheTest.KeptOneSecond.class)
class PageCacheTest {

    public static class KeptOneSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cyd.page-cache.ttl", "1s", "cyd.page-cache.max-pages", "20");
        }
    }

    @Inject
    PageCache cache;

    Authority council;
    Prompt prompt;
    Person author;
    String page;

    @BeforeEach
    void aQuestion() {
        council = Fixtures.authority(true);
        prompt = Fixtures.openPrompt(council);
        author = Fixtures.resident();
        Fixtures.idea(prompt, author, "A bench by the pond");
        page = "/en/" + council.slug + "/prompts/" + prompt.id;
    }

    @Test
    void visitorsInTheSameSecondShareOneRenderingAndTheNextSecondSeesTheChange() throws InterruptedException {
        assertThat(new Browser().get(page).asString(), containsString("A bench by the pond"));
        Fixtures.idea(prompt, author, "Lights on the towpath");
        long hits = cache.hits();
        String soon = new Browser().get(page).asString();
        assertThat("within the second a visitor gets the copy", soon, not(containsString("Lights on the towpath")));
        assertEquals(hits + 1, cache.hits());

        Thread.sleep(2_100); // twice the time to live: no copy that old is ever given
        assertThat(new Browser().get(page).asString(), containsString("Lights on the towpath"));
    }

    @Test
    void someoneSignedInSeesTheirOwnIdeaAtOnce() {
        Browser neighbour = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        neighbour.get(page); // the page is now kept for everyone signed in
        Browser resident = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        resident.get(page + "/ideas/new");
        Response done = resident.post(page + "/ideas/new", "title", "A book swap in the bus shelter", "description",
                "Shelves for books people pass on.", "language", "en");
        assertEquals(303, done.statusCode());
        long hits = cache.hits();
        assertThat(resident.get(page).asString(), containsString("A book swap in the bus shelter"));
        assertEquals(hits, cache.hits(), "someone who has just sent something gets the page rendered afresh");
    }

    @Test
    void everyoneSignedInSharesOneRenderingWithTheirOwnChoiceTokenAndMenu() throws InterruptedException {
        Browser follower = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        follower.get(page);
        assertEquals(303, follower.post(page + "/follow", "frequency", "DAILY").statusCode());
        Browser other = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        Thread.sleep(3_100); // the follower's own fresh pages (cyd_wrote, 3 s with a 1 s copy) are over

        String othersPage = other.get(page).asString();
        assertThat(othersPage, containsString("value=\"NONE\" checked"));
        long hits = cache.hits();
        String followersPage = follower.get(page).asString();
        assertEquals(hits + 1, cache.hits(), "the follower was given the copy made for the other resident");
        assertThat(followersPage, containsString("value=\"DAILY\" checked"));
        assertThat(followersPage, not(containsString("value=\"NONE\" checked")));
        assertThat(followersPage, containsString("A bench by the pond"));
        assertThat(followersPage, containsString("Sign out"));
        Matcher tokens = TOKEN.matcher(followersPage);
        int forms = 0;
        while (tokens.find()) {
            assertEquals(follower.cookie("cyd_csrf"), tokens.group(1), "every form carries the follower's own token");
            forms++;
        }
        assertEquals(2, forms, "signing out and following");
        assertThat(followersPage, not(containsString(other.cookie("cyd_csrf"))));
        assertThat(followersPage, not(containsString("Manage questions")));
        assertEquals(othersPage.replace(other.cookie("cyd_csrf"), "T").replace(" checked", "")
                .replaceAll("<!--/?cyd:part[^>]*-->", ""), // the rendering marks the person's own part
                followersPage.replace(follower.cookie("cyd_csrf"), "T").replace(" checked", ""),
                "apart from the person's own choice and token, the same page");

        hits = cache.hits();
        String officersPage = officer.get(page).asString();
        assertEquals(hits, cache.hits(), "an officer of the council is not given the residents' copy");
        assertThat(officersPage, containsString("Manage questions"));
        String signedOut = new Browser().get(page).asString();
        assertThat("nor is anyone signed out", signedOut, containsString("Sign in to follow"));
        assertThat(signedOut, not(containsString("Sign out")));

        // A copy of the follower's cookie, after they signed out, is nobody's: it gets the page signed out.
        Browser copied = new Browser().cookieFrom(follower, "cyd_session");
        assertEquals(303, follower.post("/en/sign-out").statusCode());
        String afterSignOut = copied.get(page).asString();
        assertThat(afterSignOut, containsString("Sign in to follow"));
        assertThat(afterSignOut, not(containsString("value=\"DAILY\"")));
    }

    @Test
    void eachVisitorGetsTheirOwnTokenAndItWorks() {
        Browser first = new Browser();
        first.get(SIGN_IN);
        long hits = cache.hits();
        Browser second = new Browser();
        Response r = second.get(SIGN_IN);
        assertEquals(hits + 1, cache.hits(), "the second visitor was answered from the copy");
        assertNotNull(second.cookie("cyd_csrf"), "a first-time visitor is given a token cookie with the copy");
        assertEquals(second.cookie("cyd_csrf"), tokenIn(r.asString()), "the copy's form carries this visitor's token");
        assertNotEquals(tokenIn(first.get(SIGN_IN).asString()), tokenIn(r.asString()));
        assertEquals("en", r.header("Content-Language"));
        assertThat(r.header("Cache-Control"), containsString("no-store"));

        // The token works: the second visitor signs in with the form they were given from the copy.
        Person resident = Fixtures.resident();
        Response signedIn = second.post(SIGN_IN, "email", resident.email, "password", Fixtures.PASSWORD);
        assertEquals(303, signedIn.statusCode());
        assertNotNull(second.cookie("cyd_session"));
    }

    static final String SIGN_IN = "/en/sign-in";
    static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    static String tokenIn(String page) {
        Matcher m = TOKEN.matcher(page);
        assertTrue(m.find(), "the page has a form with a token");
        return m.group(1);
    }

    @Test
    void welshAndEnglishAreKeptApart() {
        String english = new Browser().get(page).asString();
        String welsh = new Browser().get(page.replace("/en/", "/cy/")).asString();
        String welshAgain = new Browser().get(page.replace("/en/", "/cy/")).asString();
        assertThat(english, containsString("lang=\"en\""));
        assertThat(welsh, containsString("lang=\"cy\""));
        assertThat(welshAgain, containsString("Beth hoffech chi ei wneud gyda ni"));
    }

    @Test
    void aSearchIsKeptForASecondButSearchesNeverFillMoreThanHalfTheCache() throws InterruptedException {
        String search = "/en/" + council.slug + "/search?q=greenhouse";
        assertThat(new Browser().get(search).asString(), not(containsString("greenhouse</mark>")));
        Idea idea = Fixtures.idea(prompt, author, "Community greenhouse");
        long hits = cache.hits();
        assertThat("within the second the same words get the copy", new Browser().get(search).asString(),
                not(containsString("/ideas/" + idea.id)));
        assertEquals(hits + 1, cache.hits());
        assertThat("other words are their own page", new Browser().get(search + "+community").asString(),
                containsString("/ideas/" + idea.id));
        Thread.sleep(2_100);
        assertThat(new Browser().get(search).asString(), containsString("/ideas/" + idea.id));

        // Many different words at once: they take at most half of the 20 places, and the question page still gets one.
        for (int i = 0; i < 30; i++) {
            assertEquals(200, new Browser().get(search + "+word" + i).statusCode());
        }
        assertTrue(cache.searches() <= 10, cache.searches() + " searches kept");
        new Browser().get(page);
        hits = cache.hits();
        new Browser().get(page);
        assertEquals(hits + 1, cache.hits(), "the question page was kept beside the searches");
    }

    @Test
    void theEmbeddedQuestionAnswersNotModifiedFromItsCopy() {
        String embed = "/embed/en/" + council.slug + "/prompts/" + prompt.id;
        Response first = new Browser().get(embed);
        String etag = first.header("ETag");
        assertNotNull(etag);
        long hits = cache.hits();
        Response again = new Browser().header("If-None-Match", etag).request(embed);
        assertEquals(304, again.statusCode());
        assertEquals(hits + 1, cache.hits());
        assertEquals(null, again.header("Set-Cookie"), "the embedded question sets no cookie, copy or not");
    }

    @Test
    void theApiAnswersTheSameJsonFromItsCopy() {
        String api = "/api/v1/prompts/" + prompt.id + "/ideas";
        Response first = new Browser().request(api);
        long hits = cache.hits();
        Response again = new Browser().request(api);
        assertEquals(hits + 1, cache.hits());
        assertEquals(200, again.statusCode());
        assertThat(again.contentType(), containsString("application/json"));
        assertEquals(first.asString(), again.asString());
        assertEquals("A bench by the pond", again.jsonPath().getString("ideas[0].title"));
    }

    @Test
    void manyVisitorsAtOnceAsTheCopyExpiresEachGetAWholePageWithTheirOwnToken() throws Exception {
        long renders = cache.renders();
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<Future<String>> visits = new ArrayList<>();
        for (int i = 0; i < 24 * 15; i++) {
            final int n = i;
            visits.add(pool.submit(() -> {
                if (n % 24 == 0) {
                    Thread.sleep(150);
                }
                Browser visitor = new Browser();
                Response r = visitor.get(n % 2 == 0 ? page : SIGN_IN);
                if (r.statusCode() != 200 || !r.asString().contains(n % 2 == 0 ? "A bench by the pond" : "password")
                        || !r.asString().trim().endsWith("</html>")
                        || (n % 2 == 1 && !tokenIn(r.asString()).equals(visitor.cookie("cyd_csrf")))) {
                    return "visit " + n + ": " + r.statusCode();
                }
                return null;
            }));
        }
        List<String> wrong = new ArrayList<>();
        for (Future<String> v : visits) {
            if (v.get() != null) {
                wrong.add(v.get());
            }
        }
        pool.shutdown();
        assertEquals(List.of(), wrong);
        long rendered = cache.renders() - renders;
        assertTrue(rendered < visits.size() / 4, rendered + " renderings for " + visits.size() + " visits");
    }
}
