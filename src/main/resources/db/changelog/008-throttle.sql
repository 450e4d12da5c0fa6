--liquibase formatted sql

--changeset cyd:8-throttle
-- Failed sign-ins and reset requests counted per email address and per network address (kept as hashes),
-- so guessing passwords or flooding someone's inbox is slowed on every instance alike.
CREATE TABLE throttle (
  throttle_key CHAR(64) NOT NULL PRIMARY KEY,
  hits INT NOT NULL,
  window_start DATETIME(6) NOT NULL,
  locked_until DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
