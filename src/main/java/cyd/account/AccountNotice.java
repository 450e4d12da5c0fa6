package cyd.account;

import cyd.web.Pages;

/**
 * What the account page and the sign-in page can tell the person who just acted, named in the address
 * ({@code ?notice=password_changed}); the sign-in page knows only the two that end on it.
 */
public enum AccountNotice {
    VERIFY_SENT, VERIFIED, PREFERENCES, PASSWORD_RESET, PASSWORD_CHANGED, UNFOLLOWED, SIGNED_OUT_EVERYWHERE;

    /** The notice an address names, or null for none (or one these pages do not know). */
    public static AccountNotice parse(String param) {
        return Pages.notice(AccountNotice.class, param);
    }

    /** The notice for the sign-in page: only being signed out everywhere, or an address just confirmed. */
    public static AccountNotice onSignIn(String param) {
        AccountNotice n = parse(param);
        return n == SIGNED_OUT_EVERYWHERE || n == VERIFIED ? n : null;
    }

    /** The notice for the account page (being signed out everywhere ends on the sign-in page instead). */
    public static AccountNotice onAccount(String param) {
        AccountNotice n = parse(param);
        return n == SIGNED_OUT_EVERYWHERE ? null : n;
    }
}
