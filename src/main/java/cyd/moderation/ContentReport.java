package cyd.moderation;

import cyd.content.HideReason;

import cyd.content.ContentType;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resident's report that an idea or comment breaks the house rules. One per resident per item. */
@Entity
@Table(name = "content_report")
public class ContentReport extends PanacheEntityBase {

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

    @Column(name = "person_id")
    public Long personId;

    @Enumerated(EnumType.STRING)
    public HideReason reason;

    public String detail;

    @Column(name = "created_at")
    public Instant createdAt;
}
