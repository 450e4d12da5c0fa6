--liquibase formatted sql

--changeset cyd:9-session-epoch
-- Raised when a password is reset or a person signs out everywhere: sign-ins made before stop working.
ALTER TABLE person ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;
