package cyd.idea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import cyd.account.AccountService;
import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class BackingTest {

    @Inject
    IdeaService ideas;

    @Inject
    AccountService accounts;

    @Test
    void aResidentWhoBacksTwiceIsCountedOnce() {
        Idea idea = newIdea();
        Viewer resident = Viewer.resident(Fixtures.resident().id);

        assertEquals(IdeaService.BackingOutcome.BACKED, ideas.back(idea.id, resident));
        assertEquals(IdeaService.BackingOutcome.ALREADY_BACKED, ideas.back(idea.id, resident));

        assertEquals(1, Fixtures.reload(idea).backingCount);
        assertEquals(1L, backingRows(idea));
    }

    @Test
    void fiftyResidentsBackingAtOnceGiveExactlyFifty() throws Exception {
        Idea idea = newIdea();
        List<Viewer> residents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            residents.add(Viewer.resident(Fixtures.resident().id));
        }
        ExecutorService pool = Executors.newFixedThreadPool(25);
        try {
            List<Callable<IdeaService.BackingOutcome>> tasks = new ArrayList<>();
            for (Viewer v : residents) {
                tasks.add(() -> ideas.back(idea.id, v));
                tasks.add(() -> ideas.back(idea.id, v)); // each also double-clicks
            }
            int backed = 0;
            for (Future<IdeaService.BackingOutcome> f : pool.invokeAll(tasks)) {
                if (f.get() == IdeaService.BackingOutcome.BACKED) {
                    backed++;
                }
            }
            assertEquals(50, backed);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(50, Fixtures.reload(idea).backingCount);
        assertEquals(50L, backingRows(idea));
    }

    @Test
    void withdrawingGivesTheBackingBack() {
        Idea idea = newIdea();
        Viewer first = Viewer.resident(Fixtures.resident().id);
        Viewer second = Viewer.resident(Fixtures.resident().id);
        ideas.back(idea.id, first);
        ideas.back(idea.id, second);
        assertEquals(2, Fixtures.reload(idea).backingCount);

        assertEquals(IdeaService.BackingOutcome.WITHDRAWN, ideas.withdraw(idea.id, first));
        assertEquals(IdeaService.BackingOutcome.NOT_BACKED, ideas.withdraw(idea.id, first));

        assertEquals(1, Fixtures.reload(idea).backingCount);
        assertEquals(1L, backingRows(idea));
    }

    @Test
    void nobodyCanBackWhenSignedOutOrAfterThePromptCloses() {
        Authority council = Fixtures.authority(true);
        Prompt closed = Fixtures.prompt(council, PromptStatus.OPEN, Instant.now().minusSeconds(60));
        Idea idea = Fixtures.idea(closed, Fixtures.resident(), "Too late");

        assertEquals(IdeaService.BackingOutcome.CLOSED, ideas.back(idea.id, Viewer.resident(Fixtures.resident().id)));
        Idea open = newIdea();
        assertEquals(IdeaService.BackingOutcome.SIGN_IN, ideas.back(open.id, Viewer.ANONYMOUS));
        assertEquals(0, Fixtures.reload(idea).backingCount);
        assertEquals(0, Fixtures.reload(open).backingCount);
    }

    @Test
    void deletingAnAccountTakesItsBackingsOutOfTheCounts() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Person leaving = Fixtures.resident();
        Person staying = Fixtures.resident();
        Idea mine = Fixtures.idea(prompt, leaving, "My idea");
        Idea theirs = Fixtures.idea(prompt, staying, "Their idea");
        ideas.back(mine.id, Viewer.resident(leaving.id));
        ideas.back(mine.id, Viewer.resident(staying.id));
        ideas.back(theirs.id, Viewer.resident(leaving.id));

        accounts.deleteAccount(leaving.id);

        Idea mineAfter = Fixtures.reload(mine);
        assertEquals(1, mineAfter.backingCount);
        assertEquals(null, mineAfter.authorId, "the idea stays, by a former resident");
        assertEquals(0, Fixtures.reload(theirs).backingCount);
        assertEquals(1L, backingRows(mine));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Person.count("id", leaving.id)));
    }

    @Test
    void residentsBackingAnIdeaAsItIsMergedAreAllCountedOnceWhereTheirBackingEndsUp() throws Exception {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea from = Fixtures.idea(prompt, Fixtures.resident(), "Swap shop");
        Idea into = Fixtures.idea(prompt, Fixtures.resident(), "Swap shop at the library");
        List<Viewer> residents = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            residents.add(Viewer.resident(Fixtures.resident().id));
        }
        Viewer officer = Viewer.officer(Fixtures.officer(council).id, council.id);
        AnswerForm form = new AnswerForm();
        form.status = "MERGED";
        form.mergeInto = into.id.toString();
        form.answer = "The same idea: joined together.";
        form.answerLanguage = "en";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int i = 0; i < residents.size(); i++) {
                Viewer v = residents.get(i);
                tasks.add(() -> ideas.back(from.id, v));
                if (i == 10) {
                    tasks.add(() -> answers.answer(council, officer, from.id, form));
                }
            }
            for (Future<Object> f : pool.invokeAll(tasks)) {
                outcomes.add(f.get()); // no task failed
            }
        } finally {
            pool.shutdownNow();
        }
        long backedFirst = outcomes.stream().filter(o -> o == IdeaService.BackingOutcome.BACKED).count();
        long tooLate = outcomes.stream().filter(o -> o == IdeaService.BackingOutcome.CLOSED).count();
        assertEquals(30, backedFirst + tooLate, "each resident backed it in time or was told it had been merged");
        assertEquals(0, Fixtures.reload(from).backingCount);
        assertEquals(0L, backingRows(from), "every backing made before the merge moved with it");
        assertEquals(backedFirst, Fixtures.reload(into).backingCount);
        assertEquals(backedFirst, backingRows(into), "the counter is the rows: none lost, none twice");
    }

    @Inject
    IdeaAnswerService answers;

    private Idea newIdea() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        return Fixtures.idea(prompt, Fixtures.resident(), "Plant an orchard");
    }

    private static long backingRows(Idea idea) {
        return QuarkusTransaction.requiringNew().call(() -> Backing.count("ideaId", idea.id));
    }
}
