--liquibase formatted sql

--changeset cyd:5-embed-site
-- The websites allowed to embed a council's questions: exactly these go in the embed pages' frame-ancestors.
CREATE TABLE embed_site (
  authority_id BIGINT NOT NULL,
  origin VARCHAR(200) NOT NULL,
  PRIMARY KEY (authority_id, origin),
  CONSTRAINT fk_embed_site_authority FOREIGN KEY (authority_id) REFERENCES authority (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
