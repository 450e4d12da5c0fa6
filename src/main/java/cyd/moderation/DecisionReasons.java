package cyd.moderation;

import java.util.Optional;

import cyd.content.ContentType;
import cyd.content.HiddenReasons;
import cyd.content.HideReason;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers why an item is hidden from the latest moderator decision on it. */
@ApplicationScoped
public class DecisionReasons implements HiddenReasons {

    @Override
    public Optional<HideReason> of(ContentType type, Long id) {
        ModerationDecision d = ModerationDecision.latestFor(type, id);
        return d == null || d.action != ModerationDecision.Action.HIDE ? Optional.empty()
                : Optional.ofNullable(d.reason);
    }
}
