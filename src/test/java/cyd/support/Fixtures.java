package cyd.support;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import cyd.account.OfficerRole;
import cyd.account.Person;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.idea.IdeaStatus;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import cyd.account.Passwords;

/** Builds councils, people, prompts and ideas straight into the database for tests to act on. */
public final class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";
    private static final String HASH = Passwords.hash(PASSWORD);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
    }

    public static Authority authority(boolean bilingual) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Authority a = new Authority();
            a.slug = unique("council");
            a.nameEn = "Test Council " + a.slug;
            a.nameCy = bilingual ? "Cyngor Prawf " + a.slug : null;
            a.bilingual = bilingual;
            a.colour = "#1d4f6e";
            a.createdAt = Instant.now();
            a.persist();
            return a;
        });
    }

    /** A voluntary organisation of the council, as given, working in the areas named. */
    public static cyd.organisation.Organisation organisation(Authority authority, String name, String description,
            String language, java.util.function.Consumer<cyd.organisation.Organisation> more, Area... areas) {
        return QuarkusTransaction.requiringNew().call(() -> {
            cyd.organisation.Organisation o = new cyd.organisation.Organisation();
            o.authorityId = authority.id;
            o.name = unique(name);
            o.description = description;
            o.language = language;
            o.createdAt = Instant.now();
            more.accept(o);
            o.persist();
            for (Area area : areas) {
                cyd.organisation.OrganisationArea oa = new cyd.organisation.OrganisationArea();
                oa.organisationId = o.id;
                oa.areaId = area.id;
                oa.persist();
            }
            return o;
        });
    }

    public static Area area(Authority authority, String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Area area = new Area();
            area.authorityId = authority.id;
            area.slug = unique("area");
            area.nameEn = name;
            area.nameCy = name + " (cy)";
            area.persist();
            return area;
        });
    }

    public static Person resident() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person p = new Person();
            p.email = unique("resident") + "@example.org";
            p.displayName = "Resident " + SEQ.get();
            p.passwordHash = HASH;
            p.language = "en";
            p.createdAt = Instant.now();
            p.emailVerifiedAt = p.createdAt;
            p.persist();
            return p;
        });
    }

    public static Person officer(Authority authority) {
        Person p = resident();
        QuarkusTransaction.requiringNew().run(() -> OfficerRole.grant(p.id, authority.id));
        return p;
    }

    /** An officer of the council with the moderator role. */
    public static Person moderator(Authority authority) {
        Person p = officer(authority);
        QuarkusTransaction.requiringNew().run(() -> OfficerRole.grant(p.id, authority.id, OfficerRole.MODERATOR));
        return p;
    }

    public static Person admin(Authority authority) {
        Person p = officer(authority);
        QuarkusTransaction.requiringNew().run(() -> OfficerRole.grant(p.id, authority.id, OfficerRole.ADMIN));
        return p;
    }

    /** A resident whose email address is not yet verified. */
    public static Person unverified() {
        Person p = resident();
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(p.id).emailVerifiedAt = null);
        p.emailVerifiedAt = null;
        return p;
    }

    /** Changes a person in the database (their language, whether it is known, ...) and returns them as stored. */
    public static Person change(Person person, java.util.function.Consumer<Person> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person p = Person.findById(person.id);
            change.accept(p);
            return p;
        });
    }

    public static Prompt change(Prompt prompt, java.util.function.Consumer<Prompt> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Prompt p = Prompt.findById(prompt.id);
            change.accept(p);
            return p;
        });
    }

    public static Prompt openPrompt(Authority authority) {
        return prompt(authority, PromptStatus.OPEN, null);
    }

    public static Prompt prompt(Authority authority, PromptStatus status, Instant closesAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Prompt p = new Prompt();
            p.authorityId = authority.id;
            p.titleEn = "What would you like to do with us to improve the park?";
            p.titleCy = authority.bilingual ? "Beth hoffech chi ei wneud gyda ni i wella'r parc?" : null;
            p.bodyEn = "Tell us.";
            p.bodyCy = authority.bilingual ? "Dywedwch wrthym." : null;
            p.status = status;
            p.closesAt = closesAt;
            p.publishedAt = status == PromptStatus.DRAFT ? null : Instant.now();
            p.createdAt = Instant.now();
            p.updatedAt = Instant.now();
            p.persist();
            return p;
        });
    }

    public static Idea idea(Prompt prompt, Person author, String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Idea i = new Idea();
            i.promptId = prompt.id;
            i.authorId = author.id;
            i.title = title;
            i.description = "A description of " + title;
            i.language = "en";
            i.status = IdeaStatus.SUBMITTED;
            i.createdAt = Instant.now();
            i.persist();
            cyd.content.SearchChanges.idea(Idea.getEntityManager(), i.id);
            return i;
        });
    }

    public static Idea reload(Idea idea) {
        return QuarkusTransaction.requiringNew().call(() -> Idea.<Idea>findById(idea.id));
    }

    public static Person reload(Person person) {
        return QuarkusTransaction.requiringNew().call(() -> Person.<Person>findById(person.id));
    }

    public static Prompt reload(Prompt prompt) {
        return QuarkusTransaction.requiringNew().call(() -> Prompt.<Prompt>findById(prompt.id));
    }

    /** A number read from the database as it is now (a COUNT or SUM), with ?1, ?2 … parameters. */
    public static long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = Person.getEntityManager().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }
}
