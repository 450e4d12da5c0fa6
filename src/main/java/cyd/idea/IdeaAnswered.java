package cyd.idea;

import java.util.List;

import cyd.authority.Authority;

/**
 * The council answered an idea (or took it forward): its author and backers who asked to hear are told. Fired as a
 * CDI event in the answer's transaction; the mail feature writes the emails. {@code target} is the idea it was merged
 * into, if any; {@code recipients} the people to tell.
 */
public record IdeaAnswered(Idea idea, Idea target, Authority authority, List<Long> recipients) {
}
