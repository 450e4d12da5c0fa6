package cyd.initiative;

/** An offer stands until the person withdraws it; they can make it again. */
public enum OfferStatus {
    ACTIVE, WITHDRAWN
}
