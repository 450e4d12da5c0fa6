package cyd.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cyd.account.Person;
import cyd.account.Viewer;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.idea.IdeaStatus;
import cyd.prompt.Prompt;
import cyd.support.CoFixtures;
import cyd.support.Fixtures;
import cyd.web.Outcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InitiativeRulesTest {

    @Inject
    InitiativeService initiatives;

    @Inject
    cyd.initiative.NeedService needs;

    @Inject
    cyd.initiative.OfferService offers;


    @Test
    void fortyPeopleJoiningAtOnceAreCountedExactlyOnceEach() throws Exception {
        Authority council = Fixtures.authority(true);
        Initiative i = CoFixtures.initiative(council, Fixtures.resident());
        List<Viewer> people = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            people.add(Viewer.resident(Fixtures.resident().id));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Object>> tasks = new ArrayList<>();
            for (Viewer v : people) {
                tasks.add(() -> offers.join(council, v, i.id, CoFixtures.offer("I can dig")));
                tasks.add(() -> offers.join(council, v, i.id, CoFixtures.offer("I can dig and plant")));
            }
            for (Future<Object> f : pool.invokeAll(tasks)) {
                assertInstanceOf(Outcome.Done.class, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40, CoFixtures.reload(i).memberCount);
        assertEquals(40L, QuarkusTransaction.requiringNew().call(() -> Offer.count("initiativeId = ?1 and status = ?2",
                i.id, OfferStatus.ACTIVE)));

        offers.withdraw(council, people.get(0), i.id);
        offers.withdraw(council, people.get(0), i.id);
        assertEquals(39, CoFixtures.reload(i).memberCount, "withdrawing twice counts once");
        offers.join(council, people.get(0), i.id, CoFixtures.offer("Back again"));
        assertEquals(40, CoFixtures.reload(i).memberCount, "rejoining counts again");
    }

    @Test
    void anOfferSaysWhatWhenAndWhereOrComesBackWithReasons() {
        Authority council = Fixtures.authority(true);
        Initiative i = CoFixtures.initiative(council, Fixtures.resident());
        Viewer v = Viewer.resident(Fixtures.resident().id);
        OfferForm empty = new OfferForm();
        Outcome<Initiative> r = offers.join(council, v, i.id, empty);
        Outcome.Invalid<Initiative> invalid = assertInstanceOf(Outcome.Invalid.class, r);
        assertTrue(invalid.errors().has("needIds"));
        assertTrue(invalid.errors().has("when"));
        assertTrue(invalid.errors().has("where"));
        assertEquals(0, CoFixtures.reload(i).memberCount, "nothing half-stored");
    }

    @Test
    void anOfficerOfOneCouncilCannotTouchAnothersInitiatives() {
        Authority a = Fixtures.authority(true);
        Authority b = Fixtures.authority(true);
        Initiative bInitiative = CoFixtures.initiative(b, Fixtures.resident());
        Viewer officerOfA = Viewer.officer(Fixtures.officer(a).id, a.id);
        InitiativeForm form = InitiativeForm.of(bInitiative);
        form.title = "Taken over";
        assertInstanceOf(Outcome.Refused.class, initiatives.edit(b, officerOfA, bInitiative.id, form));
        assertInstanceOf(Outcome.Refused.class, initiatives.edit(a, officerOfA, bInitiative.id, form));
        NeedForm need = new NeedForm();
        need.kind = "TIME";
        need.needDescription = "Diggers";
        assertInstanceOf(Outcome.Refused.class, needs.addNeed(b, officerOfA, bInitiative.id, need));
        assertEquals("Community orchard", CoFixtures.reload(bInitiative).title);
    }

    @Test
    void aResidentsInitiativeWaitsForApprovalAndAnIdeaTakenForwardSaysSo() {
        Authority council = Fixtures.authority(true);
        Prompt prompt = Fixtures.openPrompt(council);
        Idea idea = Fixtures.idea(prompt, Fixtures.resident(), "Seed library");
        Person resident = Fixtures.resident();
        InitiativeForm form = new InitiativeForm();
        form.title = "Seed library at the community centre";
        form.description = "Swap seeds every month.";
        form.language = "en";
        Outcome.Done<Initiative> started = assertInstanceOf(Outcome.Done.class,
                initiatives.start(council, Viewer.resident(resident.id), form, idea.id));
        Initiative pending = started.value();
        assertEquals(Approval.PENDING, pending.approval);
        assertEquals(IdeaStatus.SUBMITTED, Fixtures.reload(idea).status, "not taken forward until approved");
        assertInstanceOf(Outcome.Refused.class,
                initiatives.approve(council, Viewer.resident(resident.id), pending.id, true));

        Viewer officer = Viewer.officer(Fixtures.officer(council).id, council.id);
        assertInstanceOf(Outcome.Done.class, initiatives.approve(council, officer, pending.id, true));
        assertEquals(Approval.APPROVED, CoFixtures.reload(pending).approval);
        assertEquals(IdeaStatus.TAKEN_FORWARD, Fixtures.reload(idea).status);
    }
}
