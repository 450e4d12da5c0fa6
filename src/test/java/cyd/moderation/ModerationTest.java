package cyd.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.content.ContentType;
import cyd.content.Visibility;
import cyd.idea.Comment;
import cyd.idea.CommentForm;
import cyd.idea.CommentService;
import cyd.idea.Idea;
import cyd.idea.IdeaForm;
import cyd.idea.IdeaPermissions;
import cyd.idea.IdeaService;
import cyd.prompt.Moderation;
import cyd.prompt.Prompt;
import cyd.support.Browser;
import cyd.support.Fixtures;
import cyd.support.MailServer;
import cyd.web.Outcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModerationTest {

    @Inject
    ModerationService moderation;

    @Inject
    AppealService appeals;

    @Inject
    ReportService reports;

    @Inject
    IdeaService ideas;

    @Inject
    CommentService comments;


    @Test
    void onAPreModeratedQuestionNewIdeasWaitForAModeratorAndAreSeenNowhereElse() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = Fixtures.change(Fixtures.openPrompt(council), p -> p.moderation = Moderation.PRE);
        Person author = Fixtures.resident();
        IdeaForm form = new IdeaForm();
        form.title = "Seed library in the community centre";
        form.description = "Swap seeds each spring.";
        form.language = "en";
        Idea idea = ((IdeaService.Proposed) ideas.propose(prompt, Viewer.resident(author.id), form)).idea();
        assertEquals(Visibility.PENDING, idea.visibility);

        String promptPage = "/en/" + council.slug + "/prompts/" + prompt.id;
        assertThat(new Browser().get(promptPage).asString(), not(containsString("Seed library")));
        assertEquals(0, Fixtures.reload(prompt).ideaCount, "waiting ideas are not counted");
        given().get("/api/v1/prompts/" + prompt.id + "/ideas").then().statusCode(200)
                .body(not(containsString("Seed library")));
        assertEquals(404, new Browser().get("/en/" + council.slug + "/ideas/" + idea.id).statusCode());
        Response own = new Browser().signIn(author.email, Fixtures.PASSWORD).get("/en/" + council.slug + "/ideas/" + idea.id);
        assertEquals(200, own.statusCode(), "its author sees it, marked as waiting");
        assertThat(own.asString(), containsString("waiting for a moderator to approve it"));
        assertEquals(IdeaService.BackingOutcome.NOT_FOUND, ideas.back(idea.id, Viewer.resident(Fixtures.resident().id)));

        Browser mod = new Browser().signIn(Fixtures.moderator(council).email, Fixtures.PASSWORD);
        assertThat(mod.get("/en/" + council.slug + "/manage/moderation").asString(), containsString("Seed library"));
        String item = "/en/" + council.slug + "/manage/moderation/idea/" + idea.id;
        mod.get(item);
        assertEquals(303, mod.post(item + "/approve").statusCode());
        assertThat(new Browser().get(promptPage).asString(), containsString("Seed library in the community centre"));
        assertEquals(1, Fixtures.reload(prompt).ideaCount);
    }

    @Test
    void reportsFromThreeDifferentResidentsHideAnIdeaUntilAModeratorRestoresIt() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = Fixtures.openPrompt(council);
        Person author = Fixtures.resident();
        Idea idea = Fixtures.idea(prompt, author, "Shouty idea");
        int counted = Fixtures.reload(prompt).ideaCount;
        Viewer first = Viewer.resident(Fixtures.resident().id);
        ReportForm spam = report("SPAM");

        assertInstanceOf(Outcome.Refused.class, reports.report(ContentType.IDEA, idea.id,
                Viewer.resident(author.id), spam), "nobody reports their own idea");
        assertEquals(ReportService.ReportOutcome.REPORTED, done(reports.report(ContentType.IDEA, idea.id, first, spam)));
        assertEquals(ReportService.ReportOutcome.ALREADY_REPORTED,
                done(reports.report(ContentType.IDEA, idea.id, first, spam)), "one resident counts once");
        assertEquals(ReportService.ReportOutcome.REPORTED, done(reports.report(ContentType.IDEA, idea.id,
                Viewer.resident(Fixtures.resident().id), report("ABUSIVE"))));
        assertEquals(Visibility.SHOWN, Fixtures.reload(idea).visibility, "two reports are not enough");
        assertEquals(ReportService.ReportOutcome.HIDDEN_BY_REPORTS, done(reports.report(ContentType.IDEA,
                idea.id, Viewer.resident(Fixtures.resident().id), spam)));
        assertEquals(Visibility.HIDDEN, Fixtures.reload(idea).visibility);

        assertEquals(404, new Browser().get("/en/" + council.slug + "/ideas/" + idea.id).statusCode());
        assertThat(new Browser().get("/en/" + council.slug + "/prompts/" + prompt.id).asString(),
                not(containsString("Shouty idea")));
        given().get("/api/v1/prompts/" + prompt.id + "/ideas").then().body(not(containsString("Shouty idea")));
        assertEquals(counted - 1, Fixtures.reload(prompt).ideaCount, "a hidden idea is not counted");

        Viewer mod = Viewer.moderator(Fixtures.moderator(council).id, council.id);
        assertInstanceOf(Outcome.Done.class, moderation.approve(ContentType.IDEA, idea.id, mod));
        Idea back = Fixtures.reload(idea);
        assertEquals(Visibility.SHOWN, back.visibility);
        assertEquals(0, back.reportCount, "the moderator's decision settles the reports");
        assertEquals(counted, Fixtures.reload(prompt).ideaCount);
    }

    @Test
    void onlyModeratorsOfTheItemsOwnCouncilModerateIt() {
        Authority council = Fixtures.authority(false);
        Authority other = Fixtures.authority(false);
        Idea idea = Fixtures.idea(Fixtures.openPrompt(council), Fixtures.resident(), "Bulb planting");
        Viewer officerOnly = Viewer.officer(Fixtures.officer(council).id, council.id);
        Viewer otherModerator = Viewer.moderator(Fixtures.moderator(other).id, other.id);
        assertInstanceOf(Outcome.Refused.class, moderation.hide(ContentType.IDEA, idea.id, officerOnly,
                report("SPAM")));
        assertInstanceOf(Outcome.Refused.class, moderation.hide(ContentType.IDEA, idea.id, otherModerator,
                report("SPAM")));
        assertEquals(Visibility.SHOWN, Fixtures.reload(idea).visibility);

        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        assertEquals(403, officer.get("/en/" + council.slug + "/manage/moderation").statusCode());
        Browser moderatorElsewhere = new Browser().signIn(Fixtures.moderator(other).email, Fixtures.PASSWORD);
        assertEquals(403, moderatorElsewhere.get("/en/" + council.slug + "/manage/moderation").statusCode());
        assertEquals(404, new Browser().signIn(Fixtures.moderator(other).email, Fixtures.PASSWORD)
                .get("/en/" + other.slug + "/manage/moderation/idea/" + idea.id).statusCode(),
                "another council's item is not found through your council's pages");
    }

    @Test
    void theAuthorIsToldWhyAndAppealsOnceToADifferentModerator() {
        Authority council = Fixtures.authority(false);
        Person author = Fixtures.resident();
        Idea idea = Fixtures.idea(Fixtures.openPrompt(council), author, "Name the new road after my landlord");
        Person first = Fixtures.moderator(council);
        Person second = Fixtures.moderator(council);
        Browser mod = new Browser().signIn(first.email, Fixtures.PASSWORD);
        String item = "/en/" + council.slug + "/manage/moderation/idea/" + idea.id;
        mod.get(item);
        Response noReason = mod.post(item + "/hide", "reason", "", "detail", "Names a private person.");
        assertEquals(422, noReason.statusCode());
        assertThat(noReason.asString(), containsString("Select why you are hiding this"));
        assertThat(noReason.asString(), containsString("Names a private person."));
        Response hid = mod.post(item + "/hide", "reason", "PERSONAL_DATA", "detail", "Names a private person.");
        assertEquals(303, hid.statusCode());
        assertThat("the moderator is told it was done", mod.get(hid.header("Location")).asString(),
                containsString("Hidden. The author has been told"));
        assertThat("a notice the page does not know shows nothing", mod.get(item + "?notice=%3Cb%3Ehi").asString(),
                not(containsString("govuk-notification-banner__heading")));

        MailServer.Email told = MailServer.await(author.email, "Something you wrote has been hidden");
        assertThat(told.body(), containsString("Reason: Shares someone's personal details"));
        assertThat(told.body(), containsString("Names a private person."));
        String appealPage = told.link("/en/account/moderation");

        Browser authorBrowser = new Browser().signIn(author.email, Fixtures.PASSWORD);
        String mine = authorBrowser.get(appealPage).asString();
        assertThat(mine, containsString("Shares someone&#39;s personal details"));
        String ownIdea = authorBrowser.get("/en/" + council.slug + "/ideas/" + idea.id).asString();
        assertThat("the author sees on the idea itself which house rule it was hidden under", ownIdea,
                containsString("A moderator has hidden this idea. Only you and the moderators can see it. Reason: "
                        + "Shares someone&#39;s personal details"));
        ModerationDecision hide = QuarkusTransaction.requiringNew().call(
                () -> ModerationDecision.latestFor(ContentType.IDEA, idea.id));
        String appeal = "/en/account/moderation/" + hide.id + "/appeal";
        authorBrowser.get(appeal);
        assertEquals(422, authorBrowser.post(appeal, "appeal", "").statusCode());
        assertEquals(303, authorBrowser.post(appeal, "appeal", "He is a public figure, not private.").statusCode());
        authorBrowser.get(appeal);
        assertEquals(409, authorBrowser.post(appeal, "appeal", "Again!").statusCode(), "one appeal only");

        assertInstanceOf(Outcome.Refused.class, appeals.decideAppeal(hide.id,
                Viewer.moderator(first.id, council.id), "RESTORED", "Fair point."),
                "the moderator who hid it does not decide the appeal");
        assertThat(mod.get(item).asString(), containsString("another moderator must decide"));
        Browser other = new Browser().signIn(second.email, Fixtures.PASSWORD);
        other.get(item);
        assertEquals(303, other.post("/en/" + council.slug + "/manage/moderation/appeals/" + hide.id,
                "outcome", "RESTORED", "note", "A councillor is a public figure.").statusCode());
        assertEquals(Visibility.SHOWN, Fixtures.reload(idea).visibility);
        MailServer.Email decided = MailServer.await(author.email, "Your appeal has been decided");
        assertThat(decided.body(), containsString("Your appeal was successful"));
        assertThat(decided.body(), containsString("A councillor is a public figure."));
    }

    @Test
    void aBlockedAccountCanReadButNotPostAndIsEmailedWhy() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Street party");
        Person troll = Fixtures.resident();
        Browser mod = new Browser().signIn(Fixtures.moderator(council).email, Fixtures.PASSWORD);
        String block = "/en/" + council.slug + "/manage/moderation/people/" + troll.id + "/block";
        mod.get(block);
        Response bad = mod.post(block, "blockReason", "Repeated abuse of other residents.", "blockDays", "forever");
        assertEquals(422, bad.statusCode());
        assertThat(bad.asString(), containsString("Repeated abuse of other residents."));
        assertEquals(303, mod.post(block, "blockReason", "Repeated abuse of other residents.", "blockDays", "14")
                .statusCode());

        Browser trollBrowser = new Browser().signIn(troll.email, Fixtures.PASSWORD);
        assertEquals(200, trollBrowser.get("/en/" + council.slug + "/ideas/" + idea.id).statusCode());
        assertEquals(403, trollBrowser.get("/en/" + council.slug + "/prompts/" + prompt.id + "/ideas/new").statusCode());
        Response back = trollBrowser.post("/en/" + council.slug + "/ideas/" + idea.id + "/back");
        assertThat(back.header("Location"), containsString("notice=blocked"));
        assertEquals(0, Fixtures.reload(idea).backingCount);
        Viewer asSeen = new Viewer(troll.id, java.util.Map.of(), true, java.util.Set.of(council.id));
        assertEquals(IdeaPermissions.Decision.BLOCKED, IdeaPermissions.asResident(asSeen, council.id));
        MailServer.Email mail = MailServer.await(troll.email, "Your account has been blocked");
        assertThat(mail.body(), containsString("Repeated abuse of other residents."));
    }

    @Test
    void commentsAreShortPlainTextWithOneLevelOfRepliesAndOfficersMarkedOfficial() {
        Authority council = Fixtures.authority(false);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Tool library");
        String page = "/en/" + council.slug + "/ideas/" + idea.id;
        Browser resident = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        resident.get(page);
        String tooLong = "x".repeat(2001);
        Response rejected = resident.post(page + "/comments", "body", tooLong, "language", "en");
        assertEquals(422, rejected.statusCode());
        assertThat(rejected.asString(), containsString("2000 characters or fewer"));
        assertThat(rejected.asString(), containsString(tooLong));
        Response posted = resident.post(page + "/comments", "body", "I have a <b>drill</b> to lend.", "language", "en");
        assertEquals(303, posted.statusCode());
        Comment top = QuarkusTransaction.requiringNew().call(() -> Comment.<Comment>find("ideaId", idea.id).firstResult());

        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        officer.get(page);
        assertEquals(303, officer.post(page + "/comments", "body", "The council can store the tools.",
                "language", "en", "parentId", top.id).statusCode());
        Comment reply = QuarkusTransaction.requiringNew().call(
                () -> Comment.<Comment>find("parentId", top.id).firstResult());
        assertTrue(reply.official, "an officer's comment is official");
        assertInstanceOf(Outcome.Refused.class, comments.add(idea.id, Viewer.resident(Fixtures.resident().id),
                commentForm("A reply to a reply", reply.id)), "one level of replies only");

        String html = new Browser().get(page).asString();
        assertThat(html, containsString("I have a &lt;b&gt;drill&lt;/b&gt; to lend."));
        assertThat(html, containsString("The council can store the tools."));
        assertThat(html, containsString(">Official<"));

        Viewer mod = Viewer.moderator(Fixtures.moderator(council).id, council.id);
        assertInstanceOf(Outcome.Done.class, moderation.hide(ContentType.COMMENT, top.id, mod, report("OFF_TOPIC")));
        assertThat(new Browser().get(page).asString(), not(containsString("drill")));
    }

    @Test
    void thePublicLogCountsHidesByMonthAndReasonWithoutNamesAndAdminsSeeTheAuditLog() {
        Authority council = Fixtures.authority(false);
        Person author = Fixtures.change(Fixtures.resident(), p -> p.displayName = "Zebedee Quill");
        Idea idea = Fixtures.idea(Fixtures.openPrompt(council), author, "Spam spam spam");
        Person moderatorPerson = Fixtures.moderator(council);
        assertInstanceOf(Outcome.Done.class, moderation.hide(ContentType.IDEA, idea.id,
                Viewer.moderator(moderatorPerson.id, council.id), report("SPAM")));

        String log = new Browser().get("/en/" + council.slug + "/moderation-log").asString();
        assertThat(log, containsString("Spam or advertising"));
        assertThat(log, containsString(java.time.YearMonth.now(java.time.ZoneId.of("Europe/London"))
                .format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK))));
        assertThat(log, not(containsString("Zebedee")));
        assertThat(log, not(containsString("Spam spam spam")));

        assertEquals(403, new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD)
                .get("/en/" + council.slug + "/manage/audit").statusCode(), "the audit log is for admins");
        String audit = new Browser().signIn(Fixtures.admin(council).email, Fixtures.PASSWORD)
                .get("/en/" + council.slug + "/manage/audit").asString();
        assertThat(audit, containsString("moderation.hide"));
        assertThat(audit, containsString(moderatorPerson.displayName));
        assertThat(audit, containsString("SPAM"));
    }

    private static ReportForm report(String reason) {
        ReportForm f = new ReportForm();
        f.reason = reason;
        f.detail = "";
        return f;
    }

    private static CommentForm commentForm(String body, Long parent) {
        CommentForm f = new CommentForm();
        f.body = body;
        f.language = "en";
        f.parentId = parent == null ? null : parent.toString();
        return f;
    }

    private static <T> T done(Outcome<T> o) {
        return assertInstanceOf(Outcome.Done.class, o).value() == null ? null : ((Outcome.Done<T>) o).value();
    }
}
