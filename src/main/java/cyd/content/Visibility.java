package cyd.content;

/** Whether an idea or comment is public: waiting for a moderator, shown, or hidden by a moderator or by reports. */
public enum Visibility {
    PENDING, SHOWN, HIDDEN
}
