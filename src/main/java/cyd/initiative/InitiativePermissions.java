package cyd.initiative;

/** Who may do what with an initiative, its offers and its ledger. One place for each rule. */
public final class InitiativePermissions {

    private InitiativePermissions() {
    }

    /** Approved initiatives are public; one awaiting approval is seen by its organisers only. */
    public static boolean canSee(Standing s, Initiative i) {
        return i.isPublic() || s.organiser();
    }

    public static boolean canEdit(Standing s, Initiative i) {
        return s.organiser() && i.approval != Approval.DECLINED;
    }

    public static boolean canApprove(Standing s, Initiative i) {
        return s.officer() && i.approval == Approval.PENDING;
    }

    /** Anyone signed in may offer to help a public initiative that is not finished. */
    public static boolean canJoin(Standing s, Initiative i) {
        return s.signedIn() && i.isPublic() && i.status != InitiativeStatus.COMPLETED;
    }

    /** Organisers read the whole ledger, to confirm or query what members gave. */
    public static boolean canReviewLedger(Standing s, Initiative i) {
        return s.organiser();
    }

    /** Members and organisers log what they themselves gave. */
    public static boolean canLogContribution(Standing s, Initiative i) {
        return s.signedIn() && i.isPublic() && (s.member() || s.organiser());
    }

    /** Organisers decide which organisations become partners (and so organisers too). */
    public static boolean canDecidePartners(Standing s, Initiative i) {
        return s.organiser() && i.isPublic();
    }

    /** Organisers confirm or query contributions, but never their own. */
    public static boolean canDecide(Standing s, Initiative i, Long contributorId) {
        return s.organiser() && s.personId() != null && !s.personId().equals(contributorId);
    }
}
