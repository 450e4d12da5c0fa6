package cyd.prompt;

/** PRE: new ideas and comments wait for a moderator. POST: they show at once and can be reported. */
public enum Moderation {
    PRE, POST
}
