--liquibase formatted sql

--changeset cyd:14-organisation-invite
-- A representative invites someone by email; they become a representative only when they accept it from their
-- own account. Nobody learns from inviting whether an address has an account.
CREATE TABLE organisation_invite (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  invited_by BIGINT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_organisation_invite UNIQUE (organisation_id, person_id),
  INDEX ix_organisation_invite_person (person_id),
  CONSTRAINT fk_invite_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
  CONSTRAINT fk_invite_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
  CONSTRAINT fk_invite_invited_by FOREIGN KEY (invited_by) REFERENCES person (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
