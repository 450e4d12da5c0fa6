package cyd.moderation;

import java.time.Clock;

import cyd.account.Person;
import cyd.account.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes the audit log in the same transaction as the officer's action it records. */
@ApplicationScoped
public class Audit {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long authorityId, Viewer officer, String action, String subjectType, Long subjectId,
            String reason) {
        AuditEntry e = new AuditEntry();
        e.authorityId = authorityId;
        e.officerId = officer.personId();
        Person p = officer.personId() == null ? null : Person.findById(officer.personId());
        e.officerName = p == null ? "?" : p.displayName;
        e.action = action;
        e.subjectType = subjectType;
        e.subjectId = subjectId;
        e.reason = reason == null || reason.isBlank() ? null
                : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        e.createdAt = clock.instant();
        e.persist();
    }
}
