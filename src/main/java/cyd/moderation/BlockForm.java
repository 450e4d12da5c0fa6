package cyd.moderation;

import org.jboss.resteasy.reactive.RestForm;

/** A moderator's block on an account: why, and for how many days. */
public class BlockForm {

    @RestForm
    public String blockReason;

    @RestForm
    public String blockDays;

    Integer days() {
        String v = blockDays == null ? "" : blockDays.strip();
        if (v.isEmpty() || v.length() > 5 || !v.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(v);
    }
}
