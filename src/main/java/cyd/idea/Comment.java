package cyd.idea;

import cyd.content.Visibility;

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

/** A resident's or officer's comment on an idea, or a reply to one (one level only). */
@Entity
@Table(name = "idea_comment")
public class Comment extends PanacheEntityBase {

    public static final int BODY_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "idea_id")
    public Long ideaId;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "author_id")
    public Long authorId;

    public String body;

    public String language;

    /** Written by an officer of the council as the council's word. */
    public boolean official;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    @Column(name = "report_count")
    public int reportCount;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The name of this comment's reply box, under which its problems are kept. */
    public String replyField() {
        return "reply-" + id;
    }

    /** What anyone may read: shown comments on an idea, oldest first. */
    public static List<Comment> shownOn(Long ideaId) {
        return list("ideaId = ?1 and visibility = ?2 order by id", ideaId, Visibility.SHOWN);
    }

    public static List<Comment> byAuthor(Long personId) {
        return list("authorId", personId);
    }
}
