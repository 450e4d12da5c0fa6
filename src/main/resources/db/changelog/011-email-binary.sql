--liquibase formatted sql

--changeset cyd:11-email-lower
-- Addresses were already stored lower-cased; this makes sure before they are compared byte for byte.
UPDATE person SET email = LOWER(email) WHERE email <> LOWER(email) COLLATE utf8mb4_bin;

--changeset cyd:11-email-binary
-- Compared byte for byte: an accented or full-width spelling no longer reaches someone else's account.
ALTER TABLE person MODIFY email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
