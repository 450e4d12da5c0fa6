package cyd.idea;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import cyd.content.Visibility;

/** A resident's proposal in answer to a prompt. Shown as written, in the language it was written in. */
@Entity
@Table(name = "idea")
public class Idea extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "prompt_id")
    public Long promptId;

    @Column(name = "area_id")
    public Long areaId;

    /** Null once the author has deleted their account: the idea stays, by "a former resident". */
    @Column(name = "author_id")
    public Long authorId;

    public String title;

    public String description;

    public String language;

    @Enumerated(EnumType.STRING)
    public IdeaStatus status;

    /** Changed only in the same transaction as a backing row is added or removed. */
    @Column(name = "backing_count")
    public int backingCount;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The council's public answer, in the language it was written in. */
    public String answer;

    @Column(name = "answer_language")
    public String answerLanguage;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by")
    public Long answeredBy;

    /**
     * The idea this one was merged into; its backers were carried across. (Not "merged_into": Connector/J
     * takes a selected column containing "into" for SELECT … INTO and refuses to read the result.)
     */
    @Column(name = "merged_to")
    public Long mergedInto;

    /** Public, waiting for a moderator, or hidden; only SHOWN ideas appear on pages, in the API and in counts. */
    @jakarta.persistence.Enumerated(EnumType.STRING)
    public Visibility visibility = Visibility.SHOWN;

    @Column(name = "report_count")
    public int reportCount;

    public boolean isShown() {
        return visibility == Visibility.SHOWN;
    }

    /**
     * "You said, we did": a page (counted from 0) of the shown ideas the council has answered on a prompt, latest
     * answer first.
     */
    public static List<Idea> answeredOn(Long promptId, int page, int size) {
        return find(ANSWERED + " order by answeredAt desc, id desc", promptId, Visibility.SHOWN, IdeaStatus.SUBMITTED)
                .page(io.quarkus.panache.common.Page.of(page, size)).list();
    }

    /**
     * How many shown ideas the council has answered on a prompt (every answer sets answered_at, and none is taken
     * back to "submitted"): counted in the index that serves the list, so a million ideas cost their answers alone.
     */
    public static long answeredCount(Long promptId) {
        return count("promptId = ?1 and visibility = ?2 and answeredAt is not null", promptId, Visibility.SHOWN);
    }

    /** As {@link #answeredCount}, counting no further than {@code max} + 1: a cost that stays the same however many. */
    public static long answeredCountUpTo(Long promptId, int max) {
        return ((Number) getEntityManager().createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM idea "
                + "WHERE prompt_id = ?1 AND visibility = 'SHOWN' AND answered_at IS NOT NULL LIMIT ?2) counted")
                .setParameter(1, promptId).setParameter(2, max + 1).getSingleResult()).longValue();
    }

    private static final String ANSWERED = "promptId = ?1 and visibility = ?2 and status <> ?3";

    public static List<Idea> byAuthor(Long personId) {
        return list("authorId = ?1 order by id", personId);
    }
}
