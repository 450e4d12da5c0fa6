package cyd.moderation;

import cyd.idea.Comment;

import cyd.account.AccountBlock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cyd.account.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A person's comments, reports, follows, and moderators' decisions about what they wrote, for their download.
 * On erasure their comments stay unsigned (like ideas); reports, follows and blocks go with the account.
 */
@ApplicationScoped
public class ModerationPersonalData implements PersonalDataSource {

    @Inject
    EntityManager em;

    @Override
    public void export(Long personId, Map<String, Object> into) {
        into.put("comments", Comment.byAuthor(personId).stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id);
            m.put("ideaId", c.ideaId);
            m.put("replyTo", c.parentId);
            m.put("body", c.body);
            m.put("language", c.language);
            m.put("visibility", c.visibility.name());
            m.put("createdAt", c.createdAt.toString());
            return m;
        }).toList());
        into.put("reports", ContentReport.<ContentReport>list("personId", personId).stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("about", r.contentType.param);
            m.put("id", r.contentId);
            m.put("reason", r.reason.name());
            m.put("detail", r.detail);
            m.put("createdAt", r.createdAt.toString());
            return m;
        }).toList());
        List<Map<String, Object>> decisions = ModerationDecision.hidesOf(personId).stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("about", d.contentType.param);
            m.put("id", d.contentId);
            m.put("hiddenAt", d.createdAt.toString());
            m.put("reason", d.reason == null ? null : d.reason.name());
            m.put("detail", d.detail);
            m.put("appeal", d.appealText);
            m.put("appealOutcome", d.appealOutcome == null ? null : d.appealOutcome.name());
            return m;
        }).toList();
        into.put("moderationDecisions", decisions);
        into.put("blocks", AccountBlock.<AccountBlock>list("personId", personId).stream().map(b -> Map.<String, Object>of(
                "authorityId", b.authorityId, "reason", b.reason, "until", b.blockedUntil.toString())).toList());
    }

    @Override
    public void erase(Long personId) {
        em.createNativeQuery("UPDATE idea_comment SET author_id = NULL WHERE author_id = :p")
                .setParameter("p", personId).executeUpdate();
        em.createNativeQuery("DELETE FROM content_report WHERE person_id = :p").setParameter("p", personId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM account_block WHERE person_id = :p").setParameter("p", personId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM email_token WHERE person_id = :p").setParameter("p", personId)
                .executeUpdate();
    }
}
