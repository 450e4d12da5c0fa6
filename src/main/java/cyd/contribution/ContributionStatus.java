package cyd.contribution;

/** Logged by the giver; confirmed (or queried, with a reason) by an organiser. Only confirmed ones count. */
public enum ContributionStatus {
    PENDING, CONFIRMED, QUERIED
}
