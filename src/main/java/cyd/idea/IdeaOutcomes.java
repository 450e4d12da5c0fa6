package cyd.idea;

import java.util.Optional;

/**
 * What became of an idea elsewhere in Cyd (an initiative grown from it), told on the idea's page.
 * Implemented by the features that take ideas forward, so this one need not know them.
 */
public interface IdeaOutcomes {

    record Outcome(String title, String language, String path) {
    }

    Optional<Outcome> of(Idea idea, String lang, String authoritySlug);
}
