package cyd.idea;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.prompt.Prompt;
import cyd.support.Browser;
import cyd.support.Fixtures;
import cyd.web.Outcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdeaAnswerTest {

    @Inject
    IdeaAnswerService answers;

    @Inject
    IdeaService ideas;


    @Test
    void mergingCarriesBackersAcrossAndNeverCountsAResidentTwice() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea from = Fixtures.idea(prompt, Fixtures.resident(), "Bench repair day");
        Idea into = Fixtures.idea(prompt, Fixtures.resident(), "Fix the park benches");
        Viewer both = Viewer.resident(Fixtures.resident().id);
        Viewer onlyFrom = Viewer.resident(Fixtures.resident().id);
        Viewer onlyInto = Viewer.resident(Fixtures.resident().id);
        ideas.back(from.id, both);
        ideas.back(from.id, onlyFrom);
        ideas.back(into.id, both);
        ideas.back(into.id, onlyInto);

        AnswerForm form = new AnswerForm();
        form.status = "MERGED";
        form.mergeInto = into.id.toString();
        form.answer = "Same idea: joined together.";
        form.answerLanguage = "en";
        Viewer officer = Viewer.officer(Fixtures.officer(council).id, council.id);
        assertInstanceOf(Outcome.Done.class, answers.answer(council, officer, from.id, form));

        Idea after = Fixtures.reload(into);
        assertEquals(3, after.backingCount, "three different people back it, whoever backed both counted once");
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> Backing.count("ideaId", into.id)));
        Idea merged = Fixtures.reload(from);
        assertEquals(IdeaStatus.MERGED, merged.status);
        assertEquals(into.id, merged.mergedInto);
        assertEquals(0, merged.backingCount);
        assertEquals(IdeaService.BackingOutcome.CLOSED, ideas.back(from.id, Viewer.resident(Fixtures.resident().id)),
                "a merged idea takes no more backing");
        assertEquals(IdeaService.BackingOutcome.ALREADY_BACKED, ideas.back(into.id, onlyFrom),
                "its backers now back the other idea");
    }

    @Test
    void onlyTheCouncilsOfficersAnswerAndNotTakenForwardNeedsAReason() {
        Authority council = Fixtures.authority(true);
        Authority other = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "A skate park");
        AnswerForm form = new AnswerForm();
        form.status = "NOT_TAKEN_FORWARD";
        Viewer officer = Viewer.officer(Fixtures.officer(council).id, council.id);

        Outcome.Invalid<Idea> invalid = assertInstanceOf(Outcome.Invalid.class, answers.answer(council, officer, idea.id,
                form));
        assertTrue(invalid.errors().has("answer"));
        assertEquals(IdeaStatus.SUBMITTED, Fixtures.reload(idea).status);

        form.answer = "The land is leased to the school until 2030.";
        assertInstanceOf(Outcome.Refused.class, answers.answer(council, Viewer.resident(Fixtures.resident().id),
                idea.id, form));
        assertInstanceOf(Outcome.Refused.class, answers.answer(other, Viewer.officer(Fixtures.officer(other).id,
                other.id), idea.id, form));
        assertInstanceOf(Outcome.Done.class, answers.answer(council, officer, idea.id, form));
        assertEquals(IdeaStatus.NOT_TAKEN_FORWARD, Fixtures.reload(idea).status);
    }

    @Test
    void theAnswerShowsOnTheIdeaPageInBothLanguages() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Wildflower verges");
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        String path = "/cy/" + council.slug + "/ideas/" + idea.id;
        officer.get(path);
        Response bad = officer.post(path + "/answer", "status", "NOT_TAKEN_FORWARD", "answer", "");
        assertEquals(422, bad.statusCode());
        assertThat(bad.asString(), containsString("Dywedwch pam nad yw&#39;r syniad yn cael ei ddatblygu"));
        assertEquals(303, officer.post(path + "/answer", "status", "UNDER_CONSIDERATION", "answer",
                "Byddwn yn trafod hyn gyda'r tîm parciau ym mis Ionawr.", "answerLanguage", "cy").statusCode());

        String welsh = new Browser().get(path).asString();
        assertThat(welsh, containsString("Dywedoch chi, gwnaethom ni"));
        assertThat(welsh, containsString("Yn cael ei ystyried"));
        assertThat(welsh, containsString("lang=\"cy\">Byddwn yn trafod hyn gyda&#39;r tîm parciau ym mis Ionawr."));
        String english = new Browser().get("/en/" + council.slug + "/ideas/" + idea.id).asString();
        assertThat(english, containsString("You said, we did"));
        assertThat(english, containsString("Under consideration"));
    }

    @Test
    void theQuestionShowsTheLatestFiveAnswersAndThePageOfAnswersHasThemAll() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        java.time.Instant first = java.time.Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 1; i <= 30; i++) {
            Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Answered idea " + i);
            java.time.Instant when = first.plus(java.time.Duration.ofDays(i));
            QuarkusTransaction.requiringNew().run(() -> {
                Idea loaded = Idea.findById(idea.id);
                loaded.status = IdeaStatus.TAKEN_FORWARD;
                loaded.answer = "Answer to " + loaded.title + ".";
                loaded.answerLanguage = "en";
                loaded.answeredAt = when;
            });
        }
        Fixtures.idea(prompt, Fixtures.resident(), "Not answered yet");
        String question = new Browser().get("/en/" + council.slug + "/prompts/" + prompt.id).asString();
        String summary = question.substring(question.indexOf("You said, we did"), question.indexOf("id=\"ideas\""));
        assertEquals(5, summary.split("cyd-answers__item", -1).length - 1, "five answers on the question page");
        assertThat(summary, containsString("Answer to Answered idea 30."));
        assertThat(summary, containsString("Answer to Answered idea 26."));
        assertThat(summary, org.hamcrest.Matchers.not(containsString("Answer to Answered idea 25.")));
        assertThat(summary, containsString("See every answer (30)"));

        String answers = "/cy/" + council.slug + "/prompts/" + prompt.id + "/answers";
        String one = new Browser().get(answers).asString();
        assertThat(one, containsString("Dywedoch chi, gwnaethom ni (30)"));
        assertEquals(25, one.split("cyd-answers__item", -1).length - 1);
        assertTrue(one.indexOf("Answered idea 30<") < one.indexOf("Answered idea 6<"), "latest first");
        assertThat(one, containsString("Atebion hŷn"));
        assertThat(one, org.hamcrest.Matchers.not(containsString("Not answered yet")));
        String two = new Browser().get(answers + "?page=2").asString();
        assertEquals(5, two.split("cyd-answers__item", -1).length - 1);
        assertThat(two, containsString("Answered idea 1<"));
        assertThat(two, containsString("Atebion mwy diweddar"));
        assertEquals(200, new Browser().get(answers + "?page=abc").statusCode(), "not a page number: the first");
        assertThat(new Browser().get(answers + "?page=99").asString(), containsString("Answered idea 1<"));
    }
}
