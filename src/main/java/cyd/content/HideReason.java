package cyd.content;

import java.util.Optional;

/** The reasons a resident may report, and a moderator may hide, an idea or comment (the house rules). */
public enum HideReason {
    ABUSIVE, PERSONAL_DATA, DISCRIMINATORY, SPAM, OFF_TOPIC, ILLEGAL, OTHER;

    public static Optional<HideReason> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        for (HideReason r : values()) {
            if (r.name().equalsIgnoreCase(s.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
