package cyd.initiative;

/** Residents' own initiatives wait for an officer before they are public. */
public enum Approval {
    PENDING, APPROVED, DECLINED
}
