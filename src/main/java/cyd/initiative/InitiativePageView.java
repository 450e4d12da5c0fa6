package cyd.initiative;

import java.util.List;
import java.util.Map;

import cyd.authority.Area;
import cyd.authority.Authority;
import cyd.idea.Idea;
import cyd.organisation.Organisation;

/** What an initiative's page shows one viewer: the initiative, its needs, partners and news, and what they may do. */
public record InitiativePageView(Authority authority, Initiative initiative, Area area, Idea idea, List<Need> needs,
        List<Organisation> partners, List<InitiativeUpdate> updates, Map<Long, String> authors, Standing standing,
        Offer myOffer, Value value, boolean canEdit, boolean canJoin, boolean canLog, boolean canApprove,
        List<Organisation> canPartner, List<Organisation> partnerRequests, boolean canDecidePartners, InitiativeNotice notice) {

    /** The money side of an initiative, worked out once for the page. */
    public record Value(String hours, String value, String rate, String councilAmount) {
    }
}
