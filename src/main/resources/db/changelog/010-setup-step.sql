--liquibase formatted sql

--changeset cyd:10-setup-step
-- One-time set-up work (the demo councils) claims its row here first, so that instances starting together
-- against one new database do it once. One statement per changeset: a failure leaves nothing half-done.
CREATE TABLE setup_step (
  name VARCHAR(60) NOT NULL PRIMARY KEY,
  done_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
