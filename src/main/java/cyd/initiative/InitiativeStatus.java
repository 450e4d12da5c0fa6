package cyd.initiative;

/** Where an initiative is: getting together, under way, paused, or done. */
public enum InitiativeStatus {
    FORMING, ACTIVE, PAUSED, COMPLETED
}
