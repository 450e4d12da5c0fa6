package cyd.initiative;

/** What an initiative asks for: a skill, people's time, or a thing. */
public enum NeedKind {
    SKILL, TIME, RESOURCE
}
