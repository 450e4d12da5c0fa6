--liquibase formatted sql

--changeset cyd:13-partner-status
-- A representative's organisation becomes a partner (and they an organiser) only once the initiative's
-- organisers accept it.
ALTER TABLE initiative_partner ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'ACCEPTED';

--changeset cyd:13-partner-unverified-waits
-- Partnerships of organisations the council has not verified go back to waiting: they no longer make anyone
-- an organiser until accepted.
UPDATE initiative_partner p JOIN organisation o ON o.id = p.organisation_id SET p.status = 'REQUESTED'
WHERE o.verified_at IS NULL;
