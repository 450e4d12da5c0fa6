package cyd.prompt;

import cyd.idea.ResponsePromise;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.idea.IdeaService;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import cyd.idea.IdeaStatus;

@QuarkusTest
class LifecycleTest {

    @Inject
    IdeaService ideas;

    @Inject
    ResponsePromise promises;

    @Inject
    EntityManager em;

    @Test
    void theSchedulerOpensAndClosesPromptsAtTheSetTime() throws InterruptedException {
        Authority council = Fixtures.authority(false);
        Instant opens = Instant.now().plusSeconds(2);
        Instant closes = Instant.now().plusSeconds(5);
        Prompt prompt = Fixtures.change(Fixtures.prompt(council, PromptStatus.SCHEDULED, closes), p -> {
            p.opensAt = opens;
            p.publishedAt = null;
        });
        String page = "/en/" + council.slug + "/prompts/" + prompt.id;
        assertEquals(404, new Browser().get(page).statusCode(), "residents do not see it before it opens");

        PromptStatus status = waitFor(prompt, PromptStatus.OPEN, Duration.ofSeconds(20));
        assertEquals(PromptStatus.OPEN, status, "the scheduler opened it");
        Prompt open = Fixtures.reload(prompt);
        assertEquals(opens.toEpochMilli() / 1000, open.publishedAt.toEpochMilli() / 1000, "published when it opened");
        assertThat(new Browser().get(page).asString(), containsString("Share your idea"));

        assertEquals(PromptStatus.CLOSED, waitFor(prompt, PromptStatus.CLOSED, Duration.ofSeconds(20)),
                "the scheduler closed it");
        assertEquals(closes.toEpochMilli() / 1000, Fixtures.reload(prompt).closedAt.toEpochMilli() / 1000);
    }

    @Test
    void publishingWithAnOpeningDateSchedulesTheQuestion() {
        Authority council = Fixtures.authority(false);
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        LocalDate opens = LocalDate.now(PromptService.LONDON).plusDays(3);
        LocalDate closes = opens.minusDays(1);
        String create = "/en/" + council.slug + "/manage/prompts/new";
        officer.get(create);
        Response wrong = officer.post(create, "titleEn", "What would you like to do with us to green the high street?",
                "bodyEn", "Planters, trees, walls.", "opensDay", opens.getDayOfMonth(), "opensMonth", opens.getMonthValue(),
                "opensYear", opens.getYear(), "closesDay", closes.getDayOfMonth(), "closesMonth", closes.getMonthValue(),
                "closesYear", closes.getYear(), "moderation", "PRE", "promiseBackers", "25", "promiseDays", "");
        assertEquals(422, wrong.statusCode());
        assertThat(wrong.asString(), containsString("Closing date must be after the opening date"));
        assertThat(wrong.asString(), containsString("Enter the working days as a whole number"));
        assertThat(wrong.asString(), containsString("green the high street"));

        Response made = officer.post(create, "titleEn", "What would you like to do with us to green the high street?",
                "bodyEn", "Planters, trees, walls.", "opensDay", opens.getDayOfMonth(), "opensMonth", opens.getMonthValue(),
                "opensYear", opens.getYear(), "moderation", "PRE", "promiseBackers", "25", "promiseDays", "20");
        assertEquals(303, made.statusCode());
        String preview = made.header("Location");
        Long id = Long.valueOf(preview.replaceAll(".*/", ""));
        officer.get(preview);
        officer.post(preview + "/publish");
        Prompt p = QuarkusTransaction.requiringNew().call(() -> Prompt.<Prompt>findById(id));
        assertEquals(PromptStatus.SCHEDULED, p.status);
        assertEquals(Moderation.PRE, p.moderation);
        assertEquals(25, p.promiseBackers);
        assertEquals(20, p.promiseDays);
        assertEquals(opens.atStartOfDay(PromptService.LONDON).toInstant(), p.opensAt);
        assertEquals(404, new Browser().get("/en/" + council.slug + "/prompts/" + id).statusCode());
        assertThat(officer.get(preview).asString(), containsString("Scheduled"));
    }

    @Test
    void aClosedQuestionGetsTheCouncilsResponseAndIsThenArchived() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.prompt(council, PromptStatus.CLOSED, null);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Adopt a planter");
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        String preview = "/cy/" + council.slug + "/manage/prompts/" + prompt.id;
        officer.get(preview);
        Response missing = officer.post(preview + "/respond", "responseCy", "", "responseEn", "We heard you.");
        assertEquals(422, missing.statusCode());
        assertThat(missing.asString(), containsString("Rhowch yr ymateb yn Gymraeg"));
        assertThat(missing.asString(), containsString("We heard you."));
        assertEquals(303, officer.post(preview + "/respond", "responseCy", "Clywsom chi: bydd 12 plannwr newydd.",
                "responseEn", "We heard you: 12 new planters.").statusCode());
        assertEquals(PromptStatus.RESPONDED, Fixtures.reload(prompt).status);

        String welsh = new Browser().get("/cy/" + council.slug + "/prompts/" + prompt.id).asString();
        assertThat(welsh, containsString("Ein hymateb"));
        assertThat(welsh, containsString("Clywsom chi: bydd 12 plannwr newydd."));
        assertThat(new Browser().get("/en/" + council.slug).asString(), containsString("Responded"));

        officer.get(preview);
        assertEquals(303, officer.post(preview + "/archive").statusCode());
        assertEquals(PromptStatus.ARCHIVED, Fixtures.reload(prompt).status);
        String home = new Browser().get("/en/" + council.slug).asString();
        assertThat(home, containsString("Archived questions"));
        assertEquals(200, new Browser().get("/en/" + council.slug + "/ideas/" + idea.id).statusCode(),
                "archived questions stay readable");
    }

    @Test
    void thePromptPageShowsHowTheResponsePromiseIsKept() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = promisingAnAnswer(council);
        Idea overdue = backedTwice(prompt, "Overdue idea", Instant.now().minus(Duration.ofDays(30)));
        Idea waiting = backedTwice(prompt, "Waiting idea", Instant.now());
        Idea answered = backedTwice(prompt, "Answered idea", Instant.now().minus(Duration.ofDays(2)));
        Fixtures.idea(prompt, Fixtures.resident(), "Unbacked idea");
        QuarkusTransaction.requiringNew().run(() -> {
            Idea i = Idea.findById(answered.id);
            i.status = IdeaStatus.UNDER_CONSIDERATION;
            i.answeredAt = Instant.now();
        });

        ResponsePromise.Report report = QuarkusTransaction.requiringNew()
                .call(() -> promises.report(Prompt.findById(prompt.id), Instant.now()));
        assertEquals(3, report.items().size(), "only ideas that reached the number are promised an answer");
        assertEquals(1, report.answered());
        assertEquals(1, report.waiting());
        assertEquals(1, report.overdue());
        assertEquals(ResponsePromise.State.OVERDUE, report.items().stream()
                .filter(i -> i.idea().id.equals(overdue.id)).findFirst().orElseThrow().state());
        assertEquals(ResponsePromise.State.WAITING, report.items().stream()
                .filter(i -> i.idea().id.equals(waiting.id)).findFirst().orElseThrow().state());

        String page = new Browser().get("/en/" + council.slug + "/prompts/" + prompt.id).asString();
        assertThat(page, containsString("Our response promise"));
        assertThat(page, containsString("Overdue"));
        assertThat(page, containsString("Waiting for an answer"));
        assertThat(page, containsString("Answered on time"));
        assertThat(page, containsString("You said, we did"));
        assertThat(page.substring(page.indexOf("Our response promise")), not(containsString("Unbacked idea</a></td>")));
    }

    /** However many ideas reach the number, the page lists the most backed few and its figures count them all. */
    @Test
    void aLongPromiseReportListsTheMostBackedAndCountsEveryIdea() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = promisingAnAnswer(council);
        int reached = ResponsePromise.LISTED + 3;
        for (int k = 0; k < reached; k++) {
            backedTwice(prompt, "Reached idea " + k, Instant.now().minus(Duration.ofDays(k % 2 == 0 ? 30 : 0)));
        }
        Idea most = backedTwice(prompt, "Most backed idea", Instant.now());
        ideas.back(most.id, Viewer.resident(Fixtures.resident().id));
        ResponsePromise.Report report = QuarkusTransaction.requiringNew()
                .call(() -> promises.report(Prompt.findById(prompt.id), Instant.now()));
        assertEquals(reached + 1, report.total());
        assertEquals(ResponsePromise.LISTED, report.items().size());
        assertEquals(most.id, report.items().get(0).idea().id, "the most backed first");
        assertEquals(reached + 1, report.waiting() + report.overdue());
        assertEquals(reached / 2 + 1, report.overdue(), "every other idea reached the number a month ago");
        String page = new Browser().get("/en/" + council.slug + "/prompts/" + prompt.id).asString();
        assertThat(page, containsString("Only the 20 most backed are listed here"));
        assertThat(page, containsString("Most backed idea</a></td>"));
    }

    @Test
    void workingDaysSkipWeekendsAndBankHolidays() {
        // Thursday 24 December 2026: Christmas Day is a Friday and Boxing Day's substitute the Monday.
        assertEquals(LocalDate.of(2026, 12, 29), WorkingDays.add(LocalDate.of(2026, 12, 24), 1));
        assertEquals(LocalDate.of(2026, 11, 30), WorkingDays.add(LocalDate.of(2026, 11, 27), 1), "Friday to Monday");
        assertEquals(LocalDate.of(2027, 4, 5), WorkingDays.add(LocalDate.of(2027, 3, 25), 5),
                "Good Friday and Easter Monday 2027 are not counted");
    }

    /** An open question that promises an answer within 5 working days to any idea 2 people back. */
    private static Prompt promisingAnAnswer(Authority council) {
        return Fixtures.change(Fixtures.openPrompt(council), p -> {
            p.promiseBackers = 2;
            p.promiseDays = 5;
        });
    }

    private Idea backedTwice(Prompt prompt, String title, Instant when) {
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), title);
        ideas.back(idea.id, Viewer.resident(Fixtures.resident().id));
        ideas.back(idea.id, Viewer.resident(Fixtures.resident().id));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE backing SET created_at = :when WHERE idea_id = :idea").setParameter("when", when)
                .setParameter("idea", idea.id).executeUpdate());
        return idea;
    }

    private static PromptStatus waitFor(Prompt prompt, PromptStatus wanted, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        PromptStatus now = Fixtures.reload(prompt).status;
        while (now != wanted && System.nanoTime() < deadline) {
            Thread.sleep(200);
            now = Fixtures.reload(prompt).status;
        }
        return now;
    }
}
