package cyd.moderation;

import cyd.content.HideReason;

import cyd.content.ContentType;

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

/**
 * A moderator's decision on an idea or comment, with the author's one appeal against a hide and its outcome
 * (decided by a different moderator).
 */
@Entity
@Table(name = "moderation_decision")
public class ModerationDecision extends PanacheEntityBase {

    public enum Action {
        APPROVE, HIDE, RESTORE
    }

    public enum AppealOutcome {
        UPHELD, RESTORED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_id")
    public Long authorityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type")
    public ContentType contentType;

    @Column(name = "content_id")
    public Long contentId;

    @Column(name = "author_id")
    public Long authorId;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Enumerated(EnumType.STRING)
    public HideReason reason;

    public String detail;

    @Column(name = "moderator_id")
    public Long moderatorId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "appeal_text")
    public String appealText;

    @Column(name = "appealed_at")
    public Instant appealedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    public AppealOutcome appealOutcome;

    @Column(name = "appeal_note")
    public String appealNote;

    @Column(name = "appeal_decided_by")
    public Long appealDecidedBy;

    @Column(name = "appeal_decided_at")
    public Instant appealDecidedAt;

    public boolean isAppealed() {
        return appealedAt != null;
    }

    public boolean isAppealOpen() {
        return appealedAt != null && appealOutcome == null;
    }

    /** The latest hide of an item, if it is the decision that stands. */
    public static ModerationDecision latestFor(ContentType type, Long contentId) {
        return find("contentType = ?1 and contentId = ?2 order by id desc", type, contentId).firstResult();
    }

    public static List<ModerationDecision> hidesOf(Long authorId) {
        return list("authorId = ?1 and action = ?2 order by id desc", authorId, Action.HIDE);
    }

    public static List<ModerationDecision> openAppeals(Long authorityId) {
        return list("authorityId = ?1 and appealedAt is not null and appealOutcome is null order by appealedAt",
                authorityId);
    }
}
