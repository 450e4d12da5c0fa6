package cyd.idea;

import java.util.List;

/** One page of a prompt's ideas, and the cursor for the next page (null on the last). */
public record IdeaPage(List<Idea> ideas, String next) {
}
