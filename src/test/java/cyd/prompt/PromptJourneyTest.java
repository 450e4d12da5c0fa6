package cyd.prompt;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cyd.authority.Authority;
import cyd.support.Browser;
import cyd.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class PromptJourneyTest {

    @Test
    void theCoachBesideThePreviewReadsEachLanguageSaysWhyAndSuggestsAnOpenQuestion() {
        Authority council = Fixtures.authority(true);
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        Response created = draft(officer, "/en/" + council.slug + "/manage",
                "Would you like to help us look after the riverside?", "Sut hoffech chi helpu i ofalu am lan yr afon?",
                "We can lend tools.", "Gallwn fenthyg offer.");
        assertEquals(303, created.statusCode());
        String english = officer.get(created.header("Location")).asString();
        assertThat(english, containsString("Reads as closed: a yes or no, a choice or a rating of something already decided"));
        assertThat(english, containsString("It can be answered yes or no"));
        assertThat(english, containsString("How would you like to help us look after the riverside?"));
        assertThat(english, containsString("Reads as open: an invitation to act"));

        String welsh = officer.get(created.header("Location").replace("/en/", "/cy/")).asString();
        assertThat(welsh, containsString("Yn darllen yn agored: gwahoddiad i weithredu"));
        assertThat(welsh, containsString("Mae'n gofyn beth fyddai pobl yn ei wneud, ei gynnig neu ei arwain.".replace("'", "&#39;")));
        assertThat(welsh, containsString("Gellir ei ateb ag ie neu na"));
    }

    @Test
    void anOfficerDraftsPreviewsPublishesAndClosesAPrompt() {
        Authority council = Fixtures.authority(true);
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        String manage = "/en/" + council.slug + "/manage";
        assertEquals(200, officer.get(manage + "/prompts/new").statusCode());

        Response created = draft(officer, manage,
                "What would you like to do with us to brighten the high street?",
                "Beth hoffech chi ei wneud gyda ni i fywiogi'r stryd fawr?", "We can lend planters.", "Gallwn fenthyg planwyr.");
        assertEquals(303, created.statusCode());
        String previewPath = created.header("Location");
        String preview = officer.get(previewPath).asString();
        assertThat(preview, containsString("Draft"));
        assertThat(preview, containsString("fywiogi&#39;r stryd fawr"));
        Long id = Long.valueOf(previewPath.substring(previewPath.lastIndexOf('/') + 1));

        // Residents cannot see a draft.
        assertEquals(404, new Browser().get("/en/" + council.slug + "/prompts/" + id).statusCode());

        assertEquals(303, officer.post(previewPath + "/publish").statusCode());
        Prompt published = QuarkusTransaction.requiringNew().call(() -> Prompt.<Prompt>findById(id));
        assertEquals(PromptStatus.OPEN, published.status);
        String home = new Browser().get("/cy/" + council.slug).asString();
        assertThat(home, containsString("fywiogi&#39;r stryd fawr"));

        officer.get(previewPath);
        assertEquals(303, officer.post(previewPath + "/close").statusCode());
        assertEquals(PromptStatus.CLOSED, Fixtures.reload(published).status);
    }

    @Test
    void aBilingualCouncilNeedsBothLanguagesAndTypedTextIsKept() {
        Authority council = Fixtures.authority(true);
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        String manage = "/en/" + council.slug + "/manage";
        officer.get(manage + "/prompts/new");
        Response r = officer.post(manage + "/prompts/new", "titleEn", "What would you like to do with us?",
                "bodyEn", "Body", "closesDay", "31", "closesMonth", "2", "closesYear", "2030");
        assertEquals(422, r.statusCode());
        assertThat(r.asString(), containsString("Enter the question in Welsh"));
        assertThat(r.asString(), containsString("The closing date must be a real date"));
        assertThat(r.asString(), containsString("value=\"What would you like to do with us?\""));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Prompt.count("authorityId", council.id)));
    }

    @Test
    void aResidentCannotManageOrPublishPrompts() {
        Authority council = Fixtures.authority(true);
        Prompt draft = Fixtures.prompt(council, PromptStatus.DRAFT, null);
        Browser resident = new Browser().signIn(Fixtures.resident().email, Fixtures.PASSWORD);
        String manage = "/en/" + council.slug + "/manage";

        assertEquals(403, resident.get(manage).statusCode());
        Response publish = resident.post(manage + "/prompts/" + draft.id + "/publish");
        assertEquals(403, publish.statusCode());
        assertThat(publish.asString(), containsString("You cannot do that"));
        assertEquals(PromptStatus.DRAFT, Fixtures.reload(draft).status);
    }

    @Test
    void anOfficerOfOneCouncilCannotSeeOrChangeAnothersPrompts() {
        Authority a = Fixtures.authority(true);
        Authority b = Fixtures.authority(true);
        Prompt bDraft = Fixtures.prompt(b, PromptStatus.DRAFT, null);
        Browser officerOfA = new Browser().signIn(Fixtures.officer(a).email, Fixtures.PASSWORD);
        String bManage = "/en/" + b.slug + "/manage/prompts/" + bDraft.id;

        assertEquals(403, officerOfA.get(bManage).statusCode());
        assertEquals(403, officerOfA.get(bManage + "/edit").statusCode());
        assertEquals(404, officerOfA.get("/en/" + b.slug + "/prompts/" + bDraft.id).statusCode());
        Response edit = officerOfA.post(bManage + "/edit", "titleEn", "Hijacked", "titleCy", "Hijacked", "bodyEn", "x",
                "bodyCy", "x");
        assertEquals(403, edit.statusCode());
        assertEquals(403, officerOfA.post(bManage + "/publish").statusCode());
        Prompt after = Fixtures.reload(bDraft);
        assertEquals(PromptStatus.DRAFT, after.status);
        assertEquals("What would you like to do with us to improve the park?", after.titleEn);
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        Authority council = Fixtures.authority(true);
        Response r = new Browser().request("/en/" + council.slug + "/manage");
        assertEquals(303, r.statusCode());
        assertThat(r.header("Location"), containsString("/en/sign-in"));
    }

    /** An officer's new question in both languages, closing in thirty days, posted from the new-question form. */
    private static Response draft(Browser officer, String manage, String titleEn, String titleCy, String bodyEn, String bodyCy) {
        LocalDate closes = LocalDate.now().plusDays(30);
        return officer.post(manage + "/prompts/new", "titleEn", titleEn, "titleCy", titleCy, "bodyEn", bodyEn,
                "bodyCy", bodyCy, "closesDay", closes.getDayOfMonth(), "closesMonth", closes.getMonthValue(),
                "closesYear", closes.getYear());
    }
}
