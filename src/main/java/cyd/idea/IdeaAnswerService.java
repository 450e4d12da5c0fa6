package cyd.idea;

import cyd.content.SearchChanges;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import cyd.account.Viewer;
import cyd.audit.Audit;
import cyd.authority.Authority;
import cyd.prompt.Prompt;
import cyd.web.FormErrors;
import cyd.web.Lang;
import cyd.web.Outcome;
import cyd.web.RetryOnConflict;
import cyd.web.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** "You said, we did": officers answer ideas in public, and merge one idea into another. */
@ApplicationScoped
@RetryOnConflict
public class IdeaAnswerService {

    public static final int ANSWER_MAX = 2_000;
    private static final Set<IdeaStatus> ANSWERS = Set.of(IdeaStatus.UNDER_CONSIDERATION, IdeaStatus.TAKEN_FORWARD,
            IdeaStatus.NOT_TAKEN_FORWARD, IdeaStatus.ALREADY_HAPPENING, IdeaStatus.MERGED);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    jakarta.enterprise.event.Event<IdeaAnswered> answered;

    @Transactional
    public Outcome<Idea> answer(Authority authority, Viewer viewer, Long ideaId, AnswerForm form) {
        Idea idea = Idea.findById(ideaId);
        Prompt prompt = idea == null ? null : Prompt.inAuthority(authority.id, idea.promptId).orElse(null);
        if (prompt == null || !viewer.isOfficerOf(authority.id) || idea.status == IdeaStatus.MERGED) {
            return Outcome.refused();
        }
        FormErrors errors = new FormErrors();
        IdeaStatus status = null;
        try {
            status = form.status == null ? null : IdeaStatus.valueOf(form.status);
        } catch (IllegalArgumentException e) {
            status = null;
        }
        if (status == null || !ANSWERS.contains(status)) {
            errors.add("status", IdeaMsg::answerStatusRequired);
        }
        String text = Text.clean(form.answer);
        if (status == IdeaStatus.NOT_TAKEN_FORWARD && text.isEmpty()) {
            errors.add("answer", IdeaMsg::answerReasonRequired);
        } else if (text.length() > ANSWER_MAX) {
            errors.add("answer", IdeaMsg::answerTooLong);
        }
        Idea target = null;
        if (status == IdeaStatus.MERGED) {
            Long targetId = null;
            try {
                targetId = Long.valueOf(form.mergeInto == null ? "" : form.mergeInto.strip());
            } catch (NumberFormatException e) {
                targetId = null;
            }
            target = targetId == null ? null : Idea.findById(targetId);
            if (target == null || target.id.equals(idea.id) || !target.promptId.equals(idea.promptId)
                    || target.status == IdeaStatus.MERGED) {
                errors.add("mergeInto", IdeaMsg::mergeTargetRequired);
            }
        }
        if (errors.isAny()) {
            return Outcome.invalid(errors);
        }
        // Told of the answer: the author and the backers (for a merge, those of this idea, before they move).
        List<Long> told = Backing.authorAndBackers(idea, viewer.personId());
        if (target != null) {
            merge(idea, target);
        }
        idea.status = status;
        idea.answer = text.isEmpty() ? null : text;
        idea.answerLanguage = Lang.isSupported(form.answerLanguage) ? form.answerLanguage : Lang.EN;
        idea.answeredAt = clock.instant();
        idea.answeredBy = viewer.personId();
        SearchChanges.idea(em, idea.id);
        audit.record(authority.id, viewer.personId(), "idea.answer", "idea", idea.id,
                status.name() + (target == null ? "" : " -> " + target.id) + (text.isEmpty() ? "" : ": " + text));
        answered.fire(new IdeaAnswered(idea, target, authority, told));
        return Outcome.done(idea);
    }

    /**
     * Carries the backers of one idea across to another. Both rows are locked, in id order so two merges
     * cannot deadlock; a resident who backed both is counted once (the unique key keeps one backing).
     */
    private void merge(Idea from, Idea into) {
        List<?> locked = em.createNativeQuery("SELECT id FROM idea WHERE id IN (?1, ?2) ORDER BY id FOR UPDATE")
                .setParameter(1, from.id).setParameter(2, into.id).getResultList();
        if (locked.size() != 2) {
            throw new IllegalStateException("ideas to merge not found");
        }
        int carried = em.createNativeQuery("INSERT IGNORE INTO backing (idea_id, person_id, created_at) "
                + "SELECT ?1, person_id, created_at FROM backing WHERE idea_id = ?2")
                .setParameter(1, into.id).setParameter(2, from.id).executeUpdate();
        em.createNativeQuery("UPDATE idea SET backing_count = backing_count + ?1 WHERE id = ?2")
                .setParameter(1, carried).setParameter(2, into.id).executeUpdate();
        em.createNativeQuery("DELETE FROM backing WHERE idea_id = ?1").setParameter(1, from.id).executeUpdate();
        em.createNativeQuery("UPDATE idea SET backing_count = 0 WHERE id = ?1").setParameter(1, from.id)
                .executeUpdate();
        em.refresh(from);
        from.mergedInto = into.id;
    }
}
