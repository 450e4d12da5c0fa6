--liquibase formatted sql

--changeset cyd:3-idea-answer
-- The council's public answer to an idea ("You said, we did"), and where a merged idea went.
ALTER TABLE idea
  ADD COLUMN answer TEXT NULL,
  ADD COLUMN answer_language CHAR(2) NULL,
  ADD COLUMN answered_at DATETIME(6) NULL,
  ADD COLUMN answered_by BIGINT NULL,
  ADD COLUMN merged_to BIGINT NULL,
  ADD CONSTRAINT fk_idea_answered_by FOREIGN KEY (answered_by) REFERENCES person (id) ON DELETE SET NULL,
  ADD CONSTRAINT fk_idea_merged_to FOREIGN KEY (merged_to) REFERENCES idea (id);
