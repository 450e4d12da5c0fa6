--liquibase formatted sql

--changeset cyd:1-authority
CREATE TABLE authority (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug VARCHAR(60) NOT NULL,
  name_en VARCHAR(200) NOT NULL,
  name_cy VARCHAR(200) NULL,
  bilingual BOOLEAN NOT NULL DEFAULT TRUE,
  colour CHAR(7) NOT NULL DEFAULT '#0b4f6c',
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_authority_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:1-area
CREATE TABLE area (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  authority_id BIGINT NOT NULL,
  slug VARCHAR(60) NOT NULL,
  name_en VARCHAR(200) NOT NULL,
  name_cy VARCHAR(200) NULL,
  CONSTRAINT uk_area_slug UNIQUE (authority_id, slug),
  CONSTRAINT fk_area_authority FOREIGN KEY (authority_id) REFERENCES authority (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:1-person
CREATE TABLE person (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(254) NOT NULL,
  display_name VARCHAR(60) NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  language CHAR(2) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_person_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:1-officer-role
CREATE TABLE officer_role (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  person_id BIGINT NOT NULL,
  authority_id BIGINT NOT NULL,
  role VARCHAR(20) NOT NULL,
  CONSTRAINT uk_officer_role UNIQUE (person_id, authority_id, role),
  CONSTRAINT fk_officer_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
  CONSTRAINT fk_officer_role_authority FOREIGN KEY (authority_id) REFERENCES authority (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:1-prompt
CREATE TABLE prompt (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  authority_id BIGINT NOT NULL,
  area_id BIGINT NULL,
  title_en VARCHAR(200) NULL,
  title_cy VARCHAR(200) NULL,
  body_en TEXT NULL,
  body_cy TEXT NULL,
  status VARCHAR(12) NOT NULL,
  closes_at DATETIME(6) NULL,
  published_at DATETIME(6) NULL,
  closed_at DATETIME(6) NULL,
  idea_count INT NOT NULL DEFAULT 0,
  created_by BIGINT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_prompt_authority FOREIGN KEY (authority_id) REFERENCES authority (id),
  CONSTRAINT fk_prompt_area FOREIGN KEY (area_id) REFERENCES area (id),
  CONSTRAINT fk_prompt_created_by FOREIGN KEY (created_by) REFERENCES person (id) ON DELETE SET NULL,
  INDEX ix_prompt_authority_status (authority_id, status, published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:1-idea
CREATE TABLE idea (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  prompt_id BIGINT NOT NULL,
  area_id BIGINT NULL,
  author_id BIGINT NULL,
  title VARCHAR(120) NOT NULL,
  description TEXT NOT NULL,
  language CHAR(2) NOT NULL,
  status VARCHAR(24) NOT NULL,
  backing_count INT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_idea_prompt FOREIGN KEY (prompt_id) REFERENCES prompt (id),
  CONSTRAINT fk_idea_area FOREIGN KEY (area_id) REFERENCES area (id),
  CONSTRAINT fk_idea_author FOREIGN KEY (author_id) REFERENCES person (id) ON DELETE SET NULL,
  INDEX ix_idea_prompt_top (prompt_id, backing_count, id),
  INDEX ix_idea_prompt_new (prompt_id, id),
  INDEX ix_idea_author (author_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:1-backing
CREATE TABLE backing (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  idea_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_backing_once UNIQUE (idea_id, person_id),
  CONSTRAINT fk_backing_idea FOREIGN KEY (idea_id) REFERENCES idea (id) ON DELETE CASCADE,
  CONSTRAINT fk_backing_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
  INDEX ix_backing_person (person_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset cyd:1-app-secret
CREATE TABLE app_secret (
  name VARCHAR(40) NOT NULL PRIMARY KEY,
  secret VARCHAR(200) NOT NULL,
  created_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
