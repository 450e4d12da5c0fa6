package cyd.idea;

/** The council's answer to an idea so far. */
public enum IdeaStatus {
    SUBMITTED, UNDER_CONSIDERATION, TAKEN_FORWARD, NOT_TAKEN_FORWARD, ALREADY_HAPPENING, MERGED
}
