package cyd.account;

import java.util.List;

/**
 * The questions a person follows, as the account page lists them. The account feature owns this and the mail
 * feature (which sends the digests) answers it, so the account page needs nothing above it.
 */
public interface Following {

    /** Each followed question with its title in that language and how often its digest comes. */
    List<FollowView> of(Long personId, String lang);

    /** How often this person gets a digest of this question: DAILY, WEEKLY, or NONE. */
    String frequency(Long personId, Long promptId);
}
