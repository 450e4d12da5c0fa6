package cyd.audit;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes the audit log in the same transaction as the officer's action it records. */
@ApplicationScoped
public class Audit {

    /** The name an officer goes by, kept with each entry as it was on the day; the account feature answers it. */
    public interface OfficerNames {
        String nameOf(Long personId);
    }

    @Inject
    Clock clock;

    @Inject
    OfficerNames names;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long authorityId, Long officerId, String action, String subjectType, Long subjectId,
            String reason) {
        AuditEntry e = new AuditEntry();
        e.authorityId = authorityId;
        e.officerId = officerId;
        String name = officerId == null ? null : names.nameOf(officerId);
        e.officerName = name == null ? "?" : name;
        e.action = action;
        e.subjectType = subjectType;
        e.subjectId = subjectId;
        e.reason = reason == null || reason.isBlank() ? null
                : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        e.createdAt = clock.instant();
        e.persist();
    }
}
