package cyd.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cyd.account.EmailToken;
import cyd.account.OfficerRole;
import cyd.account.Person;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.contribution.Contribution;
import cyd.contribution.ContributionKind;
import cyd.contribution.ContributionStatus;
import cyd.idea.Idea;
import cyd.idea.IdeaStatus;
import cyd.initiative.Approval;
import cyd.initiative.Initiative;
import cyd.initiative.InitiativePartner;
import cyd.initiative.InitiativeStatus;
import cyd.initiative.Need;
import cyd.initiative.NeedKind;
import cyd.initiative.Offer;
import cyd.initiative.OfferStatus;
import cyd.account.AccountBlock;
import cyd.idea.Comment;
import cyd.content.HideReason;
import cyd.moderation.ModerationDecision;
import cyd.content.Visibility;
import cyd.organisation.Organisation;
import cyd.organisation.OrganisationRep;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import cyd.content.ContentType;

/**
 * One council with something of everything in it, for the access matrix: a question with ideas (one shown, two
 * hidden by a moderator, one of those appealed), a comment, an initiative with an accepted and a requested partner,
 * a need, a member's offer and contribution, one initiative awaiting approval, an unverified organisation, an
 * invitation, a block and email tokens. The people who act on it ({@link Cast}) are made once and given their
 * place in each new world; the world's own bystanders (the volunteer, the blocked person …) are made with it.
 */
public final class AccessWorld {

    /** The people the matrix signs in as: each role once, placed afresh in every world. */
    public record Cast(Person unconfirmed, Person resident, Person other, Person partnerRep, Person unverifiedRep,
            Person officer, Person moderator, Person admin, Person elsewhere, Authority elsewhereCouncil) {

        public static Cast make() {
            Authority away = Fixtures.authority(false);
            Person elsewhere = Fixtures.admin(away);
            QuarkusTransaction.requiringNew().run(() -> OfficerRole.grant(elsewhere.id, away.id, OfficerRole.MODERATOR));
            return new Cast(Fixtures.unverified(), Fixtures.resident(), Fixtures.resident(), Fixtures.resident(),
                    Fixtures.resident(), Fixtures.resident(), Fixtures.resident(), Fixtures.resident(), elsewhere, away);
        }
    }

    public Authority council;
    public Area area;
    public Prompt prompt;
    public Prompt draft;
    public Prompt closed;
    public Idea idea;
    public Comment comment;
    public ModerationDecision decision;
    public ModerationDecision appealedDecision;
    public Initiative initiative;
    public Initiative pendingInitiative;
    public Need need;
    public Contribution contribution;
    public Organisation partner;
    public Organisation requested;
    public Organisation unverified;
    public Long invitation;
    public AccountBlock block;
    public String resetToken;
    public String verifyToken;
    public Person volunteer;
    public Long moderator;

    public static AccessWorld build(Cast cast) {
        return QuarkusTransaction.requiringNew().call(() -> new AccessWorld().fill(cast));
    }

    private AccessWorld fill(Cast cast) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        council = new Authority();
        council.slug = Fixtures.unique("council");
        council.nameEn = "Matrix Council " + council.slug;
        council.colour = "#1d4f6e";
        council.createdAt = now;
        council.persist();
        moderator = cast.moderator().id;
        OfficerRole.grant(cast.officer().id, council.id);
        OfficerRole.grant(cast.moderator().id, council.id);
        OfficerRole.grant(cast.moderator().id, council.id, OfficerRole.MODERATOR);
        OfficerRole.grant(cast.admin().id, council.id);
        OfficerRole.grant(cast.admin().id, council.id, OfficerRole.ADMIN);

        area = new Area();
        area.authorityId = council.id;
        area.slug = Fixtures.unique("area");
        area.nameEn = "Riverside";
        area.persist();

        prompt = prompt(PromptStatus.OPEN, now);
        draft = prompt(PromptStatus.DRAFT, now);
        closed = prompt(PromptStatus.CLOSED, now);

        idea = idea(cast.resident(), "Plant an orchard by the river", Visibility.SHOWN, now);
        Idea hidden = idea(cast.resident(), "A hidden idea", Visibility.HIDDEN, now);
        Idea hiddenAppealed = idea(cast.resident(), "Another hidden idea", Visibility.HIDDEN, now);
        // hidden by another moderator: one never decides the appeal against their own decision
        Person firstModerator = person("moderator");
        decision = hide(hidden, firstModerator, now);
        appealedDecision = hide(hiddenAppealed, firstModerator, now);
        appealedDecision.appealText = "It was not abusive.";
        appealedDecision.appealedAt = now;
        prompt.ideaCount = 1;

        comment = new Comment();
        comment.ideaId = idea.id;
        comment.authorId = cast.resident().id;
        comment.body = "I would help with this.";
        comment.language = "en";
        comment.visibility = Visibility.SHOWN;
        comment.createdAt = now;
        comment.persist();

        partner = organisation("Friends of the Park", now, true);
        rep(partner, cast.partnerRep());
        requested = organisation("Riverside Allotments", now, true);
        rep(requested, person("rep"));
        unverified = organisation("Unverified Group", now, false);
        rep(unverified, cast.unverifiedRep());

        initiative = initiative(cast.resident(), Approval.APPROVED, now);
        partner(initiative, partner, InitiativePartner.ACCEPTED, now);
        partner(initiative, requested, InitiativePartner.REQUESTED, now);
        pendingInitiative = initiative(cast.resident(), Approval.PENDING, now);

        need = new Need();
        need.initiativeId = initiative.id;
        need.kind = NeedKind.TIME;
        need.description = "Help planting on Saturday mornings";
        need.createdAt = now;
        need.persist();

        volunteer = person("volunteer");
        Offer offer = new Offer();
        offer.initiativeId = initiative.id;
        offer.personId = volunteer.id;
        offer.description = "I can dig.";
        offer.weekends = true;
        offer.shareEmail = true;
        offer.status = OfferStatus.ACTIVE;
        offer.createdAt = now;
        offer.updatedAt = now;
        offer.persist();
        initiative.memberCount = 1;

        contribution = new Contribution();
        contribution.initiativeId = initiative.id;
        contribution.personId = volunteer.id;
        contribution.kind = ContributionKind.HOURS;
        contribution.minutes = 120;
        contribution.description = "Dug the beds";
        contribution.givenOn = LocalDate.now().minusDays(1);
        contribution.status = ContributionStatus.PENDING;
        contribution.createdAt = now;
        contribution.persist();

        var em = Person.getEntityManager();
        em.createNativeQuery("INSERT INTO organisation_invite (organisation_id, person_id, invited_by, created_at) "
                + "VALUES (?1, ?2, ?3, ?4)").setParameter(1, partner.id).setParameter(2, cast.resident().id)
                .setParameter(3, cast.partnerRep().id).setParameter(4, now).executeUpdate();
        invitation = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();

        block = new AccountBlock();
        block.authorityId = council.id;
        block.personId = person("blocked").id;
        block.reason = "Spam";
        block.blockedUntil = now.plus(7, ChronoUnit.DAYS);
        block.blockedBy = cast.moderator().id;
        block.createdAt = now;
        block.persist();

        resetToken = token(person("forgetful"), EmailToken.RESET, now);
        Person newcomer = person("newcomer");
        newcomer.emailVerifiedAt = null;
        verifyToken = token(newcomer, EmailToken.VERIFY, now);
        return this;
    }

    private Prompt prompt(PromptStatus status, Instant now) {
        Prompt p = new Prompt();
        p.authorityId = council.id;
        p.titleEn = "What would you like to do with us to improve the park?";
        p.bodyEn = "Tell us.";
        p.status = status;
        p.publishedAt = status == PromptStatus.DRAFT ? null : now;
        p.closedAt = status == PromptStatus.CLOSED ? now : null;
        p.createdAt = now;
        p.updatedAt = now;
        p.persist();
        return p;
    }

    private Idea idea(Person author, String title, Visibility visibility, Instant now) {
        Idea i = new Idea();
        i.promptId = prompt.id;
        i.authorId = author.id;
        i.title = title;
        i.description = "A description of " + title;
        i.language = "en";
        i.status = IdeaStatus.SUBMITTED;
        i.visibility = visibility;
        i.createdAt = now;
        i.persist();
        return i;
    }

    private ModerationDecision hide(Idea i, Person moderator, Instant now) {
        ModerationDecision d = new ModerationDecision();
        d.authorityId = council.id;
        d.contentType = ContentType.IDEA;
        d.contentId = i.id;
        d.authorId = i.authorId;
        d.action = ModerationDecision.Action.HIDE;
        d.reason = HideReason.ABUSIVE;
        d.moderatorId = moderator.id;
        d.createdAt = now;
        d.persist();
        return d;
    }

    private Organisation organisation(String name, Instant now, boolean verified) {
        Organisation o = new Organisation();
        o.authorityId = council.id;
        o.name = name + " " + Fixtures.unique("org");
        o.description = "A local group.";
        o.language = "en";
        o.createdAt = now;
        o.verifiedAt = verified ? now : null;
        o.persist();
        return o;
    }

    private static void rep(Organisation o, Person p) {
        OrganisationRep r = new OrganisationRep();
        r.organisationId = o.id;
        r.personId = p.id;
        r.persist();
    }

    private Initiative initiative(Person starter, Approval approval, Instant now) {
        Initiative i = new Initiative();
        i.authorityId = council.id;
        i.title = "Community orchard";
        i.description = "Planting and caring for fruit trees together.";
        i.language = "en";
        i.status = InitiativeStatus.ACTIVE;
        i.approval = approval;
        i.startedBy = starter.id;
        i.createdAt = now;
        i.updatedAt = now;
        i.persist();
        return i;
    }

    private static void partner(Initiative i, Organisation o, String status, Instant now) {
        InitiativePartner p = new InitiativePartner();
        p.initiativeId = i.id;
        p.organisationId = o.id;
        p.addedAt = now;
        p.status = status;
        p.persist();
    }

    private static Person person(String what) {
        Person p = new Person();
        p.email = Fixtures.unique(what) + "@example.org";
        p.displayName = "A " + what;
        p.passwordHash = "$2a$10$abcdefghijklmnopqrstuuJ0v1rRy3ZqR5N8oGfZ9pSxXxXxXxXxX";
        p.language = "en";
        p.createdAt = Instant.now();
        p.emailVerifiedAt = p.createdAt;
        p.persist();
        return p;
    }

    private static String token(Person p, String purpose, Instant now) {
        String token = Fixtures.unique("token") + "-" + purpose;
        EmailToken t = new EmailToken();
        t.personId = p.id;
        t.purpose = purpose;
        t.tokenHash = EmailToken.hash(token);
        t.expiresAt = now.plus(1, ChronoUnit.DAYS);
        t.createdAt = now;
        t.persist();
        return token;
    }
}
