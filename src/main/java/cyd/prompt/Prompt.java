package cyd.prompt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An open question an authority asks its residents, inviting them to act together. */
@Entity
@Table(name = "prompt")
public class Prompt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_id")
    public Long authorityId;

    @Column(name = "area_id")
    public Long areaId;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "title_cy")
    public String titleCy;

    @Column(name = "body_en")
    public String bodyEn;

    @Column(name = "body_cy")
    public String bodyCy;

    @Enumerated(EnumType.STRING)
    public PromptStatus status;

    /** Ideas are taken until this moment (the end of the closing date, London time). */
    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Changed in the same transaction as each idea is added; never counted on a page. */
    @Column(name = "idea_count")
    public int ideaCount;

    /** When a scheduled prompt opens; the scheduler opens it then. */
    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "archived_at")
    public Instant archivedAt;

    /** The council's response to the question as a whole, once it has closed. */
    @Column(name = "response_en")
    public String responseEn;

    @Column(name = "response_cy")
    public String responseCy;

    @Enumerated(EnumType.STRING)
    public Moderation moderation = Moderation.POST;

    /** The response promise: every idea with at least this many backers ... */
    @Column(name = "promise_backers")
    public Integer promiseBackers;

    /** ... gets a public answer within this many working days of reaching them. */
    @Column(name = "promise_days")
    public Integer promiseDays;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The statuses in which residents can read a prompt. */
    public static final List<PromptStatus> PUBLIC = List.of(PromptStatus.OPEN, PromptStatus.CLOSED,
            PromptStatus.RESPONDED, PromptStatus.ARCHIVED);

    public static Optional<Prompt> inAuthority(Long authorityId, Long promptId) {
        return find("id = ?1 and authorityId = ?2", promptId, authorityId).firstResultOptional();
    }

    /** Prompts residents can see, newest first (closed and answered ones included, archived ones not). */
    public static List<Prompt> publishedForAuthority(Long authorityId) {
        return list("authorityId = ?1 and status in ?2 order by publishedAt desc, id desc", authorityId,
                List.of(PromptStatus.OPEN, PromptStatus.CLOSED, PromptStatus.RESPONDED));
    }

    public static List<Prompt> archivedForAuthority(Long authorityId) {
        return list("authorityId = ?1 and status = ?2 order by publishedAt desc, id desc", authorityId,
                PromptStatus.ARCHIVED);
    }

    public static List<Prompt> allForAuthority(Long authorityId) {
        return list("authorityId = ?1 order by updatedAt desc, id desc", authorityId);
    }

    /** Open now: published, not closed by an officer, and its closing date not passed. */
    public boolean isOpen(Instant now) {
        return status == PromptStatus.OPEN && (closesAt == null || now.isBefore(closesAt));
    }

    public boolean isPublished() {
        return status.isPublic();
    }

    public boolean isPreModerated() {
        return moderation == Moderation.PRE;
    }

    public boolean hasPromise() {
        return promiseBackers != null && promiseDays != null;
    }

    public String response(String lang) {
        return "cy".equals(lang) && responseCy != null && !responseCy.isBlank() ? responseCy : responseEn;
    }

    public String responseLang(String lang) {
        return "cy".equals(lang) && responseCy != null && !responseCy.isBlank() ? "cy" : "en";
    }

    public String title(String lang) {
        return "cy".equals(lang) && titleCy != null && !titleCy.isBlank() ? titleCy : titleEn;
    }

    public String body(String lang) {
        return "cy".equals(lang) && bodyCy != null && !bodyCy.isBlank() ? bodyCy : bodyEn;
    }

    /** The language the title is actually shown in, for the lang attribute when a translation is missing. */
    public String titleLang(String lang) {
        return "cy".equals(lang) && titleCy != null && !titleCy.isBlank() ? "cy" : "en";
    }

    /**
     * A question's idea count covers shown ideas only: an idea shown (shared on a post-moderated question, approved,
     * restored) adds one, one hidden takes one away. A relative update, so ideas shared at once all count.
     */
    public static void countShownIdeas(Long promptId, int delta) {
        getEntityManager().createNativeQuery("UPDATE prompt SET idea_count = idea_count + ?1 WHERE id = ?2")
                .setParameter(1, delta).setParameter(2, promptId).executeUpdate();
    }
}
