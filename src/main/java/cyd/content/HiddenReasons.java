package cyd.content;

import java.util.Optional;

/**
 * Why something is hidden, for the page that shows it to its author. The moderation feature (above the features
 * whose content it hides) answers it from its decisions.
 */
public interface HiddenReasons {

    /** The house rule a moderator hid this item under, when a moderator's latest decision on it was to hide it. */
    Optional<HideReason> of(ContentType type, Long id);
}
