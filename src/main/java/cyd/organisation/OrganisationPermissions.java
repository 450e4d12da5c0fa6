package cyd.organisation;

import cyd.account.Viewer;

/** Who may do what with an organisation in the directory. */
public final class OrganisationPermissions {

    private OrganisationPermissions() {
    }

    /** Officers of the organisation's own council verify it. */
    public static boolean canVerify(Viewer viewer, Organisation o) {
        return viewer.isOfficerOf(o.authorityId) && !o.isVerified();
    }

    /** Its representatives manage it. */
    public static boolean canManage(Viewer viewer, Organisation o, boolean representative) {
        return viewer.signedIn() && representative;
    }
}
