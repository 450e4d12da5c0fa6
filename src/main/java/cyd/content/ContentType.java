package cyd.content;

import java.util.Optional;

/** What can be reported and moderated. */
public enum ContentType {
    IDEA("idea"), COMMENT("comment");

    public final String param;

    ContentType(String param) {
        this.param = param;
    }

    public static Optional<ContentType> parse(String s) {
        for (ContentType t : values()) {
            if (t.param.equals(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
