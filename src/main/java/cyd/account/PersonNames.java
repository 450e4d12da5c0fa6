package cyd.account;

import cyd.audit.Audit;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells the audit log the name an officer goes by. */
@ApplicationScoped
public class PersonNames implements Audit.OfficerNames {

    @Override
    public String nameOf(Long personId) {
        Person p = Person.findById(personId);
        return p == null ? null : p.displayName;
    }
}
