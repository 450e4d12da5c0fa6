package cyd.support;

import java.time.Instant;

import cyd.account.Person;
import cyd.authority.Authority;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.initiative.InitiativeStatus;
import cyd.initiative.OfferForm;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Initiatives and offers for tests of co-production. */
public final class CoFixtures {

    private CoFixtures() {
    }

    /** An approved, active initiative started by this person. */
    public static Initiative initiative(Authority council, Person starter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Initiative i = new Initiative();
            i.authorityId = council.id;
            i.title = "Community orchard";
            i.description = "Planting and caring for fruit trees together.";
            i.language = "en";
            i.status = InitiativeStatus.ACTIVE;
            i.approval = Approval.APPROVED;
            i.startedBy = starter == null ? null : starter.id;
            i.createdAt = Instant.now();
            i.updatedAt = Instant.now();
            i.persist();
            cyd.content.SearchChanges.initiative(Initiative.getEntityManager(), i.id);
            return i;
        });
    }

    public static OfferForm offer(String description) {
        OfferForm f = new OfferForm();
        f.description = description;
        f.when.add("weekends");
        f.where = "home";
        return f;
    }

    public static Initiative reload(Initiative i) {
        return QuarkusTransaction.requiringNew().call(() -> Initiative.<Initiative>findById(i.id));
    }
}
