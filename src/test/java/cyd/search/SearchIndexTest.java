package cyd.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.content.ContentType;
import cyd.idea.Idea;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.moderation.ModerationService;
import cyd.moderation.ReportForm;
import cyd.prompt.Prompt;
import cyd.search.SearchService.Filters;
import cyd.search.SearchService.Kind;
import cyd.support.Browser;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The search index answers searches itself, at once after a change through any path, and never shows the hidden. */
@QuarkusTest
class SearchIndexTest {

    static final Filters ANY = new Filters(null, null, null, null);

    @Inject
    SearchIndex index;

    @Inject
    ModerationService moderation;

    @BeforeEach
    void indexIsBuilt() throws InterruptedException {
        awaitReady(index);
    }

    /** Waits for the index to be built, so that a search test goes through it rather than the database. */
    static void awaitReady(SearchIndex index) throws InterruptedException {
        for (int k = 0; k < 300 && !index.isReady(); k++) {
            Thread.sleep(100);
        }
        assertTrue(index.isReady(), "the search index was built within 30 s of start");
    }

    @Test
    void anIdeaSharedIsFoundByTheIndexStraightAwayAndAHiddenOneIsNot() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Person author = Fixtures.resident();
        Idea cafe = Fixtures.idea(prompt, author, "Caffi trwsio yn y neuadd");
        Idea repair = Fixtures.idea(prompt, author, "Repair café at the hall");

        assertEquals(List.of(repair.id), ids(council, "cafe"), "accents folded: cafe finds café");
        assertEquals(List.of(cafe.id), ids(council, "caffi trw"), "every word, each as the start of a word");
        assertEquals(List.of(cafe.id), ids(council, "neuadd"));
        assertEquals(List.of(repair.id), ids(council, "hall"));
        assertEquals(List.of(), ids(Fixtures.authority(true), "cafe"), "another council finds none of them");

        Person moderator = Fixtures.moderator(council);
        ReportForm why = new ReportForm();
        why.reason = "SPAM";
        QuarkusTransaction.requiringNew().run(() -> moderation.hide(ContentType.IDEA, repair.id,
                Viewer.moderator(moderator.id, council.id), why));
        assertEquals(List.of(), ids(council, "cafe"), "hidden by a moderator: gone from the index at once");
        QuarkusTransaction.requiringNew().run(() -> moderation.restore(ContentType.IDEA, repair.id,
                Viewer.moderator(moderator.id, council.id)));
        assertEquals(List.of(repair.id), ids(council, "cafe"), "restored: found again");

        String page = new Browser().get("/en/" + council.slug + "/search?q=cafe").asString();
        assertTrue(page.contains("/ideas/" + repair.id), "the search page shows what the index found");
    }

    @Test
    void aTitleWordCountsMoreThanTheSameWordInTheText() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Person author = Fixtures.resident();
        // The one with the word in its title is older: the newer would come first if both counted the same.
        Idea inTitle = Fixtures.idea(prompt, author, "Orchard on the green");
        Idea inText = Fixtures.idea(prompt, author, "Benches by the pond");
        QuarkusTransaction.requiringNew().run(() -> {
            Idea.<Idea>findById(inText.id).description = "Somewhere to sit near the orchard.";
            cyd.content.SearchChanges.idea(Idea.getEntityManager(), inText.id);
        });
        assertEquals(List.of(inTitle.id, inText.id), ids(council, "orchard"));
    }

    @Test
    void twentyResidentsSharingAtOnceAreAllFound() throws Exception {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        List<Person> people = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            people.add(Fixtures.resident());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Long>> shares = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                Person p = people.get(k);
                int n = k;
                shares.add(() -> Fixtures.idea(prompt, p, "Wildflower verge number " + n).id);
            }
            Set<Long> shared = new java.util.HashSet<>();
            for (Future<Long> f : pool.invokeAll(shares)) {
                shared.add(f.get());
            }
            assertEquals(shared, Set.copyOf(ids(council, "wildflower")), "all twenty, each once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void initiativesAreFoundOnceApprovedAndTheFiltersNarrow() {
        Authority council = Fixtures.authority(true);
        Initiative shown = CoFixtures.initiative(council, Fixtures.resident());
        Initiative waiting = CoFixtures.initiative(council, Fixtures.resident());
        QuarkusTransaction.requiringNew().run(() -> {
            Initiative w = Initiative.findById(waiting.id);
            w.approval = Approval.PENDING;
            cyd.content.SearchChanges.initiative(Initiative.getEntityManager(), w.id);
        });
        List<SearchIndex.Found> found = index.find(council.id, List.of("orchard"), ANY, 10).orElseThrow();
        assertEquals(List.of(shown.id), found.stream().map(SearchIndex.Found::id).toList());
        assertEquals(Kind.INITIATIVE, found.get(0).kind());
        assertTrue(index.find(council.id, List.of("orchard"), new Filters(Kind.IDEA, null, null, null), 10)
                .orElseThrow().isEmpty(), "ideas only: the initiative is not among them");
    }

    @Test
    void whileTheIndexIsNotReadySearchAsksTheDatabaseAndFindsTheSame() {
        Authority council = Fixtures.authority(true);
        Idea idea = Fixtures.idea(Fixtures.openPrompt(council), Fixtures.resident(), "Community fridge at the chapel");
        index.pause(true);
        try {
            assertFalse(index.find(council.id, List.of("fridge"), ANY, 10).isPresent());
            String page = new Browser().get("/en/" + council.slug + "/search?q=fridge").asString();
            assertTrue(page.contains("/ideas/" + idea.id));
        } finally {
            index.pause(false);
        }
        assertEquals(List.of(idea.id), ids(council, "fridge"));
    }

    private List<Long> ids(Authority council, String words) {
        return index.find(council.id, List.of(words.split(" ")), ANY, 50).orElseThrow().stream()
                .map(SearchIndex.Found::id).collect(Collectors.toList());
    }

}
