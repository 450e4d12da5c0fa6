package cyd.initiative;

/**
 * Where the viewer stands with one initiative: an officer of its council, the resident who started it,
 * a representative of a partner organisation, and/or a member with an active offer.
 */
public record Standing(Long personId, boolean officer, boolean starter, boolean partnerRep, boolean member) {

    public static final Standing NOBODY = new Standing(null, false, false, false, false);

    public boolean signedIn() {
        return personId != null;
    }

    /** Organisers run the initiative: its starter, the council's officers and partner representatives. */
    public boolean organiser() {
        return officer || starter || partnerRep;
    }
}
