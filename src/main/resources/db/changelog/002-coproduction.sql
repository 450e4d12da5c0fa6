--liquibase formatted sql

--changeset cyd:2-authority-hourly-value
-- What an hour given is worth, in pence, and where that figure comes from (shown beside every sum of money).
ALTER TABLE authority
  ADD COLUMN hourly_value_pence INT NOT NULL DEFAULT 1650,
  ADD COLUMN hourly_value_source VARCHAR(300) NOT NULL DEFAULT 'ONS Annual Survey of Hours and Earnings (ASHE), Wales, median gross hourly pay excluding overtime, all employees',
  ADD COLUMN hourly_value_year INT NOT NULL DEFAULT 2024;

--changeset cyd:2-organisation
CREATE TABLE organisation (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  authority_id BIGINT NOT NULL,
  name VARCHAR(200) NOT NULL,
  charity_number VARCHAR(20) NULL,
  company_number VARCHAR(20) NULL,
  description TEXT NOT NULL,
  language CHAR(2) NOT NULL,
  website VARCHAR(300) NULL,
  contact_email VARCHAR(254) NULL,
  contact_phone VARCHAR(40) NULL,
  verified_at DATETIME(6) NULL,
  verified_by BIGINT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_organisation_name UNIQUE (authority_id, name),
  CONSTRAINT fk_organisation_authority FOREIGN KEY (authority_id) REFERENCES authority (id),
  CONSTRAINT fk_organisation_verified_by FOREIGN KEY (verified_by) REFERENCES person (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organisation_area (
  organisation_id BIGINT NOT NULL,
  area_id BIGINT NOT NULL,
  PRIMARY KEY (organisation_id, area_id),
  CONSTRAINT fk_organisation_area_org FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
  CONSTRAINT fk_organisation_area_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organisation_rep (
  organisation_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  PRIMARY KEY (organisation_id, person_id),
  INDEX ix_organisation_rep_person (person_id),
  CONSTRAINT fk_organisation_rep_org FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
  CONSTRAINT fk_organisation_rep_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:2-initiative
CREATE TABLE initiative (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  authority_id BIGINT NOT NULL,
  area_id BIGINT NULL,
  idea_id BIGINT NULL,
  title VARCHAR(120) NOT NULL,
  description TEXT NOT NULL,
  language CHAR(2) NOT NULL,
  status VARCHAR(12) NOT NULL,
  approval VARCHAR(12) NOT NULL,
  started_by BIGINT NULL,
  council_commitment TEXT NULL,
  council_amount_pence BIGINT NULL,
  member_count INT NOT NULL DEFAULT 0,
  confirmed_minutes BIGINT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  INDEX ix_initiative_authority (authority_id, approval, id),
  INDEX ix_initiative_idea (idea_id),
  CONSTRAINT fk_initiative_authority FOREIGN KEY (authority_id) REFERENCES authority (id),
  CONSTRAINT fk_initiative_area FOREIGN KEY (area_id) REFERENCES area (id),
  CONSTRAINT fk_initiative_idea FOREIGN KEY (idea_id) REFERENCES idea (id),
  CONSTRAINT fk_initiative_started_by FOREIGN KEY (started_by) REFERENCES person (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE initiative_need (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  initiative_id BIGINT NOT NULL,
  kind VARCHAR(10) NOT NULL,
  description VARCHAR(300) NOT NULL,
  quantity INT NULL,
  when_text VARCHAR(200) NULL,
  where_text VARCHAR(200) NULL,
  created_at DATETIME(6) NOT NULL,
  INDEX ix_need_initiative (initiative_id),
  CONSTRAINT fk_need_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE initiative_partner (
  initiative_id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  added_by BIGINT NULL,
  added_at DATETIME(6) NOT NULL,
  PRIMARY KEY (initiative_id, organisation_id),
  INDEX ix_partner_organisation (organisation_id),
  CONSTRAINT fk_partner_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE,
  CONSTRAINT fk_partner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_partner_added_by FOREIGN KEY (added_by) REFERENCES person (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE initiative_update (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  initiative_id BIGINT NOT NULL,
  author_id BIGINT NULL,
  body TEXT NOT NULL,
  language CHAR(2) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  INDEX ix_update_initiative (initiative_id, id),
  CONSTRAINT fk_update_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE,
  CONSTRAINT fk_update_author FOREIGN KEY (author_id) REFERENCES person (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:2-offer
CREATE TABLE offer (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  initiative_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  organisation_id BIGINT NULL,
  description TEXT NULL,
  weekday_daytimes BOOLEAN NOT NULL DEFAULT FALSE,
  evenings BOOLEAN NOT NULL DEFAULT FALSE,
  weekends BOOLEAN NOT NULL DEFAULT FALSE,
  one_off_date DATE NULL,
  area_id BIGINT NULL,
  from_home BOOLEAN NOT NULL DEFAULT FALSE,
  share_email BOOLEAN NOT NULL DEFAULT FALSE,
  status VARCHAR(12) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_offer_once UNIQUE (initiative_id, person_id),
  INDEX ix_offer_person (person_id),
  INDEX ix_offer_organisation (organisation_id),
  CONSTRAINT fk_offer_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE,
  CONSTRAINT fk_offer_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
  CONSTRAINT fk_offer_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE SET NULL,
  CONSTRAINT fk_offer_area FOREIGN KEY (area_id) REFERENCES area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE offer_need (
  offer_id BIGINT NOT NULL,
  need_id BIGINT NOT NULL,
  PRIMARY KEY (offer_id, need_id),
  CONSTRAINT fk_offer_need_offer FOREIGN KEY (offer_id) REFERENCES offer (id) ON DELETE CASCADE,
  CONSTRAINT fk_offer_need_need FOREIGN KEY (need_id) REFERENCES initiative_need (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:2-contribution
CREATE TABLE contribution (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  initiative_id BIGINT NOT NULL,
  person_id BIGINT NULL,
  kind VARCHAR(10) NOT NULL,
  minutes INT NULL,
  description VARCHAR(300) NOT NULL,
  given_on DATE NOT NULL,
  note VARCHAR(500) NULL,
  status VARCHAR(12) NOT NULL,
  decided_by BIGINT NULL,
  decided_at DATETIME(6) NULL,
  query_reason VARCHAR(500) NULL,
  created_at DATETIME(6) NOT NULL,
  INDEX ix_contribution_initiative (initiative_id, status, given_on),
  INDEX ix_contribution_person_day (person_id, given_on),
  CONSTRAINT fk_contribution_initiative FOREIGN KEY (initiative_id) REFERENCES initiative (id),
  CONSTRAINT fk_contribution_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE SET NULL,
  CONSTRAINT fk_contribution_decided_by FOREIGN KEY (decided_by) REFERENCES person (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
