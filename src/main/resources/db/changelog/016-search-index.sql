--liquibase formatted sql

--changeset cyd:16-search-change
-- Every change to an idea or an initiative, in commit order as near as the database numbers it: each instance of
-- Cyd keeps its own search index (cyd.search.SearchIndex) and applies these to it, so a change made through any
-- instance is found by every instance's search. Rows older than a week are deleted.
CREATE TABLE search_change (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind CHAR(1) NOT NULL,
  item_id BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--changeset cyd:16-search-state
-- Which database a search index belongs to: an index made from another database (a copy, a test) is rebuilt.
CREATE TABLE search_state (
  id INT PRIMARY KEY,
  database_id CHAR(36) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

--changeset cyd:16-search-state-row
INSERT INTO search_state (id, database_id) VALUES (1, UUID());
