package cyd.initiative;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cyd.account.Person;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.prompt.Prompt;
import cyd.support.Browser;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import cyd.web.TemplateExtensions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import cyd.contribution.Contribution;
import cyd.support.MailServer;

/** An idea becomes an initiative; people join on their own terms; what they give is confirmed and shown. */
@QuarkusTest
class CoProductionJourneyTest {

    @Test
    void anOfficerTakesAnIdeaForwardAndItsBackersAreToldOnTheIdeaPage() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Person author = Fixtures.resident();
        Idea idea = Fixtures.idea(prompt, author, "Repair café");
        Browser officer = new Browser().signIn(Fixtures.officer(council).email, Fixtures.PASSWORD);
        String base = "/en/" + council.slug;

        String form = officer.get(base + "/initiatives/new?idea=" + idea.id).asString();
        assertThat(form, containsString("value=\"Repair café\""));
        Response created = officer.post(base + "/initiatives/new?idea=" + idea.id, "title", "Repair café at the library",
                "description", "Fix things together, monthly.", "language", "en", "councilCommitment",
                "The library room, free, on Saturdays", "councilAmount", "1,200");
        assertEquals(303, created.statusCode());
        String page = officer.get(created.header("Location")).asString();
        assertThat(page, containsString("Your initiative has been published."));
        assertThat(page, containsString("The library room, free, on Saturdays"));
        assertThat(page, containsString("£1,200"));

        String ideaPage = new Browser().get(base + "/ideas/" + idea.id).asString();
        assertThat(ideaPage, containsString("This idea has been taken forward as an initiative:"));
        assertThat(ideaPage, containsString("Repair café at the library"));
        assertThat(ideaPage, containsString("Taken forward"));
        assertTrue(Fixtures.reload(idea).answeredAt != null, "taking it forward answers it, for the response promise");
        MailServer.Email told = MailServer.await(author.email,
                "The council has answered an idea");
        assertThat(told.body(), containsString("Status: Taken forward"));
        assertThat(told.body(), containsString(MailServer.BASE + base + "/ideas/" + idea.id));
    }

    @Test
    void aResidentJoinsOnTheirOwnTermsAndOrganisersSeeTheirEmailOnlyIfShared() {
        Authority council = Fixtures.authority(true);
        Person starter = Fixtures.resident();
        Initiative i = CoFixtures.initiative(council, starter);
        Person sharer = Fixtures.resident();
        Person private_ = Fixtures.resident();
        String path = "/cy/" + council.slug + "/initiatives/" + i.id;

        Browser b = new Browser().signIn(sharer.email, Fixtures.PASSWORD);
        b.get(path + "/join");
        Response bad = b.post(path + "/join", "description", "Gallaf gario bagiau");
        assertEquals(422, bad.statusCode());
        assertThat(bad.asString(), containsString("Dewiswch pryd y gallwch helpu"));
        assertThat(bad.asString(), containsString("Gallaf gario bagiau"));
        assertEquals(0, CoFixtures.reload(i).memberCount);

        assertEquals(303, b.post(path + "/join", "description", "Gallaf gario bagiau", "when", "evenings",
                "when", "weekends", "where", "home", "shareEmail", "yes").statusCode());
        Browser p = new Browser().signIn(private_.email, Fixtures.PASSWORD);
        p.get(path + "/join");
        assertEquals(303, p.post(path + "/join", "description", "Baking", "when", "weekends", "where", "home")
                .statusCode());
        assertEquals(2, CoFixtures.reload(i).memberCount);

        assertEquals(403, b.get(path + "/offers").statusCode(), "members do not see others' offers");
        String offers = new Browser().signIn(starter.email, Fixtures.PASSWORD).get(path + "/offers").asString();
        assertThat(offers, containsString(sharer.email));
        assertThat(offers, not(containsString(private_.email)));
        assertThat(offers, containsString("Heb ei rannu"));

        b.get(path);
        assertEquals(303, b.post(path + "/leave").statusCode());
        assertEquals(1, CoFixtures.reload(i).memberCount);
    }

    @Test
    void whatAMemberGivesIsConfirmedAndShownInTheirRecordAndTheTotals() {
        Authority council = Fixtures.authority(true);
        Person starter = Fixtures.resident();
        Initiative i = CoFixtures.initiative(council, starter);
        Person member = Fixtures.resident();
        String path = "/en/" + council.slug + "/initiatives/" + i.id;
        Browser m = new Browser().signIn(member.email, Fixtures.PASSWORD);
        m.get(path + "/join");
        m.post(path + "/join", "description", "Digging", "when", "weekends", "where", "home");
        LocalDate today = LocalDate.now(TemplateExtensions.LONDON);
        m.get(path + "/contributions/new");
        Response logged = m.post(path + "/contributions/new", "kind", "HOURS", "hours", "2.5", "description",
                "Planted six trees", "givenDay", today.getDayOfMonth(), "givenMonth", today.getMonthValue(),
                "givenYear", today.getYear());
        assertEquals(303, logged.statusCode());
        assertEquals(403, m.get(path + "/contributions").statusCode(), "members do not confirm");

        Browser organiser = new Browser().signIn(starter.email, Fixtures.PASSWORD);
        String ledger = organiser.get(path + "/contributions").asString();
        assertThat(ledger, containsString("Planted six trees"));
        Long id = QuarkusTransaction.requiringNew().call(() -> Contribution
                .<Contribution>find("initiativeId", i.id).firstResult().id);
        assertEquals(303, organiser.post("/en/" + council.slug + "/contributions/" + id + "/confirm").statusCode());
        assertEquals(150, CoFixtures.reload(i).confirmedMinutes);

        String record = m.get("/en/account/contributions").asString();
        assertThat(record, containsString("Planted six trees"));
        assertThat(record, containsString("Confirmed by " + starter.displayName));
        assertThat(record, containsString("<strong>2.5</strong>"));
        assertThat("2.5 hours at £16.50 an hour", record, containsString("£41.25"));

        String impact = new Browser().get(path + "/impact").asString();
        assertThat(impact, containsString(">2.5<"));
        assertThat(impact, containsString("<svg"));
        assertThat(impact, containsString("<caption class=\"govuk-table__caption govuk-table__caption--m\">Hours given each month, as a table</caption>"));
        String councilImpact = new Browser().get("/cy/" + council.slug + "/impact").asString();
        assertThat(councilImpact, containsString("Oriau wedi&#39;u cadarnhau"));
    }
}
