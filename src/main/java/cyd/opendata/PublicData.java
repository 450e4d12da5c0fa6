package cyd.opendata;

import java.util.List;

import cyd.idea.Idea;
import cyd.content.Visibility;
import cyd.prompt.Prompt;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place feeds and open data read what is public: published questions, shown ideas on them, and the
 * council's answers. Drafts, scheduled questions, ideas waiting for a moderator or hidden never pass here.
 */
@ApplicationScoped
public class PublicData {

    /** Narrows to one area or one question, or neither. */
    public record Scope(Long authorityId, Long areaId, Long promptId) {
    }

    public List<Prompt> prompts(Scope s, int limit) {
        if (s.promptId() != null) {
            return Prompt.list("id = ?1 and authorityId = ?2 and status in ?3", s.promptId(), s.authorityId(),
                    Prompt.PUBLIC);
        }
        return s.areaId() == null
                ? Prompt.find("authorityId = ?1 and status in ?2 order by publishedAt desc, id desc", s.authorityId(),
                        Prompt.PUBLIC).page(Page.ofSize(limit)).list()
                : Prompt.find("authorityId = ?1 and status in ?2 and areaId = ?3 order by publishedAt desc, id desc",
                        s.authorityId(), Prompt.PUBLIC, s.areaId()).page(Page.ofSize(limit)).list();
    }

    /** Shown ideas, newest first (or, with {@code answered}, the answered ones, latest answer first). */
    public List<Idea> ideas(Scope s, boolean answered, int limit) {
        StringBuilder q = new StringBuilder("select i from Idea i, Prompt p where p.id = i.promptId "
                + "and p.authorityId = ?1 and p.status in ?2 and i.visibility = ?3");
        Object extra = null;
        if (s.promptId() != null) {
            q.append(" and i.promptId = ?4");
            extra = s.promptId();
        } else if (s.areaId() != null) {
            q.append(" and i.areaId = ?4");
            extra = s.areaId();
        }
        if (answered) {
            q.append(" and i.status <> ").append("cyd.idea.IdeaStatus.SUBMITTED").append(" and i.answeredAt is not null")
                    .append(" order by i.answeredAt desc, i.id desc");
        } else {
            q.append(" order by i.createdAt desc, i.id desc");
        }
        return extra == null
                ? Idea.<Idea>find(q.toString(), s.authorityId(), Prompt.PUBLIC, Visibility.SHOWN)
                        .page(Page.ofSize(limit)).list()
                : Idea.<Idea>find(q.toString(), s.authorityId(), Prompt.PUBLIC, Visibility.SHOWN, extra)
                        .page(Page.ofSize(limit)).list();
    }

}
