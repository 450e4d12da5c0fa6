package cyd.demo;

import java.time.Instant;
import java.util.List;
import cyd.account.Person;
import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.initiative.Initiative;
import cyd.initiative.Need;
import cyd.initiative.NeedKind;
import cyd.idea.IdeaStatus;
import cyd.prompt.Prompt;
import cyd.prompt.PromptStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import cyd.content.Visibility;
import cyd.idea.Comment;

/** The rows the demo is made of: councils, areas, people, questions, ideas with their backing, comments and needs. */
@ApplicationScoped
public class DemoRows {

    @Inject
    EntityManager em;

    Comment comment(Idea idea, Long parent, Person author, String lang, String body,
            boolean official, Instant at) {
        Comment c = new Comment();
        c.ideaId = idea.id;
        c.parentId = parent;
        c.authorId = author.id;
        c.language = lang;
        c.body = body;
        c.official = official;
        c.visibility = Visibility.SHOWN;
        c.createdAt = at;
        c.persist();
        return c;
    }

    void need(Initiative i, NeedKind kind, String description, Integer quantity, String when, String where,
            Instant now) {
        Need n = new Need();
        n.initiativeId = i.id;
        n.kind = kind;
        n.description = description;
        n.quantity = quantity;
        n.whenText = when;
        n.whereText = where;
        n.createdAt = now;
        n.persist();
    }

    Authority authority(String slug, String en, String cy, boolean bilingual, String colour, Instant now) {
        Authority a = new Authority();
        a.slug = slug;
        a.nameEn = en;
        a.nameCy = cy;
        a.bilingual = bilingual;
        a.colour = colour;
        a.createdAt = now;
        a.persist();
        return a;
    }

    Area area(Authority a, String slug, String en, String cy) {
        Area area = new Area();
        area.authorityId = a.id;
        area.slug = slug;
        area.nameEn = en;
        area.nameCy = cy;
        area.persist();
        return area;
    }

    Person person(String email, String name, String hash, String lang, Instant now) {
        Person p = new Person();
        p.email = email;
        p.displayName = name;
        p.passwordHash = hash;
        p.language = lang;
        p.createdAt = now;
        p.emailVerifiedAt = now;
        p.persist();
        return p;
    }

    Prompt prompt(Authority a, Area area, Person officer, String titleEn, String titleCy, String bodyEn,
            String bodyCy, Instant closesAt, Instant now) {
        Prompt p = new Prompt();
        p.authorityId = a.id;
        p.areaId = area == null ? null : area.id;
        p.titleEn = titleEn;
        p.titleCy = titleCy;
        p.bodyEn = bodyEn;
        p.bodyCy = bodyCy;
        p.status = PromptStatus.OPEN;
        p.closesAt = closesAt;
        p.publishedAt = now;
        p.createdBy = officer == null ? null : officer.id;
        p.createdAt = now;
        p.updatedAt = now;
        p.persist();
        return p;
    }

    Idea idea(Prompt prompt, Area area, Person author, String lang, String title, String description,
            List<Person> backers, int backings, Instant now) {
        Idea i = new Idea();
        i.promptId = prompt.id;
        i.areaId = area == null ? null : area.id;
        i.authorId = author.id;
        i.language = lang;
        i.title = title;
        i.description = description;
        i.status = IdeaStatus.SUBMITTED;
        i.backingCount = backings;
        i.createdAt = now;
        i.persist();
        prompt.ideaCount++;
        for (int k = 0; k < backings; k++) {
            em.createNativeQuery("INSERT INTO backing (idea_id, person_id, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, i.id).setParameter(2, backers.get(k).id).setParameter(3, now).executeUpdate();
        }
        return i;
    }
}
