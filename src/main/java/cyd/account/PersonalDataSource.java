package cyd.account;

import java.util.Map;

/**
 * Each feature that keeps data about a person implements this, so a download holds everything and an
 * erasure reaches everything, without the account feature knowing the others' tables.
 */
public interface PersonalDataSource {

    /** Adds this feature's data about the person to their download, under keys of its own. */
    void export(Long personId, Map<String, Object> into);

    /** Removes or anonymises this feature's data about the person, in the deleting transaction. */
    void erase(Long personId);
}
