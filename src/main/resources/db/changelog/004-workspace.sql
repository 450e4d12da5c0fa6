--liquibase formatted sql

--changeset cyd:4-prompt-lifecycle
-- Opening on a set date, the council's response once closed, archiving, how it is moderated and its response promise.
ALTER TABLE prompt
  ADD COLUMN opens_at DATETIME(6) NULL,
  ADD COLUMN responded_at DATETIME(6) NULL,
  ADD COLUMN archived_at DATETIME(6) NULL,
  ADD COLUMN response_en TEXT NULL,
  ADD COLUMN response_cy TEXT NULL,
  ADD COLUMN moderation VARCHAR(4) NOT NULL DEFAULT 'POST',
  ADD COLUMN promise_backers INT NULL,
  ADD COLUMN promise_days INT NULL,
  ADD INDEX ix_prompt_status_opens (status, opens_at),
  ADD INDEX ix_prompt_status_closes (status, closes_at);

--changeset cyd:4-idea-visibility
-- PENDING waits for a moderator (pre-moderated questions), SHOWN is public, HIDDEN is seen by its author and moderators only.
ALTER TABLE idea
  ADD COLUMN visibility VARCHAR(8) NOT NULL DEFAULT 'SHOWN',
  ADD COLUMN report_count INT NOT NULL DEFAULT 0,
  ADD INDEX ix_idea_prompt_visibility (prompt_id, visibility);

--changeset cyd:4-comment
CREATE TABLE idea_comment (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  idea_id BIGINT NOT NULL,
  parent_id BIGINT NULL,
  author_id BIGINT NULL,
  body TEXT NOT NULL,
  language CHAR(2) NOT NULL,
  official BOOLEAN NOT NULL DEFAULT FALSE,
  visibility VARCHAR(8) NOT NULL DEFAULT 'SHOWN',
  report_count INT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_comment_idea FOREIGN KEY (idea_id) REFERENCES idea (id) ON DELETE CASCADE,
  CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES idea_comment (id) ON DELETE CASCADE,
  CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES person (id) ON DELETE SET NULL,
  INDEX ix_comment_idea (idea_id, visibility, id),
  INDEX ix_comment_author (author_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:4-report
-- One report per resident per item; the unique key keeps a resident from counting twice.
CREATE TABLE content_report (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  authority_id BIGINT NOT NULL,
  content_type VARCHAR(8) NOT NULL,
  content_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  reason VARCHAR(20) NOT NULL,
  detail VARCHAR(500) NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_report_once UNIQUE (content_type, content_id, person_id),
  CONSTRAINT fk_report_authority FOREIGN KEY (authority_id) REFERENCES authority (id),
  CONSTRAINT fk_report_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:4-moderation-decision
-- What a moderator decided about an idea or comment and why; the author is told the reason.
CREATE TABLE moderation_decision (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  authority_id BIGINT NOT NULL,
  content_type VARCHAR(8) NOT NULL,
  content_id BIGINT NOT NULL,
  author_id BIGINT NULL,
  action VARCHAR(10) NOT NULL,
  reason VARCHAR(20) NULL,
  detail VARCHAR(1000) NULL,
  moderator_id BIGINT NULL,
  created_at DATETIME(6) NOT NULL,
  appeal_text VARCHAR(2000) NULL,
  appealed_at DATETIME(6) NULL,
  appeal_outcome VARCHAR(10) NULL,
  appeal_note VARCHAR(1000) NULL,
  appeal_decided_by BIGINT NULL,
  appeal_decided_at DATETIME(6) NULL,
  CONSTRAINT fk_decision_authority FOREIGN KEY (authority_id) REFERENCES authority (id),
  CONSTRAINT fk_decision_author FOREIGN KEY (author_id) REFERENCES person (id) ON DELETE SET NULL,
  CONSTRAINT fk_decision_moderator FOREIGN KEY (moderator_id) REFERENCES person (id) ON DELETE SET NULL,
  CONSTRAINT fk_decision_appeal_by FOREIGN KEY (appeal_decided_by) REFERENCES person (id) ON DELETE SET NULL,
  INDEX ix_decision_authority (authority_id, action, created_at),
  INDEX ix_decision_content (content_type, content_id),
  INDEX ix_decision_author (author_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:4-account-block
CREATE TABLE account_block (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  authority_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  blocked_until DATETIME(6) NOT NULL,
  blocked_by BIGINT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_block_authority FOREIGN KEY (authority_id) REFERENCES authority (id),
  CONSTRAINT fk_block_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
  CONSTRAINT fk_block_by FOREIGN KEY (blocked_by) REFERENCES person (id) ON DELETE SET NULL,
  INDEX ix_block_person (person_id, authority_id, blocked_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:4-audit-log
-- Every officer action: who, what, when and why. Kept when the officer's account goes (officer_name stays).
CREATE TABLE audit_log (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  authority_id BIGINT NOT NULL,
  officer_id BIGINT NULL,
  officer_name VARCHAR(60) NOT NULL,
  action VARCHAR(40) NOT NULL,
  subject_type VARCHAR(20) NOT NULL,
  subject_id BIGINT NULL,
  reason VARCHAR(2000) NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_audit_authority FOREIGN KEY (authority_id) REFERENCES authority (id),
  CONSTRAINT fk_audit_officer FOREIGN KEY (officer_id) REFERENCES person (id) ON DELETE SET NULL,
  INDEX ix_audit_authority (authority_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:4-email
-- Accounts that existed before verification are taken as verified.
ALTER TABLE person
  ADD COLUMN email_verified_at DATETIME(6) NULL,
  ADD COLUMN notify_answers BOOLEAN NOT NULL DEFAULT TRUE,
  ADD COLUMN language_known BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE person SET email_verified_at = created_at;

-- Single-use links (email verification, password reset); only a hash of the token is kept.
CREATE TABLE email_token (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id BIGINT NOT NULL,
  purpose VARCHAR(10) NOT NULL,
  token_hash CHAR(64) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at DATETIME(6) NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_email_token UNIQUE (token_hash),
  CONSTRAINT fk_email_token_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Written in the same transaction as the change it reports; sent afterwards, retried when the mail server is away.
CREATE TABLE email_outbox (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  to_address VARCHAR(254) NOT NULL,
  subject VARCHAR(300) NOT NULL,
  body TEXT NOT NULL,
  unsubscribe_url VARCHAR(500) NULL,
  created_at DATETIME(6) NOT NULL,
  sent_at DATETIME(6) NULL,
  attempts INT NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6) NOT NULL,
  last_error VARCHAR(500) NULL,
  INDEX ix_outbox_due (sent_at, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE prompt_follow (
  person_id BIGINT NOT NULL,
  prompt_id BIGINT NOT NULL,
  frequency VARCHAR(6) NOT NULL,
  last_sent_at DATETIME(6) NOT NULL,
  PRIMARY KEY (person_id, prompt_id),
  CONSTRAINT fk_follow_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
  CONSTRAINT fk_follow_prompt FOREIGN KEY (prompt_id) REFERENCES prompt (id) ON DELETE CASCADE,
  INDEX ix_follow_frequency (frequency, last_sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
