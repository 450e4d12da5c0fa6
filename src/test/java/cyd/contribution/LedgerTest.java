package cyd.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import cyd.account.AccountService;
import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.initiative.Initiative;
import cyd.initiative.InitiativeService;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import cyd.web.Outcome;
import cyd.web.TemplateExtensions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerTest {

    @Inject
    ContributionService ledger;

    @Inject
    InitiativeService initiatives;

    @Inject
    cyd.initiative.OfferService offers;

    @Inject
    ImpactService impact;

    @Inject
    AccountService accounts;


    @Test
    void onlyOrganisersConfirmAndNobodyConfirmsTheirOwn() {
        Authority council = Fixtures.authority(true);
        Person starter = Fixtures.resident();
        Initiative i = CoFixtures.initiative(council, starter);
        Viewer member = join(council, i);
        Viewer otherMember = join(council, i);
        Contribution mine = logged(council, i, member, "2");

        assertInstanceOf(Outcome.Refused.class, ledger.confirm(council, member, mine.id), "not their own");
        assertInstanceOf(Outcome.Refused.class, ledger.confirm(council, otherMember, mine.id),
                "a member is not an organiser");
        Contribution own = logged(council, i, Viewer.resident(starter.id), "1");
        assertInstanceOf(Outcome.Refused.class, ledger.confirm(council, Viewer.resident(starter.id), own.id),
                "an organiser cannot confirm their own either");
        assertEquals(0, CoFixtures.reload(i).confirmedMinutes, "nothing counts until confirmed");

        assertInstanceOf(Outcome.Done.class, ledger.confirm(council, Viewer.resident(starter.id), mine.id));
        assertInstanceOf(Outcome.Refused.class, ledger.confirm(council, Viewer.resident(starter.id), mine.id),
                "confirming twice does not count twice");
        assertEquals(120, CoFixtures.reload(i).confirmedMinutes);
        Viewer officer = Viewer.officer(Fixtures.officer(council).id, council.id);
        assertInstanceOf(Outcome.Done.class, ledger.confirm(council, officer, own.id));
        assertEquals(180, CoFixtures.reload(i).confirmedMinutes);
    }

    @Test
    void anOfficerOfAnotherCouncilCannotConfirm() {
        Authority a = Fixtures.authority(true);
        Authority b = Fixtures.authority(true);
        Initiative i = CoFixtures.initiative(b, Fixtures.resident());
        Contribution c = logged(b, i, join(b, i), "3");
        Viewer officerOfA = Viewer.officer(Fixtures.officer(a).id, a.id);
        assertInstanceOf(Outcome.Refused.class, ledger.confirm(a, officerOfA, c.id));
        assertInstanceOf(Outcome.Refused.class, ledger.confirm(b, officerOfA, c.id));
        assertEquals(0, CoFixtures.reload(i).confirmedMinutes);
    }

    @Test
    void hoursArePositiveQuarterHoursAndNoMoreThanADayPerPerson() {
        Authority council = Fixtures.authority(true);
        Initiative i = CoFixtures.initiative(council, Fixtures.resident());
        Initiative other = CoFixtures.initiative(council, Fixtures.resident());
        Viewer member = join(council, i);
        join(council, other, member);
        for (String bad : new String[] { "0", "-1", "1.1", "abc", "25" }) {
            Outcome<Contribution> r = ledger.log(council, member, i.id, form(bad, LocalDate.now(TemplateExtensions.LONDON)));
            Outcome.Invalid<Contribution> invalid = assertInstanceOf(Outcome.Invalid.class, r, bad);
            assertTrue(invalid.errors().has("hours"), bad);
        }
        LocalDate day = LocalDate.now(TemplateExtensions.LONDON).minusDays(1);
        assertInstanceOf(Outcome.Done.class, ledger.log(council, member, i.id, form("20", day)));
        Outcome.Invalid<Contribution> tooMuch = assertInstanceOf(Outcome.Invalid.class,
                ledger.log(council, member, other.id, form("4.25", day)), "24 hours a day across initiatives");
        assertTrue(tooMuch.errors().word("hours").in("en").contains("24 hours"));
        assertInstanceOf(Outcome.Done.class, ledger.log(council, member, other.id, form("4", day)));
        assertInstanceOf(Outcome.Done.class, ledger.log(council, member, other.id, form("2:15", day.minusDays(1))));
        assertInstanceOf(Outcome.Invalid.class,
                ledger.log(council, member, i.id, form("1", LocalDate.now(TemplateExtensions.LONDON).plusDays(1))),
                "not in the future");
    }

    @Test
    void aWithdrawnMembersConfirmedTimeStaysInTheTotals() {
        Authority council = Fixtures.authority(true);
        Person starter = Fixtures.resident();
        Initiative i = CoFixtures.initiative(council, starter);
        Viewer member = join(council, i);
        Contribution c = logged(council, i, member, "1.5");
        ledger.confirm(council, Viewer.resident(starter.id), c.id);
        Contribution queried = logged(council, i, member, "2");
        ledger.query(council, Viewer.resident(starter.id), queried.id, "Was this the same session?");

        offers.withdraw(council, member, i.id);
        assertEquals(90, CoFixtures.reload(i).confirmedMinutes);
        assertEquals(90, impact.totals(council.id, null, null).minutes(), "queried time does not count");

        accounts.deleteAccount(member.personId());
        assertEquals(90, CoFixtures.reload(i).confirmedMinutes, "even after the account is deleted");
        assertEquals(90, impact.totals(council.id, null, i.id).minutes());
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> Contribution.<Contribution>findById(c.id)).personId);
    }

    @Test
    void aQueryNeedsAReason() {
        Authority council = Fixtures.authority(true);
        Person starter = Fixtures.resident();
        Initiative i = CoFixtures.initiative(council, starter);
        Contribution c = logged(council, i, join(council, i), "1");
        Outcome.Invalid<Contribution> invalid = assertInstanceOf(Outcome.Invalid.class,
                ledger.query(council, Viewer.resident(starter.id), c.id, "  "));
        assertTrue(invalid.errors().isAny());
        assertEquals(ContributionStatus.PENDING,
                QuarkusTransaction.requiringNew().call(() -> Contribution.<Contribution>findById(c.id)).status);
    }

    private Viewer join(Authority council, Initiative i) {
        return join(council, i, Viewer.resident(Fixtures.resident().id));
    }

    private Viewer join(Authority council, Initiative i, Viewer v) {
        assertInstanceOf(Outcome.Done.class, offers.join(council, v, i.id, CoFixtures.offer("Help")));
        return v;
    }

    private Contribution logged(Authority council, Initiative i, Viewer v, String hours) {
        Outcome.Done<Contribution> ok = assertInstanceOf(Outcome.Done.class,
                ledger.log(council, v, i.id, form(hours, LocalDate.now(TemplateExtensions.LONDON))));
        return ok.value();
    }

    static ContributionForm form(String hours, LocalDate day) {
        ContributionForm f = new ContributionForm();
        f.kind = "HOURS";
        f.hours = hours;
        f.description = "Planting";
        f.givenDay = Integer.toString(day.getDayOfMonth());
        f.givenMonth = Integer.toString(day.getMonthValue());
        f.givenYear = Integer.toString(day.getYear());
        return f;
    }
}
