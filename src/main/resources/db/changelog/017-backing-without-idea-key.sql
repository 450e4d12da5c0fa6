--liquibase formatted sql

--changeset cyd:17-backing-without-idea-key
-- A backing no longer takes a shared lock on its idea's row (the foreign key's check): many people backing one idea
-- at once each write their own row, then queue on the idea's row only to move its counter (IdeaService.back). Ideas
-- are never deleted (an account's deletion keeps them, "by a former resident"), so nothing is left pointing nowhere;
-- the unique key (idea_id, person_id) still keeps one backing a person.
ALTER TABLE backing DROP FOREIGN KEY fk_backing_idea;
