--liquibase formatted sql

--changeset cyd:12-session-end
-- Sign-ins ended by signing out, kept until their cookie would have run out anyway (a hash, never the cookie).
CREATE TABLE session_end (
  session_hash CHAR(64) NOT NULL PRIMARY KEY,
  ends_at DATETIME(6) NOT NULL,
  INDEX ix_session_end_ends (ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
