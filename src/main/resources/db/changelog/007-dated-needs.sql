--liquibase formatted sql

--changeset cyd:7-need-date
-- A need can be for a particular day, optionally between two times (London time): these go in calendar feeds.
ALTER TABLE initiative_need
  ADD COLUMN on_date DATE NULL,
  ADD COLUMN starts_at TIME NULL,
  ADD COLUMN ends_at TIME NULL,
  ADD INDEX ix_need_date (on_date);
