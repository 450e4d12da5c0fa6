package cyd.contribution;

/** What was given: hours of time, a skill, or a resource. */
public enum ContributionKind {
    HOURS, SKILL, RESOURCE
}
