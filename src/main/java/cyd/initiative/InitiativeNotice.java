package cyd.initiative;

import cyd.web.Pages;

/** What an initiative's page can tell the person who just acted, named in its address ({@code ?notice=joined}). */
public enum InitiativeNotice {
    STARTED, AWAITING_APPROVAL, JOINED, OFFER_CHANGED, LEFT, SAVED, NEED_ADDED, NEED_REMOVED, UPDATE_POSTED,
    PARTNER_ADDED, PARTNER_REQUESTED, PARTNER_ACCEPTED, PARTNER_DECLINED, APPROVED, LOGGED;

    /** The notice an address names, or null for none (or one this page does not know). */
    public static InitiativeNotice parse(String param) {
        return Pages.notice(InitiativeNotice.class, param);
    }
}
