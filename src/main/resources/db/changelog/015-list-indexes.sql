--liquibase formatted sql

--changeset cyd:15-list-indexes
-- Each list of a question's ideas is read through an index that serves both its filter (the question, shown ideas
-- only) and its order, so a page costs the same with a thousand ideas or a million: most backed, newest, and the
-- council's answers ("You said, we did", newest answer first; ideas not answered have no answered_at and sort last).
ALTER TABLE idea
  ADD INDEX ix_idea_prompt_shown_top (prompt_id, visibility, backing_count, id),
  ADD INDEX ix_idea_prompt_shown_new (prompt_id, visibility, id),
  ADD INDEX ix_idea_prompt_shown_answered (prompt_id, visibility, answered_at, id),
  DROP INDEX ix_idea_prompt_top,
  DROP INDEX ix_idea_prompt_new,
  DROP INDEX ix_idea_prompt_visibility;

--changeset cyd:15-backing-order
-- When each idea reached a question's promised number of backers is the time of its Nth backing: read from this
-- index, N rows an idea, rather than by sorting every backing of the question on each page view.
ALTER TABLE backing ADD INDEX ix_backing_idea_time (idea_id, created_at, id);
