--liquibase formatted sql

--changeset cyd:6-search-idea
-- Word search over ideas and initiatives (titles and descriptions, whatever their language).
ALTER TABLE idea ADD FULLTEXT INDEX ft_idea (title, description);

--changeset cyd:6-search-initiative
ALTER TABLE initiative ADD FULLTEXT INDEX ft_initiative (title, description);
