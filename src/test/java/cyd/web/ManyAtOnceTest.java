package cyd.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cyd.account.Person;
import cyd.account.TeamService;
import cyd.account.Throttle;
import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.content.ContentType;
import cyd.content.Visibility;
import cyd.contribution.Contribution;
import cyd.contribution.ContributionForm;
import cyd.contribution.ContributionService;
import cyd.idea.Idea;
import cyd.idea.IdeaService;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.initiative.InitiativeService;
import cyd.moderation.ModerationDecision;
import cyd.moderation.ModerationService;
import cyd.moderation.ReportForm;
import cyd.prompt.Prompt;
import cyd.prompt.PromptService;
import cyd.support.Browser;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Write paths used by many people at the same moment: each is answered as if it were alone (no 500, no false
 * message), and what was acknowledged is stored exactly once.
 */
@QuarkusTest
class ManyAtOnceTest {

    @Inject
    ContributionService ledger;

    @Inject
    InitiativeService initiatives;

    @Inject
    cyd.initiative.OfferService offers;

    @Inject
    Throttle throttle;

    @Inject
    ModerationService moderation;

    @Inject
    cyd.moderation.AppealService appealService;

    @Inject
    cyd.moderation.ReportService reportService;

    @Inject
    TeamService team;

    @Inject
    IdeaService ideas;

    @Inject
    PromptService prompts;

    @Test
    void twentyResidentsSharingIdeasOnOneQuestionAtOnceAreAllKeptAndCounted() throws Exception {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        String form = "/en/" + council.slug + "/prompts/" + prompt.id + "/ideas/new";
        List<Browser> residents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Browser b = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
            b.get(form);
            residents.add(b);
        }
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < residents.size(); i++) {
            Browser b = residents.get(i);
            String title = "Idea number " + i + " for the square";
            posts.add(() -> b.post(form, "title", title, "description", "Shared at the same moment as the others.",
                    "language", "en", "checked", "yes").statusCode());
        }
        assertEquals(List.of(303), distinct(all(posts)), "every resident's idea is published");
        assertEquals(20L, Fixtures.count("SELECT COUNT(*) FROM idea WHERE prompt_id = ?1", prompt.id));
        assertEquals(20, Fixtures.reload(prompt).ideaCount, "the counter equals the rows");
    }

    @Test
    void residentsSigningUpAtTheSameMomentAreAllCreatedAndNobodyIsToldTheirAddressIsTaken() throws Exception {
        List<Callable<Response>> signUps = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String email = Fixtures.unique("together") + "@example.org";
            emails.add(email);
            Browser b = new Browser();
            b.get("/en/sign-up");
            signUps.add(() -> b.post("/en/sign-up", "email", email, "displayName", "Neighbour", "password",
                    "a long enough pass phrase"));
        }
        for (Response r : all(signUps)) {
            assertEquals(303, r.statusCode());
            assertThat(r.asString(), not(containsString("already")));
        }
        for (String email : emails) {
            assertTrue(QuarkusTransaction.requiringNew().call(() -> Person.byEmail(email).isPresent()), email);
        }
    }

    @Test
    void parallelEntriesForOneDayCannotTogetherPassTwentyFourHours() throws Exception {
        Authority council = Fixtures.authority(true);
        Initiative first = CoFixtures.initiative(council, Fixtures.resident());
        Initiative second = CoFixtures.initiative(council, Fixtures.resident());
        Viewer member = Viewer.resident(Fixtures.resident().id);
        offers.join(council, member, first.id, CoFixtures.offer("Help"));
        offers.join(council, member, second.id, CoFixtures.offer("Help"));
        LocalDate day = LocalDate.now(TemplateExtensions.LONDON).minusDays(2);

        List<Callable<Boolean>> entries = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            Initiative where = i % 2 == 0 ? first : second;
            entries.add(() -> ledger.log(council, member, where.id, fiveHours(day)) instanceof Outcome.Done);
        }
        long done = all(entries).stream().filter(Boolean::booleanValue).count();
        assertEquals(4, done, "four five-hour entries fit in a day, a fifth does not");
        assertEquals(20 * 60L, Fixtures.count("SELECT COALESCE(SUM(minutes), 0) FROM contribution WHERE person_id = ?1 "
                + "AND given_on = ?2", member.personId(), day));
    }

    @Test
    void fourOrganisersConfirmingOneEntryAtOnceCountItsHoursOnce() throws Exception {
        Authority council = Fixtures.authority(true);
        Person starter = Fixtures.resident();
        Initiative i = CoFixtures.initiative(council, starter);
        Viewer member = Viewer.resident(Fixtures.resident().id);
        offers.join(council, member, i.id, CoFixtures.offer("Help"));
        Long entry = ((Outcome.Done<Contribution>) ledger.log(council, member, i.id,
                fiveHours(LocalDate.now(TemplateExtensions.LONDON).minusDays(1)))).value().id;
        List<Viewer> organisers = List.of(Viewer.resident(starter.id), Viewer.officer(Fixtures.officer(council).id,
                council.id), Viewer.officer(Fixtures.officer(council).id, council.id));
        List<Callable<Boolean>> confirms = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            Viewer v = organisers.get(k % organisers.size());
            confirms.add(() -> ledger.confirm(council, v, entry) instanceof Outcome.Done);
        }
        all(confirms);
        assertEquals(5 * 60L, CoFixtures.reload(i).confirmedMinutes, "five hours, counted once");
        assertEquals(1L, Fixtures.count("SELECT COUNT(*) FROM contribution WHERE id = ?1 AND status = 'CONFIRMED'", entry));
    }

    @Test
    void twoModeratorsHidingOneIdeaAtOnceTakeItOffTheCountOnce() throws Exception {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Fixtures.idea(prompt, Fixtures.resident(), "A fair idea");
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "An advert");
        QuarkusTransaction.requiringNew().run(() -> Prompt.<Prompt>findById(prompt.id).ideaCount = 2);
        List<Viewer> moderators = List.of(Viewer.moderator(Fixtures.moderator(council).id, council.id),
                Viewer.moderator(Fixtures.moderator(council).id, council.id));
        List<Callable<Boolean>> hides = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            Viewer v = moderators.get(k % 2);
            hides.add(() -> moderation.hide(ContentType.IDEA, idea.id, v, spam()) instanceof Outcome.Done);
        }
        all(hides);
        assertEquals(1, Fixtures.reload(prompt).ideaCount, "the question now shows one idea");
        assertEquals(1L, Fixtures.count("SELECT COUNT(*) FROM moderation_decision WHERE content_id = ?1 AND "
                + "content_type = 'IDEA' AND action = 'HIDE'", idea.id), "one decision to appeal against");
    }

    @Test
    void twoOfficersApprovingAndDecliningOneInitiativeAtOnceDecideItOnce() throws Exception {
        Authority council = Fixtures.authority(true);
        Initiative i = CoFixtures.initiative(council, Fixtures.resident());
        QuarkusTransaction.requiringNew().run(() -> Initiative.<Initiative>findById(i.id).approval =
                Approval.PENDING);
        Viewer first = Viewer.officer(Fixtures.officer(council).id, council.id);
        Viewer second = Viewer.officer(Fixtures.officer(council).id, council.id);
        List<Callable<Boolean>> decisions = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            Viewer v = k % 2 == 0 ? first : second;
            boolean approve = k % 2 == 0;
            decisions.add(() -> initiatives.approve(council, v, i.id, approve) instanceof Outcome.Done);
        }
        assertEquals(1, all(decisions).stream().filter(Boolean::booleanValue).count(), "decided once");
        assertEquals(1L, Fixtures.count("SELECT COUNT(*) FROM audit_log WHERE subject_id = ?1 AND subject_type = "
                + "'initiative' AND action LIKE 'initiative.%'", i.id), "one decision in the audit log");
    }

    @Test
    void fourOfficersClosingOneQuestionAtOnceCloseItOnce() throws Exception {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        List<Callable<Boolean>> closes = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Viewer v = Viewer.officer(Fixtures.officer(council).id, council.id);
            closes.add(() -> prompts.close(council, v, prompt.id) instanceof Outcome.Done);
        }
        assertEquals(1, all(closes).stream().filter(Boolean::booleanValue).count(), "closed once");
        assertEquals(1L, Fixtures.count("SELECT COUNT(*) FROM audit_log WHERE subject_id = ?1 AND subject_type = "
                + "'prompt' AND action = 'prompt.close'", prompt.id), "one line in the audit log");
    }

    @Test
    void withdrawingABackingFromFourTabsAtOnceTakesOneOff() throws Exception {
        Authority council = Fixtures.authority(true);
        Idea idea = Fixtures.idea(Fixtures.openPrompt(council), Fixtures.resident(), "Benches");
        Viewer me = Viewer.resident(Fixtures.resident().id);
        Viewer other = Viewer.resident(Fixtures.resident().id);
        ideas.back(idea.id, me);
        ideas.back(idea.id, other);
        List<Callable<IdeaService.BackingOutcome>> tabs = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            tabs.add(() -> ideas.withdraw(idea.id, me));
        }
        all(tabs);
        assertEquals(1, Fixtures.reload(idea).backingCount, "the other resident's backing stays");
        assertEquals(1L, Fixtures.count("SELECT COUNT(*) FROM backing WHERE idea_id = ?1", idea.id));
    }

    @Test
    void seventyCommentsAtOnceFromOnePersonKeepSixtyAndRefuseTheRestPolitely() throws Exception {
        Authority council = Fixtures.authority(false);
        Idea idea = Fixtures.idea(Fixtures.openPrompt(council), Fixtures.resident(), "Bandstand concerts");
        String page = "/en/" + council.slug + "/ideas/" + idea.id;
        Browser chatty = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        chatty.get(page);
        List<Callable<Integer>> comments = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            String body = "Comment number " + i;
            comments.add(() -> chatty.post(page + "/comments", "body", body).statusCode());
        }
        List<Integer> answers = all(comments);
        assertEquals(60, answers.stream().filter(s -> s == 303).count(), "an hour's sixty were taken: " + answers);
        assertEquals(10, answers.stream().filter(s -> s == 429).count(), "the rest were told to wait: " + answers);
        assertEquals(60L, Fixtures.count("SELECT COUNT(*) FROM idea_comment WHERE idea_id = ?1", idea.id));
    }

    @Test
    void thirtyWrongGuessesAtOnceGetFivePasswordChecksAndNoErrors() throws Exception {
        Person target = Fixtures.resident();
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Browser b = new Browser();
            b.get("/en/sign-in");
            String guess = "guess number " + i;
            // Each in a spelling of its own: upper case, full-width letters; all the same address.
            String spelling = i % 3 == 0 ? target.email.toUpperCase(java.util.Locale.ROOT)
                    : i % 3 == 1 ? fullWidth(target.email) : target.email;
            guesses.add(() -> b.post("/en/sign-in", "email", spelling, "password", guess).statusCode());
        }
        try {
            List<Integer> answers = all(guesses);
            assertEquals(5, answers.stream().filter(s -> s == 422).count(), "five guesses were checked");
            assertEquals(25, answers.stream().filter(s -> s == 429).count(), "the rest were refused unchecked");
            Browser owner = new Browser();
            owner.get("/en/sign-in");
            assertEquals(429, owner.post("/en/sign-in", "email", target.email, "password", Fixtures.PASSWORD)
                    .statusCode(), "locked even for the right password, for a while");
        } finally {
            throttle.clear(Throttle.key("sign-in-address", "127.0.0.1"));
        }
    }

    @Test
    void tenReportsAtOnceHideAnIdeaExactlyOnceAndEachResidentCountsOnce() throws Exception {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Paint the bridge");
        List<Callable<Object>> reports = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Viewer resident = Viewer.resident(Fixtures.resident().id);
            for (int twice = 0; twice < 2; twice++) { // each also clicks twice
                // Once hidden, the idea cannot be reported any more (residents no longer see it): refused.
                reports.add(() -> reportService.report(ContentType.IDEA, idea.id, resident, spam())
                        instanceof Outcome.Done<?> done ? done.value() : "refused");
            }
        }
        List<Object> outcomes = all(reports);
        assertEquals(1, outcomes.stream().filter(o -> o == cyd.moderation.ReportService.ReportOutcome.HIDDEN_BY_REPORTS)
                .count(), "the threshold is crossed once");
        long rows = Fixtures.count("SELECT COUNT(*) FROM content_report WHERE content_type = 'IDEA' AND content_id = ?1",
                idea.id);
        assertTrue(rows >= 3 && rows <= 10, "each resident counted at most once: " + rows);
        assertEquals(rows, outcomes.stream().filter(o -> o != "refused"
                && o != cyd.moderation.ReportService.ReportOutcome.ALREADY_REPORTED).count(),
                "every report acknowledged is stored");
        assertEquals(Visibility.HIDDEN, Fixtures.reload(idea).visibility);
        assertEquals(rows, Fixtures.reload(idea).reportCount, "the idea's report counter equals its reports");
    }

    @Test
    void anAuthorAppealingFromTwoTabsAtOnceAppealsOnce() throws Exception {
        Authority council = Fixtures.authority(true);
        Person author = Fixtures.resident();
        Idea idea = Fixtures.idea(Fixtures.openPrompt(council), author, "A mural of the mayor");
        ModerationDecision hide = ((Outcome.Done<ModerationDecision>) moderation.hide(
                ContentType.IDEA, idea.id, Viewer.moderator(Fixtures.moderator(council).id, council.id),
                spam())).value();
        Viewer me = Viewer.resident(author.id);
        List<Callable<Boolean>> appeals = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String text = "Please look again " + i;
            appeals.add(() -> appealService.appeal(hide.id, me, text) instanceof Outcome.Done);
        }
        assertEquals(1, all(appeals).stream().filter(Boolean::booleanValue).count(), "one appeal is taken");
        assertEquals(1L, Fixtures.count("SELECT COUNT(*) FROM moderation_decision WHERE id = ?1 AND appealed_at IS NOT NULL",
                hide.id));
    }

    @Test
    void twoAdminsRemovingEachOtherAtOnceLeaveTheCouncilWithAnAdmin() throws Exception {
        for (int round = 0; round < 5; round++) {
            Authority council = Fixtures.authority(false);
            Person a = Fixtures.admin(council);
            Person b = Fixtures.admin(council);
            Viewer asA = new Viewer(a.id, java.util.Map.of(council.id, java.util.Set.of("officer", "admin")), true, java.util.Set.of());
            Viewer asB = new Viewer(b.id, java.util.Map.of(council.id, java.util.Set.of("officer", "admin")), true, java.util.Set.of());
            List<Callable<Boolean>> removals = List.of(
                    () -> team.remove(council, asA, b.id) instanceof Outcome.Done,
                    () -> team.remove(council, asB, a.id) instanceof Outcome.Done);
            assertEquals(1, all(removals).stream().filter(Boolean::booleanValue).count(), "one removal is made");
            assertEquals(1L, Fixtures.count("SELECT COUNT(*) FROM officer_role WHERE authority_id = ?1 AND role = 'admin'",
                    council.id), "the council keeps one admin");
        }
    }

    @Test
    void oneAddressAddedToTheTeamFromFourTabsAtOnceIsAddedOnce() throws Exception {
        Authority council = Fixtures.authority(false);
        Person admin = Fixtures.admin(council);
        Person newcomer = Fixtures.resident();
        Viewer asAdmin = new Viewer(admin.id, java.util.Map.of(council.id, java.util.Set.of("officer", "admin")), true,
                java.util.Set.of());
        List<Callable<Boolean>> tabs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tabs.add(() -> team.add(council, asAdmin, newcomer.email, true, false)
                    instanceof Outcome.Done);
        }
        assertEquals(1, all(tabs).stream().filter(Boolean::booleanValue).count(), "added once; the others are told so");
        assertEquals(2L, Fixtures.count("SELECT COUNT(*) FROM officer_role WHERE authority_id = ?1 AND person_id = ?2",
                council.id, newcomer.id), "officer and moderator, once each");
    }

    private static ReportForm spam() {
        ReportForm f = new ReportForm();
        f.reason = "SPAM";
        f.detail = "";
        return f;
    }

    private static String fullWidth(String email) {
        StringBuilder b = new StringBuilder();
        for (char c : email.toCharArray()) {
            b.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 0xFF41) : c);
        }
        return b.toString();
    }

    private static ContributionForm fiveHours(LocalDate day) {
        ContributionForm f = new ContributionForm();
        f.kind = "HOURS";
        f.hours = "5";
        f.description = "Clearing the path";
        f.givenDay = Integer.toString(day.getDayOfMonth());
        f.givenMonth = Integer.toString(day.getMonthValue());
        f.givenYear = Integer.toString(day.getYear());
        return f;
    }

    /** Runs every task at the same moment and returns their answers; a task that throws fails the test. */
    static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> t : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return t.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> distinct(List<T> values) {
        return values.stream().distinct().toList();
    }

}
